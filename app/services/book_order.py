"""The book's order: entries are written in date order; a late entry is written as "ghi bổ sung".

An entry dated before the latest entry already in the same book and year is refused unless the clerk
marks it "ghi bổ sung" (stored in ``document.ghi_bo_sung`` and printed as such); a corrected outgoing date
may not move an entry before the entries written ahead of it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Document
from app.services.classification import fmt_date
from app.services.errors import RuleViolation


@dataclass(frozen=True)
class LastEntry:
    number: int
    day: dt.date


def _book_day_column(book: str):
    return Document.ngay_den if book == "den" else Document.ngay_van_ban


def last_entry(session: Session, book: str, year: int) -> LastEntry | None:
    """The latest-dated entry already written in ``book`` for ``year`` (its registration date: ngày đến
    in the incoming book, the document's date in the outgoing book)."""
    col = _book_day_column(book)
    row = session.execute(select(Document.number, col).where(
        Document.book == book, Document.year == year, col.is_not(None)
    ).order_by(col.desc(), Document.number.desc()).limit(1)).first()
    return LastEntry(row[0], row[1]) if row else None


def is_back_dated(session: Session, book: str, day: dt.date | None) -> bool:
    """Whether an entry dated ``day`` would break the book's order (dated before an entry already
    written): the form then offers "Ghi bổ sung"."""
    if day is None:
        return False
    last = last_entry(session, book, day.year)
    return last is not None and day < last.day


def check_book_order(session: Session, book: str, day: dt.date, wanted: bool) -> bool:
    """The ``ghi_bo_sung`` flag to store; refuses a back-dated entry that is not marked as such."""
    last = last_entry(session, book, day.year)
    if last is None or day >= last.day:
        return False
    if not wanted:
        what = "Ngày đến" if book == "den" else "Ngày tháng văn bản đi"
        raise RuleViolation(
            f"{what} {fmt_date(day)} sớm hơn ngày của dòng đã vào sổ (số {last.number}, ngày "
            f"{fmt_date(last.day)}); sổ ghi theo thứ tự thời gian. Nếu đây là tài liệu vào sổ muộn, "
            f"chọn «Ghi bổ sung» để ghi với số tiếp theo; dòng này sẽ in là ghi bổ sung.", field="ghi_bo_sung")
    return True


def check_edited_order(session: Session, doc: Document, old: dict) -> None:
    """A corrected date of an outgoing entry must not put it before the entries written ahead of it
    (unless it was entered as ghi bổ sung); on refusal the old values are restored."""
    day = doc.ngay_van_ban
    if day is None or doc.ghi_bo_sung:
        return
    before = session.scalar(select(func.max(Document.ngay_van_ban)).where(
        Document.book == "di", Document.year == doc.year, Document.number < doc.number, Document.id != doc.id))
    if before is not None and day < before:
        for key, value in old.items():
            setattr(doc, key, value)
        raise RuleViolation(f"Ngày tháng văn bản đi {fmt_date(day)} sớm hơn ngày của dòng ghi trước trong sổ "
                            f"({fmt_date(before)}); không sửa lùi ngày của dòng đã vào sổ theo thứ tự.",
                            field="ngay_van_ban")
