"""Errors the user can act on. Messages are complete Vietnamese sentences shown as they are."""
from __future__ import annotations


class SomatError(Exception):
    """Base of every error whose message is meant for the clerk."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field  # form field the message belongs next to, if any


class RuleViolation(SomatError):
    """The law (as the rule pack states it) refuses this action."""


class ValidationError(SomatError):
    """Input is missing or malformed."""


class NotFound(SomatError):
    pass


class PermissionDenied(SomatError):
    pass
