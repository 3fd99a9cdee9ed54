"""Checking an actor's role against the role table (``app.services.role_table``), before any write.

``require(actor, action)`` raises ``PermissionDenied`` (code ``roles.denied``) unless one of the
actor's columns — their role, ``nguoi_dung_dau`` when they head the agency — is allowed ``action``.
Services call it first thing, so a refused action writes nothing (no row, no audit event, no key).
"""
from __future__ import annotations

from app.errors import Term
from app.services.actor import SYSTEM_ROLE, Actor
from app.services.errors import PermissionDenied
from app.services.role_table import HEAD, ROLE_LABELS, TABLE

ACTIONS = tuple(TABLE)


def columns_of(actor: Actor) -> frozenset[str]:
    """The role-table columns an actor acts in."""
    cols = {actor.role}
    if actor.is_head and actor.role != SYSTEM_ROLE:
        cols.add(HEAD)
    return frozenset(cols)


def allowed(actor: Actor, action: str) -> bool:
    """True when the role table lets ``actor`` do ``action`` (for hiding what a role cannot do)."""
    if action not in TABLE:
        raise KeyError(action)
    return bool(columns_of(actor) & set(TABLE[action][1]))


def require(actor: Actor | None, action: str) -> None:
    """Refuse ``action`` unless ``actor``'s role allows it. Call before writing anything."""
    if action not in TABLE:  # a programming error, but never let it pass silently
        raise PermissionDenied(code="roles.unknown_action", params={"action": action})
    if actor is None or not getattr(actor, "role", None):
        raise PermissionDenied(code="roles.no_role")
    if not allowed(actor, action):
        raise PermissionDenied(code="roles.denied", params={
            "username": actor.username, "role": actor.role, "action": action,
            "role_name": Term(ROLE_LABELS.get(actor.role, actor.role)),
            "action_name": Term(TABLE[action][0])})
