"""How many wrong passwords a registry has seen since its last unlock, read before it is decrypted.

A read of the key sidecar's ``login_guard`` state (see ``app.services.login_guard``) for the unlock
window: the attempt count and the delay, as KeePassXC shows them. Nothing is written here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services import keystore, login_guard


@dataclass(frozen=True)
class AttemptStatus:
    failures: int  # consecutive wrong passwords (or recovery codes) since the last unlock
    wait_seconds: int  # to wait now before the next try (0 = may try)
    free_left: int  # tries left before waiting starts
    next_delay: int  # seconds the next wrong password will cost
    first_delay: int  # the first wait, once the free tries are used up


def attempt_status(registry_path: str | Path) -> AttemptStatus | None:
    """None when the sidecar cannot be read (the unlock itself will say why)."""
    try:
        guard = keystore.load_keyfile(registry_path).data.get("login_guard") or {}
        failures = int(guard.get("failures", 0))
    except (keystore.NotSomatFile, OSError, TypeError, ValueError):
        return None
    return AttemptStatus(failures=failures, wait_seconds=login_guard.wait_seconds(guard),
                         free_left=max(0, login_guard.FREE_ATTEMPTS - failures),
                         next_delay=login_guard.delay_after(failures + 1),
                         first_delay=login_guard.delay_after(login_guard.FREE_ATTEMPTS))
