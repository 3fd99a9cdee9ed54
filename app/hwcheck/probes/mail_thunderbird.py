"""Thunderbird (and Icedove, SeaMonkey Mail) mail accounts: the servers named in each profile's
``prefs.js``. An account on an Internet mail server (IMAP/POP3/SMTP/NNTP, RSS feeds) is Internet
use; "Local Folders" (type ``none``) is not an account.

``prefs.js`` lines look like ``user_pref("mail.server.server2.hostname", "imap.gmail.com");``. The
profile's ``ImapMail/<server>`` and ``News/<server>`` folders (named after the server, kept when an
account is removed from the settings) name servers too.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.browser_firefox_traces import firefox_profiles
from app.hwcheck.probes.browser_paths import FIREFOX_DIRS, THUNDERBIRD_DIRS
from app.hwcheck.probes.browser_traces import TraceTooLarge, read_limited
from app.hwcheck.probes.common import ProbeContext, failure, list_dir

NAME = "mail_thunderbird"
PREF_RE = re.compile(r'^\s*user_pref\(\s*"([^"]+)"\s*,\s*(.+?)\s*\)\s*;', re.MULTILINE)
MAX_PREFS = 16 << 20
SEAMONKEY = tuple(row for row in FIREFOX_DIRS if row[0].startswith("SeaMonkey"))


def parse_prefs(text: str) -> dict[str, object]:
    """``prefs.js`` → {name: value}; values are JSON literals (strings, numbers, booleans)."""
    prefs: dict[str, object] = {}
    for name, raw in PREF_RE.findall(text):
        try:
            prefs[name] = json.loads(raw)
        except ValueError:
            prefs[name] = raw
    return prefs


def mail_accounts(prefs: dict[str, object]) -> list[dict]:
    """One entry per incoming server (``mail.server.<id>``) and per SMTP server."""
    servers: dict[str, dict] = {}
    for name, value in prefs.items():
        for prefix, kind in (("mail.server.", "incoming"), ("mail.smtpserver.", "smtp")):
            if name.startswith(prefix):
                ident, _, key = name[len(prefix):].partition(".")
                servers.setdefault(f"{kind}:{ident}", {"role": kind})[key] = value
    accounts = []
    for key, server in sorted(servers.items()):
        host = str(server.get("hostname") or "").strip().lower()
        stype = str(server.get("type") or ("smtp" if server["role"] == "smtp" else ""))
        if not host or stype == "none" or host == "local folders":
            continue
        accounts.append({"server_id": key, "type": stype, "hostname": host,
                         "username": str(server.get("userName") or server.get("username") or ""),
                         "port": server.get("port")})
    return accounts


MAIL_FOLDERS = (("ImapMail", "imap"), ("News", "nntp"))


def folder_servers(profile: Path) -> list[tuple[str, str]]:
    """``(hostname, type)`` from ``ImapMail/<host>`` and ``News/<host>`` folder names (a second account
    on the same server gets ``<host>-1``)."""
    found = []
    for folder, stype in MAIL_FOLDERS:
        for child in list_dir(profile / folder):
            if child.is_dir():
                host = re.sub(r"-\d+$", "", child.name).lower()
                found.append((host, stype))
    return found


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for user, client, profile, folder, _cache in firefox_profiles(ctx, THUNDERBIRD_DIRS + SEAMONKEY):
        prefs_js = folder / "prefs.js"
        if not prefs_js.is_file():
            continue
        try:
            text = read_limited(prefs_js, MAX_PREFS).decode("utf-8", "replace")
        except (OSError, TraceTooLarge) as exc:
            out.append(failure(NAME, ctx.display(prefs_js), exc))
            continue
        emails = sorted({str(v) for k, v in parse_prefs(text).items()
                         if k.startswith("mail.identity.") and k.endswith(".useremail") and v})
        accounts = mail_accounts(parse_prefs(text))
        known = {a["hostname"] for a in accounts}
        for host, stype in folder_servers(folder):
            if host not in known:  # the account is gone from prefs.js, its mail folder is not
                known.add(host)
                accounts.append({"server_id": f"folder:{host}", "type": stype, "hostname": host, "username": "",
                                 "port": None})
        for account in accounts:  # the policy turns a local or registered LAN server into mail_account_lan
            out.append(Observation("mail_account", ctx.display(prefs_js), {
                "client": client, "profile": profile, "user": user, **account,
                "account": account["username"] or (emails[0] if emails else "không rõ"),
                "emails": emails, "hosts": [account["hostname"]], "host_list": account["hostname"],
            }))
    return out
