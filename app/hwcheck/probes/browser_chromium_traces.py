"""Chromium-family traces that outlive a cleared or deleted ``History`` (Chromium, Chrome, Edge,
Brave, Opera, Vivaldi, Yandex, Cốc Cốc; native, Snap, Flatpak and Windows folders).

Per profile, each artifact gives Internet host names read from its content:
``Cookies``/``Network/Cookies`` (``cookies.host_key``), ``Login Data`` (``logins.origin_url``),
``Favicons`` (``icon_mapping.page_url``), ``Top Sites``, ``Shortcuts``, ``Network Action Predictor``,
``History`` downloads, ``Preferences`` (per-site content settings), ``Network Persistent State``
(servers), ``Sessions/`` and ``Current/Last Session`` (tab URLs in SNSS records), ``Local Storage``
(LevelDB keys), ``IndexedDB`` (folder names) and the HTTP cache (``Cache_Data`` entry keys, also under
``~/.cache``). ``TransportSecurity`` stores only hashed host names: its entries are counted.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.browser_paths import CHROMIUM_DIRS, chromium_cache_dir
from app.hwcheck.probes.browser_traces import (
    ENOUGH,
    LEVELDB_KEY_RE,
    ORIGIN_RE,
    Traces,
    chromium_cache_key,
    confine,
    confined_resolver,
    json_strings,
    origins_sql,
    read_json,
    regular_files,
    scan_origins,
    sql_strings,
    traces_observation,
)
from app.hwcheck.probes.common import ProbeContext, failure, list_dir
from app.hwcheck.probes.homes import user_homes_inside

NAME = "browser_chromium_traces"
KIND = "browser_traces"

# A folder is a profile when it holds any of these (not only History).
MARKERS = ("History", "Cookies", "Network/Cookies", "Preferences", "Favicons", "Top Sites", "Login Data",
           "Web Data", "Sessions", "Current Session", "Last Session", "Local Storage", "IndexedDB",
           "Network Persistent State", "TransportSecurity", "Shortcuts", "Cache")

SQL_ARTIFACTS: tuple[tuple[str, str, str, bool], ...] = (
    # (artifact, file, query, rows are URLs (True) or bare hosts (False))
    ("Cookies", "Cookies", "SELECT DISTINCT host_key FROM cookies", False),
    ("Cookies", "Network/Cookies", "SELECT DISTINCT host_key FROM cookies", False),
    ("Login Data", "Login Data", origins_sql("origin_url", "logins"), True),
    ("Login Data", "Login Data For Account", origins_sql("origin_url", "logins"), True),
    ("Favicons", "Favicons", origins_sql("page_url", "icon_mapping"), True),
    ("Top Sites", "Top Sites", "SELECT url FROM top_sites", True),
    ("Shortcuts", "Shortcuts", origins_sql("url", "omni_box_shortcuts"), True),
    ("Network Action Predictor", "Network Action Predictor", origins_sql("url", "network_action_predictor"), True),
    ("History (tải về)", "History", origins_sql("url", "downloads_url_chains"), True),
)
SESSION_FILES = ("Current Session", "Last Session", "Current Tabs", "Last Tabs")
INDEXEDDB_RE = re.compile(r"^(https?|wss?)_(.+)_(\d+)\.indexeddb\.(?:leveldb|blob)$")
MAX_CACHE_KEY = 8192


def chromium_profiles(ctx: ProbeContext) -> list[tuple[str, str, str, Path, Path | None]]:
    """``(user, browser, profile name, profile folder, cache folder or None)`` for every folder that
    holds any Chromium profile artifact."""
    found = []
    for user, _inside, home in user_homes_inside(ctx):
        for browser, rel in CHROMIUM_DIRS:
            base = confine(ctx.root, home / rel, home)  # only the components under the home are checked
            if not base.is_dir():
                continue
            cache_rel = chromium_cache_dir(rel)
            cache_base = confine(ctx.root, home / cache_rel, home) if cache_rel else None
            for child in [base] + list_dir(base):
                folder = confine(ctx.root, child)  # a profile folder that is a link stays in the root
                if folder.is_dir() and any((folder / m).exists() for m in MARKERS):
                    name = "(gốc)" if child == base else child.name
                    cache = cache_base / child.name if cache_base and child != base else cache_base
                    found.append((user, browser, name, folder, confine(ctx.root, cache) if cache else None))
    return found


def _sql(traces: Traces, artifact: str, path: Path, sql: str, urls: bool) -> None:
    for value in sql_strings(path, sql):
        (traces.add_url if urls else traces.add_host)(artifact, value)


def _preferences(traces: Traces, path: Path) -> None:
    prefs = read_json(path)
    exceptions = prefs.get("profile", {}).get("content_settings", {}).get("exceptions", {}) \
        if isinstance(prefs, dict) else {}
    for setting in exceptions.values() if isinstance(exceptions, dict) else ():
        for pattern in setting if isinstance(setting, dict) else ():
            for part in pattern.split(","):
                part = part.strip()
                if "://" in part:
                    traces.add_url("Preferences", part)
                elif part.startswith("[*.]"):
                    traces.add_host("Preferences", part[4:])


def _network_state(traces: Traces, path: Path) -> None:
    for key, value in json_strings(read_json(path)):
        if "://" in value:
            traces.add_url("Network Persistent State", value)
        elif key == "host":
            traces.add_host("Network Persistent State", value)


def _transport_security(traces: Traces, path: Path) -> None:
    data = read_json(path)
    entries = 0
    if isinstance(data, dict):
        for key in ("sts", "expect_ct"):
            if isinstance(data.get(key), list):
                entries += len(data[key])
        if "sts" not in data and "version" not in data:  # old format: {hashed host: {...}}
            entries += len(data)
    traces.count("TransportSecurity (HSTS, tên miền đã băm)", entries)


def _scan(traces: Traces, artifact: str, path: Path, pattern=ORIGIN_RE) -> None:
    for origin in scan_origins(path, pattern):
        traces.add_url(artifact, origin)


def _cache(traces: Traces, folder: Path, fail: Callable[[Path, BaseException], None]) -> None:
    """Keys of simple-cache entries (``<hash>_0``): ``1/0/_dk_<site> <site> <URL>``."""
    before = traces.total_hosts()
    for entry in regular_files(folder):
        if not entry.name.endswith("_0"):
            continue
        try:
            key = chromium_cache_key(entry.path, MAX_CACHE_KEY)
        except (OSError, ValueError) as exc:
            fail(Path(entry.path), exc)
            continue
        for origin in ORIGIN_RE.findall(key):
            traces.add_url("Cache", origin.decode("ascii", "replace"))
        if traces.total_hosts() - before >= ENOUGH:
            return  # already blocking: reading every entry would add nothing but time


def profile_traces(folder: Path, cache: Path | None, fail: Callable[[Path, BaseException], None],
                   resolve: Callable[[Path], Path] = lambda p: p) -> Traces:
    """Hosts named by the profile's artifacts. ``resolve`` confines links to the inspected root."""
    traces = Traces()

    def guarded(path: Path, read: Callable[[], None]) -> None:
        try:
            read()
        except Exception as exc:  # noqa: BLE001 - a trace that exists but cannot be read fails closed
            fail(path, exc)

    for artifact, rel, sql, urls in SQL_ARTIFACTS:
        path = resolve(folder / rel)
        if path.exists():
            guarded(path, lambda a=artifact, p=path, s=sql, u=urls: _sql(traces, a, p, s, u))
    for rel, reader in (("Preferences", _preferences), ("Network Persistent State", _network_state),
                        ("TransportSecurity", _transport_security)):
        path = resolve(folder / rel)
        if path.exists():
            guarded(path, lambda r=reader, p=path: r(traces, p))
    sessions = [resolve(p) for p in list_dir(resolve(folder / "Sessions")) if not p.is_dir()]
    sessions += [resolve(folder / n) for n in SESSION_FILES if resolve(folder / n).exists()]
    for path in sessions:
        guarded(path, lambda p=path: _scan(traces, "Sessions", p))
    for path in list_dir(resolve(folder / "Local Storage" / "leveldb")):
        if path.suffix in (".log", ".ldb"):
            real = resolve(path)
            guarded(real, lambda p=real: _scan(traces, "Local Storage", p, LEVELDB_KEY_RE))
    for path in list_dir(resolve(folder / "IndexedDB")):
        m = INDEXEDDB_RE.match(path.name)
        if m:
            traces.add_url("IndexedDB", f"{m.group(1)}://{m.group(2)}")
    for cache_root in (folder, cache):
        if cache_root is not None:  # Chromium: Cache/Cache_Data; Qt WebEngine (Falkon...): Cache itself
            for rel in ("Cache/Cache_Data", "Cache"):
                _cache(traces, resolve(cache_root / rel), fail)
    return traces


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    for user, browser, name, folder, cache in chromium_profiles(ctx):
        fails: list[Observation] = []

        def fail(path: Path, exc: BaseException, fails=fails) -> None:
            fails.append(failure(NAME, ctx.display(path), exc))

        traces = profile_traces(folder, cache, fail, confined_resolver(ctx.root, folder, cache, fail))
        out.extend(fails)
        obs = traces_observation(KIND, ctx.display(folder), browser, name, user, traces)
        if obs:
            out.append(obs)
    return out
