"""Failed unlock attempts: growing delays after five failures, remembered across restarts.

The state lives in the registry's key sidecar (``login_guard`` object) because it must be readable
before the database is decrypted; each failure is also queued there and copied into the audit log at
the next successful unlock (``take_pending``). Delays: none for the first ``FREE_ATTEMPTS`` failures,
then 30 s, 60 s, 120 s … capped at one hour. A clock set backwards does not shorten a wait beyond
the full delay.
"""
from __future__ import annotations

import datetime as dt
import time
from typing import Any

from app.services.errors import SomatError

FREE_ATTEMPTS = 5
FIRST_DELAY = 30
MAX_DELAY = 3600
MAX_PENDING = 200
_clock = time.time  # tests replace it


class TooManyAttempts(SomatError):
    def __init__(self, wait_seconds: int):
        self.wait_seconds = int(wait_seconds)
        minutes, seconds = divmod(self.wait_seconds, 60)
        if minutes:
            super().__init__(code="login.too_many_minutes", params={"minutes": minutes, "seconds": seconds},
                             field="password")
        else:
            super().__init__(code="login.too_many_seconds", params={"seconds": seconds}, field="password")


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failures."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_DELAY * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY)


def wait_seconds(state: dict[str, Any], now: float | None = None) -> int:
    now = _clock() if now is None else now
    failures = int(state.get("failures", 0))
    delay = delay_after(failures)
    if not delay:
        return 0
    last = float(state.get("last_failure_at", 0))
    remaining = last + delay - now
    return int(min(max(remaining, 0), delay) + 0.999)


def check(state: dict[str, Any], now: float | None = None) -> None:
    """Raise ``TooManyAttempts`` while a delay is running."""
    remaining = wait_seconds(state, now)
    if remaining > 0:
        raise TooManyAttempts(remaining)


def sequence(state: dict[str, Any]) -> int:
    """Failures ever counted in this sidecar: never reset, recorded in the audit log at each unlock,
    so a counter file copied back from before an unlock is an alarm (``audit.guard_rollback``)."""
    return int(state.get("seq", 0))


def record_failure(state: dict[str, Any], username: str | None, now: float | None = None, *,
                   via: str = "mo_so") -> None:
    """Count a failure (``via``: ``mo_so`` GUI/CLI unlock, ``khoi_phuc`` a restore)."""
    now = _clock() if now is None else now
    state["seq"] = sequence(state) + 1
    state["failures"] = int(state.get("failures", 0)) + 1
    state["last_failure_at"] = now
    pending = state.setdefault("pending", [])
    if len(pending) >= MAX_PENDING:
        state["dropped"] = int(state.get("dropped", 0)) + 1
        return
    at = dt.datetime.fromtimestamp(now, dt.timezone.utc).replace(tzinfo=None)
    pending.append({"at": at.isoformat(timespec="seconds"), "username": username or "", "via": via})


def take_pending(state: dict[str, Any]) -> tuple[list[dict[str, str]], int]:
    """Reset after a successful unlock; returns (queued failures, number dropped) for the audit log."""
    pending = list(state.get("pending", []))
    dropped = int(state.get("dropped", 0))
    seq = sequence(state)
    state.clear()
    if seq:
        state["seq"] = seq
    return pending, dropped
