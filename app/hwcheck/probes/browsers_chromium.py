"""Chromium-family histories (Chromium, Chrome, Edge, Brave, Opera, Vivaldi, Cốc Cốc), all profiles.

A visit is a row of ``visits``; a URL typed or imported but never opened has no such row. Times are
microseconds since 1601-01-01 UTC.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, iso_utc, list_dir
from app.hwcheck.probes.homes import user_homes_inside
from app.hwcheck.probes.sqlite_copy import query_copy
from app.hwcheck.probes.urls import VisitTally, origin_sql, tally

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


def tally_summary(t: VisitTally, to_time) -> dict:
    hosts = [h for h, _ in t.hosts.most_common()]
    return {
        "visits": t.visits,
        "first_visit": iso_utc(to_time(t.first)),
        "last_visit": iso_utc(to_time(t.last)),
        "host_count": len(hosts),
        "hosts": hosts[:50],
    }


def probe(ctx: ProbeContext) -> list[Observation]:
    out = []
    for user, browser, profile, path in history_files(ctx):
        try:
            internet, local = tally(query_copy(path, SQL))
        except Exception as exc:  # noqa: BLE001 - any unreadable database fails closed
            out.append(failure(NAME, ctx.display(path), exc))
            continue
        out.append(Observation("browser_history", ctx.display(path), {
            "browser": browser, "profile": profile, "user": user,
            "internet": tally_summary(internet, chromium_time),
            "local": tally_summary(local, chromium_time),
        }))
    return out
