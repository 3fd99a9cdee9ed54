"""Append-only audit log with a SHA-256 hash chain, signed entry by entry (schema 0003).

Each row stores the hash of the previous row and its own hash over its canonical content; from
release 0.3 each row also carries the Ed25519 signature of the user who wrote it (``signer``, the
key's fingerprint ``key_id``; see ``app.services.signing``). ``UserCertificate`` holds the
admin-signed certificates binding a username to a public key and a role.
SQL triggers (``app.models.triggers``) reject UPDATE and DELETE on both tables.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

GENESIS_HASH = "0" * 64


class AuditEvent(Base):
    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON; never secrets or keys
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    signer: Mapped[str | None] = mapped_column(String(80))  # username whose key signed (or "(goc)")
    key_id: Mapped[str | None] = mapped_column(String(64))  # SHA-256 fingerprint of the public key
    signature: Mapped[str | None] = mapped_column(String(128))  # Ed25519, hex


class UserCertificate(Base):
    """``body`` is canonical JSON {username, role, is_head, public_key, key_id, not_before, issuer,
    issuer_key}; ``signature`` is the issuer's Ed25519 signature over it (hex)."""
    __tablename__ = "user_certificate"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    key_id: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(128))
