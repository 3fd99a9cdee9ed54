"""The first-run wizard's recovery-code page: the code shown once, printed through CUPS from memory
(``app.services.print_queue``; never Qt's print engine, which spools through a temporary file — this sheet
opens the registry), and confirmed by typing two of its groups back."""
from __future__ import annotations

import datetime as dt

from app.ui.qt import (
    QCheckBox, QCoreApplication, QFont, QHBoxLayout, QLabel, QLineEdit, QPushButton, Qt, QTextDocument, QVBoxLayout,
    QWizardPage,
)
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class RecoveryPage(QWizardPage):
    def __init__(self, wizard):  # the FirstRunWizard
        super().__init__()
        self.wiz = wizard
        self.setTitle(_tr("first_run", "Mã khôi phục — chỉ hiện một lần"))
        self.setSubTitle(_tr("first_run", "Mã này mở được sổ khi mọi mật khẩu bị quên. In hoặc chép tay, niêm phong và giao "
                             "người đứng đầu cơ quan cất giữ như tài liệu mật. Chương trình không lưu mã này."))
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.Monospace)
        font.setPointSize(16)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignCenter)
        self.code.setStyleSheet("QLabel { border: 2px dashed #888; padding: 12px; }")
        self.print_button = QPushButton(_tr("first_run", "In mã khôi phục…"))
        self.print_button.clicked.connect(self.print_code)
        self.print_note = QLabel()
        self.print_note.setWordWrap(True)
        self.print_note.hide()
        self.printed_job = None
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmGroup")
        self.stored = QCheckBox(_tr("first_run", "Tôi đã in hoặc chép mã khôi phục và cất ở nơi an toàn."))
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.fingerprint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        layout.addWidget(self.print_note)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.stored)
        self.confirm.textChanged.connect(self.completeChanged)
        self.stored.toggled.connect(self.completeChanged)

    def root_fingerprint(self) -> str:
        return getattr(self.wiz.registry, "root_fingerprint", "") if self.wiz.registry else ""

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.code.setText(self.wiz.recovery_code or "")
        fingerprint = self.root_fingerprint()
        self.fingerprint.setText(_tr("first_run", "Dấu vân tay khóa gốc (in cùng mã, để kiểm tra nhật ký kiểm toán): "
                                     "{fingerprint}").format(fingerprint=fingerprint) if fingerprint else "")
        self.confirm_label.setText(_tr("first_run", "Để chắc chắn mã đã được ghi lại đúng, hãy nhìn vào bản đã in hoặc chép tay "
                                       "và gõ lại nhóm thứ 3 và nhóm thứ 7 của mã (cách nhau bằng dấu cách):"))

    def expected_group(self) -> str:
        groups = (self.wiz.recovery_code or "").upper().split("-")
        return groups[2] + groups[6] if len(groups) >= 7 else "".join(groups)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        typed = "".join(ch for ch in self.confirm.text().upper() if ch.isalnum())
        return bool(typed) and typed == self.expected_group() and self.stored.isChecked()

    def print_code(self):
        """The recovery sheet, made in memory and streamed to a CUPS queue (never Qt's print engine, which
        spools through a temporary file: this sheet opens the registry)."""
        from app.ui.dialogs.print_options_dialog import PrintOptionsDialog

        dialog = PrintOptionsDialog(self.wiz.tasks, 1, self)
        dialog.accepted.connect(lambda: self._send(dialog.queue, dialog.copies.value()))
        dialog.open()
        self.print_dialog = dialog
        return dialog

    def sheet_pdf(self) -> bytes:
        from app.ui.qt import QBuffer, QPdfWriter

        doc = QTextDocument()
        doc.setHtml(_tr("first_run", "<h2>Sổ Mật — mã khôi phục</h2><p>Cơ quan: {agency}</p><p>Tệp sổ: {path}</p>"
                        "<h1 style='font-family:monospace'>{code}</h1><p>Ngày tạo: {day}</p>"
                        "<p>Cất giữ như tài liệu mật. Chỉ người đứng đầu cơ quan được sử dụng.</p>").format(
            agency=self.wiz.field("agency"), path=self.wiz.path.name, code=self.wiz.recovery_code,
            day=dt.date.today().strftime("%d/%m/%Y")) + _tr(
            "first_run", "<p>Dấu vân tay khóa gốc (để kiểm tra nhật ký kiểm toán bằng «somat audit verify "
            "--root-key»):</p><p style='font-family:monospace'>{fingerprint}</p>").format(
            fingerprint=self.root_fingerprint()))
        buffer = QBuffer()
        buffer.open(QBuffer.ReadWrite)
        writer = QPdfWriter(buffer)
        writer.setTitle("Sổ Mật")
        doc.print_(writer)
        del writer  # finishes the PDF
        return bytes(buffer.data())

    def _send(self, queue: str, copies: int) -> None:
        from app.services import print_queue

        pdf = self.sheet_pdf()
        self.print_button.setEnabled(False)
        self.wiz.tasks.run(lambda: print_queue.submit(pdf, queue, copies=copies), self._sent, self._send_failed,
                           label=_tr("first_run", "Đang gửi tới máy in…"), parent=self)

    def _sent(self, job) -> None:
        self.print_button.setEnabled(True)
        self.print_note.setText(_tr("first_run", "Đã gửi mã khôi phục tới máy in «{queue}». Lấy bản in ngay.").format(
            queue=job.queue))
        self.print_note.show()
        self.printed_job = job

    def _send_failed(self, exc) -> None:
        self.print_button.setEnabled(True)
        self.print_note.setText(error_text(exc) + " " + _tr("first_run", "Có thể chép tay mã khôi phục."))
        self.print_note.show()
