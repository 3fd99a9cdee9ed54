"""Word-wrapped cells in a tree view: QTreeView measures rows without knowing the column width, so long
text is elided even with ``setWordWrap(True)``. This delegate measures at the column's width; the view
must re-lay out its rows when a column is resized (``install_wrapping`` does both)."""
from __future__ import annotations

from app.ui.qt import QRect, QSize, QStyledItemDelegate, QStyleOptionViewItem, Qt

PADDING = 8


class WrapDelegate(QStyledItemDelegate):
    def __init__(self, view):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(60, self.view.header().sectionSize(index.column()) - PADDING)
        rect = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextWordWrap), opt.text)
        base = super().sizeHint(option, index)
        return QSize(width, max(base.height(), rect.height() + PADDING // 2))


def install_wrapping(view) -> None:
    view.setWordWrap(True)
    view.setItemDelegate(WrapDelegate(view))
    view.header().sectionResized.connect(lambda *_a: view.doItemsLayout())
