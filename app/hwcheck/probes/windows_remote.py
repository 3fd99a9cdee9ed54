"""Remote-support tools and per-user Internet traces on a mounted Windows disk.

- AnyDesk: ``connection_trace.txt`` (``ProgramData/AnyDesk``, ``Users/*/AppData/Roaming/AnyDesk``; one
  line per session, ``Incoming|Outgoing  YYYY-MM-DD, HH:MM  method  alias  ID`` — AnyDesk's
  "Connection Log" article) and ``ad_svc.trace``/``ad.trace`` (``Logged in from ADDRESS:PORT on relay``:
  the client reached AnyDesk's relay servers on the Internet).
- TeamViewer: ``Connections_incoming.txt`` (install folder) and ``Connections.txt`` (the user's
  ``AppData/Roaming/TeamViewer``): partner ID, name, start and end of each session.
- UltraViewer (common in Vietnam): the text logs in its install and ``AppData`` folders; any 9-digit
  partner/own ID in them means the client registered with UltraViewer's servers (Internet).
- NTUSER.DAT of each user: ``Software\\Microsoft\\Internet Explorer\\TypedURLs`` (addresses typed in
  Internet Explorer / Explorer; Microsoft's ``go.microsoft.com/fwlink`` first-run page, which Internet
  Explorer enters itself on its first start, is not counted) and
  ``Software\\Microsoft\\Terminal Server Client\\Servers`` (remote
  desktop hosts this user connected to).
"""
from __future__ import annotations

import re
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.policy import vn_time
from app.hwcheck.probes.common import ProbeContext, failure
from app.hwcheck.probes.urls import host_of, is_local
from app.hwcheck.probes.windows_paths import glob, regular_file, windows_root
from app.hwcheck.probes.windows_registry import HiveError, key_time, open_hive, strict, subkeys, values

NAME = "windows_remote"
LIMIT = 256 << 20
_AD_SESSION = re.compile(r"^\s*(Incoming|Outgoing)\s+(\d{4}-\d{2}-\d{2}),?\s+(\d{1,2}:\d{2})\s+(\S+)\s+(.*?)\s*$")
_AD_LOGIN = re.compile(r"Logged in from ([0-9A-Fa-f.:\[\]]+?):\d+ on relay")
_TV_SESSION = re.compile(r"^\s*(\d{6,12})\t([^\t]*)\t(\d{2})-(\d{2})-(\d{4}) (\d{2}:\d{2}:\d{2})")
_UV_ID = re.compile(r"(?<!\d)(\d{3} ?\d{3} ?\d{3})(?!\d)")

ANYDESK = ("ProgramData/AnyDesk/connection_trace.txt", "Users/*/AppData/Roaming/AnyDesk/connection_trace.txt")
ANYDESK_TRACE = ("ProgramData/AnyDesk/ad_svc.trace", "Users/*/AppData/Roaming/AnyDesk/ad.trace")
TEAMVIEWER = ("Program Files*/TeamViewer/Connections_incoming.txt",
              "Users/*/AppData/Roaming/TeamViewer/Connections.txt")
ULTRAVIEWER = ("Program Files*/UltraViewer/*.log", "Program Files*/UltraViewer/*.txt",
               "Users/*/AppData/Roaming/UltraViewer/*.log", "Users/*/AppData/Roaming/UltraViewer/*.txt")


def _lines(path: Path):
    regular_file(path, LIMIT)
    with open(path, "rb") as fh:
        head = fh.read(2)
        fh.seek(0)
        encoding = "utf-16" if head in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
        text = fh.read().decode(encoding, errors="replace")
    return text.splitlines()


def _files(root: Path, patterns) -> list[Path]:
    return sorted({p for pattern in patterns for p in glob(root, pattern)})


def remote_tools(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    jobs = [("AnyDesk", ANYDESK, "sessions"), ("AnyDesk", ANYDESK_TRACE, "trace"),
            ("TeamViewer", TEAMVIEWER, "sessions"), ("UltraViewer", ULTRAVIEWER, "ids")]
    for tool, patterns, what in jobs:
        for path in _files(ctx.root, patterns):
            try:
                lines = _lines(path)
            except OSError as exc:
                out.append(failure(NAME, str(path), exc))
                continue
            peers: list[str] = []
            times: list[str] = []
            for line in lines:
                if tool == "AnyDesk" and what == "sessions":
                    m = _AD_SESSION.match(line)
                    if m:
                        peers.append(f"{m[1]} {m[5]}".strip())
                        times.append(f"{m[2]}T{int(m[3].split(':')[0]):02d}:{m[3].split(':')[1]}")
                elif tool == "AnyDesk":
                    m = _AD_LOGIN.search(line)
                    if m:
                        peers.append(m[1])
                elif tool == "TeamViewer":
                    m = _TV_SESSION.match(line)
                    if m:
                        peers.append(f"{m[1]} {m[2]}".strip())
                        times.append(f"{m[5]}-{m[4]}-{m[3]}T{m[6]}")
                else:
                    peers += [x.replace(" ", "") for x in _UV_ID.findall(line)]
            if not peers:
                continue
            distinct = sorted(set(peers))
            kind = "windows_remote_trace" if what in ("trace", "ids") else "windows_remote_sessions"
            out.append(Observation(kind, str(path), {
                "tool": tool, "entries": len(peers), "peers": distinct[:20], "peer_count": len(distinct),
                "peers_sample": ", ".join(distinct[:5]), "first_seen": min(times) if times else None,
                "last_seen": max(times) if times else None, "last_vi": vn_time(max(times) if times else None),
                "os": "windows"}))
    return out


def user_hives(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for ntuser in glob(ctx.root, "Users/*/NTUSER.DAT"):
        user = ntuser.parent.name
        try:
            hive = open_hive(ctx, str(ntuser.relative_to(ctx.root)))
            if hive is None:
                continue
            with strict(str(ntuser)):
                typed = values(hive.key("Software\\Microsoft\\Internet Explorer\\TypedURLs"))
                servers = subkeys(hive.key("Software\\Microsoft\\Terminal Server Client\\Servers"))
                server_names = [(k.name, values(k).get("usernamehint"), key_time(k)) for k in servers]
        except (HiveError, OSError) as exc:
            out.append(failure(NAME, str(ntuser), exc))
            continue
        internet = []
        for name, url in sorted(typed.items()):
            if not name.startswith("url") or not isinstance(url, str):
                continue
            full = url if "://" in url else "http://" + url
            scheme, host = host_of(full)
            if host == "go.microsoft.com" and "/fwlink" in full.lower():
                continue  # Internet Explorer's own first-run page, entered at its first start (offline too)
            if host and not is_local(scheme, host):
                internet.append(host)
        if internet:
            hosts = sorted(set(internet))
            out.append(Observation("windows_typed_urls", f"{ntuser}:TypedURLs", {
                "user": user, "urls": len(internet), "hosts": hosts[:20], "host_list": ", ".join(hosts[:5]),
                "os": "windows"}))
        for host, account, written in server_names:
            scheme, h = host_of("https://" + host)
            if h and is_local(scheme, h):
                continue
            out.append(Observation("windows_rdp_server", f"{ntuser}:Terminal Server Client\\Servers", {
                "user": user, "host": host, "hosts": [host], "account": account, "last_seen": written,
                "last_vi": vn_time(written), "os": "windows"}))
    return out


def probe(ctx: ProbeContext) -> list[Observation]:
    if windows_root(ctx) is None:
        return []
    return remote_tools(ctx) + user_hives(ctx)
