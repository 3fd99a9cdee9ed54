"""Máy tính & USB: drafting machines (tag number, inspection, identity), approved USB drives (add
from the drives plugged in now), and the history of hardware check runs."""
from __future__ import annotations

import json
import logging
import socket


from app.ui.lifetime import subscribe
from app.ui.machine_status import local_machine_id
from app.ui.qt import (
    QAbstractItemView, QCoreApplication, QDate, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, Qt, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)
from app.ui.widgets.messages import confirm_danger, error_text, show_error

log = logging.getLogger(__name__)


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def _date(d) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def load_devices(session) -> dict:
    from app.services.screen_queries import devices_overview

    return devices_overview(session)


def _fill(table: QTableWidget, rows: list[list[str]], ids: list | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if ids is not None:
                item.setData(Qt.UserRole, ids[r])
            table.setItem(r, c, item)


def _table(headers: list[str], stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
    return t


class MachineDialog(QDialog):
    def __init__(self, parent=None, machine=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("machines", "Sửa thông tin máy") if machine else _tr("machines", "Đăng ký máy này"))
        self.name = QLineEdit(machine.name if machine else socket.gethostname())
        self.tag = QLineEdit(machine.tag_number or "" if machine else "")
        self.inspected = QDateEdit(QDate(machine.inspected_on) if machine and machine.inspected_on
                                   else QDate.currentDate())
        self.inspected.setCalendarPopup(True)
        self.inspected.setDisplayFormat("dd/MM/yyyy")
        self.unit = QLineEdit(machine.inspecting_unit or "" if machine else "")
        self.location = QLineEdit(machine.location or "" if machine else "")
        self.identity = machine.machine_id if machine else local_machine_id()
        form = QFormLayout(self)
        form.addRow(_tr("machines", "Tên máy:"), self.name)
        form.addRow(_tr("machines", "Số tem an toàn:"), self.tag)
        form.addRow(_tr("machines", "Ngày kiểm tra:"), self.inspected)
        form.addRow(_tr("machines", "Đơn vị kiểm tra:"), self.unit)
        form.addRow(_tr("machines", "Vị trí đặt máy:"), self.location)
        form.addRow(_tr("machines", "Mã định danh máy:"), QLabel(self.identity or _tr("machines", "(không đọc được)")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(_tr("machines", "Lưu"))
        buttons.button(QDialogButtonBox.Cancel).setText(_tr("machines", "Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "tag_number": self.tag.text().strip() or None,
                "inspected_on": self.inspected.date().toPython(), "inspecting_unit": self.unit.text().strip() or None,
                "location": self.location.text().strip() or None, "machine_id": self.identity}


class UsbPickDialog(QDialog):
    """Pick drives from the ones plugged in now."""

    def __init__(self, drives, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("machines", "Thêm USB an toàn từ các USB đang cắm"))
        self.drives = list(drives)
        self.list = QListWidget()
        for d in self.drives:
            item = QListWidgetItem(d.describe() if hasattr(d, "describe") else str(d))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.list.addItem(item)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(_tr("machines", "Ví dụ: Quyết định cấp số 12/QĐ-BCY ngày 05/3/2025"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("machines", "Đánh dấu USB an toàn được cấp cho cơ quan:") if self.drives
                                else _tr("machines", "Không thấy USB nào đang cắm. Cắm USB an toàn rồi mở lại hộp thoại này.")))
        layout.addWidget(self.list)
        form = QFormLayout()
        form.addRow(_tr("machines", "Quyết định cấp:"), self.decision)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(_tr("machines", "Thêm vào danh sách"))
        buttons.button(QDialogButtonBox.Cancel).setText(_tr("machines", "Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selected(self) -> list:
        return [d for i, d in enumerate(self.drives) if self.list.item(i).checkState() == Qt.Checked]


def _list_usb():
    from app.hwcheck.usb_now import list_usb_storage

    return list_usb_storage()


class MachinesPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None, *, usb_lister=None):
        super().__init__(parent)
        self.ctx = ctx
        self.usb_lister = usb_lister or _list_usb
        self.data: dict = {}

        self.machines = _table([_tr("machines", "Tên máy"), _tr("machines", "Số tem"), _tr("machines", "Ngày kiểm tra"), _tr("machines", "Đơn vị kiểm tra"),
                                _tr("machines", "Mã định danh"), _tr("machines", "Vị trí"), _tr("machines", "Trạng thái")], 3)
        self.machines.setObjectName("machinesTable")
        add_machine = QPushButton(_tr("machines", "Đăng ký máy này…"))
        add_machine.clicked.connect(self.add_machine)
        edit_machine = QPushButton(_tr("machines", "Sửa…"))
        edit_machine.clicked.connect(self.edit_machine)
        m_tab = QWidget()
        ml = QVBoxLayout(m_tab)
        ml.addWidget(self.machines)
        ml.addLayout(self._buttons(add_machine, edit_machine))

        self.usbs = _table([_tr("machines", "Hãng"), _tr("machines", "Sản phẩm"), _tr("machines", "Mã hãng:sản phẩm"), _tr("machines", "Số sê-ri"),
                            _tr("machines", "Người giữ"), _tr("machines", "Quyết định cấp"), _tr("machines", "Trạng thái")], 5)
        self.usbs.setObjectName("usbTable")
        add_usb = QPushButton(_tr("machines", "Thêm từ USB đang cắm…"))
        add_usb.clicked.connect(self.add_usb)
        revoke = QPushButton(_tr("machines", "Thu hồi…"))
        revoke.clicked.connect(self.revoke_usb)
        u_tab = QWidget()
        ul = QVBoxLayout(u_tab)
        ul.addWidget(self.usbs)
        ul.addLayout(self._buttons(add_usb, revoke))

        self.runs = _table([_tr("machines", "Thời điểm"), _tr("machines", "Máy"), _tr("machines", "Kết quả"), _tr("machines", "Vi phạm"), _tr("machines", "Mục đích"),
                            _tr("machines", "Mã băm bằng chứng (SHA-256)")], 5)
        self.runs.setObjectName("runsTable")

        self.tabs = QTabWidget()
        self.tabs.addTab(m_tab, _tr("machines", "Máy soạn thảo"))
        self.tabs.addTab(u_tab, _tr("machines", "USB an toàn"))
        self.print_run_button = QPushButton(_tr("machines", "In biên bản kiểm tra…"))
        self.print_run_button.setObjectName("print_run_button")
        self.print_run_button.clicked.connect(self.print_run)
        self.print_run_button.setEnabled(False)  # until a check run is selected
        self.runs.itemSelectionChanged.connect(
            lambda: self.print_run_button.setEnabled(self._selected_id(self.runs) is not None))
        r_tab = QWidget()
        rl = QVBoxLayout(r_tab)
        rl.addWidget(self.runs)
        rl.addLayout(self._buttons(self.print_run_button))
        self.tabs.addTab(r_tab, _tr("machines", "Lịch sử kiểm tra"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("machines", "<h2>Máy tính &amp; USB</h2>Máy soạn thảo BMNN phải được kiểm tra, dán tem an toàn; "
                                    "chỉ dùng USB an toàn được cấp.")))
        layout.addWidget(self.tabs, 1)
        subscribe(ctx.signals.data_changed, self, self._changed)
        self.reload()

    @staticmethod
    def _buttons(*buttons) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        return row

    def _changed(self, entity: str) -> None:
        if entity in ("machine", "usb", "check_run", "approved_usb"):
            self.reload()

    def reload(self) -> None:
        if self.ctx.registry is not None:
            self.ctx.tasks.run_db(load_devices, self.show_data, lambda exc: show_error(self, exc))

    def show_data(self, data: dict) -> None:
        self.data = data
        ms = data["machines"]
        _fill(self.machines, [[m.name, m.tag_number or _tr("machines", "(chưa có tem)"), _date(m.inspected_on),
                               m.inspecting_unit or "", (m.machine_id or m.dmi_uuid or "")[:12],
                               m.location or "", _tr("machines", "Đang dùng") if m.active else _tr("machines", "Đã thôi dùng")]
                              for m in ms], [m.id for m in ms])
        us = data["usbs"]
        _fill(self.usbs, [[u.vendor or "", u.product or "", f"{u.vendor_id}:{u.product_id}", u.serial,
                           holder or "", u.allocation_decision or "",
                           _tr("machines", "Được phép") if u.active else _tr("machines", "Đã thu hồi")] for u, holder in us],
              [u.id for u, _h in us])
        names = data["machine_names"]
        rows = []
        for r in data["runs"]:
            try:
                n = sum(1 for f in json.loads(r.findings_json) if f.get("severity") == "block")
            except (ValueError, AttributeError):
                n = 0
            rows.append([r.checked_at.strftime("%d/%m/%Y %H:%M") if r.checked_at else "", names.get(r.machine_id, ""),
                         _tr("machines", "Đạt") if r.verdict == "pass" else _tr("machines", "Không đạt"), str(n),
                         {"tu_kiem_tra": _tr("machines", "Tự kiểm tra"), "kiem_tra": _tr("machines", "Kiểm tra"),
                          "soan_thao": _tr("machines", "Trước khi soạn thảo")}.get(r.purpose, r.purpose), r.evidence_sha256])
        _fill(self.runs, rows, [r.id for r in data["runs"]])

    # -- actions -----------------------------------------------------------------------------
    def print_run(self) -> None:
        """The biên bản kiểm tra máy tính of the selected check run, in the print preview."""
        from app.services import papers
        from app.ui.dialogs.print_preview_dialog import preview

        run_id = self._selected_id(self.runs)
        if run_id is None:
            return
        pack = self.ctx.pack
        preview(self.ctx, _tr("machines", "Biên bản kiểm tra máy tính"),
                lambda s: papers.inspection_record_pdf(s, run_id, pack), self)

    def _selected_id(self, table: QTableWidget):
        items = table.selectedItems()
        return items[0].data(Qt.UserRole) if items else None

    def _write(self, fn, entity: str, success=None) -> None:
        actor = self.ctx.actor

        def done(_r):
            self.ctx.signals.data_changed.emit(entity)
            if success:
                success()

        self.ctx.tasks.run_db(lambda s: fn(s, actor), done, lambda exc: show_error(self, exc))

    def add_machine(self) -> None:
        dlg = MachineDialog(self)
        if dlg.exec():
            values = dlg.values()
            from app.services import devices
            self._write(lambda s, actor: devices.register_machine(s, actor, devices.MachineInput(**values)), "machine")

    def edit_machine(self) -> None:
        mid = self._selected_id(self.machines)
        machine = next((m for m in self.data.get("machines", []) if m.id == mid), None)
        if machine is None:
            show_error(self, _tr("machines", "Chưa chọn máy nào."), _tr("machines", "Bấm vào một dòng trong bảng rồi bấm «Sửa…»."))
            return
        dlg = MachineDialog(self, machine)
        if dlg.exec():
            values = dlg.values()
            from app.services import devices
            self._write(lambda s, actor: devices.update_machine(s, actor, mid, devices.MachineInput(**values)), "machine")

    def add_usb(self) -> None:
        self.ctx.tasks.run(self.usb_lister, self._pick_usb, lambda exc: show_error(
            self, _tr("machines", "Không đọc được danh sách USB đang cắm: {e}").format(e=error_text(exc))))

    def _pick_usb(self, drives) -> None:
        dlg = UsbPickDialog(drives, self)
        if not dlg.exec() or not dlg.selected():
            return
        chosen, decision = dlg.selected(), dlg.decision.text().strip() or None
        from app.services import devices

        def write(s, actor):
            for d in chosen:
                devices.approve_usb(s, actor, devices.UsbInput(
                    vendor_id=d.vendor_id or "", product_id=d.product_id or "", serial=d.serial or "",
                    vendor=d.vendor, product=d.model, capacity_bytes=d.size_bytes, allocation_decision=decision))
        self._write(write, "usb")

    def revoke_usb(self) -> None:
        uid = self._selected_id(self.usbs)
        if uid is None:
            show_error(self, _tr("machines", "Chưa chọn USB nào."), _tr("machines", "Bấm vào một dòng trong bảng rồi bấm «Thu hồi…»."))
            return
        reason, ok = QInputDialog.getText(self, _tr("machines", "Thu hồi USB"), _tr("machines", "Lý do thu hồi (ghi vào nhật ký):"))
        if not ok:
            return
        if not reason.strip():
            show_error(self, _tr("machines", "Cần ghi lý do thu hồi USB."), _tr("machines", "Ví dụ: hỏng, mất, trả lại Ban Cơ yếu."))
            return
        if not confirm_danger(self, _tr("machines", "Thu hồi USB này?"),
                              _tr("machines", "USB sẽ không còn được phép dùng trên máy soạn thảo: nếu còn cắm, lần kiểm tra sau "
                                  "máy sẽ không đạt. Việc thu hồi được ghi vào nhật ký.")):
            return
        from app.services import devices
        self._write(lambda s, actor: devices.revoke_usb(s, actor, uid, reason.strip()), "usb")
