"""What both browser probes do with each history database: aggregate it on a private copy and turn
the tallies into one observation (or a failure, which fails closed)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from app.hwcheck.model import Observation
from app.hwcheck.probes.common import ProbeContext, failure, iso_utc
from app.hwcheck.probes.sqlite_copy import query_copy
from app.hwcheck.probes.urls import VisitTally, tally


def tally_summary(t: VisitTally, to_time) -> dict:
    hosts = [h for h, _ in t.hosts.most_common()]
    return {
        "visits": t.visits,
        "first_visit": iso_utc(to_time(t.first)),
        "last_visit": iso_utc(to_time(t.last)),
        "host_count": len(hosts),
        "hosts": hosts[:50],
    }


def history_observations(ctx: ProbeContext, name: str, files: Iterable[tuple[str, str, str, Path]],
                         sql: str, to_time: Callable) -> list[Observation]:
    """One ``browser_history`` observation per (user, browser, profile, database); an unreadable
    database gives a failure observation instead."""
    out = []
    for user, browser, profile, path in files:
        try:
            internet, local = tally(query_copy(path, sql))
        except Exception as exc:  # noqa: BLE001 - any unreadable database fails closed
            out.append(failure(name, ctx.display(path), exc))
            continue
        out.append(Observation("browser_history", ctx.display(path), {
            "browser": browser, "profile": profile, "user": user,
            "internet": tally_summary(internet, to_time),
            "local": tally_summary(local, to_time),
        }))
    return out
