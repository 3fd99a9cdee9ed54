"""Pick several documents from a list loaded beforehand (e.g. ``destruction.destroyable_documents``): a filter
box (no diacritics needed) over a list of check boxes. ``value()`` is the checked ids, or None when none is
checked, so a form reports the field as missing; ``references()`` names the checked ones."""
from __future__ import annotations

from app import textnorm
from app.ui.qt import (
    QCoreApplication, QLabel, QLineEdit, QListWidget, QListWidgetItem, Qt, QVBoxLayout, QWidget, Signal,
)

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class DocumentPicker(QWidget):
    changed = Signal()

    def __init__(self, rows, describe, parent: QWidget | None = None):
        """``rows``: objects with ``id``; ``describe(row)`` is the line shown."""
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_tr("document_picker", "Lọc theo số, ký hiệu, người giữ… (không cần dấu)"))
        self.list = QListWidget()
        self.list.setObjectName("document_picker")
        self.list.setMinimumSize(560, 180)
        self.list.setWordWrap(True)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        for row in rows:
            text = describe(row)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            item.setData(Qt.UserRole, row.id)
            item.setData(Qt.UserRole + 1, textnorm.fold(text))
            self.list.addItem(item)
        if not rows:
            self.list.addItem(QListWidgetItem(_tr("document_picker", "Không có tài liệu nào đang được quản lý có thể "
                                                                     "tiêu hủy.")))
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _i: self._changed())
        self._changed()

    def _items(self):
        return [self.list.item(i) for i in range(self.list.count()) if self.list.item(i).data(Qt.UserRole) is not None]

    def _filter(self, text: str) -> None:
        needle = textnorm.fold(text.strip())
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.data(Qt.UserRole + 1))

    def _changed(self) -> None:
        self.count.setText(_tr("document_picker", "Đã chọn {n} tài liệu.").format(n=len(self.checked())))
        self.changed.emit()

    def checked(self) -> list:
        return [item for item in self._items() if item.checkState() == Qt.Checked]

    def value(self) -> list[int] | None:
        ids = [item.data(Qt.UserRole) for item in self.checked()]
        return ids or None

    def set_value(self, ids) -> None:
        wanted = set(ids or ())
        for item in self._items():
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)

    def references(self) -> list[str]:
        return [item.text() for item in self.checked()]
