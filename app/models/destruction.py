"""Tiêu hủy: proposal → council → minutes → decision → record; or emergency destruction."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped

STAGES = ("de_xuat", "hoi_dong", "bien_ban_hop", "quyet_dinh", "da_tieu_huy", "huy_de_xuat")


class DestructionCase(Timestamped, Base):
    __tablename__ = "destruction_case"
    __table_args__ = (
        CheckConstraint(
            "stage IN ('de_xuat','hoi_dong','bien_ban_hop','quyet_dinh','da_tieu_huy','huy_de_xuat')",
            name="stage",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    regime: Mapped[str] = mapped_column(String(10))
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    stage: Mapped[str] = mapped_column(String(20), default="de_xuat")
    proposed_on: Mapped[dt.date] = mapped_column(Date)
    proposed_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    council_decision: Mapped[str | None] = mapped_column(String(120))  # QĐ thành lập hội đồng
    minutes_on: Mapped[dt.date | None] = mapped_column(Date)
    minutes_summary: Mapped[str | None] = mapped_column(Text)
    decision_number: Mapped[str | None] = mapped_column(String(120))
    decision_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    destroyed_on: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))
    record_number: Mapped[str | None] = mapped_column(String(120))  # biên bản tiêu hủy
    report_ref: Mapped[str | None] = mapped_column(String(200))  # emergency: written report
    destroyed_time: Mapped[dt.time | None] = mapped_column(Time, sort_order=10)  # 0.3.0: giờ on the record

    items: Mapped[list[DestructionItem]] = relationship(back_populates="case")
    members: Mapped[list[CouncilMember]] = relationship(back_populates="case")


class DestructionItem(Base):
    __tablename__ = "destruction_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("destruction_case.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)

    case: Mapped[DestructionCase] = relationship(back_populates="items")
    document = relationship("Document")


class CouncilMember(Base):
    __tablename__ = "council_member"
    __table_args__ = (CheckConstraint("role IN ('chu_tich','nguoi_quan_ly','thanh_vien')", name="role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("destruction_case.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)

    case: Mapped[DestructionCase] = relationship(back_populates="members")
