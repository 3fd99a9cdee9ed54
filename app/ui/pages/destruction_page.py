"""Tiêu hủy: proposal → council → council minutes → decision → biên bản tiêu hủy (Điều 23).

Proposals start from a document's detail ("Đề xuất tiêu hủy…"). Each stage here is one small form that
says what happens; recording the destruction and cancelling a proposal ask again (default "Không").
"Tiêu hủy khẩn cấp…" destroys documents held at once (written report required), also asking again.
Destroyed items stay in the registry and in the audit log forever.
"""
from __future__ import annotations

import datetime as dt

from app.ui.lifetime import subscribe
from app.ui.dialogs.action_dialog import Action, ActionDialog, ActionField
from app.ui.dialogs.field_form import DateField
from app.ui.models.formatting import level_name
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.models.vocabulary import code_name
from app.ui.qt import (
    QT_TRANSLATE_NOOP, QCoreApplication, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget, Signal,
)
from app.services.errors import ValidationError
from app.ui.widgets.messages import error_text
from app.ui.widgets.table_setup import rows_table

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

# What the clerk types as a member's role (folded: no diacritics), Vietnamese or English.
MEMBER_ROLES = {"chu tich": "chu_tich", "nguoi quan ly": "nguoi_quan_ly", "thanh vien": "thanh_vien",
                "chair": "chu_tich", "custodian": "nguoi_quan_ly", "member": "thanh_vien"}


EMERGENCY_INTRO = QT_TRANSLATE_NOOP("destruction", "Tiêu hủy khẩn cấp chỉ dùng khi không thể giữ tài liệu an toàn và "
                                                   "để lại sẽ gây lộ, mất bí mật nhà nước. Tài liệu được ghi là đã "
                                                   "tiêu hủy ngay, không qua hội đồng; phải có văn bản báo cáo ngay "
                                                   "người có thẩm quyền.")


def parse_members(text: str | None) -> list:
    """One member per line: "Họ tên; chức vụ; vai trò" (vai trò: chủ tịch / người quản lý / thành viên)."""
    from app import textnorm
    from app.services.destruction import MemberInput

    members = []
    for n, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(";")]
        role = MEMBER_ROLES.get(textnorm.fold(parts[2]) if len(parts) > 2 else "thanh vien")
        if role is None:
            raise ValidationError(_tr("destruction", "Dòng {n}: vai trò phải là chủ tịch, người quản lý hoặc thành "
                                                     "viên.").format(n=n), field="members")
        members.append(MemberInput(full_name=parts[0], role=role, position=parts[1] if len(parts) > 1 else None))
    return members


def stage_label(case) -> str:
    """The stage of a destruction case on screen ("Đã lập hội đồng", "… (khẩn cấp)")."""
    from app.services.destruction import STAGE_NAMES

    name = code_name(STAGE_NAMES.get(case.stage, case.stage))
    return name + (_tr("destruction", " (khẩn cấp)") if getattr(case, "emergency", False) else "")


def _long():
    w = QPlainTextEdit()
    w.setFixedHeight(80)
    return w


