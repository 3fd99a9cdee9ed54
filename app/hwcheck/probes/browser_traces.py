"""What the trace probes share: collecting the Internet hosts that a profile's files name, reading
those files with bounded memory, and turning the result into one ``browser_traces`` observation.

A trace is any file a browser writes only after a site was opened (a cookie's host, a cache key, a
session's tab URL, a site-storage folder...). Clearing the history leaves them; a profile made by one
offline launch has none for an Internet host. Hosts that are not Internet (loopback, private
addresses, ``chrome://``, ``about:``) are ignored, as in the history probes.
"""
from __future__ import annotations

import json
import re
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import resolve_in_root
from app.hwcheck.probes.sqlite_copy import query_copy
from app.hwcheck.probes.urls import host_of, is_local, origin_sql

CHUNK = 1 << 20
MAX_SCAN = 256 << 20      # a session/storage file larger than this is not read: fail closed
MAX_JSON = 32 << 20       # Preferences, Network Persistent State, decompressed session stores
MAX_HOSTS = 50            # hosts kept per profile in the evidence
ENOUGH = 20               # a folder of many small files (cache) stops once this many hosts are found

_ORIGIN = rb"(?:https?|wss?|ftp)://[A-Za-z0-9.\-_~%@:\[\]]{1,255}"
ORIGIN_RE = re.compile(_ORIGIN)
# Chromium Local Storage (LevelDB) keys: "META:<origin>" and "_<origin>\x00<key>".
LEVELDB_KEY_RE = re.compile(rb"(?:META:|_)(" + _ORIGIN + rb")")

# URLs that a new profile holds before anything is browsed (default bookmarks' icons, the
# prepopulated "top sites"): they are not a visit.
BUILTIN_URLS = frozenset({
    "https://chrome.google.com/webstore?hl=en",
    "https://chromewebstore.google.com/",
    "https://support.mozilla.org/products/firefox",
    ("https://support.mozilla.org/kb/customize-firefox-controls-buttons-and-toolbars?utm_source=firefox-browser"
     "&utm_medium=default-bookmarks&utm_campaign=customize"),
    "https://www.mozilla.org/contribute/",
    "https://www.mozilla.org/about/",
    "https://www.mozilla.org/firefox/central/",
    ("https://www.mozilla.org/firefox/?utm_medium=firefox-desktop&utm_source=bookmarks-toolbar"
     "&utm_campaign=new-users&utm_content=-global"),
})


class TraceTooLarge(ValueError):
    """A trace file bigger than we agree to read whole: reported as ``probe_failed``."""


@dataclass
class Traces:
    """Internet hosts per artifact name, and artifacts that prove use without naming a host."""

    hosts: dict[str, set[str]] = field(default_factory=dict)
    hostless: dict[str, int] = field(default_factory=dict)

    def add_url(self, artifact: str, url: str) -> None:
        if url in BUILTIN_URLS:
            return
        scheme, host = host_of(url)
        if not is_local(scheme, host):
            self.hosts.setdefault(artifact, set()).add(host)

    def add_host(self, artifact: str, host: str) -> None:
        host = host.strip().lstrip(".").lower().rstrip(".")
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        if host and not is_local("https", host):
            self.hosts.setdefault(artifact, set()).add(host)

    def count(self, artifact: str, n: int) -> None:
        if n:
            self.hostless[artifact] = self.hostless.get(artifact, 0) + n

    def total_hosts(self) -> int:
        return len(set().union(*self.hosts.values())) if self.hosts else 0

    def found(self) -> bool:
        return bool(self.hosts or self.hostless)


def ordered_hosts(traces: Traces) -> list[str]:
    """Hosts named by most artifacts first, then by name."""
    tally: dict[str, int] = {}
    for hosts in traces.hosts.values():
        for host in hosts:
            tally[host] = tally.get(host, 0) + 1
    return sorted(tally, key=lambda h: (-tally[h], h))


