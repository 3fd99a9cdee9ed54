"""Drafting machines (tagged by police) and approved secure USB drives; hardware check runs."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class Machine(Timestamped, Base):
    __tablename__ = "machine"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    tag_number: Mapped[str | None] = mapped_column(String(80))  # số tem an toàn an ninh thông tin
    inspected_on: Mapped[dt.date | None] = mapped_column(Date)
    inspecting_unit: Mapped[str | None] = mapped_column(String(200))
    machine_id: Mapped[str | None] = mapped_column(String(64))  # /etc/machine-id
    dmi_uuid: Mapped[str | None] = mapped_column(String(64))
    location: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(String(200))
    allowed_lan_macs: Mapped[str | None] = mapped_column(Text)  # mạng LAN độc lập, one MAC per line
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    retired_on: Mapped[dt.date | None] = mapped_column(Date)
    retired_note: Mapped[str | None] = mapped_column(Text)  # BMNN removed before repurposing


class ApprovedUsb(Timestamped, Base):
    """USB an toàn allocated through Ban Cơ yếu Chính phủ, matched on vendor + product + serial."""

    __tablename__ = "approved_usb"
    __table_args__ = (UniqueConstraint("vendor_id", "product_id", "serial", name="identity"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[str] = mapped_column(String(4))
    product_id: Mapped[str] = mapped_column(String(4))
    serial: Mapped[str] = mapped_column(String(128))
    vendor: Mapped[str | None] = mapped_column(String(120))
    product: Mapped[str | None] = mapped_column(String(120))
    capacity_bytes: Mapped[int | None] = mapped_column(Integer)
    allocation_decision: Mapped[str | None] = mapped_column(String(200))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CheckRun(Timestamped, Base):
    """One run of the hardware check, kept as evidence (findings JSON and its SHA-256)."""

    __tablename__ = "check_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    machine_id: Mapped[int | None] = mapped_column(ForeignKey("machine.id"), index=True)
    checked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    verdict: Mapped[str] = mapped_column(String(8))  # pass / fail
    findings_json: Mapped[str] = mapped_column(Text)
    evidence_sha256: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(20), default="tu_kiem_tra")  # / kiem_tra / soan_thao
