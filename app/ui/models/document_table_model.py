"""The Sổ đến / Sổ đi table: holds only the list of document ids and fetches rows page by page.

A register may hold a million rows. The page asks ``search.document_ids`` for the ids in register
order (off the GUI thread) and hands them to :meth:`DocumentTableModel.set_ids`; when the view paints a
row whose page is not cached, the model asks its ``fetch_rows(ids, on_done)`` callable for that page
(~200 rows through ``search.rows_for_ids``) and shows "…" until the rows arrive. Pages of an older id
list that arrive late are discarded (a generation counter), and only the most recent pages are kept.

Headers carry the printed column numbers of the register form: "(5) Số, ký hiệu".
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from app.ui.models.formatting import fmt_date, level_name, status_name, withheld
from app.ui.models.vocabulary import column_caption
from app.ui.qt import (
    QAbstractTableModel, QApplication, QBrush, QColor, QCoreApplication, QModelIndex, QPalette, Qt, QTimer, Signal,
)

PAGE_SIZE = 200
MAX_PAGES = 60  # ~12 000 rows cached at most
LOADING = "…"
DOCUMENT_ID_ROLE = Qt.UserRole + 1

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

FetchRows = Callable[[list[int], Callable[[list[Any]], None]], None]


def _attr(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, dict) else getattr(row, name, None)


def summary_cell(pack, row: Any, *, translate: bool = True) -> str:
    """Column "Tên loại và trích yếu nội dung": never the summary of a level that forbids it."""
    kind = _attr(row, "loai_van_ban") or ""
    summary = _attr(row, "trich_yeu") or ""
    regime_pack = pack
    level = _attr(row, "do_mat")
    if level and regime_pack.summary_forbidden(level):
        summary = withheld(translate) if not kind else ""
    return " — ".join(part for part in (kind, summary) if part)


def cell_text(pack, key: str, row: Any, *, translate: bool = True) -> str:
    """The text of one cell; ``translate=False`` keeps the rule pack's Vietnamese (printed registers)."""
    if key in ("so_thu_tu", "so_den"):
        value = _attr(row, "number")
        return "" if value is None else str(value)
    if key == "ngay_thang":
        return fmt_date(_attr(row, "ngay_van_ban"))
    if key == "ngay_den":
        return fmt_date(_attr(row, "ngay_den"))
    if key == "trich_yeu":
        return summary_cell(pack, row, translate=translate)
    if key == "do_mat":
        return level_name(pack, _attr(row, "do_mat"), translate=translate)
    if key == "status":
        return status_name(_attr(row, "status"))
    value = _attr(row, key)
    return "" if value is None else fmt_date(value)


class DocumentTableModel(QAbstractTableModel):
    """Lazy table over an id list. ``fetch_rows(ids, on_done)`` delivers rows (any order) later.

    Sorting (a click on a header) is not done here: the model holds ids only. :meth:`sort` records the
    column key and direction and emits ``sort_changed``; the page asks the search service for the ids in
    that order (``search.document_ids(sort=…, descending=…)``)."""

    sort_changed = Signal()

    def __init__(self, pack, book: str, fetch_rows: FetchRows | None = None, parent=None):
        super().__init__(parent)
        self._pack = pack
        self._book = book
        form = pack.register(book)
        self._keys = [c.key for c in form.columns] + ["status"]
        self._headers = [column_caption(c) for c in form.columns] + [_tr("registers", "Tình trạng")]
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._requested: set[int] = set()
        self._queue: list[int] = []
        self._generation = 0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self.sort_key: str | None = None  # None: the register's own order (newest first)
        self.sort_descending = False

    # -- feeding ---------------------------------------------------------------------------------
    @property
    def book(self) -> str:
        return self._book

    @property
    def keys(self) -> list[str]:
        return list(self._keys)

    def set_fetcher(self, fetch_rows: FetchRows) -> None:
        self._fetch_rows = fetch_rows

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._pages.clear()
        self._requested.clear()
        self._queue.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Forget the cached rows (after an edit) and fetch the visible ones again."""
        self._generation += 1
        self._pages.clear()
        self._requested.clear()
        self._queue.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._keys) - 1))

    def document_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, document_id: int) -> int:
        try:
            return self._ids.index(document_id)
        except ValueError:
            return -1

    def cached_row(self, row: int) -> Any | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def is_loaded(self, row: int) -> bool:
        return (row // PAGE_SIZE) in self._pages

    def ensure_loaded(self, first: int, last: int) -> None:
        """Ask for every page between rows ``first`` and ``last`` (e.g. the visible range)."""
        if not self._ids:
            return
        first = max(0, first)
        last = min(len(self._ids) - 1, last)
        for page in range(first // PAGE_SIZE, last // PAGE_SIZE + 1):
            self._request(page)

    # -- loading ---------------------------------------------------------------------------------
    def _request(self, page: int) -> None:
        if page in self._pages or page in self._requested or self._fetch_rows is None:
            return
        self._requested.add(page)
        self._queue.append(page)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        queue, self._queue = self._queue, []
        generation = self._generation
        for page in queue:
            ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            if not ids:
                continue
            self._fetch_rows(ids, lambda rows, p=page, g=generation, i=ids: self._loaded(g, p, i, rows))

    def _loaded(self, generation: int, page: int, ids: list[int], rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return  # an older id list: the table has moved on
        self._requested.discard(page)
        by_id = {_attr(r, "id"): r for r in rows}
        self._pages[page] = [by_id.get(i) for i in ids]
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(len(self._ids), first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._keys) - 1))

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = self._keys[column] if 0 <= column < len(self._keys) else None
        descending = key is not None and order == Qt.DescendingOrder
        if (key, descending) != (self.sort_key, self.sort_descending):
            self.sort_key, self.sort_descending = key, descending
            self.sort_changed.emit()

    # -- Qt API ----------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        row_no = index.row()
        if role == DOCUMENT_ID_ROLE:
            return self._ids[row_no]
        if role not in (Qt.DisplayRole, Qt.ToolTipRole, Qt.ForegroundRole):
            return None
        row = self.cached_row(row_no)
        if row is None:
            self._request(row_no // PAGE_SIZE)
            return LOADING if role == Qt.DisplayRole else None
        key = self._keys[index.column()]
        if role == Qt.ForegroundRole:
            dark = QApplication.palette().color(QPalette.Base).lightness() < 128  # high-contrast theme
            if key == "do_mat":
                return QBrush(QColor("#ff8a80" if dark else "#b00000"))
            if _attr(row, "status") not in (None, "dang_quan_ly"):
                return QBrush(QColor("#bdbdbd" if dark else "#707070"))
            return None
        return cell_text(self._pack, key, row)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Vertical and 0 <= section < len(self._ids):
            return str(section + 1)
        return None
