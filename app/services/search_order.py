"""Sorting and the column filters of a register view (used by ``app.services.search``).

Sort keys are the register's column keys (``app.rules`` register forms) plus ``status``:

* số (``so_thu_tu`` / ``so_den``) — year, then number;
* ngày (``ngay_den`` / ``ngay_thang``) — the date column, rows without a date last, then year and number;
* độ mật (``do_mat``) — by the level's rank (Mật < Tối mật < Tuyệt mật);
* ``so_luong`` — numerically; ``status`` — in the order of ``app.models.document.STATUSES``;
* ``trich_yeu`` — ``document.sort_key`` (the Vietnamese key of the summary, or of the ký hiệu when the
  summary is withheld), never the withheld text itself;
* every other text column — Vietnamese dictionary order (``textnorm.sort_key``), empty cells last.

Filters: a date range on the book's own date (ngày đến for the incoming book, ngày tháng for the
outgoing one) and "contains" on cơ quan ban hành / người ký, ignoring case and diacritics (``textnorm.fold``).
"""
from __future__ import annotations

import datetime as dt

from app import textnorm
from app.models.document import STATUSES
from app.rules import current_pack
from app.services.errors import ValidationError

NUMBER_KEYS = ("so_thu_tu", "so_den")
DATE_KEYS = {"ngay_den": "ngay_den", "ngay_thang": "ngay_van_ban"}
TEXT_KEYS = ("so_ky_hieu", "co_quan_ban_hanh", "nguoi_ky", "noi_nhan", "don_vi_ky_nhan", "don_vi_luu",
             "ghi_chu", "loai_van_ban")
SORT_KEYS = (*NUMBER_KEYS, *DATE_KEYS, *TEXT_KEYS, "do_mat", "so_luong", "status", "trich_yeu")
FOLD_FUNCTION = "somat_fold"


def book_date_column(book: str) -> str:
    return "doc.ngay_den" if book == "den" else "doc.ngay_van_ban"


def install_fold(raw_connection) -> None:
    """Make ``somat_fold(text)`` available to SQL on this DB-API connection."""
    raw_connection.create_function(FOLD_FUNCTION, 1, lambda v: None if v is None else textnorm.fold(v))


def filter_clauses(book: str, date_from: dt.date | None, date_to: dt.date | None, issuer: str | None,
                   signer: str | None) -> tuple[list[str], list]:
    """SQL conditions on the joined ``document doc`` row; empty when no column filter is set."""
    clauses: list[str] = []
    params: list = []
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError("Khoảng ngày không hợp lệ: \"từ ngày\" sau \"đến ngày\".", field="date_from")
    column = book_date_column(book)
    if date_from is not None:
        clauses.append(f"{column} >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        clauses.append(f"{column} <= ?")
        params.append(date_to.isoformat())
    for column, value in (("doc.co_quan_ban_hanh", issuer), ("doc.nguoi_ky", signer)):
        folded = textnorm.fold(value) if value else ""
        if folded:
            clauses.append(f"instr({FOLD_FUNCTION}({column}), ?) > 0")
            params.append(folded)
    return clauses, params


def check_sort(sort: str | None) -> None:
    if sort is not None and sort not in SORT_KEYS:
        raise ValidationError(f"Không sắp xếp được theo cột {sort!r}.", field="sort")


def needs_join(sort: str | None) -> bool:
    return sort in DATE_KEYS or sort in TEXT_KEYS or sort == "so_luong"


def order_sql(book: str, sort: str, descending: bool) -> str | None:
    """ORDER BY for a sort done in SQL; None for the text columns (sorted in Python, see :func:`sort_rows`)."""
    way = "DESC" if descending else "ASC"
    tail = f"d.year {way}, d.number {way}"
    if sort in NUMBER_KEYS:
        return tail
    if sort in DATE_KEYS:
        column = f"doc.{DATE_KEYS[sort]}"
        return f"{column} IS NULL, {column} {way}, {tail}"
    if sort == "do_mat":
        ranks = " ".join(f"WHEN '{lv.code}' THEN {int(lv.rank)}" for lv in current_pack().levels)
        return f"CASE d.do_mat {ranks} ELSE 0 END {way}, d.year DESC, d.number DESC"
    if sort == "status":
        cases = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(STATUSES))
        return f"CASE d.status {cases} ELSE 99 END {way}, d.year DESC, d.number DESC"
    if sort == "so_luong":
        return f"doc.so_luong IS NULL, doc.so_luong {way}, d.year DESC, d.number DESC"
    if sort == "trich_yeu":
        return f"d.sort_key = '', d.sort_key {way}, d.year DESC, d.number DESC"
    return None


def sort_rows(rows: list[tuple[int, str | None]], descending: bool) -> list[int]:
    """Ids of ``(id, text)`` pairs (given newest first) in Vietnamese order of the text, empty cells last."""
    filled = [(i, v) for i, v in rows if v and v.strip()]
    empty = [i for i, v in rows if not (v and v.strip())]
    filled.sort(key=lambda r: textnorm.sort_key(r[1]), reverse=descending)
    return [i for i, _v in filled] + empty
