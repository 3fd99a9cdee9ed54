"""What the trace probes share: collecting the Internet hosts that a profile's files name, reading
those files with bounded memory, and turning the result into one ``browser_traces`` observation.

A trace is any file a browser writes only after a site was opened (a cookie's host, a cache key, a
session's tab URL, a site-storage folder...). Clearing the history leaves them; a profile made by one
offline launch has none for an Internet host. Hosts that are not Internet (loopback, private
addresses, ``chrome://``, ``about:``) are ignored, as in the history probes.
"""
from __future__ import annotations

import json
import os
import re
import stat
import struct
from collections.abc import Callable, Iterator
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
    _seen: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def add_url(self, artifact: str, url: str) -> None:
        if (artifact, url) in self._seen or url in BUILTIN_URLS:  # a cache repeats the same origins
            return
        self._seen.add((artifact, url))
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
        # the policy drops hosts of the registered LAN from ``hosts`` and rewrites ``host_list``
        "host_list": ", ".join(hosts[:5]) if hosts else f"tên miền không đọc được ({hostless})",
        "by_artifact": {name: sorted(h)[:MAX_HOSTS] for name, h in sorted(traces.hosts.items())},
        "hostless": dict(sorted(traces.hostless.items())),
    })


# --- confined, bounded readers ---------------------------------------------------------------------

def confine(root: Path, path: Path, base: Path | None = None) -> Path:
    """``path`` (under ``root``) with every link resolved inside ``root``: a ``Cookies`` that links to
    ``/etc/shadow`` on an inspected disk means ``<root>/etc/shadow``, never the inspector's file.

    ``base``: a folder of ``path`` already confined; only the components after it are checked for
    links (one ``lstat`` each) unless one is a link."""
    if str(root) == "/":
        return path
    if base is not None and path.is_relative_to(base):
        current = base
        for part in path.relative_to(base).parts:
            current = current / part
            if current.is_symlink():
                break
        else:
            return path
    try:
        rel = path.relative_to(root)
    except ValueError:
        return path
    return resolve_in_root(root, "/" + rel.as_posix())


# What a link that cannot be resolved inside the root (a loop, too deep) stands for once its failure
# was reported: a path that never exists, so nothing more is read through it.
UNRESOLVABLE = Path("/nonexistent/somat-hwcheck/unresolvable-link")


def confined_resolver(root: Path, folder: Path, cache: Path | None,
                      fail: Callable[[Path, BaseException], None]) -> Callable[[Path], Path]:
    """``resolve(path)`` for paths under a profile ``folder`` or its ``cache`` (both confined already):
    a link loop is reported through ``fail`` (fail closed) and the path becomes ``UNRESOLVABLE``."""
    def resolve(path: Path) -> Path:
        try:
            return confine(root, path, cache if cache and path.is_relative_to(cache) else folder)
        except OSError as exc:
            fail(path, exc)
            return UNRESOLVABLE
    return resolve


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


def regular_files(folder: Path) -> list[os.DirEntry]:
    """The regular files of a folder (no links, FIFOs or devices), from one ``scandir`` (the kind
    comes with the listing: no ``stat`` per file). [] when the folder does not exist."""
    try:
        with os.scandir(folder) as it:
            return [e for e in it if e.is_file(follow_symlinks=False)]
    except (FileNotFoundError, NotADirectoryError):
        return []


SIMPLE_CACHE_MAGIC = 0xFCFB6D1BA7725C30
CACHE2_CHUNK = 256 * 1024


def chromium_cache_key(path: str, limit: int = 8192) -> bytes:
    """The key of a Chromium simple-cache entry (``<hash>_0``): header = magic u64, version u32,
    key length u32, key hash u32, padding u32 (little-endian), then the key."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        head = os.read(fd, 24 + limit)
    finally:
        os.close(fd)
    if len(head) < 24:
        raise ValueError("mục bộ nhớ đệm ngắn hơn phần đầu")
    magic, _version, key_length = struct.unpack_from("<QII", head)
    if magic != SIMPLE_CACHE_MAGIC or 24 + key_length > len(head):
        raise ValueError("không phải mục bộ nhớ đệm Chromium (simple cache)")
    return head[24:24 + key_length]


def firefox_cache_key(path: str, limit: int = 16384) -> bytes:
    """The key of a Firefox ``cache2/entries`` file. The last 4 bytes (big-endian) give the offset of
    the metadata: a hash u32, one u16 hash per 256 KiB chunk, 8 u32 fields (version, fetch count,
    last fetched, last modified, frecency, expiration, key size, flags), then the key and a NUL."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        size = os.fstat(fd).st_size
        if size < 4:
            raise ValueError("mục bộ nhớ đệm ngắn hơn phần cuối")
        offset = struct.unpack(">I", os.pread(fd, 4, size - 4))[0]
        start = offset + 4 + 2 * ((offset + CACHE2_CHUNK - 1) // CACHE2_CHUNK)
        fields = os.pread(fd, 32, start)
        if offset > size - 4 or len(fields) < 32:
            raise ValueError("vị trí siêu dữ liệu nằm ngoài tệp")
        key_size = struct.unpack_from(">I", fields, 24)[0]
        key = os.pread(fd, min(key_size, limit) + 1, start + 32)
    finally:
        os.close(fd)
    if key_size > limit or len(key) != key_size + 1 or key[-1] != 0:
        raise ValueError("không phải mục bộ nhớ đệm Firefox (cache2)")
    return key[:-1]


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
