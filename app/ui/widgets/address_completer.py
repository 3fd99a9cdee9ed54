"""Auto-completion from the address book (``app.services.address_book``): typing "cong an" offers
"Công an tỉnh Đồng Nai" — the match ignores case and diacritics (``textnorm.fold``) and may start
anywhere in the name; choosing an entry writes the name as it was first written (NFC)."""
from __future__ import annotations

from app import textnorm
from app.ui.qt import QCompleter, QLineEdit, QStandardItem, QStandardItemModel, Qt

FOLD_ROLE = Qt.UserRole + 7


class FoldingCompleter(QCompleter):
    """Matches the folded text of what is typed against the folded names."""

    def __init__(self, names: list[str], parent=None):
        super().__init__(parent)
        model = QStandardItemModel(self)
        for name in names:
            item = QStandardItem(name)
            item.setData(textnorm.fold(name), FOLD_ROLE)
            model.appendRow(item)
        self.setModel(model)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchContains)
        self.setCaseSensitivity(Qt.CaseInsensitive)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [textnorm.fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.DisplayRole) or ""


def attach(tasks, widgets: dict, fields=("co_quan_ban_hanh", "nguoi_ky", "don_vi_ky_nhan", "don_vi_luu")) -> None:
    """Give each single-line field of ``widgets`` named in ``fields`` a completer over its address book."""
    from app.services import address_book

    for field in fields:
        widget = widgets.get(field)
        if not isinstance(widget, QLineEdit):
            continue

        def done(names, w=widget):
            try:
                w.setCompleter(FoldingCompleter(names, w))
            except RuntimeError:  # the form was closed before the names arrived
                pass

        tasks.run_db(lambda s, f=field: address_book.names(s, f), done, lambda _exc: None)
