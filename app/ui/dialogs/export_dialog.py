"""Xuất báo cáo năm ra USB an toàn: pick a plugged-in, mounted USB drive, type the export password twice,
then ``paperwork.export_annual`` runs off the GUI thread and the written files are listed with their SHA-256.

Approved drives are listed first; the others are marked "chưa được phê duyệt". The dialog does not decide:
the service refuses any drive that is not approved (no override) and its sentence is shown here.
``list_drives`` (default ``app.hwcheck.usb_now.list_usb_storage``) and ``identify`` (passed to the service)
are injectable so tests need no USB hardware.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.ui.qt import (
    QT_TRANSLATE_NOOP, QColor, QCoreApplication, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, Qt, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.banner import Banner
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

MIN_EXPORT_PASSWORD = 8
NOT_APPROVED = QT_TRANSLATE_NOOP("export", "chưa được phê duyệt")


@dataclass(frozen=True)
class DriveChoice:
    mountpoint: str
    label: str
    approved: bool


def _default_list_drives():
    from app.hwcheck.usb_now import list_usb_storage

    return list_usb_storage()


def _identity(dev) -> tuple[str, str, str]:
    return ((dev.vendor_id or "").lower(), (dev.product_id or "").lower(), (dev.serial or "").strip().lower())


def drive_choices(devices, approved: set[tuple[str, str, str]]) -> list[DriveChoice]:
    """One choice per mount point of each drive; approved drives first."""
    choices = []
    for dev in devices:
        ok = bool(dev.serial) and _identity(dev) in approved
        for mp in dev.mountpoints:
            label = f"{mp} — {dev.describe()}" + ("" if ok else " — " + _tr("export", NOT_APPROVED))
            choices.append(DriveChoice(mp, label, ok))
    return sorted(choices, key=lambda c: (not c.approved, c.mountpoint))


def describe_result(outcome) -> str:
    lines = [_tr("export", "Thư mục trên ổ USB: {path}").format(path=outcome.result.directory), ""]
    for name, sha in outcome.result.files:
        lines += [name, f"  SHA-256: {sha}"]
    return "\n".join(lines)


class ExportDialog(QDialog):
    exported = Signal(object)  # paperwork.ExportOutcome
    refused = Signal(str)  # the service's sentence

    def __init__(self, ctx, year: int, sections: dict[str, str] | None = None, parent: QWidget | None = None, *,
                 list_drives=None, identify=None):
        super().__init__(parent)
        self.ctx, self.year, self.sections = ctx, year, sections
        self._list_drives = list_drives or _default_list_drives
        self._identify = identify
        self.outcome = None
        self.setWindowTitle(_tr("export", "Xuất báo cáo năm {year} ra USB an toàn").format(year=year))
        self.setMinimumWidth(720)

        intro = QLabel(_tr("export", "Báo cáo được mã hóa AES-256 bằng mật khẩu xuất dữ liệu và ghi kèm gói số liệu có "
                                     "chữ ký của cơ quan. Chỉ ghi được ra ổ USB an toàn có trong danh sách phê duyệt; "
                                     "việc xuất được ghi vào nhật ký."))
        intro.setWordWrap(True)
        self.drives = QListWidget()
        self.drives.setObjectName("export_drives")
        self.drives.setMinimumHeight(110)
        self.drives.setWordWrap(True)
        self.refresh_button = QPushButton(_tr("export", "Tìm lại ổ USB"))
        self.refresh_button.setAutoDefault(False)
        self.no_drive = QLabel()
        self.no_drive.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("export_password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setPlaceholderText(_tr("export", "ít nhất {n} ký tự").format(n=MIN_EXPORT_PASSWORD))
        self.password2 = QLineEdit()
        self.password2.setObjectName("export_password2")
        self.password2.setEchoMode(QLineEdit.Password)
        self.error = Banner("", "fail")
        self.error.setObjectName("export_error")
        self.error.hide()
        self.result = QPlainTextEdit()
        self.result.setObjectName("export_result")
        self.result.setReadOnly(True)
        self.result.hide()
        self.export_button = QPushButton(_tr("export", "Xuất ra ổ đã chọn"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(_tr("export", "Đóng"))
        self.close_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        head = QHBoxLayout()
        head.addWidget(QLabel(_tr("export", "Ổ USB đang cắm và đã gắn:")), 1)
        head.addWidget(self.refresh_button)
        layout.addLayout(head)
        layout.addWidget(self.drives)
        layout.addWidget(self.no_drive)
        form = QFormLayout()
        form.addRow(_tr("export", "Mật khẩu xuất dữ liệu:"), self.password)
        form.addRow(_tr("export", "Nhập lại mật khẩu:"), self.password2)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        self.refresh()

    # -- drives ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.no_drive.setText(_tr("export", "Đang tìm ổ USB…"))
        lister = self._list_drives

        def got_devices(devices):
            from app.services import paperwork

            mounted = [d for d in devices if d.mountpoints]
            self.ctx.tasks.run_db(paperwork.approved_identities, lambda approved: self._fill(mounted, approved),
                                  self._drive_error)

        self.ctx.tasks.run(lister, got_devices, self._drive_error)

    def _fill(self, devices, approved) -> None:
        self.drives.clear()
        for choice in drive_choices(devices, approved):
            item = QListWidgetItem(choice.label)
            item.setData(Qt.UserRole, choice)
            if not choice.approved:
                item.setForeground(QColor("#b71c1c"))
            self.drives.addItem(item)
        if self.drives.count():
            self.drives.setCurrentRow(0)
            self.no_drive.setText("" if approved and self.choices()[0].approved else
                                  _tr("export", "Không có ổ USB an toàn đã phê duyệt nào đang cắm. Ổ chưa được phê "
                                                "duyệt không nhận được dữ liệu xuất."))
        else:
            self.no_drive.setText(_tr("export", "Chưa thấy ổ USB nào đã gắn (mount). Cắm USB an toàn được phê duyệt, "
                                                "chờ hệ thống gắn ổ rồi bấm «Tìm lại ổ USB»."))

    def _drive_error(self, exc: Exception) -> None:
        self.drives.clear()
        self.no_drive.setText(_tr("export", "Không đọc được danh sách ổ USB: {error}").format(error=error_text(exc)))

    def choices(self) -> list[DriveChoice]:
        return [self.drives.item(i).data(Qt.UserRole) for i in range(self.drives.count())]

    def select_mountpoint(self, mountpoint: str) -> None:
        for i, choice in enumerate(self.choices()):
            if choice.mountpoint == mountpoint:
                self.drives.setCurrentRow(i)
                return
        raise KeyError(mountpoint)

    # -- export --------------------------------------------------------------------------------------
    def _fail(self, text: str) -> None:
        self.error.set_state(text, "fail")
        self.error.show()

    def submit(self) -> None:
        item = self.drives.currentItem()
        password, again = self.password.text(), self.password2.text()
        if item is None:
            self._fail(_tr("export", "Chọn ổ USB an toàn để ghi báo cáo."))
            return
        if len(password) < MIN_EXPORT_PASSWORD:
            self._fail(_tr("export", "Mật khẩu xuất dữ liệu phải có ít nhất {n} ký tự.").format(n=MIN_EXPORT_PASSWORD))
            self.password.setFocus()
            return
        if password != again:
            self._fail(_tr("export", "Hai lần nhập mật khẩu không khớp nhau. Nhập lại cả hai ô."))
            self.password2.clear()
            self.password2.setFocus()
            return
        self.error.hide()
        choice: DriveChoice = item.data(Qt.UserRole)
        actor, year, sections, identify = self.ctx.actor, self.year, self.sections, self._identify
        self.password.clear()
        self.password2.clear()
        self.export_button.setEnabled(False)

        def call(session):
            from app.services import paperwork

            if sections is not None:  # the paper carries what is on screen
                paperwork.save_narrative(session, actor, year, **sections)
            return paperwork.export_annual(session, actor, year, choice.mountpoint, password, identify=identify)

        self.ctx.tasks.run_db(call, self._done, self._failed,
                              label=_tr("export", "Đang mã hóa và ghi báo cáo ra USB an toàn…"),
                              parent=self)

    def _done(self, outcome) -> None:
        self.outcome = outcome
        self.export_button.setEnabled(True)
        self.result.setPlainText(_tr("export", "Đã xuất báo cáo. Các tệp đã ghi (mã SHA-256 đã đọc lại để đối "
                                               "chiếu):\n\n")
                                 + describe_result(outcome))
        self.result.show()
        self.ctx.signals.data_changed.emit("report")
        self.exported.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        text = error_text(exc)
        self._fail(text)
        self.refused.emit(text)
