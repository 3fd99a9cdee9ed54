"""The agency, its people and their assignments."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped

ROLES = ("van_thu", "can_bo_bao_mat", "lanh_dao", "quan_tri")


class Agency(Timestamped, Base):
    """Cơ quan, tổ chức. Historical names stay valid on old records (``former_names``)."""

    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    superior_body: Mapped[str | None] = mapped_column(String(300))
    unit_level: Mapped[str] = mapped_column(String(20), default="tinh")  # trung_uong / tinh / xa / khac
    place: Mapped[str | None] = mapped_column(String(100))  # địa danh on documents ("Đồng Nai")
    short_code: Mapped[str | None] = mapped_column(String(40))  # ký hiệu viết tắt ("VP", "UBND")
    former_names: Mapped[str | None] = mapped_column(Text)  # one per line, with dates, historical only
    signing_key_public: Mapped[bytes | None]  # Ed25519 public key for signed export bundles
    signing_key_private: Mapped[bytes | None]  # stored only inside the encrypted database


class User(Timestamped, Base):
    """A person who holds BMNN or uses the application (người dùng, cán bộ)."""

    __tablename__ = "user"
    __table_args__ = (CheckConstraint("role IN ('van_thu','can_bo_bao_mat','lanh_dao','quan_tri')", name="role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    full_name_fold: Mapped[str] = mapped_column(String(200), default="", index=True)
    position: Mapped[str | None] = mapped_column(String(200))  # chức vụ as printed
    title_code: Mapped[str | None] = mapped_column(String(40))  # authority title (rule pack `titles`)
    role: Mapped[str] = mapped_column(String(20))
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)  # người đứng đầu cơ quan
    can_login: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    left_reason: Mapped[str | None] = mapped_column(String(40))  # thoi_viec / chuyen_cong_tac / nghi_huu / khac

    assignments: Mapped[list[StaffAssignment]] = relationship(back_populates="user")


class StaffAssignment(Timestamped, Base):
    """Phân công cán bộ chuyên trách / kiêm nhiệm bảo vệ BMNN by written decision."""

    __tablename__ = "staff_assignment"
    __table_args__ = (CheckConstraint("kind IN ('chuyen_trach','kiem_nhiem')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    decision_number: Mapped[str] = mapped_column(String(80))
    decision_date: Mapped[dt.date] = mapped_column(Date)
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    duties: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship(back_populates="assignments")


class Commitment(Timestamped, Base):
    """Cam kết bảo vệ BMNN: on taking the post, and on leaving it (keep what one knew)."""

    __tablename__ = "commitment"
    __table_args__ = (CheckConstraint("kind IN ('nhan_nhiem_vu','thoi_nhiem_vu')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    regime: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)
    # Release 0.3.0 (migration 0004, appended after created_at): the commitment counts as signed only
    # when the signed paper was seen (confirmed by a named person on a date) or its scan is referenced;
    # without either it is recorded as pending ("chưa ký").
    paper_confirmed_by: Mapped[str | None] = mapped_column(String(200), sort_order=10)
    paper_confirmed_on: Mapped[dt.date | None] = mapped_column(Date, sort_order=11)
    paper_scan_ref: Mapped[str | None] = mapped_column(String(200), sort_order=12)

    @property
    def is_signed(self) -> bool:
        return self.paper_confirmed_on is not None
