"""Which printer, how many copies, which pages — every string ours (Qt's print dialog is English and
prints through a temporary file). The printers are CUPS queues, listed off the GUI thread."""
from __future__ import annotations

from app.ui.qt import (
    QComboBox, QCoreApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton,
    QSpinBox, QVBoxLayout, QWidget,
)

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def _list_queues():
    from app.services import print_queue

    return print_queue.queues(), print_queue.default_queue()


def parse_pages(text: str, page_count: int) -> str | None:
    """"1-3, 5" → "1-3,5" when every page exists; None when the text is not a page list."""
    parts = [p.strip() for p in text.replace(" ", "").split(",") if p.strip()]
    if not parts:
        return None
    for part in parts:
        ends = part.split("-")
        if len(ends) > 2 or not all(e.isdigit() for e in ends):
            return None
        numbers = [int(e) for e in ends]
        if not all(1 <= n <= page_count for n in numbers) or numbers != sorted(numbers):
            return None
    return ",".join(parts)


class PrintOptionsDialog(QDialog):
    def __init__(self, tasks, page_count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.page_count = page_count
        self.setWindowTitle(_tr("print", "In"))
        self.printer = QComboBox()
        self.printer.setObjectName("printerCombo")
        self.printer.setEnabled(False)
        self.copies = QSpinBox()
        self.copies.setRange(1, 99)
        self.all_pages = QRadioButton(_tr("print", "Tất cả {n} trang").format(n=page_count))
        self.all_pages.setChecked(True)
        self.some_pages = QRadioButton(_tr("print", "Các trang:"))
        self.pages = QLineEdit()
        self.pages.setObjectName("pagesEdit")
        self.pages.setPlaceholderText(_tr("print", "ví dụ 1-3,5"))
        self.pages.textEdited.connect(lambda _t: self.some_pages.setChecked(True))
        self.note = QLabel(_tr("print", "Đang tìm máy in…"))
        self.note.setWordWrap(True)
        self.note.setObjectName("printNote")
        form = QFormLayout()
        form.addRow(_tr("print", "Máy in:"), self.printer)
        form.addRow(_tr("print", "Số bản:"), self.copies)
        form.addRow(self.all_pages)
        form.addRow(self.some_pages, self.pages)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(_tr("print", "In"), QDialogButtonBox.AcceptRole)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.setEnabled(False)
        cancel = self.buttons.addButton(_tr("print", "Hủy"), QDialogButtonBox.RejectRole)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        tasks.run(_list_queues, self._listed, self._list_failed, owner=self)

    def _listed(self, result) -> None:
        names, default = result
        self.printer.clear()
        self.printer.addItems(names)
        if default in names:
            self.printer.setCurrentText(default)
        has = bool(names)
        self.printer.setEnabled(has)
        self.print_button.setEnabled(has)
        self.note.setText("" if has else _tr("print", "Máy này chưa có máy in nào trong dịch vụ in (CUPS). Nhờ cán bộ "
                                                      "quản trị cài máy in rồi mở lại hộp thoại này."))
        self.note.setVisible(not has)

    def _list_failed(self, exc) -> None:
        from app.ui.widgets.messages import error_text

        self.note.setText(error_text(exc))

    # -- the choice --------------------------------------------------------------------------------
    @property
    def queue(self) -> str:
        return self.printer.currentText()

    @property
    def page_list(self) -> str | None:
        """None = every page."""
        if self.all_pages.isChecked():
            return None
        return parse_pages(self.pages.text(), self.page_count)

    def _accept(self) -> None:
        if self.some_pages.isChecked() and self.page_list is None:
            self.note.setText(_tr("print", "Khoảng trang không hợp lệ: ghi số trang từ 1 đến {n}, ví dụ 1-3,5.").format(
                n=self.page_count))
            self.note.setVisible(True)
            self.pages.setFocus()
            return
        self.accept()
