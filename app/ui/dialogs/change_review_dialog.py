"""Before an edit is written: every changed field, old value beside new, and a clear choice."""
from __future__ import annotations

from app.ui.models.formatting import text
from app.ui.qt import (
    QCoreApplication, QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def _exec(dialog: QDialog) -> int:
    """Run the dialog modally (tests replace this to answer without a user)."""
    return dialog.exec()


class ChangeReviewDialog(QDialog):
    def __init__(self, rows: list[tuple[str, object, object]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("change_review", "Xem lại thay đổi trước khi ghi"))
        self.rows = rows
        layout = QVBoxLayout(self)
        note = QLabel(_tr("change_review", "Các trường sau sẽ được sửa trong sổ. Giá trị cũ được giữ trong nhật ký "
                                           "kiểm toán."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([_tr("change_review", "Trường"), _tr("change_review", "Giá trị cũ"),
                                              _tr("change_review", "Giá trị mới")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for r, (label, old, new) in enumerate(rows):
            empty = _tr("change_review", "(trống)")
            for c, value in enumerate((label, text(old) or empty, text(new) or empty)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.yes = buttons.addButton(_tr("change_review", "Ghi thay đổi"), QDialogButtonBox.AcceptRole)
        self.no = buttons.addButton(_tr("change_review", "Không, quay lại sửa"), QDialogButtonBox.RejectRole)
        self.no.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def ask(self) -> bool:
        return _exec(self) == QDialog.Accepted
