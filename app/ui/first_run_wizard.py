"""First run: create the registry, show the recovery code once, register this machine and its
approved USB drives.

The registry is created when the clerk leaves the administrator page (a commit page: no way back),
off the GUI thread because the key derivation is slow on purpose. ``registry`` holds the open
Registry once created; the wizard is accepted only after the recovery code was confirmed.
"""
from __future__ import annotations

import datetime as dt
import logging
import socket
from pathlib import Path

from app.ui.machine_status import local_machine_id
from app.ui.qt import (
    QCheckBox, QComboBox, QCoreApplication, QDate, QDateEdit, QFont, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton, Qt, QTextDocument, QVBoxLayout, QWizard,
    QWizardPage,
)
from app.ui.widgets.banner import Banner
from app.ui.widgets.messages import error_text

log = logging.getLogger(__name__)


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


UNIT_LEVELS = (("trung_uong", "Cấp trung ương"), ("tinh", "Cấp tỉnh"), ("xa", "Cấp xã"), ("khac", "Khác"))
MIN_PASSWORD = 10


def password_strength(password: str) -> tuple[int, str]:
    """0 = unusable … 3 = strong, with a hint in Vietnamese."""
    if len(password) < MIN_PASSWORD:
        return 0, _tr("first_run", "Quá ngắn: cần ít nhất {n} ký tự.").format(n=MIN_PASSWORD)
    classes = sum(bool(any(f(c) for c in password)) for f in (str.islower, str.isupper, str.isdigit,
                                                            lambda c: not c.isalnum()))
    if len(password) >= 16 or (len(password) >= 12 and classes >= 3):
        return 3, _tr("first_run", "Mạnh.")
    if classes >= 2:
        return 2, _tr("first_run", "Tạm được. Dài hơn (12 ký tự trở lên) hoặc thêm chữ hoa, số, ký hiệu sẽ an toàn hơn.")
    return 1, _tr("first_run", "Yếu: nên trộn chữ hoa, chữ thường, số và ký hiệu.")


def _default_creator(path, **kwargs):
    from app.services.registry import create_registry

    return create_registry(path, **kwargs)


def _list_usb():
    from app.hwcheck.usb_now import list_usb_storage

    return list_usb_storage()


def _save_machine(session, actor, machine: dict, usbs: list) -> None:
    from app.services import devices

    row = devices.register_machine(session, actor, devices.MachineInput(**machine))
    for d in usbs:
        devices.approve_usb(session, actor, devices.UsbInput(
            vendor_id=d.vendor_id or "", product_id=d.product_id or "", serial=d.serial or "",
            vendor=d.vendor, product=d.model, capacity_bytes=d.size_bytes))
    return row


class AgencyPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(_tr("first_run", "Cơ quan sử dụng sổ"))
        self.setSubTitle(_tr("first_run", "Tên cơ quan in trên sổ đăng ký và các biên bản."))
        self.agency = QLineEdit()
        self.superior = QLineEdit()
        self.place = QLineEdit()
        self.place.setPlaceholderText(_tr("first_run", "Ví dụ: Đồng Nai"))
        self.level = QComboBox()
        for code, label in UNIT_LEVELS:
            self.level.addItem(QCoreApplication.translate("first_run", label), code)
        self.level.setCurrentIndex(1)
        form = QFormLayout(self)
        form.addRow(_tr("first_run", "Tên cơ quan, tổ chức:"), self.agency)
        form.addRow(_tr("first_run", "Cơ quan chủ quản cấp trên:"), self.superior)
        form.addRow(_tr("first_run", "Địa danh:"), self.place)
        form.addRow(_tr("first_run", "Cấp:"), self.level)
        self.registerField("agency*", self.agency)
        self.registerField("superior", self.superior)


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(_tr("first_run", "Quản trị viên đầu tiên"))
        self.setSubTitle(_tr("first_run", "Người này mở sổ lần đầu và cấp tài khoản cho người khác. Mật khẩu không thể "
                             "khôi phục; nếu quên, chỉ mã khôi phục ở bước sau mở được sổ."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.CommitButton, _tr("first_run", "Tạo sổ"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.Password)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.error = Banner("", "fail")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(_tr("first_run", "Tên đăng nhập:"), self.username)
        form.addRow(_tr("first_run", "Họ và tên:"), self.full_name)
        form.addRow(_tr("first_run", "Mật khẩu:"), self.password)
        form.addRow(_tr("first_run", "Nhập lại mật khẩu:"), self.password2)
        form.addRow("", self.strength)
        form.addRow(self.error)
        for w in (self.username, self.full_name, self.password, self.password2):
            w.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        score, hint = password_strength(self.password.text())
        colour = ("#b71c1c", "#b26a00", "#8d6e00", "#1b5e20")[score]
        mismatch = self.password2.text() and self.password2.text() != self.password.text()
        if mismatch:
            hint += " " + _tr("first_run", "Hai lần nhập mật khẩu chưa giống nhau.")
        label = _tr("first_run", "Độ mạnh mật khẩu:")
        self.strength.setText(f"<span style='color:{colour}'>{label} {hint}</span>")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return (bool(self.username.text().strip()) and bool(self.full_name.text().strip())
                and password_strength(self.password.text())[0] > 0
                and self.password.text() == self.password2.text() and not self.wiz.creating)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.wiz.registry is not None:
            return True
        self.wiz.create(self)
        return self.wiz.registry is not None  # True at once only when tasks run synchronously

    def show_error(self, exc) -> None:
        self.error.set_state(error_text(exc), "fail")
        self.error.show()


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
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
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmGroup")
        self.stored = QCheckBox(_tr("first_run", "Tôi đã in hoặc chép mã khôi phục và cất ở nơi an toàn."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.stored)
        self.confirm.textChanged.connect(self.completeChanged)
        self.stored.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.code.setText(self.wiz.recovery_code or "")
        fingerprint = getattr(self.wiz.registry, "root_fingerprint", "") if self.wiz.registry else ""
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

    def print_code(self) -> None:
        from app.ui.qt import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            doc = QTextDocument()
            doc.setHtml(_tr("first_run", "<h2>Sổ Mật — mã khôi phục</h2><p>Cơ quan: {agency}</p><p>Tệp sổ: {path}</p>"
                            "<h1 style='font-family:monospace'>{code}</h1><p>Ngày tạo: {day}</p>"
                            "<p>Cất giữ như tài liệu mật. Chỉ người đứng đầu cơ quan được sử dụng.</p>").format(
                agency=self.wiz.field("agency"), path=self.wiz.path.name, code=self.wiz.recovery_code,
                day=dt.date.today().strftime("%d/%m/%Y")) + _tr(
                "first_run", "<p>Dấu vân tay khóa gốc (để kiểm tra nhật ký kiểm toán bằng «somat audit verify "
                "--root-key»):</p><p style='font-family:monospace'>{fingerprint}</p>").format(
                fingerprint=getattr(self.wiz.registry, "root_fingerprint", "") if self.wiz.registry else ""))
            doc.print_(printer)


class MachinePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(_tr("first_run", "Máy tính này"))
        self.setSubTitle(_tr("first_run", "Máy soạn thảo BMNN phải được kiểm tra và dán tem an toàn an ninh thông tin. Có thể "
                             "bổ sung sau ở trang «Máy tính & USB»."))
        self.name = QLineEdit(socket.gethostname())
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(_tr("first_run", "Số in trên tem"))
        self.inspected = QDateEdit(QDate.currentDate())
        self.inspected.setCalendarPopup(True)
        self.inspected.setDisplayFormat("dd/MM/yyyy")
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(_tr("first_run", "Ví dụ: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"))
        self.location = QLineEdit()
        self.identity = QLabel(local_machine_id() or _tr("first_run", "(không đọc được)"))
        self.identity.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(_tr("first_run", "Tên máy:"), self.name)
        form.addRow(_tr("first_run", "Số tem an toàn:"), self.tag)
        form.addRow(_tr("first_run", "Ngày kiểm tra:"), self.inspected)
        form.addRow(_tr("first_run", "Đơn vị kiểm tra:"), self.unit)
        form.addRow(_tr("first_run", "Vị trí đặt máy:"), self.location)
        form.addRow(_tr("first_run", "Mã định danh máy:"), self.identity)

    def values(self) -> dict:
        return {"name": self.name.text().strip() or socket.gethostname(),
                "tag_number": self.tag.text().strip() or None,
                "inspected_on": self.inspected.date().toPython() if self.tag.text().strip() else None,
                "inspecting_unit": self.unit.text().strip() or None,
                "location": self.location.text().strip() or None,
                "machine_id": local_machine_id()}


class UsbPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(_tr("first_run", "USB an toàn được phép dùng"))
        self.setSubTitle(_tr("first_run", "Cắm các USB an toàn đã được cấp, bấm «Làm mới» và đánh dấu từng chiếc. USB không có "
                             "trong danh sách sẽ làm máy không đạt khi kiểm tra."))
        self.list = QListWidget()
        self.refresh_button = QPushButton(_tr("first_run", "Làm mới"))
        self.refresh_button.clicked.connect(self.refresh)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = Banner("", "fail")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.drives: list = []

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.refresh()

    def refresh(self) -> None:
        self.wiz.tasks.run(self.wiz.usb_lister, self._listed, self._failed)

    def _listed(self, drives) -> None:
        self.drives = list(drives)
        self.list.clear()
        for d in self.drives:
            item = QListWidgetItem(d.describe())
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.list.addItem(item)
        self.note.setText(_tr("first_run", "Không thấy USB nào đang cắm.") if not self.drives
                          else _tr("first_run", "Đang cắm {n} USB.").format(n=len(self.drives)))

    def _failed(self, exc) -> None:
        self.note.setText(_tr("first_run", "Không đọc được danh sách USB đang cắm: {e}").format(e=error_text(exc)))

    def selected(self) -> list:
        return [d for i, d in enumerate(self.drives) if self.list.item(i).checkState() == Qt.Checked]

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.wiz.machine_saved:
            return True
        self.wiz.save_machine(self)
        return self.wiz.machine_saved


class FirstRunWizard(QWizard):
    def __init__(self, tasks, path: Path, parent=None, *, creator=None, usb_lister=None, machine_saver=None):
        super().__init__(parent)
        from app import __version__

        self.tasks, self.path = tasks, Path(path)
        self.creator = creator or _default_creator
        self.usb_lister = usb_lister or _list_usb
        self.machine_saver = machine_saver or _save_machine
        self.registry = None
        self.recovery_code: str | None = None
        self.creating = False
        self.machine_saved = False
        self.setWindowTitle(_tr("first_run", "Sổ Mật {version} — thiết lập lần đầu").format(version=__version__))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setMinimumSize(720, 520)
        self.setButtonText(QWizard.NextButton, _tr("first_run", "Tiếp >"))
        self.setButtonText(QWizard.BackButton, _tr("first_run", "< Quay lại"))
        self.setButtonText(QWizard.FinishButton, _tr("first_run", "Hoàn tất"))
        self.setButtonText(QWizard.CancelButton, _tr("first_run", "Hủy"))
        self.agency_page = AgencyPage()
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage(self)
        self.machine_page = MachinePage()
        self.usb_page = UsbPage(self)
        for page in (self.agency_page, self.admin_page, self.recovery_page, self.machine_page, self.usb_page):
            self.addPage(page)

    def create(self, page: AdminPage) -> None:
        a = self.agency_page
        kwargs = dict(agency_name=a.agency.text().strip(), superior_body=a.superior.text().strip() or None,
                      admin_username=page.username.text().strip(), admin_full_name=page.full_name.text().strip(),
                      password=page.password.text(), place=a.place.text().strip() or None,
                      unit_level=a.level.currentData())
        self.creating = True
        page.completeChanged.emit()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tasks.run(lambda: self.creator(self.path, **kwargs), self._created,
                       lambda exc: self._create_failed(page, exc),
                       label=_tr("first_run", "Đang tạo sổ mã hóa…"), parent=self)

    def _created(self, result) -> None:
        self.registry, self.recovery_code = result
        self.creating = False
        self.tasks.session_factory = self.registry.begin
        if self.currentPage() is self.admin_page and not self.tasks.synchronous:
            self.next()

    def _create_failed(self, page: AdminPage, exc) -> None:
        self.creating = False
        page.show_error(exc)
        page.completeChanged.emit()

    def save_machine(self, page: UsbPage) -> None:
        machine, usbs = self.machine_page.values(), page.selected()
        actor = self.registry.actor

        def done(_r):
            self.machine_saved = True
            if self.currentPage() is page and not self.tasks.synchronous:
                self.next()

        def failed(exc):
            page.error.set_state(error_text(exc) + " " + _tr("first_run", "Có thể bổ sung sau ở trang «Máy tính & USB»."),
                                 "fail")
            page.error.show()
            self.machine_saved = True  # the registry exists; machine data can be entered later

        self.tasks.run_db(lambda s: self.machine_saver(s, actor, machine, usbs), done, failed)

    def reject(self) -> None:  # noqa: D401 - Qt API
        if self.registry is not None and self.currentPage() is self.recovery_page and not self.recovery_page.isComplete():
            from app.ui.widgets.messages import confirm_danger

            if not confirm_danger(self, _tr("first_run", "Đóng khi chưa xác nhận mã khôi phục?"),
                                  _tr("first_run", "Mã khôi phục sẽ không bao giờ hiện lại. Nếu quên mật khẩu quản trị mà "
                                      "không có mã này, sổ không thể mở được nữa."), yes_text=_tr("first_run", "Vẫn đóng")):
                return
        super().reject()
