"""What happens to a document after registration: periods, level, copies, transfers, custody."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped


class Extension(Timestamped, Base):
    """Gia hạn thời hạn bảo vệ."""

    __tablename__ = "extension"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    regime: Mapped[str] = mapped_column(String(10))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200))
    decision_number: Mapped[str | None] = mapped_column(String(80))
    years: Mapped[int] = mapped_column(Integer)
    old_expires_on: Mapped[dt.date] = mapped_column(Date)
    new_expires_on: Mapped[dt.date] = mapped_column(Date)
    notice_due: Mapped[dt.date] = mapped_column(Date)
    notified_on: Mapped[dt.date | None] = mapped_column(Date)


class LevelChange(Timestamped, Base):
    """Điều chỉnh độ mật (tăng / giảm), based on the catalogue."""

    __tablename__ = "level_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    regime: Mapped[str] = mapped_column(String(10))
    old_level: Mapped[str] = mapped_column(String(12))
    new_level: Mapped[str] = mapped_column(String(12))
    catalogue_item_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200))
    old_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    new_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    notice_due: Mapped[dt.date] = mapped_column(Date)
    notified_on: Mapped[dt.date | None] = mapped_column(Date)


class Declassification(Timestamped, Base):
    """Giải mật: automatic at the end of the period, or full / partial by decision."""

    __tablename__ = "declassification"
    __table_args__ = (CheckConstraint("kind IN ('tu_dong','toan_bo','mot_phan')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    regime: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decision_number: Mapped[str | None] = mapped_column(String(80))
    scope: Mapped[str | None] = mapped_column(Text)  # what is declassified, for a partial one
    notice_due: Mapped[dt.date | None] = mapped_column(Date)
    notified_on: Mapped[dt.date | None] = mapped_column(Date)


class CopyRecord(Timestamped, Base):
    """One line of the Sổ quản lý sao, chụp BMNN."""

    __tablename__ = "copy_record"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("last_copy_no >= first_copy_no", name="copy_numbers"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[int] = mapped_column(Integer)  # số thứ tự in the copy logbook
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    regime: Mapped[str] = mapped_column(String(10))
    form: Mapped[str] = mapped_column(String(20))  # rule pack copy.forms
    level: Mapped[str] = mapped_column(String(12))  # same as original; trích sao: of the extract
    copied_on: Mapped[dt.date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer)
    first_copy_no: Mapped[int] = mapped_column(Integer)
    last_copy_no: Mapped[int] = mapped_column(Integer)
    authorised_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    authoriser_title: Mapped[str] = mapped_column(String(40))  # title code checked at the time
    copied_by: Mapped[str] = mapped_column(String(200))
    recipients: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(200))  # nơi sao chụp do thủ trưởng quy định
    machine_id: Mapped[int | None] = mapped_column(ForeignKey("machine.id"))
    spoiled_count: Mapped[int] = mapped_column(Integer, default=0)
    spoiled_destroyed: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text)

    authorised_by = relationship("User")
    document = relationship("Document")


class Transfer(Timestamped, Base):
    """Cung cấp / chuyển giao BMNN (Sổ chuyển giao), on a written request."""

    __tablename__ = "transfer"
    __table_args__ = (
        CheckConstraint("kind IN ('cung_cap','chuyen_giao')", name="kind"),
        CheckConstraint("party IN ('trong_nuoc','nuoc_ngoai')", name="party"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    regime: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(12))
    party: Mapped[str] = mapped_column(String(12))
    recipient: Mapped[str] = mapped_column(String(300))
    request_ref: Mapped[str] = mapped_column(String(200))  # văn bản đề nghị (số, ngày)
    request_date: Mapped[dt.date | None] = mapped_column(Date)
    authorised_by: Mapped[str] = mapped_column(String(200))
    transferred_on: Mapped[dt.date] = mapped_column(Date)
    receipt_ref: Mapped[str | None] = mapped_column(String(200))  # ký nhận / biên bản giao nhận
    recall_deadline: Mapped[dt.date | None] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    # Release 0.3.0 (0004): the authoriser's title code (rule pack ``titles``), checked against the
    # pack's transfer authority on the transfer's date.
    authoriser_title: Mapped[str | None] = mapped_column(String(40), sort_order=10)

    document = relationship("Document")


class StorageRemoval(Timestamped, Base):
    """Mang tài liệu BMNN ra khỏi nơi lưu giữ: who, what, why, out and back."""

    __tablename__ = "storage_removal"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    purpose: Mapped[str] = mapped_column(Text)
    approved_by: Mapped[str] = mapped_column(String(200))
    out_on: Mapped[dt.date] = mapped_column(Date)
    due_back_on: Mapped[dt.date | None] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)


class CustodyRecord(Timestamped, Base):
    """History of who held a document and where it was kept."""

    __tablename__ = "custody_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), index=True)
    storage_place: Mapped[str | None] = mapped_column(String(200))
    from_on: Mapped[dt.date] = mapped_column(Date)
    to_on: Mapped[dt.date | None] = mapped_column(Date)
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("handover.id"))


class Handover(Timestamped, Base):
    """Bàn giao toàn bộ BMNN một người đang giữ (trước khi thôi việc, chuyển công tác, nghỉ hưu)."""

    __tablename__ = "handover"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_number: Mapped[str] = mapped_column(String(80))
    from_user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    to_user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    handed_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(40))
    witness: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    handed_time: Mapped[dt.time | None] = mapped_column(Time, sort_order=10)  # 0.3.0: giờ on the record

    items: Mapped[list[HandoverItem]] = relationship(back_populates="handover")
    from_user = relationship("User", foreign_keys=[from_user_id])
    to_user = relationship("User", foreign_keys=[to_user_id])


class HandoverItem(Base):
    __tablename__ = "handover_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    storage_place: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)

    handover: Mapped[Handover] = relationship(back_populates="items")
    document = relationship("Document")
