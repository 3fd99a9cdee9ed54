"""Documents in the incoming (đến) and outgoing (đi) registers, with classification and custody.

A document is never deleted: cancellation, declassification and destruction are states.
Every column of both printed books has a field here; ``book`` says which book a row belongs to.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped

BOOKS = ("den", "di")
STATUSES = ("dang_quan_ly", "da_giai_mat", "da_tieu_huy", "da_huy_so", "da_chuyen_giao")


class RegisterVolume(Timestamped, Base):
    """Cover data of one volume (quyển) of a book for a year."""

    __tablename__ = "register_volume"
    __table_args__ = (UniqueConstraint("book", "year", "volume", name="book_year_volume"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    book: Mapped[str] = mapped_column(String(12))  # den / di / sao_chup / chuyen_giao
    year: Mapped[int] = mapped_column(Integer)
    volume: Mapped[int] = mapped_column(Integer, default=1)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class Document(Timestamped, Base):
    __tablename__ = "document"
    __table_args__ = (
        UniqueConstraint("book", "year", "number", name="book_year_number"),
        CheckConstraint("book IN ('den','di')", name="book"),
        CheckConstraint("do_mat IN ('tuyet_mat','toi_mat','mat')", name="do_mat"),
        CheckConstraint(
            "status IN ('dang_quan_ly','da_giai_mat','da_tieu_huy','da_huy_so','da_chuyen_giao')",
            name="status",
        ),
        CheckConstraint("number > 0", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    book: Mapped[str] = mapped_column(String(4))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # số thứ tự (= số đến in the incoming book)
    volume: Mapped[int] = mapped_column(Integer, default=1)
    regime: Mapped[str] = mapped_column(String(10))  # rule pack the record was made under

    # Common columns
    so_ky_hieu: Mapped[str | None] = mapped_column(String(120))
    ngay_van_ban: Mapped[dt.date | None] = mapped_column(Date)  # "Ngày tháng" of the document
    loai_van_ban: Mapped[str | None] = mapped_column(String(80))  # tên loại (Công văn, Báo cáo…)
    trich_yeu: Mapped[str | None] = mapped_column(Text)  # NULL for Tuyệt mật under the 2025 regime
    do_mat: Mapped[str] = mapped_column(String(12))
    ghi_chu: Mapped[str | None] = mapped_column(Text)

    # Incoming book (Sổ đến)
    ngay_den: Mapped[dt.date | None] = mapped_column(Date)
    co_quan_ban_hanh: Mapped[str | None] = mapped_column(String(300))
    don_vi_ky_nhan: Mapped[str | None] = mapped_column(String(300))

    # Outgoing book (Sổ đi)
    nguoi_ky: Mapped[str | None] = mapped_column(String(200))
    noi_nhan: Mapped[str | None] = mapped_column(Text)
    don_vi_luu: Mapped[str | None] = mapped_column(String(200))
    so_luong: Mapped[int | None] = mapped_column(Integer)

    # Classification (xác định độ mật)
    catalogue_item_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"))
    classified_by: Mapped[str | None] = mapped_column(String(200))  # người xác định độ mật
    classified_on: Mapped[dt.date | None] = mapped_column(Date)
    period_years: Mapped[int | None] = mapped_column(Integer)  # stated shorter period, else the level's
    period_note: Mapped[str | None] = mapped_column(String(300))  # e.g. "đến khi địa điểm thôi sử dụng"
    expires_on: Mapped[dt.date | None] = mapped_column(Date, index=True)

    # State and custody
    status: Mapped[str] = mapped_column(String(20), default="dang_quan_ly", index=True)
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), index=True)
    storage_place: Mapped[str | None] = mapped_column(String(200))
    recall_required: Mapped[bool] = mapped_column(default=False)  # "Tài liệu thu hồi"
    recall_deadline: Mapped[dt.date | None] = mapped_column(Date)

    # Search helpers, maintained by the service layer (never typed by hand); search filters and sorts
    # on their copy in the narrow ``document_order`` table (app.models.search_index)
    search_fold: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(Text, default="")

    # Release 0.3.0 (migration 0004, appended after created_at): an entry written into the book after
    # later-dated ones, on purpose ("ghi bổ sung"); printed as such in Ghi chú.
    ghi_bo_sung: Mapped[bool] = mapped_column(default=False, server_default=text("0"), sort_order=10)

    catalogue_item = relationship("CatalogueItem")
    holder = relationship("User")


class Draft(Timestamped, Base):
    """A document being drafted in the secure workspace. Lives only in the encrypted database."""

    __tablename__ = "draft"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    body_html: Mapped[str] = mapped_column(Text, default="")
    do_mat: Mapped[str] = mapped_column(String(12))
    catalogue_item_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    updated_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="dang_soan")  # dang_soan / da_dang_ky
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    machine_id: Mapped[int | None] = mapped_column(ForeignKey("machine.id"))
