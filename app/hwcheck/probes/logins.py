"""Log-in records: ``/var/log/wtmp`` (every log-in) and ``/var/log/btmp`` (failed log-ins), rotated
copies included. Each record is glibc's ``struct utmp`` (``<utmp.h>``, 384 bytes on Linux x86-64 and
every 64-bit glibc target with 32-bit ``ut_tv``): a log-in whose ``ut_host`` is another machine
(``ssh``, ``telnet``, ``rlogin``, XDMCP) proves a network; from an Internet address it proves the
machine was reachable from the Internet. Local sessions (``:0``, ``tty1``, loopback) are not.
Newer systems (Debian 13, openSUSE) keep log-ins in wtmpdb's SQLite database
``/var/lib/wtmpdb/wtmp.db`` (table ``wtmp``: Type 3 = user session, ``RemoteHost``, ``Login`` in µs)."""
from __future__ import annotations

import ipaddress
import re
import struct

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, from_unix, iso_utc, list_dir, open_log
from app.hwcheck.probes.filereads import regular
from app.hwcheck.probes.sqlite_copy import query_copy

NAME = "logins"
UTMP = struct.Struct("<hhi32s4s32s256shhiii4i20s")  # 384 bytes
USER_PROCESS, LOGIN_PROCESS = 7, 6
FILE_NAME = re.compile(r"^(wtmp|btmp)([.-]\d+)?(\.(gz|xz|bz2|zst))?$")
MAX_RECORDS = 20_000_000  # 7.6 GB of records: beyond that the file is not a log-in record


def _text(raw: bytes) -> str:
    return raw.split(b"\0", 1)[0].decode("utf-8", "replace").strip()


def _address(words: tuple[int, ...]) -> str | None:
    raw = struct.pack("<4i", *words)
    if raw == bytes(16):
        return None
    if raw[4:] == bytes(12):
        return str(ipaddress.IPv4Address(raw[:4]))
    return str(ipaddress.IPv6Address(raw))


# Only the fields the probe needs: type, user, host, tv_sec, addr_v6 (same 384-byte layout as UTMP).
_FIELDS = struct.Struct("<h2x4x32x4x32s256s8xi4x16s20x")
assert _FIELDS.size == UTMP.size


def parse_records(stream) -> tuple[list[dict], int]:
    """``(log-ins that name a host, trailing bytes that make no whole record)`` of a utmp-format
    stream, read in blocks (memory bounded). Records of one (user, host, address) are merged:
    ``count``, ``first``/``last`` Unix times. Never raises on content."""
    groups: dict[tuple, list] = {}
    count = 0
    pending = b""
    while True:
        block = stream.read(UTMP.size * 4096)
        if not block:
            break
        data = pending + block
        usable = len(data) - len(data) % UTMP.size
        pending = data[usable:]
        for ut_type, user, host, sec, addr in _FIELDS.iter_unpack(data[:usable]):
            if (ut_type != USER_PROCESS and ut_type != LOGIN_PROCESS) or host[:1] in (b"\0", b":"):
                continue
            key = (ut_type, user, host, addr)
            entry = groups.get(key)
            if entry is None:
                groups[key] = [1, sec, sec]
            else:
                entry[0] += 1
                entry[1] = min(entry[1], sec)
                entry[2] = max(entry[2], sec)
        count += usable // UTMP.size
        if count > MAX_RECORDS:
            raise OSError("quá nhiều bản ghi, không phải tệp wtmp/btmp hợp lệ")
    found = []
    for (ut_type, user, host, addr), (n, first, last) in groups.items():
        found.append({"type": ut_type, "user": _text(user), "host": _text(host), "count": n, "first": first,
                      "time": last, "address": _address(struct.unpack("<4i", addr))})
    return found, len(pending)


def is_local_session(host: str) -> bool:
    """``:0``, ``:1.0`` (X displays), ``tmux(…)``/``screen`` markers and the machine itself."""
    return (not host or host.startswith(":") or host.startswith(("tmux(", "screen")) or
            host in ("localhost", "localhost.localdomain", "127.0.0.1", "::1"))


WTMPDB = "/var/lib/wtmpdb/wtmp.db"
WTMPDB_SQL = ("SELECT User, RemoteHost, COUNT(*), MIN(Login) / 1000000, MAX(Login) / 1000000 FROM wtmp "
              "WHERE Type = 3 AND RemoteHost IS NOT NULL AND RemoteHost != '' GROUP BY User, RemoteHost")


def wtmpdb_records(ctx: ProbeContext, path) -> list[dict]:
    rows = query_copy(regular(ctx, path), WTMPDB_SQL)
    return [{"type": USER_PROCESS, "user": user or "", "host": host, "count": n, "first": first, "time": last,
             "address": None} for user, host, n, first, last in rows]


def _sources(ctx: ProbeContext):
    for path in list_dir(ctx.path("/var/log")):
        m = FILE_NAME.match(path.name)
        if m:
            yield path, m.group(1)
    db = ctx.path(WTMPDB)
    if db.exists() or db.is_symlink():
        yield db, "wtmpdb"


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for path, kind in _sources(ctx):
        failed = kind == "btmp"
        try:
            if kind == "wtmpdb":
                records = wtmpdb_records(ctx, path)
            else:
                with open_log(regular(ctx, path)) as fh:
                    records, trailing = parse_records(fh)
                if trailing:
                    raise ValueError(f"kích thước không chia hết cho {UTMP.size} byte (thừa {trailing} byte): "
                                     "tệp bị cắt hoặc không phải định dạng utmp")
        except Exception as exc:  # noqa: BLE001
            out.append(failure(NAME, str(path), exc))
            continue
        by_host: dict[str, dict] = {}
        for r in records:
            host = r["host"]
            if is_local_session(host) and not (r["address"] and r["address"] not in ("0.0.0.0", "127.0.0.1")):
                continue
            hosts = sorted({h for h in (host, r["address"]) if h and not is_local_session(h)})
            key = hosts[0] if hosts else host
            entry = by_host.setdefault(key, {"hosts": hosts, "users": [], "count": 0, "times": []})
            entry["count"] += r["count"]
            if r["user"] and r["user"] not in entry["users"] and len(entry["users"]) < 10:
                entry["users"].append(r["user"])
            entry["times"] += [t for t in (from_unix(r["first"]), from_unix(r["time"])) if t]
        for key, entry in sorted(by_host.items()):
            times = entry.pop("times")
            out.append(Observation("wtmp_failed_remote" if failed else "wtmp_login_remote", str(path), {
                **entry, "host": key, "host_list": ", ".join(entry["hosts"]) or key,
                "user_list": ", ".join(entry["users"]) or "không rõ",
                "first_seen": iso_utc(min(times)) if times else None,
                "last_seen": iso_utc(max(times)) if times else None,
                "last_vi": max(times).strftime("%d/%m/%Y %H:%M UTC") if times else "không rõ thời điểm"}))
    return out