def traces_observation(kind: str, source: str, browser: str, profile: str, user: str,
                       traces: Traces) -> Observation | None:
    """One observation for a profile whose files name Internet hosts (None when there is none)."""
    if not traces.found():
        return None
    hosts = ordered_hosts(traces)
    artifacts = sorted(set(traces.hosts) | set(traces.hostless))
    hostless = ", ".join(f"{name}: {n} mục" for name, n in sorted(traces.hostless.items()))
    return Observation(kind, source, {
        "browser": browser, "profile": profile, "user": user,
        "artifacts": ", ".join(artifacts),
        "host_count": len(hosts),
        "hosts": hosts[:MAX_HOSTS],
        "hosts_sample": ", ".join(hosts[:5]) if hosts else f"tên miền không đọc được ({hostless})",
        "by_artifact": {name: sorted(h)[:MAX_HOSTS] for name, h in sorted(traces.hosts.items())},
        "hostless": dict(sorted(traces.hostless.items())),
    })


# --- confined, bounded readers ---------------------------------------------------------------------

def confine(root: Path, path: Path) -> Path:
    """``path`` (under ``root``) with every link resolved inside ``root``: a ``Cookies`` that links to
    ``/etc/shadow`` on an inspected disk means ``<root>/etc/shadow``, never the inspector's file."""
    if str(root) == "/":
        return path
    try:
        rel = path.relative_to(root)
    except ValueError:
        return path
    return resolve_in_root(root, "/" + rel.as_posix())


def regular(path: Path) -> Path:
    """``path`` if it is a regular file; a FIFO, socket or device would hang or never end a read."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise ValueError("không phải tệp thường (FIFO, socket hoặc thiết bị)")
    return path


def scan_origins(path: Path, pattern: re.Pattern = ORIGIN_RE, limit: int | None = None) -> Iterator[str]:
    """Every ``scheme://authority`` in the file's bytes, read in 1 MiB chunks (overlapping so a URL
    cut between two chunks is still seen). A file larger than ``limit`` raises ``TraceTooLarge``."""
    limit = MAX_SCAN if limit is None else limit
    size = regular(path).stat().st_size
    if size > limit:
        raise TraceTooLarge(f"{size} bytes > {limit}")
    tail = b""
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            data = tail + chunk
            for m in pattern.finditer(data):
                value = m.group(1) if pattern.groups else m.group(0)
                yield value.decode("ascii", "replace")
            if not chunk:
                return
            tail = data[-512:]


def read_limited(path: Path, limit: int = MAX_JSON) -> bytes:
    with open(regular(path), "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TraceTooLarge(f"more than {limit} bytes")
    return data


def read_json(path: Path, limit: int = MAX_JSON):
    """The parsed JSON file; malformed or oversized raises (the caller fails closed)."""
    return json.loads(read_limited(path, limit).decode("utf-8"))


def read_mozlz4(path: Path, limit: int = MAX_JSON):
    """Firefox ``*.jsonlz4`` / ``*.baklz4``: magic ``mozLz40\\0``, little-endian size, LZ4 block."""
    import lz4.block

    data = read_limited(path, limit)
    if data[:8] != b"mozLz40\0" or len(data) < 12:
        raise ValueError("not a mozLz4 file")
    size = struct.unpack("<I", data[8:12])[0]
    if size > limit:
        raise TraceTooLarge(f"decompressed size {size} > {limit}")
    return json.loads(lz4.block.decompress(data[8:]).decode("utf-8"))


def json_strings(value, key: str | None = None, depth: int = 0) -> Iterator[tuple[str | None, str]]:
    """Every ``(key, string)`` pair and every dict key (as ``(None, key)``) in a JSON value."""
    if depth > 64:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield None, k
            yield from json_strings(v, k, depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from json_strings(v, key, depth + 1)
    elif isinstance(value, str):
        yield key, value


def sql_strings(path: Path, sql: str) -> list[str]:
    """First column of ``sql`` run on a private copy of ``path``, as strings."""
    return [row[0] if isinstance(row[0], str) else str(row[0]) for row in query_copy(regular(path), sql)
            if row[0]]


def origins_sql(column: str, table: str, where: str = "") -> str:
    """Distinct ``scheme://authority`` of a URL column (SQLite does the grouping)."""
    return origin_sql(column, "0", f"{table}{' WHERE ' + where if where else ''}")
