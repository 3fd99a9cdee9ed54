"""Sổ đăng ký BMNN đến / đi: the register as a fast table, searched as one types.

* The id list comes from ``search.document_ids`` off the GUI thread; rows are fetched ~200 at a time
  (``search.rows_for_ids``) only when the view shows them, so a million-row book scrolls smoothly.
* Typing searches after a 200 ms pause; a slower, older answer never replaces a newer one.
* Filters: year, level, status, a date range on the book's date, cơ quan ban hành (incoming) / người ký
  (outgoing). A click on a column header sorts by it (the search service orders the ids); the header's
  widths, order and sort are kept in the pre-unlock preferences across a lock and a restart. Enter opens the line's detail, Ctrl+N enters a new document,
  Ctrl+F goes to the search box, Ctrl+P prints the book.
"""
from __future__ import annotations

import datetime as dt

from app.ui import prefs
from app.ui.dialogs.field_form import DateField
from app.ui.lifetime import subscribe
from app.ui.models.document_table_model import DOCUMENT_ID_ROLE, DocumentTableModel
from app.ui.models.formatting import level_name, status_choices
from app.ui.models.highlight import HighlightDelegate
from app.ui.models.vocabulary import register_title
from app.ui.qt import (
    QAbstractItemView, QComboBox, QCoreApplication, QHBoxLayout, QHeaderView, QKeySequence, QLabel, QLineEdit,
    QLocale, QPushButton, QShortcut, QSpinBox, Qt, QTableView, QTimer, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import error_text, show_error

SEARCH_DEBOUNCE_MS = 200
ALL_YEARS = 1999  # the spin box minimum, shown as "Mọi năm"
STATUS_WEIGHT = 9  # the "Tình trạng" column, in the units of the register form's column widths

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class RegisterPage(QWidget):
    BOOK = "den"
    TITLE = ""

    ids_loaded = Signal(int)  # number of rows now in the table
    search_failed = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.model = DocumentTableModel(ctx.pack, self.BOOK, self._fetch_rows, self)

        title = QLabel(f"<h2>{register_title(ctx.pack.register(self.BOOK).title)}</h2>")
        self.search = QLineEdit()
        self.search.setObjectName("register_search")
        self.search.setPlaceholderText(_tr("registers", "Tìm theo số, ký hiệu, cơ quan, người ký, trích yếu… (không "
                                                        "cần dấu)"))
        self.search.setClearButtonEnabled(True)
        self.year = QSpinBox()
        self.year.setRange(ALL_YEARS, 2100)
        self.year.setSpecialValueText(_tr("registers", "Mọi năm"))
        self.year.setValue(ALL_YEARS)
        self.year.setToolTip(_tr("registers", "Năm của sổ (số thứ tự bắt đầu lại mỗi năm)"))
        self.level = QComboBox()
        self.level.addItem(_tr("registers", "Mọi độ mật"), None)
        for lv in sorted(ctx.pack.levels, key=lambda lv: -lv.rank):
            self.level.addItem(level_name(ctx.pack, lv.code), lv.code)
        self.status = QComboBox()
        self.status.addItem(_tr("registers", "Mọi tình trạng"), None)
        for name, code in status_choices():
            self.status.addItem(name, code)
        self.date_from = DateField()
        self.date_from.setObjectName("register_date_from")
        self.date_from.setPlaceholderText(_tr("registers", "từ ngày"))
        self.date_to = DateField()
        self.date_to.setObjectName("register_date_to")
        self.date_to.setPlaceholderText(_tr("registers", "đến ngày"))
        for field in (self.date_from, self.date_to):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.party = QLineEdit()  # cơ quan ban hành (sổ đến) / người ký (sổ đi)
        self.party.setObjectName("register_party")
        self.party.setClearButtonEnabled(True)
        self.party.setPlaceholderText(_tr("registers", "chứa chữ… (không cần dấu)"))
        self.party.setToolTip(_tr("registers", "Cơ quan ban hành") if self.BOOK == "den" else _tr("registers", "Người ký"))
        self.count_label = QLabel()

        self.new_button = QPushButton(_tr("registers", "Vào sổ (Ctrl+N)"))
        self.open_button = QPushButton(_tr("registers", "Chi tiết và xử lý (Enter)"))
        self.print_button = QPushButton(_tr("registers", "In sổ… (Ctrl+P)"))
        self.import_button = QPushButton(_tr("registers", "Nhập từ Excel/CSV…"))
        self.export_button = QPushButton(_tr("registers", "Xuất Excel mã hóa…"))
        self.export_button.setObjectName("exportXlsxButton")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(_tr("registers", "Năm:")))
        filters.addWidget(self.year)
        filters.addWidget(self.level)
        filters.addWidget(self.status)
        narrow = QHBoxLayout()  # second line: the book's date range and the issuer / signer
        narrow.addWidget(QLabel(_tr("registers", "Ngày đến:") if self.BOOK == "den" else _tr("registers", "Ngày tháng:")))
        narrow.addWidget(self.date_from)
        narrow.addWidget(QLabel("–"))
        narrow.addWidget(self.date_to)
        narrow.addSpacing(12)
        narrow.addWidget(QLabel(_tr("registers", "Cơ quan ban hành:") if self.BOOK == "den"
                                else _tr("registers", "Người ký:")))
        narrow.addWidget(self.party, 1)
        actions = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.print_button, self.import_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("register_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self._highlight = ""  # the search text of the rows shown
        self.table.setItemDelegate(HighlightDelegate(lambda: self._highlight, self.table))
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # no per-row measuring
        self.table.verticalHeader().hide()  # "(1) Số thứ tự" is already a column
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)  # "(1) Số thứ tự" on two lines, not clipped
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 10)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.AscendingOrder)  # the register's own order until a header is clicked
        self.table.setSortingEnabled(True)
        self._size_columns(1100)
        self._sized = self._restore_header(prefs.header_state(self._header_name()))
        header.sectionResized.connect(lambda *_a: self._header_changed())
        header.sectionMoved.connect(lambda *_a: self._header_changed())
        header.sortIndicatorChanged.connect(lambda *_a: self._header_changed())
        self.model.sort_changed.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(narrow)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.level.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        for field in (self.date_from, self.date_to, self.party):
            field.textChanged.connect(lambda _t: self._debounce.start())
        self.new_button.clicked.connect(self.new_document)
        self.open_button.clicked.connect(self.open_current)
        self.print_button.clicked.connect(self.print_register)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_xlsx)
        self.table.activated.connect(lambda index: self.open_document(index.data(DOCUMENT_ID_ROLE)))
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_document)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_register)
        subscribe(ctx.signals.data_changed, self, self._data_changed)
        self.reload()

    # -- the id list -----------------------------------------------------------------------------
    def filters(self) -> dict:
        year = self.year.value()
        party = self.party.text().strip() or None
        return {
            "text": self.search.text().strip() or None,
            "year": None if year == ALL_YEARS else year,
            "level": self.level.currentData(),
            "status": self.status.currentData(),
            "date_from": self._typed_date(self.date_from),
            "date_to": self._typed_date(self.date_to),
            "issuer": party if self.BOOK == "den" else None,
            "signer": party if self.BOOK == "di" else None,
            "sort": self.model.sort_key,
            "descending": self.model.sort_descending,
        }

    @staticmethod
    def _typed_date(field: DateField):
        """The date typed; a half-typed one filters nothing yet and is marked until it is a date."""
        try:
            value = field.date()
        except ValueError as exc:
            field.setStyleSheet("color: #b00000")
            field.setToolTip(str(exc))
            return None
        field.setStyleSheet("")
        field.setToolTip("")
        return value

    def reload(self) -> None:
        from app.services import search

        self._debounce.stop()
        self._generation += 1
        generation, filters, book = self._generation, self.filters(), self.BOOK
        self.ctx.tasks.run_db(lambda s: search.document_ids(s, book, **filters),
                              lambda ids: self._ids_arrived(generation, ids),
                              lambda exc: self._search_error(generation, exc))

    def _ids_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way; this answer is stale
        selected = self.current_id()
        self._highlight = self.search.text().strip()
        self.model.set_ids(ids)
        self.count_label.setText(_tr("registers", "{n} dòng").format(n=QLocale().toString(len(ids))))
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.table.selectRow(row)
        self.ids_loaded.emit(len(ids))

    def _search_error(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        message = error_text(exc)
        self.count_label.setText(message)
        self.search_failed.emit(message)

    def _fetch_rows(self, ids: list[int], on_done) -> None:
        from app.services import search

        self.ctx.tasks.run_db(lambda s: search.rows_for_ids(s, ids), on_done,
                              lambda exc: self.count_label.setText(error_text(exc)))

    def _data_changed(self, entity: str) -> None:
        if entity in ("document", "copy", "transfer", "destruction", "import"):
            self.reload()

    def _size_columns(self, available: int) -> None:
        """Every column, "Tình trạng" included, shares ``available`` pixels in the printed form's proportions."""
        header = self.table.horizontalHeader()
        columns = self.ctx.pack.register(self.BOOK).columns
        weights = [c.width for c in columns] + [STATUS_WEIGHT]
        fixed = self._content_widths()  # numbers, dates, levels, status: whole, never "13/11/20…"
        rest = max(0, available - sum(fixed.values()))
        total = sum(w for i, w in enumerate(weights) if i not in fixed) or 1
        for i, weight in enumerate(weights):
            header.resizeSection(i, fixed.get(i) or max(60, int(rest * weight / total)))

    def _content_widths(self) -> dict[int, int]:
        """Columns sized by their longest possible value (and their header's longest word)."""
        from app.ui.models.formatting import status_choices

        samples = {"so_thu_tu": ["99999"], "so_den": ["99999"], "ngay_den": ["30/12/2026"],
                   "ngay_thang": ["30/12/2026"], "so_luong": ["999"],
                   "do_mat": [level_name(self.ctx.pack, lv.code) for lv in self.ctx.pack.levels],
                   "status": [name for name, _code in status_choices()]}
        cell, head = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        out = {}
        for i, key in enumerate(self.model.keys):
            if key in samples:
                caption = str(self.model.headerData(i, Qt.Horizontal) or "")
                words = max((head.horizontalAdvance(w) for w in caption.split()), default=0)
                out[i] = max(max(cell.horizontalAdvance(t) for t in samples[key]) + 16, words + 14)
        return out

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        width = self.table.viewport().width()
        if not self._sized and self.isVisible() and width > 400:
            # first layout without saved widths: fit the window (at 1366 px "Tình trạng" is not cut off)
            self._sized = True
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            self._size_columns(width - 2)
            header.blockSignals(False)
            self._header_changed()

    def _header_name(self) -> str:
        return f"register_{self.BOOK}"

    def _header_changed(self) -> None:
        header = self.table.horizontalHeader()
        keys = self.model.keys
        if header.count() != len(keys):
            return  # being torn down
        prefs.save_header_state(self._header_name(), {
            "widths": {key: header.sectionSize(i) for i, key in enumerate(keys)},
            "order": [keys[header.logicalIndex(v)] for v in range(len(keys))],
            "sort": self.model.sort_key, "descending": self.model.sort_descending})

    def _restore_header(self, state: dict | None) -> bool:
        """Widths, order and sort as the clerk left them (columns by key: a changed form keeps the rest)."""
        if not state:
            return False
        header, keys = self.table.horizontalHeader(), self.model.keys
        for key, width in (state.get("widths") or {}).items():
            if key in keys and isinstance(width, int) and width > 0:
                header.resizeSection(keys.index(key), width)
        for visual, key in enumerate(k for k in state.get("order") or () if k in keys):
            header.moveSection(header.visualIndex(keys.index(key)), visual)
        if state.get("sort") in keys:
            header.setSortIndicator(keys.index(state["sort"]),
                                    Qt.DescendingOrder if state.get("descending") else Qt.AscendingOrder)
        return True

    # -- kept over a lock (MainWindow) -----------------------------------------------------------
    def view_state(self) -> dict:
        """The selected line and the filters; not the search text (it may quote a document)."""
        return {"doc_id": self.current_id(), "year": self.year.value(), "level": self.level.currentIndex(),
                "status": self.status.currentIndex()}

    def restore_view_state(self, state: dict) -> None:
        for widget, setter, value in ((self.year, self.year.setValue, state.get("year")),
                                      (self.level, self.level.setCurrentIndex, state.get("level")),
                                      (self.status, self.status.setCurrentIndex, state.get("status"))):
            if value is not None:
                widget.blockSignals(True)
                setter(value)
                widget.blockSignals(False)
        if state.get("doc_id") is not None:
            self._select_after_save(state["doc_id"])
        self.reload()

    # -- actions ---------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.document_id(index.row()) if index.isValid() else None

    def new_document(self) -> None:
        from app.ui.dialogs.document_form_dialog import DocumentFormDialog

        dialog = DocumentFormDialog(self.ctx, self.BOOK, self)
        dialog.saved.connect(self._select_after_save)
        dialog.open()
        self._dialog = dialog

    def _select_after_save(self, doc_id: int) -> None:
        self._pending_select = doc_id

        def select(_n):
            row = self.model.row_of(doc_id)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
            try:
                self.ids_loaded.disconnect(select)
            except (RuntimeError, TypeError):
                pass

        self.ids_loaded.connect(select)

    def open_current(self) -> None:
        self.open_document(self.current_id())

    def open_document(self, doc_id: int | None) -> None:
        if doc_id is None:
            return
        from app.ui.dialogs.document_detail_dialog import DocumentDetailDialog

        dialog = DocumentDetailDialog(self.ctx, doc_id, self)
        dialog.open()
        self._dialog = dialog

    def print_register(self) -> None:
        from app.ui.dialogs.print_preview_dialog import print_register

        year = self.filters()["year"] or dt.date.today().year
        print_register(self.ctx, self.BOOK, year, self)

    def import_file(self) -> None:
        from app.ui.dialogs.import_preview_dialog import ImportPreviewDialog

        path = ImportPreviewDialog.choose_file(self)
        if not path:
            return
        dialog = ImportPreviewDialog(self.ctx, self.BOOK, path, self)
        dialog.open()
        self._dialog = dialog

    def export_xlsx(self) -> None:
        """The rows this view shows (its filters and order) to an encrypted Excel file."""
        from app.ui.dialogs.xlsx_export_dialog import XlsxExportDialog

        dialog = XlsxExportDialog(self.ctx, self.BOOK, self.filters(), self)
        dialog.open()
        self._dialog = dialog

    def show_failure(self, exc: Exception) -> None:
        show_error(self, exc)


class IncomingPage(RegisterPage):
    BOOK = "den"


class OutgoingPage(RegisterPage):
    BOOK = "di"
