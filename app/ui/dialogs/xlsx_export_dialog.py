"""Export the rows the register view shows to an encrypted Excel workbook: a password typed twice and a
file name; the service (``app.services.register_xlsx``) builds, encrypts and writes it, refusing network
folders and unapproved removable drives, and records the export in the audit log."""
from __future__ import annotations

from pathlib import Path

from app.ui.qt import (
    QCoreApplication, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class XlsxExportDialog(QDialog):
    def __init__(self, ctx, book: str, view: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.book, self.view = ctx, book, dict(view)
        self.setWindowTitle(_tr("xlsx_export", "Xuất sổ ra Excel (mã hóa)"))
        intro = QLabel(_tr("xlsx_export", "Các dòng đang hiện trong sổ (theo bộ lọc) được ghi vào một tệp Excel mã "
                                          "hóa AES-256; chỉ mở được bằng mật khẩu dưới đây. Trích yếu tài liệu Tuyệt "
                                          "mật không bao giờ được ghi ra."))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setObjectName("xlsxPassword")
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.Password)
        self.again.setObjectName("xlsxPasswordAgain")
        self.target = QLineEdit(str(Path.home() / f"so-{'den' if book == 'den' else 'di'}.xlsx"))
        self.target.setObjectName("xlsxTarget")
        browse = QPushButton(_tr("xlsx_export", "Chọn…"))
        browse.clicked.connect(self.choose)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(_tr("xlsx_export", "Mật khẩu tệp:"), self.password)
        form.addRow(_tr("xlsx_export", "Nhập lại mật khẩu:"), self.again)
        form.addRow(_tr("xlsx_export", "Lưu vào:"), where)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("xlsxMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.save_button = self.buttons.addButton(_tr("xlsx_export", "Xuất"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, _tr("xlsx_export", "Lưu tệp Excel mã hóa"), self.target.text(),
                                              _tr("xlsx_export", "Tệp Excel (*.xlsx)"))
        if name:
            self.target.setText(name if name.endswith(".xlsx") else name + ".xlsx")

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(_tr("xlsx_export", "Hai lần nhập mật khẩu không giống nhau."))
            return
        target = Path(self.target.text().strip()).expanduser()
        if not target.name or not target.parent.is_dir():
            self.message.setText(_tr("xlsx_export", "Chọn một thư mục có sẵn để lưu tệp."))
            return
        from app.services.register_xlsx import save_register_xlsx

        password, book, view, actor = self.password.text(), self.book, self.view, self.ctx.actor

        def call(session):  # run_db's session commits the audit event with the file
            return save_register_xlsx(session, actor, book, target, password, **view)

        self.save_button.setEnabled(False)
        self.message.setText(_tr("xlsx_export", "Đang xuất…"))
        self.ctx.tasks.run_db(call, self._done, self._failed, owner=self)

    def _done(self, export) -> None:
        self.message.setText(_tr("xlsx_export", "Đã xuất {n} dòng vào tệp mã hóa (SHA-256 {sha}).").format(
            n=export.rows, sha=export.sha256[:16]))
        self.save_button.setEnabled(True)
        self.exported = export
        self.ctx.signals.data_changed.emit("export")

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(error_text(exc))
