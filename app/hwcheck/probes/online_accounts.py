"""Online accounts a desktop user signed in to: GNOME Online Accounts (``~/.config/goa-1.0/accounts.conf``).

Each ``[Account …]`` group names a provider and an identity (``Provider=google``,
``Identity=an@gmail.com``); signing in needs the provider's servers, so a cloud provider is Internet
use. Mail, calendar and file servers (``imap_smtp``, ``exchange``, ``owncloud``, ``webdav``,
``kerberos``) name their host, which may be a server of the registered LAN."""
from __future__ import annotations

from urllib.parse import urlsplit

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, parse_keyfile
from app.hwcheck.probes.filereads import read_small
from app.hwcheck.probes.homes import user_homes

NAME = "online_accounts"
GOA = ".config/goa-1.0/accounts.conf"
CLOUD = {"google": "accounts.google.com", "windows_live": "login.live.com", "ms_graph": "login.microsoftonline.com",
         "facebook": "www.facebook.com", "flickr": "www.flickr.com", "foursquare": "foursquare.com",
         "lastfm": "www.last.fm", "todoist": "todoist.com", "fedora": "id.fedoraproject.org"}
HOST_KEYS = ("ImapHost", "SmtpHost", "Host", "Uri", "Realm", "CalDavUri", "CardDavUri", "WebDavUri")


def _host(value: str) -> str:
    value = value.strip()
    if "://" in value:
        return (urlsplit(value).hostname or "").lower()
    return value.split(":")[0].lower()


def parse_goa(text: str) -> list[dict]:
    """Accounts of an ``accounts.conf``. Never raises."""
    accounts = []
    for group, keys in parse_keyfile(text).items():
        if not group.startswith("Account "):
            continue
        provider = keys.get("Provider", "không rõ")
        hosts = [CLOUD[provider]] if provider in CLOUD else []
        hosts += [_host(keys[k]) for k in HOST_KEYS if keys.get(k) and _host(keys[k])]
        identity = keys.get("PresentationIdentity") or keys.get("Identity") or "không rõ"
        accounts.append({"provider": provider, "identity": identity, "hosts": list(dict.fromkeys(hosts)),
                         "host_list": ", ".join(dict.fromkeys(hosts)) or "không ghi máy chủ"})
    return accounts


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for user, home in user_homes(ctx):
        path = home / GOA
        if not path.exists() and not path.is_symlink():
            continue
        try:
            accounts = parse_goa(read_small(ctx, path, 4 << 20).decode("utf-8", "replace"))
        except Exception as exc:  # noqa: BLE001
            out.append(failure(NAME, str(path), exc))
            continue
        for account in accounts:
            out.append(Observation("online_account", str(path), {"user": user, **account}))
    return out
