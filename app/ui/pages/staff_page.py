"""Nhân sự: people who hold BMNN, their assignments (chuyên trách / kiêm nhiệm), commitments, handover."""
from __future__ import annotations

import datetime as dt

from app.ui.dialogs.action_dialog import Action, ActionDialog, ActionField
from app.ui.dialogs.field_form import DateField
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.qt import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import error_text
from app.ui.widgets.table_setup import fit_columns

ROLE_NAMES = {"van_thu": "Văn thư", "can_bo_bao_mat": "Cán bộ bảo mật", "lanh_dao": "Lãnh đạo", "quan_tri": "Quản trị"}


def load_people(session) -> list[dict]:
    from app import textnorm
    from app.services import handover, people

    today = dt.date.today()
    missing = {u.id for u in people.missing_commitments(session)}
    rows = []
    for u in people.list_people(session, active_only=False):
        current = [a for a in u.assignments if a.start_on <= today and (a.end_on is None or a.end_on >= today)]
        rows.append({
            "id": u.id, "full_name": u.full_name, "position": u.position, "title_code": u.title_code,
            "role": u.role, "active": u.active,
            "assignment": ", ".join(people.ASSIGNMENT_KINDS.get(a.kind, a.kind) + f" ({a.decision_number})"
                                    for a in current),
            "commitment": "Chưa ký" if u.id in missing else ("Đã ký" if current else ""),
            "held": len(handover.items_held_by(session, u.id)),
        })
    rows.sort(key=lambda r: textnorm.sort_key(r["full_name"]))
    return rows


def _combo(items):
    def make():
        box = QComboBox()
        for label, data in items:
            box.addItem(label, data)
        return box
    return make


