"""Errors the user can act on. Messages are complete Vietnamese sentences shown as they are.

An error may carry a ``code`` and named ``params`` (see ``app.error_codes``): its sentence is then the
template of that code, kept in one place, and the GUI translates it by code. ``str(exc)`` and
``exc.message`` are always the Vietnamese sentence (the CLI prints them)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.error_codes import CodedMixin


class SomatError(CodedMixin, Exception):
    """Base of every error whose message is meant for the clerk."""

    def __init__(self, message: str | None = None, *, field: str | None = None, code: str | None = None,
                 params: Mapping[str, Any] | None = None):
        super().__init__(self._init_coded(message, code, params))
        self.field = field  # form field the message belongs next to, if any


class RuleViolation(SomatError):
    """The law (as the rule pack states it) refuses this action."""


class ValidationError(SomatError):
    """Input is missing or malformed."""


class NotFound(SomatError):
    pass


class PermissionDenied(SomatError):
    """The actor's role does not allow the action (checked before anything is written)."""


class EnvironmentFault(SomatError):
    """The machine, not the program, stopped the work (disk full, I/O error, file locked or read-only).

    Raised by ``app.models.db.classify``; the transaction was rolled back. ``EnvironmentFault`` is a
    ``SomatError`` so every layer shows its sentence instead of "our bug"."""


class DiskFull(EnvironmentFault):
    code = "env.disk_full"


class DiskIOError(EnvironmentFault):
    code = "env.io_error"


class DatabaseLocked(EnvironmentFault):
    code = "env.locked"


class CannotOpenFile(EnvironmentFault):
    code = "env.cannot_open"


class ReadOnlyFile(EnvironmentFault):
    code = "env.read_only"
