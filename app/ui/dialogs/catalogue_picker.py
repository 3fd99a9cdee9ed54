"""Picking the catalogue basis (căn cứ danh mục BMNN) of a classification by searching as one types.

Search is diacritic-insensitive ("bi mat quoc phong" finds "Bí mật quốc phòng") because it goes through
``catalogue.search_catalogue``; it runs off the GUI thread, debounced, and late answers to an older
query are dropped. Up/Down move in the results, Enter picks — in the search box or in the result list —
and an Enter the picker took never goes on to the dialog (whose default button would save the form).
"""
from __future__ import annotations

from dataclasses import dataclass

from app.ui.qt import (
    QCoreApplication, QEvent, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, Qt, QTimer,
    QVBoxLayout, QWidget, Signal,
)

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

DEBOUNCE_MS = 200


@dataclass(frozen=True)
class CatalogueChoice:
    id: int
    citation: str
    text: str
    level: str | None = None

    @property
    def display(self) -> str:
        return f"{self.citation} — {self.text}"


def _choice(item) -> CatalogueChoice:
    get = (lambda k: item.get(k)) if isinstance(item, dict) else (lambda k: getattr(item, k, None))
    citation = get("citation")
    if callable(citation):
        citation = citation()
    return CatalogueChoice(int(get("id")), str(citation or ""), str(get("text") or ""), get("level"))


def search_choices(session, text: str, limit: int = 50) -> list[CatalogueChoice]:
    from app.services import catalogue

    return [_choice(it) for it in list(catalogue.search_catalogue(session, text or ""))[:limit]]


def choice_of(item) -> CatalogueChoice | None:
    """The choice for a catalogue item already loaded (e.g. ``document.catalogue_item``)."""
    return None if item is None else _choice(item)


class CataloguePicker(QWidget):
    changed = Signal(object)  # CatalogueChoice | None
    results_shown = Signal(int)

    def __init__(self, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._choice: CatalogueChoice | None = None
        self._generation = 0
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("catalogue_picker", "Gõ để tìm trong danh mục BMNN (không cần dấu)…"))
        self.search.setObjectName("catalogue_search")
        row.addWidget(self.search, 1)
        self.clear_button = QPushButton(_tr("catalogue_picker", "Bỏ chọn"))
        self.clear_button.setAutoDefault(False)
        row.addWidget(self.clear_button)
        box.addLayout(row)
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.results.hide()
        box.addWidget(self.results)
        self.chosen = QLabel(_tr("catalogue_picker", "Chưa chọn căn cứ."))
        self.chosen.setWordWrap(True)
        box.addWidget(self.chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self._pick_item)
        self.results.itemClicked.connect(self._pick_item)
        self.clear_button.clicked.connect(lambda: self.set_choice(None))
        self.setFocusProxy(self.search)

    # -- value -----------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._choice.id if self._choice else None

    def choice(self) -> CatalogueChoice | None:
        return self._choice

    def set_choice(self, choice: CatalogueChoice | None) -> None:
        self._choice = choice
        self.chosen.setText(choice.display if choice else _tr("catalogue_picker", "Chưa chọn căn cứ."))
        self.results.hide()
        self.changed.emit(choice)

    def set_value(self, value) -> None:
        self.set_choice(value if isinstance(value, CatalogueChoice) else None)

    # -- searching -------------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.search.text()
        self._tasks.run_db(lambda s: search_choices(s, text),
                           lambda found: self._show(generation, found),
                           lambda exc: self._failed(generation, exc))

    def _show(self, generation: int, found: list[CatalogueChoice]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for choice in found:
            item = QListWidgetItem(choice.display)
            item.setData(Qt.UserRole, choice)
            self.results.addItem(item)
        if not found:
            self.results.addItem(QListWidgetItem(_tr("catalogue_picker", "Không có mục nào khớp. Thử từ khóa khác.")))
        self.results.setCurrentRow(0)
        self.results.show()
        self.results_shown.emit(len(found))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            from app.ui.widgets.messages import error_text

            self.results.clear()
            self.results.addItem(QListWidgetItem(error_text(exc)))
            self.results.show()

    def _pick_item(self, item: QListWidgetItem) -> None:
        choice = item.data(Qt.UserRole)
        if isinstance(choice, CatalogueChoice):
            self.set_choice(choice)
            self.search.clear()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if (obj is self.results and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ControlModifier):
            item = self.results.currentItem()
            if item is not None:
                self._pick_item(item)
                self.search.setFocus()
            return True  # picked (or nothing to pick): never a save
        if obj is self.search and event.type() == QEvent.KeyPress and self.results.isVisible():
            key = event.key()
            if key in (Qt.Key_Down, Qt.Key_Up):
                row = self.results.currentRow() + (1 if key == Qt.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._pick_item(item)
                return True
            if key == Qt.Key_Escape:
                self.results.hide()
                return True
        return super().eventFilter(obj, event)
