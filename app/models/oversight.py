"""Incidents (lộ, mất BMNN) and self-inspections (tự kiểm tra)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class Incident(Timestamped, Base):
    __tablename__ = "incident"
    __table_args__ = (CheckConstraint("kind IN ('lo','mat','bi_boc','khac')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # lộ / mất / bì có dấu hiệu bị bóc / khác
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    reported_to: Mapped[str | None] = mapped_column(String(200))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    description: Mapped[str] = mapped_column(Text)
    cause: Mapped[str | None] = mapped_column(Text)
    handling: Mapped[str | None] = mapped_column(Text)


class SelfInspection(Timestamped, Base):
    __tablename__ = "self_inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspected_on: Mapped[dt.date] = mapped_column(Date)
    led_by: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text)
    findings: Mapped[str | None] = mapped_column(Text)
    conclusions: Mapped[str | None] = mapped_column(Text)
