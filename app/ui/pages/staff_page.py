"""Nhân sự: people who hold BMNN, their assignments (chuyên trách / kiêm nhiệm), commitments, handover."""
from __future__ import annotations

import datetime as dt

from app.ui.lifetime import subscribe
from app.ui.dialogs.action_dialog import Action, ActionDialog, ActionField
from app.ui.dialogs.field_form import DateField
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.models.vocabulary import ROLE_NAMES, code_choices, code_name, role_name
from app.ui.qt import (
    QCheckBox, QComboBox, QCoreApplication, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import error_text
from app.ui.widgets.table_setup import rows_table

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


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
            "assignment": ", ".join(f"{code_name(people.ASSIGNMENT_KINDS.get(a.kind, a.kind))} ({a.decision_number})"
                                    for a in current),
            "commitment": _tr("staff", "Chưa ký") if u.id in missing else (_tr("staff", "Đã ký") if current else ""),
            "held_items": [_held_line(d) for d in handover.items_held_by(session, u.id)],
        })
        rows[-1]["held"] = len(rows[-1]["held_items"])
    rows.sort(key=lambda r: textnorm.sort_key(r["full_name"]))
    return rows


def _held_line(doc) -> str:
    """One held item, without its summary (a Tuyệt mật one may not be shown)."""
    from app.services.search import level_label

    book = _tr("staff", "Sổ đến") if doc.book == "den" else _tr("staff", "Sổ đi")
    return _tr("staff", "{book} số {number}/{year} — {reference} — {level}").format(
        book=book, number=doc.number, year=doc.year, reference=doc.so_ky_hieu or _tr("staff", "không số"),
        level=_tr("levels", level_label(doc.do_mat, doc.regime)))


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
        layout.addWidget(QLabel(_tr("staff", "<h2>Nhân sự bảo vệ bí mật nhà nước</h2>")))
        row = QHBoxLayout()
        self.add_button = QPushButton(_tr("staff", "Thêm người…"))
        self.assign_button = QPushButton(_tr("staff", "Phân công…"))
        self.commit_button = QPushButton(_tr("staff", "Ghi cam kết…"))
        self.handover_button = QPushButton(_tr("staff", "Bàn giao khi thôi nhiệm vụ…"))
        for b in (self.add_button, self.assign_button, self.commit_button, self.handover_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = RowsTableModel([
            Column(_tr("staff", "Họ và tên"), "full_name"), Column(_tr("staff", "Chức vụ"), "position"),
            Column(_tr("staff", "Thẩm quyền"), lambda r: titles.get(r["title_code"], r["title_code"] or "")),
            Column(_tr("staff", "Vai trò"), lambda r: role_name(r["role"])),
            Column(_tr("staff", "Phân công"), "assignment"), Column(_tr("staff", "Cam kết"), "commitment"),
            Column(_tr("staff", "Đang giữ"), "held", align_right=True),
            Column(_tr("staff", "Tình trạng"),
                   lambda r: _tr("staff", "Đang công tác") if r["active"] else _tr("staff", "Đã thôi")),
        ], parent=self)
        self.table = rows_table(self.model, 2)
        layout.addWidget(self.table, 1)
        self.held_title = QLabel(_tr("staff", "Chọn một người để xem tài liệu BMNN người đó đang giữ."))
        self.held_list = QListWidget()
        self.held_list.setObjectName("held_items")
        self.held_list.setMaximumHeight(140)
        layout.addWidget(self.held_title)
        layout.addWidget(self.held_list)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_held())
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self.start("add"))
        self.assign_button.clicked.connect(lambda: self.start("assign"))
        self.commit_button.clicked.connect(lambda: self.start("commit"))
        self.handover_button.clicked.connect(self.start_handover)
        subscribe(ctx.signals.data_changed, self, lambda e: e in ("user", "handover", "document") and self.reload())
        self.reload()

    def reload(self) -> None:
        self.ctx.tasks.run_db(load_people, self._show, lambda exc: self.message.setText(error_text(exc)))

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        self._show_held()
        self.loaded.emit(len(rows))

    def _show_held(self) -> None:
        """What the selected person holds (giao xử lý, or taken out of storage): what a handover will move."""
        person = self.current()
        self.held_list.clear()
        if person is None:
            self.held_title.setText(_tr("staff", "Chọn một người để xem tài liệu BMNN người đó đang giữ."))
            return
        items = person.get("held_items") or []
        self.held_title.setText(_tr("staff", "{name} đang giữ {n} tài liệu BMNN:").format(
            name=person["full_name"], n=len(items)) if items else
            _tr("staff", "{name} không giữ tài liệu BMNN nào.").format(name=person["full_name"]))
        self.held_list.addItems(items)

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

        titles = [(_tr("staff", "— không có thẩm quyền cho phép sao, chụp —"), None)] + \
                 [(name, code) for code, name in self.ctx.pack.titles.items()]
        if key == "add":
            return Action(
                key="person_add", title=_tr("staff", "Thêm người quản lý, sử dụng BMNN"),
                consequence=_tr("staff", "Người mới xuất hiện trong danh sách chọn người giữ, người cho phép sao, "
                                         "chụp."),
                fields=[
                    ActionField("full_name", _tr("staff", "Họ và tên"), QLineEdit,
                                required=_tr("staff", "Ghi họ và tên.")),
                    ActionField("username", _tr("staff", "Tên đăng nhập"), QLineEdit,
                                required=_tr("staff", "Ghi tên đăng nhập (không dấu).")),
                    ActionField("position", _tr("staff", "Chức vụ"), QLineEdit),
                    ActionField("title_code", _tr("staff", "Thẩm quyền theo quy định"), _combo(titles)),
                    ActionField("role", _tr("staff", "Vai trò trong chương trình"), _combo([(role_name(c), c) for c in ROLE_NAMES])),
                    ActionField("is_head", _tr("staff", "Người đứng đầu cơ quan"),
                                lambda: QCheckBox(_tr("staff", "Có"))),
                ],
                call=lambda s, actor, v: people.add_user(
                    s, actor, username=v["username"], full_name=v["full_name"], role=v["role"],
                    position=v.get("position"), title_code=v.get("title_code"), is_head=bool(v.get("is_head"))).id,
                entity="user", submit_text=_tr("staff", "Thêm"))
        if key == "assign":
            return Action(
                key="assign", title=_tr("staff", "Phân công {name}").format(name=person["full_name"]),
                consequence=_tr("staff", "Ghi quyết định phân công {name} làm nhiệm vụ bảo vệ BMNN.").format(
                    name=person["full_name"]),
                fields=[
                    ActionField("kind", _tr("staff", "Hình thức"), _combo(code_choices(people.ASSIGNMENT_KINDS))),
                    ActionField("decision_number", _tr("staff", "Số quyết định"), QLineEdit,
                                required=_tr("staff", "Ghi số quyết định phân công.")),
                    ActionField("decision_date", _tr("staff", "Ngày quyết định"), lambda: DateField(dt.date.today()),
                                required=_tr("staff", "Ghi ngày quyết định.")),
                    ActionField("start_on", _tr("staff", "Ngày bắt đầu"), DateField),
                    ActionField("duties", _tr("staff", "Nhiệm vụ"), QPlainTextEdit),
                ],
                call=lambda s, actor, v: people.assign_staff(
                    s, actor, person["id"], kind=v["kind"], decision_number=v["decision_number"],
                    decision_date=v["decision_date"], start_on=v.get("start_on"), duties=v.get("duties")).id,
                entity="user", submit_text=_tr("staff", "Ghi phân công"))
        return Action(
            key="commit", title=_tr("staff", "Cam kết bảo vệ BMNN — {name}").format(name=person["full_name"]),
            consequence=_tr("staff", "Ghi cam kết bảo vệ bí mật nhà nước. Chỉ ghi là đã ký khi có người xác nhận đã "
                                     "thấy bản giấy có chữ ký hoặc có số hiệu bản quét; nếu không, ghi là chưa ký."),
            fields=[
                ActionField("kind", _tr("staff", "Loại cam kết"), _combo(code_choices(people.COMMITMENT_KINDS))),
                ActionField("signed_on", _tr("staff", "Ngày ký"), lambda: DateField(dt.date.today()),
                            required=_tr("staff", "Ghi ngày ký.")),
                ActionField("paper_confirmed_by", _tr("staff", "Người xác nhận đã có bản ký"), QLineEdit),
                ActionField("paper_scan_ref", _tr("staff", "Số hiệu bản quét"), QLineEdit),
                ActionField("note", _tr("staff", "Ghi chú"), QLineEdit),
            ],
            call=lambda s, actor, v: people.record_commitment(
                s, actor, person["id"], kind=v["kind"], signed_on=v["signed_on"], note=v.get("note"),
                paper_confirmed_by=v.get("paper_confirmed_by"), paper_scan_ref=v.get("paper_scan_ref"),
                paper_confirmed_on=v["signed_on"] if v.get("paper_confirmed_by") else None).id,
            entity="user", submit_text=_tr("staff", "Ghi cam kết"))

    def start(self, key: str) -> ActionDialog | None:
        person = self.current()
        if key != "add" and person is None:
            self.message.setText(_tr("staff", "Chọn một người trong danh sách trước."))
            return None
        dialog = ActionDialog(self.ctx, self.action(key, person), self)
        if key == "commit":  # the commitment form to sign (or the record of the one signed), in the preview
            dialog.succeeded.connect(self.print_commitment)
        dialog.open()
        self._dialog = dialog
        return dialog

    def print_commitment(self, commitment_id: int) -> None:
        from app.services import papers
        from app.ui.dialogs.print_preview_dialog import preview

        preview(self.ctx, _tr("staff", "Bản cam kết bảo vệ bí mật nhà nước"),
                lambda s: papers.commitment_pdf(s, commitment_id), self)

    def start_handover(self):
        from app.ui.dialogs.handover_wizard import HandoverWizard

        person = self.current()
        if person is None:
            self.message.setText(_tr("staff", "Chọn người bàn giao trong danh sách trước."))
            return None
        choices = [(r["full_name"] + (f" — {r['position']}" if r["position"] else ""), r["id"])
                   for r in self.model.rows() if r["active"]]
        wizard = HandoverWizard(self.ctx, person, choices, self)
        wizard.handed_over.connect(self._print_record)
        wizard.open()
        self._dialog = wizard
        return wizard

    def _print_record(self, handover_id: int) -> None:
        """The handover record, followed by the leaving commitment when the person left (built by
        ``app.services.papers``, never composed here)."""
        from app.services import papers
        from app.ui.dialogs.print_preview_dialog import preview

        preview(self.ctx, _tr("staff", "Biên bản bàn giao BMNN"),
                lambda s: papers.handover_papers_pdf(s, handover_id), self)
