"""Firefox-family traces that outlive a cleared or deleted ``places.sqlite`` (Firefox, ESR, LibreWolf,
Waterfox, Floorp, Pale Moon, SeaMonkey, and Thunderbird's browser parts; native, Snap, Flatpak,
Windows).

Per profile, Internet hosts read from: ``cookies.sqlite`` (``moz_cookies.host``), ``favicons.sqlite``
(``moz_pages_w_icons.page_url``, without the default bookmarks' icons a new profile has),
``permissions.sqlite`` (``moz_perms.origin``), ``webappsstore.sqlite`` (``originKey``),
``SiteSecurityServiceState.txt`` (HSTS hosts), ``sessionstore.jsonlz4`` and
``sessionstore-backups/*.jsonlz4|*.baklz4`` (mozLz4 JSON: every tab URL), ``storage/default`` and
``storage/temporary`` folder names (``https+++host``) and the HTTP cache ``cache2/entries`` (the key at
the end of each entry holds the URL), in the profile and under ``~/.cache/<browser>/<profile>``.
``formhistory.sqlite`` rows name no host: they are counted.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.browser_paths import FIREFOX_DIRS, THUNDERBIRD_DIRS
from app.hwcheck.probes.browser_traces import (
    BUILTIN_URLS,
    ENOUGH,
    ORIGIN_RE,
    Traces,
    confine,
    confined_resolver,
    firefox_cache_key,
    json_strings,
    origins_sql,
    read_limited,
    read_mozlz4,
    regular,
    regular_files,
    sql_strings,
    traces_observation,
)
from app.hwcheck.probes.browsers_firefox import parse_profiles_ini
from app.hwcheck.probes.common import ProbeContext, failure, list_dir, read_text
from app.hwcheck.probes.homes import user_homes_inside
from app.hwcheck.probes.sqlite_copy import query_copy

NAME = "browser_firefox_traces"
KIND = "browser_traces"

MARKERS = ("places.sqlite", "cookies.sqlite", "favicons.sqlite", "formhistory.sqlite", "permissions.sqlite",
           "sessionstore.jsonlz4", "sessionstore-backups", "storage", "cache2", "prefs.js", "webappsstore.sqlite")
_BUILTIN_SQL = ", ".join("'" + u.replace("'", "''") + "'" for u in sorted(BUILTIN_URLS))
SQL_ARTIFACTS: tuple[tuple[str, str, str, bool], ...] = (
    ("cookies.sqlite", "cookies.sqlite", "SELECT DISTINCT host FROM moz_cookies", False),
    ("favicons.sqlite", "favicons.sqlite",
     origins_sql("page_url", "moz_pages_w_icons", f"page_url NOT IN ({_BUILTIN_SQL})"), True),
    ("permissions.sqlite", "permissions.sqlite", "SELECT DISTINCT origin FROM moz_perms", True),
    ("webappsstore.sqlite", "webappsstore.sqlite", "SELECT DISTINCT originKey FROM webappsstore2", False),
)
STORAGE_RE = re.compile(r"^(https?|wss?)\+\+\+([^+^]+)")
MAX_CACHE_META = 16384


def _reversed_origin_key(key: str) -> str:
    """webappsstore ``originKey`` ``ten.sserpxenv.:http:80`` → ``vnexpress.net``."""
    return key.split(":")[0][::-1].lstrip(".")


def firefox_profiles(ctx: ProbeContext, table=FIREFOX_DIRS) -> list[tuple[str, str, str, Path, Path | None]]:
    """``(user, browser, profile name, profile folder, cache folder or None)`` for each profile
    listed in ``profiles.ini`` or found on disk holding any profile artifact."""
    found: list[tuple[str, str, str, Path, Path | None]] = []
    for user, _inside, home in user_homes_inside(ctx):
        for browser, rel, cache_rel in table:
            base = confine(ctx.root, home / rel, home)  # only the components under the home are checked
            if not base.is_dir():
                continue
            folders: list[Path] = []
            ini = base / "profiles.ini"
            if ini.is_file():
                for path, relative in parse_profiles_ini(read_text(ini)):
                    folders.append(base / path if relative else ctx.path(path))
            for parent in (base, base / "Profiles"):
                folders += [c for c in list_dir(parent) if c.is_dir()]
            seen: set[Path] = set()
            for listed in folders:
                folder = confine(ctx.root, listed)  # a profile folder that is a link stays in the root
                if folder in seen or not any((folder / m).exists() for m in MARKERS):
                    continue
                seen.add(folder)
                cache = confine(ctx.root, home / cache_rel / listed.name, home)
                found.append((user, browser, listed.name, folder, cache))
    return found


def _cache(traces: Traces, folder: Path, fail: Callable[[Path, BaseException], None]) -> None:
    """Keys of cache2 entries: in the metadata at the offset the entry's last 4 bytes give."""
    before = traces.total_hosts()
    for entry in regular_files(folder / "cache2" / "entries"):
        try:
            meta = firefox_cache_key(entry.path, MAX_CACHE_META)
        except (OSError, ValueError) as exc:
            fail(Path(entry.path), exc)
            continue
        for origin in ORIGIN_RE.findall(meta):
            traces.add_url("cache2", origin.decode("ascii", "replace"))
        if traces.total_hosts() - before >= ENOUGH:
            return


