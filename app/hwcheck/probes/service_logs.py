"""Network daemons in the system logs: NetworkManager, wpa_supplicant, ModemManager, systemd-timesyncd
(and chronyd), sshd — in the text logs (``syslog``, ``messages``, ``daemon.log``, ``auth.log``,
``secure``, rotated and compressed) and in the systemd journal.

What each proves: a network connection activated (name, UUID, interface, address, DHCP server), a
Wi-Fi association (SSID, BSSID), a mobile modem registered or connected, a time server contacted
over the network, an SSH log-in or log-in attempt from another host. Lines are matched by fixed
message texts of those programs (see ``docs/EVIDENCE.md``)."""
from __future__ import annotations

import datetime as dt
import re

from app.hwcheck.model import Observation
from app.hwcheck.probes import journal
from app.hwcheck.probes.common import ProbeContext, failure, list_dir, mtime
from app.hwcheck.probes.filereads import keyword_lines
from app.hwcheck.probes.logtime import inspected_tz, split_line
from app.hwcheck.probes.service_parsers import ServiceTally

NAME = "service_logs"
LOG_DIR = "/var/log"
LOG_NAME = re.compile(r"^(syslog|messages|daemon\.log|auth\.log|secure|user\.log)([.-]\d+)?"
                      r"(\.(gz|xz|bz2|zst|lzma))?$")
IDENTIFIERS = ("NetworkManager", "wpa_supplicant", "ModemManager", "systemd-timesyncd", "chronyd",
               "sshd", "sshd-session")
_BSD_PREFIX = re.compile(r"[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d ")
KEYWORDS = (b"NetworkManager", b"wpa_supplicant", b"ModemManager", b"timesyncd", b"chronyd", b"sshd")


def text_logs(ctx: ProbeContext):
    return [p for p in list_dir(ctx.path(LOG_DIR)) if LOG_NAME.match(p.name)]


def split_syslog(line: str, tz: dt.tzinfo, hint: dt.datetime | None, cache: dict):
    """``logtime.split_line`` with a fast path for the traditional ``Mon DD HH:MM:SS host msg`` lines:
    their time is parsed once per distinct second (``cache``, one per file)."""
    if _BSD_PREFIX.match(line):
        key = line[:15]
        when = cache.get(key, cache)
        if when is cache:
            when = cache[key] = split_line(key + " host x", tz, hint)[0]
        host, sep, message = line[16:].partition(" ")
        if host and sep and message and not message[0].isspace() and not message.startswith(("kernel:", "[")):
            return when, message
    return split_line(line, tz, hint)


def probe(ctx: ProbeContext) -> list[Observation]:
    tz = inspected_tz(ctx)
    out: list[Observation] = []
    tally = ServiceTally()
    for path in text_logs(ctx):
        hint = mtime(path)
        cache: dict = {}
        try:
            for raw in keyword_lines(ctx, path, KEYWORDS):
                when, message = split_syslog(raw.decode("utf-8", "replace"), tz, hint, cache)
                tally.feed(message, when, str(path))
        except Exception as exc:  # noqa: BLE001 - a log not read whole is not a clean log
            out.append(failure(NAME, str(path), exc))
    def journal_line(source: str, raw: bytes) -> None:
        when, message = split_line(raw.decode("utf-8", "replace"), dt.timezone.utc, None)
        tally.feed(message, when, source)

    out += journal.read_identifiers(ctx, IDENTIFIERS, NAME, journal_line)
    return out + tally.observations()