class DestructionPage(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("destruction", "<h2>Tiêu hủy tài liệu bí mật nhà nước</h2>")))
        hint = QLabel(_tr("destruction", "Đề xuất tiêu hủy bắt đầu từ trang chi tiết của tài liệu. Tài liệu đã tiêu "
                                         "hủy vẫn nằm trong sổ và nhật ký kiểm toán."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.buttons = {}
        for key, label in (("council", _tr("destruction", "Lập hội đồng…")),
                           ("minutes", _tr("destruction", "Ghi biên bản họp…")),
                           ("decide", _tr("destruction", "Ghi quyết định…")),
                           ("destroy", _tr("destruction", "Ghi biên bản tiêu hủy…")),
                           ("cancel", _tr("destruction", "Hủy đề xuất…")),
                           ("print", _tr("destruction", "In biên bản…"))):
            b = QPushButton(label)
            b.clicked.connect(lambda _c=False, k=key: self.start(k))
            row.addWidget(b)
            self.buttons[key] = b
        row.addStretch(1)
        self.emergency_button = QPushButton(_tr("destruction", "Tiêu hủy khẩn cấp…"))
        self.emergency_button.setObjectName("emergency_button")
        self.emergency_button.setToolTip(_tr("destruction", "Tiêu hủy ngay khi để lại sẽ gây lộ, mất bí mật nhà nước; "
                                                            "phải có văn bản báo cáo."))
        self.emergency_button.setStyleSheet("color:#b71c1c;")
        self.emergency_button.clicked.connect(lambda: self.start_emergency())
        row.addWidget(self.emergency_button)
        layout.addLayout(row)
        self.model = RowsTableModel([
            Column(_tr("destruction", "Hồ sơ"), "id", align_right=True),
            Column(_tr("destruction", "Ngày đề xuất"), "proposed_on"),
            Column(_tr("destruction", "Người đề xuất"), "proposed_by"),
            Column(_tr("destruction", "Giai đoạn"), stage_label),
            Column(_tr("destruction", "Số tài liệu"), "count", align_right=True),
            Column(_tr("destruction", "Tài liệu"), "items"), Column(_tr("destruction", "Lý do"), "reason"),
        ], parent=self)
        self.table = rows_table(self.model, (5, 6))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        subscribe(ctx.signals.data_changed, self, lambda e: e in ("destruction", "document") and self.reload())
        self.reload()

    def reload(self) -> None:
        from app.services.destruction import list_cases

        self.ctx.tasks.run_db(list_cases, self._show, lambda exc: self.message.setText(error_text(exc)))

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        self._enable()
        self.loaded.emit(len(rows))

    def current(self):
        """The selected ``destruction.CaseSummary``, or None."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        stage = getattr(self.current(), "stage", None)
        needed = {"council": "de_xuat", "minutes": "hoi_dong", "decide": "bien_ban_hop", "destroy": "quyet_dinh"}
        for key, button in self.buttons.items():
            if key in needed:
                button.setEnabled(stage == needed[key])
            elif key == "cancel":
                button.setEnabled(stage in ("de_xuat", "hoi_dong", "bien_ban_hop", "quyet_dinh"))
            else:
                button.setEnabled(stage == "da_tieu_huy")

    def action(self, key: str, case) -> Action:
        from app.services import destruction

        cid = case.id
        if key == "council":
            return Action(
                key="council", title=_tr("destruction", "Lập hội đồng tiêu hủy — hồ sơ {id}").format(id=cid),
                consequence=_tr("destruction", "Ghi quyết định thành lập hội đồng: chủ tịch là lãnh đạo cơ quan, có "
                                               "người trực tiếp quản lý tài liệu và các thành viên."),
                fields=[ActionField("council_decision", _tr("destruction", "Quyết định thành lập hội đồng"), QLineEdit,
                                    required=_tr("destruction", "Ghi số quyết định thành lập hội đồng.")),
                        ActionField("members", _tr("destruction", "Thành viên (mỗi dòng: Họ tên; chức vụ; vai trò)"),
                                    _long, required=_tr("destruction", "Ghi thành viên hội đồng."))],
                call=lambda s, actor, v: destruction.set_council(
                    s, actor, cid, council_decision=v["council_decision"], members=parse_members(v["members"])).id,
                entity="destruction", submit_text=_tr("destruction", "Ghi hội đồng"))
        if key == "minutes":
            return Action(
                key="minutes", title=_tr("destruction", "Biên bản họp hội đồng — hồ sơ {id}").format(id=cid),
                consequence=_tr("destruction", "Ghi ngày họp và kết luận của hội đồng tiêu hủy."),
                fields=[ActionField("minutes_on", _tr("destruction", "Ngày họp"), lambda: DateField(dt.date.today()),
                                    required=_tr("destruction", "Ghi ngày họp.")),
                        ActionField("summary", _tr("destruction", "Kết luận"), _long)],
                call=lambda s, actor, v: destruction.record_minutes(s, actor, cid, minutes_on=v["minutes_on"],
                                                                    summary=v.get("summary")).id,
                entity="destruction", submit_text=_tr("destruction", "Ghi biên bản họp"))
        if key == "decide":
            return Action(
                key="decide", title=_tr("destruction", "Quyết định tiêu hủy — hồ sơ {id}").format(id=cid),
                consequence=_tr("destruction", "Ghi quyết định tiêu hủy của người có thẩm quyền."),
                fields=[ActionField("decision_number", _tr("destruction", "Số quyết định"), QLineEdit,
                                    required=_tr("destruction", "Ghi số quyết định.")),
                        ActionField("decision_on", _tr("destruction", "Ngày quyết định"),
                                    lambda: DateField(dt.date.today()),
                                    required=_tr("destruction", "Ghi ngày quyết định.")),
                        ActionField("decided_by", _tr("destruction", "Người quyết định"), QLineEdit,
                                    required=_tr("destruction", "Ghi người quyết định."))],
                call=lambda s, actor, v: destruction.decide(s, actor, cid, decision_number=v["decision_number"],
                                                            decision_on=v["decision_on"], decided_by=v["decided_by"]).id,
                entity="destruction", submit_text=_tr("destruction", "Ghi quyết định"))
        if key == "destroy":
            return Action(
                key="destroy_record", title=_tr("destruction", "Biên bản tiêu hủy — hồ sơ {id}").format(id=cid),
                danger=True,
                consequence=_tr("destruction", "{n} tài liệu ({items}) chuyển sang tình trạng \"Đã tiêu hủy\". Dòng sổ "
                                "vẫn được giữ; việc này không hoàn tác được.").format(n=case.count, items=case.items),
                fields=[ActionField("destroyed_on", _tr("destruction", "Ngày tiêu hủy"),
                                    lambda: DateField(dt.date.today()),
                                    required=_tr("destruction", "Ghi ngày tiêu hủy.")),
                        ActionField("method", _tr("destruction", "Hình thức tiêu hủy"), QLineEdit,
                                    required=_tr("destruction", "Ghi hình thức tiêu hủy.")),
                        ActionField("at", _tr("destruction", "Giờ bắt đầu (giờ:phút)"), QLineEdit),
                        ActionField("place", _tr("destruction", "Địa điểm"), QLineEdit),
                        ActionField("record_number", _tr("destruction", "Số biên bản tiêu hủy"), QLineEdit,
                                    required=_tr("destruction", "Ghi số biên bản tiêu hủy."))],
                call=lambda s, actor, v: destruction.record_destruction(
                    s, actor, cid, destroyed_on=v["destroyed_on"], method=v["method"], place=v.get("place"),
                    record_number=v["record_number"], at=v.get("at")).id,
                entity="destruction", submit_text=_tr("destruction", "Ghi biên bản tiêu hủy"))
        return Action(
            key="cancel_proposal", title=_tr("destruction", "Hủy đề xuất tiêu hủy — hồ sơ {id}").format(id=cid),
            danger=True,
            consequence=_tr("destruction", "Đề xuất này dừng lại; tài liệu tiếp tục được quản lý như trước."),
            fields=[ActionField("reason", _tr("destruction", "Lý do"), _long,
                                required=_tr("destruction", "Ghi lý do hủy đề xuất."))],
            call=lambda s, actor, v: destruction.cancel_proposal(s, actor, cid, v["reason"]).id,
            entity="destruction", submit_text=_tr("destruction", "Hủy đề xuất"))

    # -- emergency destruction ------------------------------------------------------------------------------
    def start_emergency(self, on_open=None) -> None:
        """Load the documents that may be destroyed, then open the emergency form (``on_open(dialog)``)."""
        from app.services.destruction import destroyable_documents

        def loaded(rows):
            dialog = ActionDialog(self.ctx, self.emergency_action(rows), self)
            dialog.succeeded.connect(self.print_record)
            dialog.open()
            self._dialog = dialog
            if on_open:
                on_open(dialog)

        self.ctx.tasks.run_db(destroyable_documents, loaded, lambda exc: self.message.setText(error_text(exc)))

    def emergency_action(self, rows) -> Action:
        from app.services import destruction
        from app.ui.dialogs.document_picker import DocumentPicker

        pack = self.ctx.pack
        picker = DocumentPicker(rows, lambda r: _tr("destruction", "{ref} — {level} — người giữ: {holder}").format(
            ref=r.reference, level=level_name(pack, r.do_mat), holder=r.holder or _tr("destruction", "chưa giao"))
            + (f", {r.storage_place}" if r.storage_place else ""))

        def consequence(values) -> str:
            refs = picker.references()
            if not refs:
                return _tr("destruction", EMERGENCY_INTRO)
            report = values.get("report_ref") or _tr("destruction", "(chưa ghi)")
            return _tr("destruction", "{n} tài liệu chuyển ngay sang tình trạng \"Đã tiêu hủy\" mà không qua hội đồng "
                                      "và quyết định tiêu hủy: {refs}. Văn bản báo cáo: {report}. Dòng sổ và nhật ký "
                                      "vẫn được giữ; việc này không hoàn tác được.").format(
                n=len(refs), refs="; ".join(refs), report=report)

        return Action(
            key="emergency_destruction", title=_tr("destruction", "Tiêu hủy khẩn cấp tài liệu bí mật nhà nước"),
            danger=True,
            consequence=consequence,
            fields=[ActionField("report_ref", _tr("destruction", "Văn bản báo cáo (số, ngày)"), QLineEdit,
                                hint=_tr("destruction", "Văn bản báo cáo ngay người có thẩm quyền về việc tiêu hủy "
                                                        "khẩn cấp."),
                                required=_tr("destruction", "Ghi số, ngày văn bản báo cáo tiêu hủy khẩn cấp.")),
                    ActionField("reason", _tr("destruction", "Lý do (nguy cơ nếu không tiêu hủy)"), _long,
                                required=_tr("destruction", "Ghi lý do tiêu hủy khẩn cấp.")),
                    ActionField("document_ids", _tr("destruction", "Tài liệu tiêu hủy"), lambda: picker,
                                required=_tr("destruction", "Chọn ít nhất một tài liệu.")),
                    ActionField("destroyed_on", _tr("destruction", "Ngày tiêu hủy"), lambda: DateField(dt.date.today()),
                                required=_tr("destruction", "Ghi ngày tiêu hủy.")),
                    ActionField("destroyed_by", _tr("destruction", "Người tiêu hủy"), QLineEdit,
                                value=self.ctx.actor.full_name,
                                required=_tr("destruction", "Ghi người tiêu hủy.")),
                    ActionField("method", _tr("destruction", "Hình thức tiêu hủy"), QLineEdit),
                    ActionField("place", _tr("destruction", "Địa điểm"), QLineEdit),
                    ActionField("at", _tr("destruction", "Giờ tiêu hủy (giờ:phút)"), QLineEdit)],
            call=lambda s, actor, v: destruction.emergency_destruction(
                s, actor, v["document_ids"], destroyed_on=v["destroyed_on"], destroyed_by=v["destroyed_by"],
                reason=v["reason"], report_ref=v["report_ref"], method=v.get("method"), place=v.get("place"),
                at=v.get("at")).id,
            entity="destruction", submit_text=_tr("destruction", "Tiêu hủy khẩn cấp"))

    def print_record(self, case_id: int) -> None:
        """The biên bản tiêu hủy of case ``case_id`` in the print preview (``app.services.papers``)."""
        from app.services import papers
        from app.ui.dialogs.print_preview_dialog import preview

        pack = self.ctx.pack
        preview(self.ctx, _tr("destruction", "Biên bản tiêu hủy BMNN"),
                lambda s: papers.destruction_record_pdf(s, case_id, pack), self)

    def start(self, key: str):
        case = self.current()
        if case is None:
            self.message.setText(_tr("destruction", "Chọn một hồ sơ tiêu hủy trong danh sách trước."))
            return None
        if key == "print":
            self.print_record(case.id)
            return None
        dialog = ActionDialog(self.ctx, self.action(key, case), self)
        if key == "destroy":  # the record of what was just destroyed, ready to print
            dialog.succeeded.connect(self.print_record)
        dialog.open()
        self._dialog = dialog
        return dialog