def _sessions(traces: Traces, path: Path) -> None:
    for key, value in json_strings(read_mozlz4(path)):
        if key in ("url", "originalURI", "triggeringPrincipal_base64") or value.startswith(("http:", "https:")):
            traces.add_url("sessionstore", value)


def _site_security(traces: Traces, path: Path) -> None:
    for line in read_limited(path).decode("utf-8", "replace").splitlines():
        host = line.split("\t", 1)[0].split(":", 1)[0].split("^", 1)[0]
        if host:
            traces.add_host("SiteSecurityServiceState", host)


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
        if not path.exists():
            continue
        if rel == "webappsstore.sqlite":
            guarded(path, lambda p=path: [traces.add_host("webappsstore.sqlite", _reversed_origin_key(k))
                                          for k in sql_strings(p, SQL_ARTIFACTS[3][2])])
        else:
            guarded(path, lambda a=artifact, p=path, s=sql, u=urls: [
                (traces.add_url if u else traces.add_host)(a, v) for v in sql_strings(p, s)])
    form = resolve(folder / "formhistory.sqlite")
    if form.exists():
        guarded(form, lambda: traces.count("formhistory.sqlite", int(
            query_copy(regular(form), "SELECT COUNT(*) FROM moz_formhistory")[0][0] or 0)))
    state = resolve(folder / "SiteSecurityServiceState.txt")
    if state.exists():
        guarded(state, lambda: _site_security(traces, state))
    stores = [resolve(folder / "sessionstore.jsonlz4")] + [
        resolve(p) for p in list_dir(resolve(folder / "sessionstore-backups"))
        if p.name.endswith("lz4") or ".jsonlz4" in p.name]
    for path in stores:
        if path.exists():
            guarded(path, lambda p=path: _sessions(traces, p))
    for area in ("default", "temporary"):
        for path in list_dir(resolve(folder / "storage" / area)):
            m = STORAGE_RE.match(path.name)
            if m:
                traces.add_url("storage/" + area, f"{m.group(1)}://{m.group(2)}")
    for root in (folder, cache):
        if root is not None:
            _cache(traces, resolve(root), fail)
    if traces.hostless and not traces.hosts:
        traces.hostless.clear()  # form entries alone name no site: not evidence of Internet use
    return traces


def probe(ctx: ProbeContext, table=FIREFOX_DIRS, name: str = NAME) -> list[Observation]:
    out: list[Observation] = []
    for user, browser, profile, folder, cache in firefox_profiles(ctx, table):
        fails: list[Observation] = []

        def fail(path: Path, exc: BaseException, fails=fails) -> None:
            fails.append(failure(name, ctx.display(path), exc))

        traces = profile_traces(folder, cache, fail, confined_resolver(ctx.root, folder, cache, fail))
        out.extend(fails)
        obs = traces_observation(KIND, ctx.display(folder), browser, profile, user, traces)
        if obs:
            out.append(obs)
    return out


def thunderbird_probe(ctx: ProbeContext) -> list[Observation]:
    """Thunderbird's built-in browser: remote content, feeds and links opened in a tab leave the same
    cookies, cache and storage as Firefox."""
    return probe(ctx, THUNDERBIRD_DIRS, "thunderbird_traces")
