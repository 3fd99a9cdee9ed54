"""WebKit and Qt WebEngine browsers of GNOME and KDE: Epiphany (GNOME Web), Falkon, Konqueror.

- Epiphany: ``~/.local/share/epiphany/ephy-history.db`` (``visits`` joined to ``urls``; microseconds
  since 1970 in Epiphany 43, seconds in older releases), ``cookies.sqlite`` (the ``moz_cookies``
  schema) and ``session_state.xml`` (open tabs); Flatpak ``~/.var/app/org.gnome.Epiphany``.
- Falkon: ``~/.config/falkon/profiles/<profile>/browsedata.db`` (``history``: one row per URL, ``date`` in
  milliseconds); its Qt WebEngine storage (``Cookies``, ``Local Storage``... Chromium's layout).
- Konqueror: ``~/.local/share/konqueror/konq_history`` (Qt ``QDataStream``: URLs in UTF-16),
  KDE's cookie jar ``~/.local/share/kcookiejar/cookies`` and its Qt WebEngine storage.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes import browser_chromium_traces
from app.hwcheck.probes.browser_traces import (
    ORIGIN_RE,
    Traces,
    confine,
    read_limited,
    scan_origins,
    sql_strings,
    traces_observation,
)
from app.hwcheck.probes.common import ProbeContext, failure, from_unix, list_dir
from app.hwcheck.probes.history import history_observations
from app.hwcheck.probes.homes import user_homes_inside
from app.hwcheck.probes.urls import origin_sql

NAME = "webkit_browsers"
MAX_FILE = 64 << 20

EPIPHANY_DIRS = (".local/share/epiphany", ".var/app/org.gnome.Epiphany/data/epiphany",
                 ".config/epiphany", ".gnome2/epiphany")
# (profiles folder, HTTP cache folder: <cache>/<profile>/Cache holds Chromium simple-cache entries)
FALKON_DIRS = ((".config/falkon/profiles", ".cache/falkon"),
               (".var/app/org.kde.falkon/config/falkon/profiles", ".var/app/org.kde.falkon/cache/falkon"))
WEBENGINE_DIRS = (("Falkon", ".local/share/falkon/QtWebEngine"),
                  ("Falkon", ".var/app/org.kde.falkon/data/falkon/QtWebEngine"),
                  ("Konqueror", ".local/share/konqueror/QtWebEngine"),
                  ("Konqueror", ".local/share/konqueror/webengine"))
KONQ_HISTORY = (".local/share/konqueror/konq_history", ".kde/share/apps/konqueror/konq_history",
                ".kde4/share/apps/konqueror/konq_history")
KCOOKIEJAR = (".local/share/kcookiejar/cookies", ".kde/share/apps/kcookiejar/cookies")

EPIPHANY_SQL = origin_sql("u.url", "v.visit_time", "visits v JOIN urls u ON u.id = v.url")
FALKON_SQL = origin_sql("url", "date", "history")


def _epiphany_time(value) -> dt.datetime | None:
    """Epiphany 43 stores microseconds since 1970 (``g_get_real_time``); older releases seconds."""
    if not isinstance(value, (int, float)):
        return None
    return from_unix(value / 1_000_000 if value > 10**14 else value)


def _millis(value) -> dt.datetime | None:
    return from_unix(value / 1000) if isinstance(value, (int, float)) else None


def _utf16_origins(data: bytes) -> set[str]:
    """Origins in a QDataStream file, whose QStrings are UTF-16 big-endian (either byte alignment)."""
    found: set[str] = set()
    for start in (0, 1):
        text = data[start:len(data) - (len(data) - start) % 2].decode("utf-16-be", "replace")
        found.update(m.decode("ascii") for m in ORIGIN_RE.findall(text.encode("ascii", "replace")))
    found.update(m.decode("ascii", "replace") for m in ORIGIN_RE.findall(data))  # UTF-8 copies
    return found


def _kcookiejar_hosts(text: str) -> list[str]:
    hosts = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#[":
            continue
        hosts.append(line.split()[0].strip('"'))
    return hosts


def _guarded(ctx: ProbeContext, out: list[Observation], path: Path, read) -> None:
    try:
        read()
    except Exception as exc:  # noqa: BLE001 - a trace that exists but cannot be read fails closed
        out.append(failure(NAME, ctx.display(path), exc))


def _epiphany(ctx: ProbeContext, user: str, base: Path, out: list[Observation],
              histories: list[tuple[str, str, str, Path]]) -> None:
    history = confine(ctx.root, base / "ephy-history.db")
    if history.exists():
        histories.append((user, "Epiphany (GNOME Web)", base.name, history))
    traces = Traces()
    cookies = confine(ctx.root, base / "cookies.sqlite")
    if cookies.exists():
        _guarded(ctx, out, cookies, lambda: [traces.add_host("cookies.sqlite", h)
                                             for h in sql_strings(cookies, "SELECT DISTINCT host FROM moz_cookies")])
    session = confine(ctx.root, base / "session_state.xml")  # the tabs open at quit: <embed url="...">
    if session.exists():
        _guarded(ctx, out, session, lambda: [traces.add_url("session_state.xml", o) for o in scan_origins(session)])
    obs = traces_observation("browser_traces", ctx.display(base), "Epiphany (GNOME Web)", base.name, user, traces)
    out += [obs] if obs else []


def _konqueror(ctx: ProbeContext, user: str, home: Path, out: list[Observation]) -> None:
    traces, sources = Traces(), []
    for rel in KONQ_HISTORY + KCOOKIEJAR:
        path = confine(ctx.root, home / rel, home)
        if not path.exists():
            continue
        sources.append(path)
        if rel in KONQ_HISTORY:
            _guarded(ctx, out, path, lambda p=path: [traces.add_url("konq_history", o)
                                                    for o in _utf16_origins(read_limited(p, MAX_FILE))])
        else:
            _guarded(ctx, out, path, lambda p=path: [
                traces.add_host("kcookiejar", h)
                for h in _kcookiejar_hosts(read_limited(p, MAX_FILE).decode("utf-8", "replace"))])
    if sources:
        obs = traces_observation("browser_traces", ctx.display(sources[0]), "Konqueror", "(mặc định)", user,
                                 traces)
        out += [obs] if obs else []


def probe(ctx: ProbeContext) -> list[Observation]:
    out: list[Observation] = []
    histories: list[tuple[str, str, str, Path]] = []
    falkon: list[tuple[str, str, str, Path]] = []
    for user, _inside, home in user_homes_inside(ctx):
        for rel in EPIPHANY_DIRS:
            _epiphany(ctx, user, confine(ctx.root, home / rel, home), out, histories)
        for rel, cache_rel in FALKON_DIRS:
            for profile in list_dir(confine(ctx.root, home / rel, home)):
                data = confine(ctx.root, profile / "browsedata.db")
                if data.exists():
                    falkon.append((user, "Falkon", profile.name, data))
                cache = confine(ctx.root, home / cache_rel / profile.name, home)
                out += _webengine(ctx, user, "Falkon", profile, cache)
        for browser, rel in WEBENGINE_DIRS:
            for profile in list_dir(confine(ctx.root, home / rel, home)):
                out += _webengine(ctx, user, browser, profile)
        _konqueror(ctx, user, home, out)
    out += history_observations(ctx, NAME, histories, EPIPHANY_SQL, _epiphany_time)
    out += history_observations(ctx, NAME, falkon, FALKON_SQL, _millis)
    return out


def _webengine(ctx: ProbeContext, user: str, browser: str, profile: Path,
               cache: Path | None = None) -> list[Observation]:
    """A Qt WebEngine storage folder has Chromium's profile layout. Falkon adds ``session.dat`` (Qt
    ``QDataStream``: the open tabs' URLs in UTF-16)."""
    profile = confine(ctx.root, profile)
    if not profile.is_dir() or not any((profile / m).exists() for m in browser_chromium_traces.MARKERS):
        return []
    fails: list[Observation] = []
    traces = browser_chromium_traces.profile_traces(
        profile, cache, lambda p, e: fails.append(failure(NAME, ctx.display(p), e)),
        lambda p: confine(ctx.root, p, cache if cache and p.is_relative_to(cache) else profile))
    session = confine(ctx.root, profile / "session.dat", profile)
    if session.exists():
        _guarded(ctx, fails, session, lambda: [traces.add_url("session.dat", o)
                                               for o in _utf16_origins(read_limited(session, MAX_FILE))])
    obs = traces_observation("browser_traces", ctx.display(profile), browser, profile.name, user, traces)
    return fails + ([obs] if obs else [])
