"""Finding documents in the incoming (đến) and outgoing (đi) registers.

Text search ignores case and diacritics, đ/Đ included ("dang uy" finds "Đảng ủy"): the user's text is
folded with ``app.textnorm.fold`` and looked up in the FTS5 index ``document_fts`` over
``document.search_fold`` (see ``app.models.search_index``). The folded tokens form one phrase whose
last token is a prefix, so results appear while the user types and "12/UBND" finds "12/UBND-VP"
(indexed as ``12 ubnd vp``). A query made only of digits also finds the document with that number
(số thứ tự / số đến) in the book.

Order (documented choice):
* searching text — Vietnamese alphabetical order of ``document.sort_key`` (``textnorm.sort_key_str``,
  maintained by ``app.services.documents``), then newest first (year, number descending);
* browsing (no text) — newest first: year descending, then number descending, like the printed book
  read from its last page.

Filtering and ordering read only the narrow ``document_order`` table (kept in step with ``document`` by
triggers, see ``app.models.search_index``), never the wide rows.

The GUI's lazy table calls ``document_ids`` (every matching id, ordered; cheap) as the user types, then
``rows_for_ids`` for the rows it shows. ``DocumentRow.trich_yeu`` is ``None`` whenever the row's rule pack
forbids a summary for its level (Tuyệt mật under the 2025 regime) — defence in depth on top of the
database trigger that already refuses to store one.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import textnorm
from app.models import Document
from app.models.document import BOOKS, STATUSES
from app.rules import current_pack, pack
from app.services import search_order
from app.services.errors import ValidationError

LEVEL_CODES = ("tuyet_mat", "toi_mat", "mat")
_LEVEL_WORDS = {
    "tuyet mat": "tuyet_mat", "a": "tuyet_mat",
    "toi mat": "toi_mat", "b": "toi_mat",
    "mat": "mat", "c": "mat",
}
_TOKEN = re.compile(r"[^\W_]+")
_CHUNK = 500  # ids per IN (...) query


@dataclass(frozen=True)
class DocumentRow:
    """One line of a register as the screens, the CLI and exports show it (printed columns of both
    books, plus identity and state). ``number`` is the số thứ tự (= số đến in the incoming book)."""

    id: int
    book: str
    year: int
    number: int
    do_mat: str
    status: str
    regime: str
    expires_on: dt.date | None
    so_ky_hieu: str | None
    ngay_van_ban: dt.date | None  # "Ngày tháng"
    loai_van_ban: str | None
    trich_yeu: str | None  # None when the pack forbids a summary for this level
    ghi_chu: str | None
    # incoming book
    ngay_den: dt.date | None
    co_quan_ban_hanh: str | None
    don_vi_ky_nhan: str | None
    # outgoing book
    nguoi_ky: str | None
    noi_nhan: str | None
    don_vi_luu: str | None
    so_luong: int | None
    summary_hidden: bool = False  # True when a summary exists but may not be shown

    @property
    def so_thu_tu(self) -> int:
        return self.number

    @property
    def so_den(self) -> int | None:
        return self.number if self.book == "den" else None

    @property
    def ngay(self) -> dt.date | None:
        """The date the book is kept by: ngày đến (incoming), ngày tháng of the document (outgoing)."""
        return self.ngay_den if self.book == "den" else self.ngay_van_ban

    @property
    def do_mat_label(self) -> str:
        return level_label(self.do_mat, self.regime)


_ROW_COLUMNS = (
    "id", "book", "year", "number", "do_mat", "status", "regime", "expires_on", "so_ky_hieu",
    "ngay_van_ban", "loai_van_ban", "trich_yeu", "ghi_chu", "ngay_den", "co_quan_ban_hanh",
    "don_vi_ky_nhan", "nguoi_ky", "noi_nhan", "don_vi_luu", "so_luong",
)


# -- helpers shared with the importer and the CLI ------------------------------------------------
def parse_level(value: str | None) -> str | None:
    """'Tuyệt mật' / 'TỐI MẬT' / 'mat' / 'A' / 'toi_mat' → level code; None when not a level."""
    if value is None:
        return None
    raw = str(value).strip()
    if raw in LEVEL_CODES:
        return raw
    key = " ".join(textnorm.fold(raw).replace("_", " ").replace("đ", "d").split())
    return _LEVEL_WORDS.get(key)


def level_label(code: str, regime: str | None = None) -> str:
    try:
        p = pack(regime) if regime else current_pack()
        return p.level(code).name
    except KeyError:
        return code


def summary_forbidden(regime: str | None, level: str) -> bool:
    """Whether the row's rule pack forbids a trích yếu for ``level`` (unknown regime: today's pack)."""
    try:
        p = pack(regime) if regime else current_pack()
    except KeyError:
        p = current_pack()
    return p.summary_forbidden(level)


def fts_query(text: str | None) -> str | None:
    """FTS5 MATCH expression for what the user typed: folded tokens as one phrase, last one a prefix."""
    tokens = _TOKEN.findall(textnorm.fold(text))
    if not tokens:
        return None
    return '"' + " ".join(tokens) + '"*'


# -- queries --------------------------------------------------------------------------------------
def _where(book: str, text: str | None, year: int | None, level: str | None,
           status: str | Sequence[str] | None, date_from: dt.date | None = None, date_to: dt.date | None = None,
           issuer: str | None = None, signer: str | None = None) -> tuple[str, list, bool, bool]:
    """(conditions, parameters, searching text, needs the ``document doc`` join)."""
    if book not in BOOKS:
        raise ValidationError(f"Sổ không hợp lệ: {book!r} (chỉ có sổ đến 'den' và sổ đi 'di').", field="book")
    clauses = ["d.book = ?"]
    params: list = [book]
    if year is not None:
        clauses.append("d.year = ?")
        params.append(int(year))
    if level is not None:
        code = parse_level(level)
        if code is None:
            raise ValidationError(f"Độ mật không hợp lệ: {level!r}.", field="level")
        clauses.append("d.do_mat = ?")
        params.append(code)
    if status is not None:
        statuses = [status] if isinstance(status, str) else list(status)
        for st in statuses:
            if st not in STATUSES:
                raise ValidationError(f"Trạng thái không hợp lệ: {st!r}.", field="status")
        clauses.append("d.status IN (%s)" % ",".join("?" * len(statuses)))
        params.extend(statuses)
    match = fts_query(text)
    searching = match is not None
    if searching:
        folded = textnorm.fold(text)
        if folded.isdigit():
            clauses.append("d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ? "
                           "UNION ALL SELECT id FROM document_order WHERE book = ? AND number = ?)")
            params.extend([match, book, int(folded)])
        else:
            clauses.append("d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)")
            params.append(match)
    extra, extra_params = search_order.filter_clauses(book, date_from, date_to, issuer, signer)
    clauses += extra
    params += extra_params
    return " AND ".join(clauses), params, searching, bool(extra)


def _order(searching: bool) -> str:
    if searching:
        return "d.sort_key, d.year DESC, d.number DESC"
    return "d.year DESC, d.number DESC"


def _select(session: Session, book: str, filters: dict, sort: str | None, descending: bool,
            columns: str = "d.id") -> list[tuple]:
    search_order.check_sort(sort)
    where, params, searching, join = _where(book, **filters)
    join = join or search_order.needs_join(sort)
    order = _order(searching) if sort is None else search_order.order_sql(book, sort, descending)
    text_sort = sort is not None and order is None
    if text_sort:
        columns, order = f"d.id, doc.{sort}", _order(searching)
    source = "document_order d JOIN document doc ON doc.id = d.id" if join else "document_order d"
    raw = session.connection().connection
    search_order.install_fold(raw)
    cur = raw.cursor()
    try:
        cur.execute(f"SELECT {columns} FROM {source} WHERE {where} ORDER BY {order}", params)
        rows = cur.fetchall()
    finally:
        cur.close()
    if text_sort:
        return [(i,) for i in search_order.sort_rows(rows, descending)]
    return rows


def document_ids(session: Session, book: str, text: str | None = None, year: int | None = None,
                 level: str | None = None, status: str | Sequence[str] | None = None, *,
                 date_from: dt.date | None = None, date_to: dt.date | None = None, issuer: str | None = None,
                 signer: str | None = None, sort: str | None = None, descending: bool = False) -> list[int]:
    """Ids of every matching document of ``book``, in display order (see module docstring), or sorted by
    the column ``sort`` (``app.services.search_order``). ``date_from``/``date_to`` bound the book's own
    date; ``issuer``/``signer`` keep rows whose cơ quan ban hành / người ký contains the text (no diacritics
    needed)."""
    filters = {"text": text, "year": year, "level": level, "status": status, "date_from": date_from,
               "date_to": date_to, "issuer": issuer, "signer": signer}
    return [r[0] for r in _select(session, book, filters, sort, descending)]


def count_documents(session: Session, book: str, text: str | None = None, year: int | None = None,
                    level: str | None = None, status: str | Sequence[str] | None = None, *,
                    date_from: dt.date | None = None, date_to: dt.date | None = None, issuer: str | None = None,
                    signer: str | None = None) -> int:
    where, params, _searching, join = _where(book, text, year, level, status, date_from, date_to, issuer, signer)
    source = "document_order d JOIN document doc ON doc.id = d.id" if join else "document_order d"
    raw = session.connection().connection
    search_order.install_fold(raw)
    cur = raw.cursor()
    try:
        cur.execute(f"SELECT count(*) FROM {source} WHERE {where}", params)
        return int(cur.fetchone()[0])
    finally:
        cur.close()


def search_documents(session: Session, book: str, text: str | None = None, year: int | None = None,
                     level: str | None = None, status: str | Sequence[str] | None = None,
                     offset: int = 0, limit: int = 100, **columns) -> list[DocumentRow]:
    """One page of matching rows, in display order; ``columns``: the keyword filters and sort of
    :func:`document_ids`."""
    ids = document_ids(session, book, text, year, level, status, **columns)
    offset = max(0, int(offset))
    return rows_for_ids(session, ids[offset:offset + max(0, int(limit))])


def rows_for_ids(session: Session, ids: Iterable[int]) -> list[DocumentRow]:
    """Rows for ``ids``, in the order given (ids that do not exist are skipped)."""
    ids = list(ids)
    if not ids:
        return []
    table = Document.__table__
    cols = [table.c[name] for name in _ROW_COLUMNS]
    found: dict[int, DocumentRow] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for rec in session.execute(select(*cols).where(table.c.id.in_(chunk))):
            found[rec.id] = _to_row(rec._mapping)
    return [found[i] for i in ids if i in found]


def _to_row(m) -> DocumentRow:
    values = {name: m[name] for name in _ROW_COLUMNS}
    hidden = False
    if summary_forbidden(values["regime"], values["do_mat"]):
        hidden = bool(values["trich_yeu"])
        values["trich_yeu"] = None
    return DocumentRow(**values, summary_hidden=hidden)
