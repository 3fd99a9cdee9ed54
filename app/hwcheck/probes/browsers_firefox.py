"""Firefox-family histories (Firefox, ESR, LibreWolf, Waterfox, Floorp, Pale Moon, SeaMonkey): every profile in ``profiles.ini`` and every profile folder on
disk, including Snap and Flatpak locations (and Windows ``AppData`` on a mounted Windows disk).

A visit is a row of ``moz_historyvisits``; a bookmark never opened has a ``moz_places`` row but no
visit. Times are microseconds since 1970-01-01 UTC (PRTime).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.browser_paths import FIREFOX_DIRS as FAMILY_DIRS
from app.hwcheck.probes.browser_traces import confine
from app.hwcheck.probes.common import ProbeContext, list_dir, parse_keyfile, read_text
from app.hwcheck.probes.history import history_observations
from app.hwcheck.probes.homes import user_homes_inside
from app.hwcheck.probes.urls import origin_sql

NAME = "browsers_firefox"

FIREFOX_DIRS = tuple(rel for _browser, rel, _cache in FAMILY_DIRS)  # kept for callers of the old name

SQL = origin_sql("p.url", "v.visit_date", "moz_historyvisits v JOIN moz_places p ON p.id = v.place_id")


def firefox_time(value: int | None) -> dt.datetime | None:
    """Microseconds since 1970-01-01 UTC → datetime; None for 0/missing/out-of-range values."""
    if not value or not isinstance(value, int) or value <= 0:
        return None
    try:
        result = dt.datetime.fromtimestamp(value / 1_000_000, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return result if result.year >= 1990 else None


def parse_profiles_ini(text: str) -> list[tuple[str, bool]]:
    """``(path, is_relative)`` of each ``[ProfileN]`` section. Never raises."""
    result = []
    for section, keys in parse_keyfile(text).items():
        lowered = {k.lower(): v for k, v in keys.items()}
        if section.lower().startswith("profile") and lowered.get("path"):
            result.append((lowered["path"].replace("\\", "/"), lowered.get("isrelative", "1") != "0"))
    return result


def profile_dirs(base: Path, resolve=Path) -> list[Path]:
    """Profiles named in ``profiles.ini`` plus any folder holding ``places.sqlite``."""
    found: list[Path] = []
    ini = base / "profiles.ini"
    for profile in parse_profiles_ini(read_text(ini)) if ini.is_file() else []:
        rel, relative = profile
        candidate = base / rel if relative else resolve(rel)
        if candidate not in found:
            found.append(candidate)
    search = [base, base / "Profiles"]
    for folder in search:
        for child in list_dir(folder):
            if (child / "places.sqlite").is_file() and child not in found:
                found.append(child)
    return found


def places_files(ctx: ProbeContext) -> list[tuple[str, str, str, Path]]:
    result = []
    for user, _inside, home in user_homes_inside(ctx):
        for browser, rel, _cache in FAMILY_DIRS:
            base = confine(ctx.root, home / rel, home)  # links resolved inside the root
            if not base.is_dir():
                continue
            for profile in profile_dirs(base, ctx.path):
                places = profile / "places.sqlite"
                if places.is_file():
                    result.append((user, browser, profile.name, places))
    return result


def probe(ctx: ProbeContext) -> list[Observation]:
    return history_observations(ctx, NAME, places_files(ctx), SQL, firefox_time)
