"""Errors the user can act on. Messages are complete Vietnamese sentences shown as they are.

An error may carry a ``code`` and named ``params`` (see ``app.errors``): its sentence is then the
template of that code, kept in one place, and the GUI translates it by code. ``str(exc)`` and
``exc.message`` are always the Vietnamese sentence (the CLI prints them)."""
from __future__ import annotations

from app.errors import (  # noqa: F401 - re-exported: services raise and catch them from here
    CannotOpenFile,
    DatabaseLocked,
    DiskFull,
    DiskIOError,
    EnvironmentFault,
    ReadOnlyFile,
    SomatError,
)


class RuleViolation(SomatError):
    """The law (as the rule pack states it) refuses this action."""


class ValidationError(SomatError):
    """Input is missing or malformed."""


class NotFound(SomatError):
    pass


class PermissionDenied(SomatError):
    """The actor's role does not allow the action (checked before anything is written)."""
