"""Danh mục bí mật nhà nước: the catalogue items a classification must cite."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class CatalogueItem(Timestamped, Base):
    __tablename__ = "catalogue_item"
    __table_args__ = (UniqueConstraint("decision", "dieu", "khoan", "diem", name="article"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    decision: Mapped[str] = mapped_column(String(120))  # "Quyết định số 1722/QĐ-TTg"
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(120), default="Thủ tướng Chính phủ")
    field: Mapped[str | None] = mapped_column(String(200))  # lĩnh vực
    dieu: Mapped[str] = mapped_column(String(10))
    khoan: Mapped[str | None] = mapped_column(String(10))
    diem: Mapped[str | None] = mapped_column(String(10))
    level: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    text_fold: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def citation(self) -> str:
        parts = []
        if self.diem:
            parts.append(f"điểm {self.diem}")
        if self.khoan:
            parts.append(f"khoản {self.khoan}")
        parts.append(f"Điều {self.dieu}")
        return ", ".join(parts) + f" {self.decision}"
