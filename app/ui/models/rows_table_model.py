"""A read-only table of plain rows (dataclasses, named tuples, ORM-free objects or dicts).

Columns are ``Column(header, getter)``; sorting happens in Python with Vietnamese collation
(``textnorm.sort_key``) for text and natural order for numbers and dates.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app import textnorm
from app.ui.models.formatting import text
from app.ui.qt import QAbstractTableModel, QModelIndex, Qt


@dataclass(frozen=True)
class Column:
    header: str
    getter: Callable[[Any], Any] | str
    align_right: bool = False

    def value(self, row: Any) -> Any:
        if callable(self.getter):
            return self.getter(row)
        if isinstance(row, dict):
            return row.get(self.getter)
        return getattr(row, self.getter, None)


def _sort_value(value: Any):
    if value is None:
        return (0, ())
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (1, value)
    if isinstance(value, (dt.date, dt.datetime)):
        return (2, value.isoformat())
    return (3, textnorm.sort_key(str(value)))


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), parent=None):
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = list(rows)

    # -- data --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt API ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = self._columns[index.column()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return text(column.value(self._rows[index.row()]))
        if role == Qt.TextAlignmentRole and column.align_right:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return self._rows[index.row()]
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        col = self._columns[column]
        self.layoutAboutToBeChanged.emit()
        order_ = sorted(range(len(self._rows)), key=lambda i: _sort_value(col.value(self._rows[i])),
                        reverse=order == Qt.DescendingOrder)
        new_pos = {old: new for new, old in enumerate(order_)}
        self._rows = [self._rows[i] for i in order_]
        old_list = self.persistentIndexList()
        new_list = [self.index(new_pos[i.row()], i.column()) for i in old_list]
        self.changePersistentIndexList(old_list, new_list)
        self.layoutChanged.emit()
