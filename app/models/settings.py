"""Settings kept inside the encrypted database, the officer's report narratives, and rule tables
that database triggers consult."""
from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class ReportNarrative(Timestamped, Base):
    """Sections (a)–(d) of the annual report typed by the security officer."""

    __tablename__ = "report_narrative"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    situation: Mapped[str] = mapped_column(Text, default="")  # (a) tình hình
    results: Mapped[str] = mapped_column(Text, default="")  # (b) kết quả, ưu điểm, hạn chế, nguyên nhân
    incidents: Mapped[str] = mapped_column(Text, default="")  # (c) lộ, mất BMNN, nguyên nhân, xử lý
    outlook: Mapped[str] = mapped_column(Text, default="")  # (d) dự báo, đề xuất


class SummaryForbiddenRule(Base):
    """(regime, level) pairs for which no trích yếu may be stored. Filled from the rule packs at
    start-up; a trigger on ``document`` consults it, so the database itself refuses the row."""

    __tablename__ = "rule_summary_forbidden"
    regime: Mapped[str] = mapped_column(String(10), primary_key=True)
    level: Mapped[str] = mapped_column(String(12), primary_key=True)
    citation: Mapped[str] = mapped_column(Text)
