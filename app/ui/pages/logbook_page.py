"""A read-only register view of a logbook the lifecycle actions write (sao, chụp; chuyển giao): the rows of
one year as they will be printed, and "Xem trước và in…" — the paper from ``app.services.paperwork``.

Lines are added from a document's detail ("Sao, chụp…", "Cung cấp, chuyển giao…"), not here.
"""
from __future__ import annotations

import datetime as dt

from app.ui.lifetime import subscribe
from app.ui.models.formatting import level_name
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.models.vocabulary import column_caption, register_title
from app.ui.qt import (
    QCoreApplication, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, Qt, QTableView, QVBoxLayout,
    QWidget, Signal,
)
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

CHANGES = ("copy", "transfer", "document", "import")  # what a new line of these books comes with


class LogbookPage(QWidget):
    BOOK = ""  # "sao_chup" / "chuyen_giao"
    HINT = ""
    loaded = Signal(int)  # rows shown

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        pack = ctx.pack
        form = pack.register(self.BOOK)
        self.title = register_title(form.title)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title}</h2>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        hint = QLabel(_tr("logbook", self.HINT))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("logbook", "Năm:")))
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        top.addWidget(self.year)
        self.count = QLabel()
        top.addWidget(self.count, 1)
        self.print_button = QPushButton(_tr("logbook", "Xem trước và in sổ… (Ctrl+P)"))
        self.print_button.setObjectName("print_button")
        self.print_button.setShortcut("Ctrl+P")
        top.addWidget(self.print_button)
        layout.addLayout(top)

        def getter(key):
            if key == "do_mat":
                return lambda r: level_name(pack, r.get("do_mat")) if r.get("do_mat") else ""
            return key

        self.model = RowsTableModel([Column(column_caption(c), getter(c.key)) for c in form.columns], parent=self)
        self.table = QTableView()
        self.table.setObjectName("logbook_table")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)  # wrapped cells
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)  # "(3) Tên loại, số, ký hiệu…" on lines
        header.setMinimumHeight(3 * header.fontMetrics().lineSpacing() + 10)
        self._widths = [c.width for c in form.columns]
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.print_button.clicked.connect(self.print_book)
        subscribe(ctx.signals.data_changed, self, lambda entity: entity in CHANGES and self.reload())
        self._first_load()

    def _first_load(self) -> None:
        """Open on this year, or on the latest year that has lines when this one has none yet."""
        from app.services import papers

        book = self.BOOK

        def years(found: list[int]) -> None:
            if found and self.year.value() not in found and max(found) < self.year.value():
                self.year.blockSignals(True)
                self.year.setValue(max(found))
                self.year.blockSignals(False)
            self.reload()

        self.ctx.tasks.run_db(lambda s: papers.logbook_years(s, book), years, self._error, owner=self)

    def reload(self) -> None:
        from app.services import papers

        book, year = self.BOOK, self.year.value()
        self.ctx.tasks.run_db(lambda s: papers.logbook_rows(s, book, year), self._show, self._error)

    def _show(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        self._size_columns()
        self.count.setText(_tr("logbook", "{n} dòng trong năm {year}.").format(n=len(rows), year=self.year.value()))
        self.message.clear()
        self.loaded.emit(len(rows))

    def _size_columns(self) -> None:
        """Every column on screen at once, in the proportions of the printed form (no sideways scrolling)."""
        available = max(600, self.table.viewport().width() if self.isVisible() else 1100)
        total = sum(self._widths)
        for i, width in enumerate(self._widths):
            self.table.setColumnWidth(i, max(56, int(available * width / total)))
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._size_columns()

    def _error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def print_book(self) -> None:
        from app.services import paperwork
        from app.ui.dialogs.print_preview_dialog import preview

        book, year, pack = self.BOOK, self.year.value(), self.ctx.pack
        title = _tr("logbook", "{register} năm {year}").format(register=self.title, year=year)
        preview(self.ctx, title, lambda s: paperwork.logbook_pdf(s, book, year, pack), self)

    def view_state(self) -> dict:
        return {"year": self.year.value()}

    def restore_view_state(self, state: dict) -> None:
        if state and state.get("year"):
            self.year.setValue(int(state["year"]))