class StaffPage(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        titles = ctx.pack.titles
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Nhân sự bảo vệ bí mật nhà nước</h2>"))
        row = QHBoxLayout()
        self.add_button = QPushButton("Thêm người…")
        self.assign_button = QPushButton("Phân công…")
        self.commit_button = QPushButton("Ghi cam kết…")
        self.handover_button = QPushButton("Bàn giao khi thôi nhiệm vụ…")
        for b in (self.add_button, self.assign_button, self.commit_button, self.handover_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = RowsTableModel([
            Column("Họ và tên", "full_name"), Column("Chức vụ", "position"),
            Column("Thẩm quyền", lambda r: titles.get(r["title_code"], r["title_code"] or "")),
            Column("Vai trò", lambda r: ROLE_NAMES.get(r["role"], r["role"])),
            Column("Phân công", "assignment"), Column("Cam kết", "commitment"),
            Column("Đang giữ", "held", align_right=True),
            Column("Tình trạng", lambda r: "Đang công tác" if r["active"] else "Đã thôi"),
        ], parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        fit_columns(self.table, 2)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self.start("add"))
        self.assign_button.clicked.connect(lambda: self.start("assign"))
        self.commit_button.clicked.connect(lambda: self.start("commit"))
        self.handover_button.clicked.connect(self.start_handover)
        ctx.signals.data_changed.connect(lambda e: e in ("user", "handover", "document") and self.reload())
        self.reload()

    def reload(self) -> None:
        self.ctx.tasks.run_db(load_people, self._show, lambda exc: self.message.setText(error_text(exc)))

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        self.loaded.emit(len(rows))

    def current(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_person(self, user_id: int) -> None:
        for r, row in enumerate(self.model.rows()):
            if row["id"] == user_id:
                self.table.selectRow(r)

    # -- actions ---------------------------------------------------------------------------------------
    def action(self, key: str, person: dict | None) -> Action:
        from app.services import people

        titles = [("— không có thẩm quyền cho phép sao, chụp —", None)] + \
                 [(name, code) for code, name in self.ctx.pack.titles.items()]
        if key == "add":
            return Action(
                key="person_add", title="Thêm người quản lý, sử dụng BMNN",
                consequence="Người mới xuất hiện trong danh sách chọn người giữ, người cho phép sao, chụp.",
                fields=[
                    ActionField("full_name", "Họ và tên", QLineEdit, required="Ghi họ và tên."),
                    ActionField("username", "Tên đăng nhập", QLineEdit, required="Ghi tên đăng nhập (không dấu)."),
                    ActionField("position", "Chức vụ", QLineEdit),
                    ActionField("title_code", "Thẩm quyền theo quy định", _combo(titles)),
                    ActionField("role", "Vai trò trong chương trình", _combo([(n, c) for c, n in ROLE_NAMES.items()])),
                    ActionField("is_head", "Người đứng đầu cơ quan", lambda: QCheckBox("Có")),
                ],
                call=lambda s, actor, v: people.add_user(
                    s, actor, username=v["username"], full_name=v["full_name"], role=v["role"],
                    position=v.get("position"), title_code=v.get("title_code"), is_head=bool(v.get("is_head"))).id,
                entity="user", submit_text="Thêm")
        if key == "assign":
            return Action(
                key="assign", title=f"Phân công {person['full_name']}",
                consequence=f"Ghi quyết định phân công {person['full_name']} làm nhiệm vụ bảo vệ BMNN.",
                fields=[
                    ActionField("kind", "Hình thức", _combo([(n, c) for c, n in people.ASSIGNMENT_KINDS.items()])),
                    ActionField("decision_number", "Số quyết định", QLineEdit, required="Ghi số quyết định phân công."),
                    ActionField("decision_date", "Ngày quyết định", lambda: DateField(dt.date.today()),
                                required="Ghi ngày quyết định."),
                    ActionField("start_on", "Ngày bắt đầu", DateField),
                    ActionField("duties", "Nhiệm vụ", QPlainTextEdit),
                ],
                call=lambda s, actor, v: people.assign_staff(
                    s, actor, person["id"], kind=v["kind"], decision_number=v["decision_number"],
                    decision_date=v["decision_date"], start_on=v.get("start_on"), duties=v.get("duties")).id,
                entity="user", submit_text="Ghi phân công")
        return Action(
            key="commit", title=f"Cam kết bảo vệ BMNN — {person['full_name']}",
            consequence="Ghi việc ký cam kết bảo vệ bí mật nhà nước (bản giấy có chữ ký lưu hồ sơ).",
            fields=[
                ActionField("kind", "Loại cam kết", _combo([(n, c) for c, n in people.COMMITMENT_KINDS.items()])),
                ActionField("signed_on", "Ngày ký", lambda: DateField(dt.date.today()), required="Ghi ngày ký."),
                ActionField("note", "Ghi chú", QLineEdit),
            ],
            call=lambda s, actor, v: people.record_commitment(
                s, actor, person["id"], kind=v["kind"], signed_on=v["signed_on"], note=v.get("note")).id,
            entity="user", submit_text="Ghi cam kết")

    def start(self, key: str) -> ActionDialog | None:
        person = self.current()
        if key != "add" and person is None:
            self.message.setText("Chọn một người trong danh sách trước.")
            return None
        dialog = ActionDialog(self.ctx, self.action(key, person), self)
        dialog.open()
        self._dialog = dialog
        return dialog

    def start_handover(self):
        from app.ui.dialogs.handover_wizard import HandoverWizard

        person = self.current()
        if person is None:
            self.message.setText("Chọn người bàn giao trong danh sách trước.")
            return None
        choices = [(r["full_name"] + (f" — {r['position']}" if r["position"] else ""), r["id"])
                   for r in self.model.rows() if r["active"]]
        wizard = HandoverWizard(self.ctx, person, choices, self)
        wizard.handed_over.connect(self._print_record)
        wizard.open()
        self._dialog = wizard
        return wizard

    def _print_record(self, handover_id: int) -> None:
        from app.printing import records
        from app.services import printing_adapters
        from app.ui.dialogs.print_preview_dialog import audit_seal, preview

        pack = self.ctx.pack
        preview(self.ctx, "Biên bản bàn giao BMNN",
                lambda s: records.handover_record(pack, printing_adapters.handover_record(s, handover_id),
                                                  audit_seal(s)), self)
