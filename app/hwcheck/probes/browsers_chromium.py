"""Chromium-family histories (Chromium, Chrome, Edge, Brave, Opera, Vivaldi, Yandex, Cốc Cốc), all profiles.

A visit is a row of ``visits``; a URL typed or imported but never opened has no such row. Times are
microseconds since 1601-01-01 UTC.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.browser_paths import CHROMIUM_DIRS
from app.hwcheck.probes.browser_traces import confine
from app.hwcheck.probes.common import ProbeContext, list_dir
from app.hwcheck.probes.history import history_observations
from app.hwcheck.probes.homes import user_homes_inside
from app.hwcheck.probes.urls import origin_sql

NAME = "browsers_chromium"
EPOCH_1601 = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)

DATA_DIRS = CHROMIUM_DIRS  # (browser, data folder relative to the home): see browser_paths

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
    for user, _inside, home in user_homes_inside(ctx):
        for browser, rel in DATA_DIRS:
            base = confine(ctx.root, home / rel, home)  # links resolved inside the root
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
