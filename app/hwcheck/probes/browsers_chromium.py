"""Chromium-family histories (Chromium, Chrome, Edge, Brave, Opera, Vivaldi, Cốc Cốc), all profiles.

A visit is a row of ``visits``; a URL typed or imported but never opened has no such row. Times are
microseconds since 1601-01-01 UTC.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, list_dir
from app.hwcheck.probes.homes import user_homes_inside
from app.hwcheck.probes.history import history_observations
from app.hwcheck.probes.urls import origin_sql

NAME = "browsers_chromium"
EPOCH_1601 = dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)

# (browser, data folder relative to the home). Linux native, Snap, Flatpak, then Windows.
DATA_DIRS: tuple[tuple[str, str], ...] = (
    ("Chromium", ".config/chromium"),
    ("Chromium", "snap/chromium/common/chromium"),
    ("Chromium", ".var/app/org.chromium.Chromium/config/chromium"),
    ("Google Chrome", ".config/google-chrome"),
    ("Google Chrome Beta", ".config/google-chrome-beta"),
    ("Google Chrome Dev", ".config/google-chrome-unstable"),
    ("Google Chrome", ".var/app/com.google.Chrome/config/google-chrome"),
    ("Microsoft Edge", ".config/microsoft-edge"),
    ("Microsoft Edge Beta", ".config/microsoft-edge-beta"),
    ("Microsoft Edge Dev", ".config/microsoft-edge-dev"),
    ("Microsoft Edge", ".var/app/com.microsoft.Edge/config/microsoft-edge"),
    ("Brave", ".config/BraveSoftware/Brave-Browser"),
    ("Brave", "snap/brave/current/.config/BraveSoftware/Brave-Browser"),
    ("Brave", ".var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser"),
    ("Opera", ".config/opera"),
    ("Opera Beta", ".config/opera-beta"),
    ("Opera", ".var/app/com.opera.Opera/config/opera"),
    ("Vivaldi", ".config/vivaldi"),
    ("Vivaldi", ".config/vivaldi-snapshot"),
    ("Vivaldi", ".var/app/com.vivaldi.Vivaldi/config/vivaldi"),
    ("Cốc Cốc", ".config/coccoc"),
    ("Cốc Cốc", ".config/CocCoc/Browser"),
    ("Chromium", "AppData/Local/Chromium/User Data"),
    ("Google Chrome", "AppData/Local/Google/Chrome/User Data"),
    ("Microsoft Edge", "AppData/Local/Microsoft/Edge/User Data"),
    ("Brave", "AppData/Local/BraveSoftware/Brave-Browser/User Data"),
    ("Opera", "AppData/Roaming/Opera Software/Opera Stable"),
    ("Vivaldi", "AppData/Local/Vivaldi/User Data"),
    ("Cốc Cốc", "AppData/Local/CocCoc/Browser/User Data"),
)

SQL = origin_sql("u.url", "v.visit_time", "visits v JOIN urls u ON u.id = v.url")


def chromium_time(value: int | None) -> dt.datetime | None:
    """Microseconds since 1601-01-01 UTC → datetime; None for 0/missing/out-of-range values."""
    if not value or not isinstance(value, int) or value <= 0:
        return None
    try:
        result = EPOCH_1601 + dt.timedelta(microseconds=value)
    except OverflowError:
        return None
    return result if result.year >= 1990 else None


def history_files(ctx: ProbeContext) -> list[tuple[str, str, str, Path]]:
    """``(user, browser, profile, History path)`` for every profile found on disk."""
    found = []
    for user, inside, _home in user_homes_inside(ctx):
        for browser, rel in DATA_DIRS:
            base = ctx.path(f"{inside}/{rel}")  # links resolved inside the root
            if not base.is_dir():
                continue
            candidates = [base] + [c for c in list_dir(base) if c.is_dir()]
            for profile_dir in candidates:
                history = profile_dir / "History"
                if history.is_file():
                    profile = "(gốc)" if profile_dir == base else profile_dir.name
                    found.append((user, browser, profile, history))
    return found


def probe(ctx: ProbeContext) -> list[Observation]:
    return history_observations(ctx, NAME, history_files(ctx), SQL, chromium_time)
