"""Remote-support tools on Linux: AnyDesk and TeamViewer connection records and traces.

- AnyDesk ``connection_trace.txt`` (``~/.anydesk``, ``/etc/anydesk``, ``/root/.anydesk``): one line per
  session, ``Incoming|Outgoing  YYYY-MM-DD, HH:MM  method  alias/ID  ID`` (AnyDesk knowledge base
  "Connection Log"); ``ad.trace``/``anydesk.trace`` (home and ``/var/log``): AnyDesk's relay servers
  (``relay-….net.anydesk.com``) and ``Logged in from ADDRESS:PORT on relay`` lines.
- TeamViewer ``connections_incoming.txt`` / ``connections.txt`` (``/var/log/teamviewer*``,
  ``~/.local/share/teamviewer*/logfiles``): partner ID, name, start and end of each session;
  ``TeamViewer*_Logfile*.log``: TeamViewer's servers (``master*.teamviewer.com``, ``router*``).
Any of these proves the machine reached the vendor's Internet servers or was controlled through them.
"""
from __future__ import annotations

import re
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, list_dir
from app.hwcheck.probes.filereads import keyword_lines
from app.hwcheck.probes.homes import user_homes

NAME = "remote_support"
_AD_SESSION = re.compile(r"^\s*(Incoming|Outgoing)\s+(\d{4}-\d{2}-\d{2}),?\s+(\d{1,2}:\d{2})\s+(\S+)\s+(\S+)(?:\s+(\S+))?")
_TV_SESSION = re.compile(r"^\s*(\d{6,12})\t([^\t]*)\t(\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2})\t"
                         r"(\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2})?")
_VENDOR_HOST = re.compile(rb"((?:relay|boot)-[0-9a-z]+\.net\.anydesk\.com|(?:master|router|ping)\d+\.teamviewer\.com)")
_AD_LOGIN = re.compile(rb"Logged in from ([0-9a-fA-F.:]+?):\d+ on relay")
KEYWORDS = (b"anydesk.com", b"teamviewer.com", b"Logged in from")


def candidates(ctx: ProbeContext) -> list[tuple[str, str, Path]]:
    """``(tool, what, path)`` of every file this probe reads."""
    found: list[tuple[str, str, Path]] = []
    folders = [ctx.path("/etc/anydesk"), ctx.path("/var/log")]
    folders += [home / ".anydesk" for _user, home in user_homes(ctx)]
    for folder in folders:
        for path in list_dir(folder):
            if path.name == "connection_trace.txt":
                found.append(("AnyDesk", "sessions", path))
            elif path.name.endswith(".trace") and ("anydesk" in path.name or path.name.startswith("ad")):
                found.append(("AnyDesk", "trace", path))
    tv_dirs = [p for p in list_dir(ctx.path("/var/log")) if p.name.lower().startswith("teamviewer")]
    for _user, home in user_homes(ctx):
        tv_dirs += [p / "logfiles" for p in list_dir(home / ".local/share") if p.name.lower().startswith("teamviewer")]
    for folder in tv_dirs:
        for path in list_dir(folder):
            if path.name.lower() in ("connections_incoming.txt", "connections.txt"):
                found.append(("TeamViewer", "sessions", path))
            elif path.name.lower().endswith((".log", ".log.old")) or "logfile" in path.name.lower():
                found.append(("TeamViewer", "trace", path))
    return found


def read_sessions(lines: list[str], tool: str) -> list[dict]:
    sessions = []
    for line in lines:
        if tool == "AnyDesk" and (m := _AD_SESSION.match(line)):
            direction, day, clock, method, alias, peer = m.groups()
            sessions.append({"direction": direction, "time": f"{day} {clock}", "method": method,
                             "peer": peer or alias, "alias": alias})
        elif tool == "TeamViewer" and (m := _TV_SESSION.match(line)):
            sessions.append({"direction": "Incoming", "time": m.group(3), "method": "",
                             "peer": m.group(1), "alias": m.group(2)})
    return sessions


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for tool, what, path in candidates(ctx):
        try:
            if what == "sessions":
                keys = (b"Incoming", b"Outgoing") if tool == "AnyDesk" else (b"\t",)
                lines = [raw.decode("utf-8", "replace") for raw in keyword_lines(ctx, path, keys, 64 << 20)]
                sessions = read_sessions(lines, tool)
                if sessions:
                    peers = sorted({s["peer"] for s in sessions})
                    out.append(Observation("remote_support_sessions", str(path), {
                        "tool": tool, "sessions": sessions[:50], "count": len(sessions), "peers": peers[:20],
                        "peer_list": ", ".join(peers[:5]), "last_time": max(s["time"] for s in sessions)}))
                continue
            hosts: set[str] = set()
            logins: set[str] = set()
            for raw in keyword_lines(ctx, path, KEYWORDS, 512 << 20):
                hosts.update(h.decode() for h in _VENDOR_HOST.findall(raw))
                logins.update(a.decode() for a in _AD_LOGIN.findall(raw))
            if hosts or logins:
                shown = sorted(logins) + sorted(hosts)
                out.append(Observation("remote_support_trace", str(path), {
                    "tool": tool, "servers": sorted(hosts)[:20], "remote_addresses": sorted(logins)[:20],
                    "host_list": ", ".join(shown[:5])}))
        except Exception as exc:  # noqa: BLE001
            out.append(failure(NAME, str(path), exc))
    return out
