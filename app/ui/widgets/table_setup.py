"""Column sizing for the small list tables (people, catalogue, destruction cases): every column as wide as
its content, the long-text columns share the rest and wrap, no row-number header (rows carry their own
number where the form has one). Not for the registers: their lazy model must not be measured row by row."""
from __future__ import annotations

from app.ui.qt import QHeaderView


def fit_columns(table, stretch: int | tuple[int, ...]) -> None:
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    for column in (stretch,) if isinstance(stretch, int) else stretch:
        header.setSectionResizeMode(column, QHeaderView.Stretch)


def rows_table(model, stretch: int | tuple[int, ...]):
    """A sortable, single-row-selection list table over ``model``, columns fitted as above."""
    from app.ui.qt import QAbstractItemView, QTableView

    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    fit_columns(table, stretch)
    return table
