"""One line of a register: its fields, its lifecycle timeline and every action on it.

The summary is shown only where the law allows it (``documents.display_summary``). Each action opens a
small form that states the consequence first; after it is written the detail reloads.
"""
from __future__ import annotations

from typing import Any

from app.ui.dialogs.action_dialog import ActionDialog
from app.ui.dialogs import lifecycle_actions as actions
from app.ui.models.formatting import WITHHELD, fmt_date, level_name, status_name, text, withheld
from app.ui.models.vocabulary import column_caption, column_label
from app.ui.qt import (
    QCoreApplication, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea, Qt, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def load_detail(session, doc_id: int) -> dict[str, Any]:
    """Everything the dialog shows, as plain values (no ORM object leaves the worker)."""
    from app.services import documents, lifecycle, transfers
    from app.ui.dialogs.document_form_dialog import _snapshot

    doc = documents.get_document(session, doc_id)
    data = _snapshot(doc)
    data["summary_shown"] = documents.display_summary(doc)
    data["describe"] = documents.describe(doc)
    data["holder"] = doc.holder.full_name if doc.holder is not None else None
    data["expires_on"] = doc.expires_on
    data["basis"] = doc.catalogue_item.citation() if doc.catalogue_item is not None else None
    data["timeline"] = [(e.on, e.kind, e.text) for e in documents.timeline(session, doc_id)]
    recalls = [t for t in transfers.open_recalls(session) if t.document_id == doc_id]
    data["open_transfer"] = ({"id": recalls[0].id, "recipient": recalls[0].recipient,
                              "recall_deadline": recalls[0].recall_deadline} if recalls else None)
    removal = lifecycle.open_removal(session, doc_id)
    data["open_removal"] = ({"id": removal.id, "out_on": removal.out_on, "due_back_on": removal.due_back_on}
                            if removal else None)
    data["people"] = actions.people_choices(session)
    return data


class DocumentDetailDialog(QDialog):
    loaded = Signal(object)
    action_done = Signal(str)  # action key

    def __init__(self, ctx, doc_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.doc_id = ctx, doc_id
        self.doc: dict[str, Any] | None = None
        self.setWindowTitle(_tr("document_detail", "Chi tiết tài liệu BMNN"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b00020;")
        layout.addWidget(self.message)

        body = QHBoxLayout()
        fields_box = QGroupBox(_tr("document_detail", "Dòng sổ"))
        fields_widget = QWidget()
        # a grid, not a form layout: a grid gives a row the height its wrapped caption *and* value need
        self.fields = QGridLayout(fields_widget)
        self.fields.setColumnStretch(1, 1)
        self.fields.setColumnMinimumWidth(0, 150)
        self.fields.setVerticalSpacing(6)
        self.fields.setAlignment(Qt.AlignTop)
        self.field_values: list[QLabel] = []
        scroll = QScrollArea()  # two-line values keep their height; the rows scroll instead of overlapping
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(fields_widget)
        QVBoxLayout(fields_box).addWidget(scroll)
        body.addWidget(fields_box, 3)
        time_box = QGroupBox(_tr("document_detail", "Diễn biến"))
        tl = QVBoxLayout(time_box)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)  # a long entry wraps instead of running past the right edge
        self.timeline.setTextElideMode(Qt.ElideNone)
        self.timeline.setResizeMode(QListWidget.Adjust)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.timeline.setVerticalScrollMode(QListWidget.ScrollPerPixel)
        self.timeline.setAlternatingRowColors(True)  # where one entry ends and the next begins
        tl.addWidget(self.timeline)
        body.addWidget(time_box, 2)
        layout.addLayout(body, 1)

        actions_box = QGroupBox(_tr("document_detail", "Thao tác"))
        grid = QGridLayout(actions_box)
        self.buttons: dict[str, QPushButton] = {}
        specs = [
            ("edit", _tr("document_detail", "Sửa dòng sổ…")), ("copy", _tr("document_detail", "Sao, chụp…")),
            ("transfer", _tr("document_detail", "Cung cấp, chuyển giao…")),
            ("recall", _tr("document_detail", "Thu hồi…")),
            ("custody", _tr("document_detail", "Giao xử lý, ký nhận…")),
            ("removal", _tr("document_detail", "Mang ra khỏi nơi lưu giữ…")),
            ("return", _tr("document_detail", "Đưa trở lại nơi lưu giữ…")),
            ("extend", _tr("document_detail", "Gia hạn…")), ("level", _tr("document_detail", "Điều chỉnh độ mật…")),
            ("declassify", _tr("document_detail", "Giải mật…")),
            ("destroy", _tr("document_detail", "Đề xuất tiêu hủy…")), ("cancel", _tr("document_detail", "Hủy số…")),
            ("print", _tr("document_detail", "In dấu…")),
            ("envelopes", _tr("document_detail", "In bì trong, bì ngoài…")),
        ]
        for i, (key, label) in enumerate(specs):
            b = QPushButton(label)
            b.setObjectName(f"action_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.start(k))
            grid.addWidget(b, i // 4, i % 4)
            self.buttons[key] = b
        layout.addWidget(actions_box)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(_tr("document_detail", "Đóng"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    # -- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        doc_id = self.doc_id
        self.ctx.tasks.run_db(lambda s: load_detail(s, doc_id), self._show, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _show(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        pack = self.ctx.pack
        book = _tr("document_detail", "Sổ đến") if doc["book"] == "den" else _tr("document_detail", "Sổ đi")
        self.heading.setText(f"<h3>{doc['describe']}</h3>"
                             + _tr("document_detail", "{book} — số {number}/{year}").format(
                                 book=book, number=doc["number"], year=doc["year"])
                             + f" — <span style='color:#b00000'><b>{level_name(pack, doc['do_mat'])}</b></span> — "
                             f"{status_name(doc['status'])}")
        while self.fields.count():
            item = self.fields.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.field_values = []
        form = pack.register(doc["book"])
        col = {c.key: c for c in form.columns}

        def label(key, fallback):  # fallback: a column label of the rule pack, should the pack lack the column
            c = col.get(key)
            return column_caption(c) if c else column_label(fallback)

        rows: list[tuple[str, Any]] = []
        if doc["book"] == "den":
            rows += [(label("ngay_den", "Ngày đến"), doc["ngay_den"]), (label("so_den", "Số đến"), doc["number"]),
                     (label("co_quan_ban_hanh", "Cơ quan ban hành"), doc["co_quan_ban_hanh"])]
        else:
            rows += [(label("so_thu_tu", "Số thứ tự"), doc["number"])]
        rows += [(label("so_ky_hieu", "Số, ký hiệu"), doc["so_ky_hieu"]),
                 (label("ngay_thang", "Ngày tháng"), doc["ngay_van_ban"]),
                 (label("trich_yeu", "Tên loại và trích yếu nội dung") + _tr("document_detail", " — tên loại"),
                  doc["loai_van_ban"])]
        if doc["summary_shown"] is not None or not pack.summary_forbidden(doc["do_mat"]):
            summary = doc["summary_shown"]
            rows.append((label("trich_yeu", "Tên loại và trích yếu nội dung") + _tr("document_detail", " — trích yếu"),
                         withheld() if summary == WITHHELD else summary))
        rows.append((label("do_mat", "Độ mật"), level_name(pack, doc["do_mat"])))
        if doc["book"] == "den":
            rows.append((label("don_vi_ky_nhan", "Đơn vị và ký nhận"), doc["don_vi_ky_nhan"]))
        else:
            rows += [(label("nguoi_ky", "Người ký"), doc["nguoi_ky"]), (label("noi_nhan", "Nơi nhận"), doc["noi_nhan"]),
                     (label("don_vi_luu", "Đơn vị lưu"), doc["don_vi_luu"]),
                     (label("so_luong", "Số lượng"), doc["so_luong"])]
        rows += [(label("ghi_chu", "Ghi chú"), doc["ghi_chu"]),
                 (_tr("document_detail", "Căn cứ danh mục BMNN"), doc["basis"]),
                 (_tr("document_detail", "Người xác định độ mật"), doc["classified_by"]),
                 (_tr("document_detail", "Ngày xác định độ mật"), doc["classified_on"]),
                 (_tr("document_detail", "Hết thời hạn bảo vệ"), doc["expires_on"]),
                 (_tr("document_detail", "Người giữ"), doc["holder"]),
                 (_tr("document_detail", "Nơi lưu giữ"), doc["storage_place"])]
        if doc["recall_required"]:
            rows.append((_tr("document_detail", "Tài liệu thu hồi, hạn"), doc["recall_deadline"]))
        for caption, value in rows:
            shown = QLabel(text(value) or "—")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextSelectableByMouse)
            name = QLabel(caption)
            name.setWordWrap(True)
            name.setMaximumWidth(190)
            row = len(self.field_values)
            self.fields.addWidget(name, row, 0, Qt.AlignTop)
            self.fields.addWidget(shown, row, 1, Qt.AlignTop)
            self.field_values.append(shown)
        self.timeline.clear()
        for on, _kind, entry in doc["timeline"]:
            self.timeline.addItem(QListWidgetItem(f"{fmt_date(on)}  {entry}"))
        self._enable()
        self.loaded.emit(doc)

    def _enable(self) -> None:
        doc = self.doc or {}
        managed = doc.get("status") == "dang_quan_ly"
        open_state = doc.get("status") not in ("da_huy_so", "da_tieu_huy")
        state = {
            "edit": open_state, "copy": managed, "transfer": managed,
            "recall": doc.get("open_transfer") is not None,
            "removal": managed and doc.get("open_removal") is None, "custody": managed,
            "return": doc.get("open_removal") is not None,
            "extend": managed and doc.get("expires_on") is not None, "level": managed, "declassify": managed,
            "destroy": doc.get("status") in ("dang_quan_ly", "da_giai_mat"), "cancel": managed, "print": True,
            "envelopes": doc.get("book") == "di" and open_state,
        }
        for key, button in self.buttons.items():
            button.setEnabled(bool(state.get(key)))

    # -- actions ---------------------------------------------------------------------------------------
    def action_for(self, key: str):
        doc, ctx = self.doc, self.ctx
        people = doc.get("people", [])
        return {
            "copy": lambda: actions.copy_action(ctx, doc, people),
            "transfer": lambda: actions.transfer_action(ctx, doc),
            "recall": lambda: actions.recall_action(ctx, doc, doc["open_transfer"]),
            "removal": lambda: actions.removal_action(ctx, doc, people),
            "custody": lambda: actions.custody_action(ctx, doc, people),
            "return": lambda: actions.return_action(ctx, doc, doc["open_removal"]),
            "extend": lambda: actions.extension_action(ctx, doc),
            "level": lambda: actions.level_change_action(ctx, doc),
            "declassify": lambda: actions.declassify_action(ctx, doc),
            "destroy": lambda: actions.destruction_proposal_action(ctx, doc),
            "cancel": lambda: actions.cancel_action(ctx, doc),
        }[key]()

    def start(self, key: str) -> QDialog | None:
        """Open the dialog of action ``key`` (returned, so tests can fill it)."""
        if self.doc is None:
            return None
        if key == "edit":
            from app.ui.dialogs.document_form_dialog import DocumentFormDialog

            dialog = DocumentFormDialog(self.ctx, self.doc["book"], self, document=self.doc)
            dialog.saved.connect(lambda _id: self._after("edit"))
        elif key == "print":
            from app.ui.dialogs.print_preview_dialog import print_document_marks

            return print_document_marks(self.ctx, self.doc, self)
        elif key == "envelopes":
            from app.services import papers

            doc_id = self.doc_id
            title = _tr("document_detail", "Bì thư cho {reference}").format(
                reference=self.doc.get("so_ky_hieu") or _tr("document_detail", "tài liệu"))
            return self.print_paper(title, lambda s: papers.envelopes_pdf(s, doc_id))
        else:
            action = self.action_for(key)
            dialog = ActionDialog(self.ctx, action, self)
            dialog.succeeded.connect(lambda v, k=key, a=action: self._after(k, actions.paper_for(a, v)))
        dialog.open()
        self._child = dialog
        return dialog

    def _after(self, key: str, paper=None) -> None:
        self.reload()
        self.action_done.emit(key)
        if paper is not None:  # the record or notice the action made, ready to print
            self.print_paper(*paper)

    def print_paper(self, title: str, build) -> None:
        """Build a paper off the GUI thread and open its print preview (``build`` may return None: no paper)."""
        from app.ui.dialogs.print_preview_dialog import PrintPreviewDialog

        def opened(pdf):
            if pdf is None:
                return
            self.paper_preview = PrintPreviewDialog(self.ctx, title, pdf, self)
            self.paper_preview.open()

        self.ctx.tasks.run_db(build, opened, lambda exc: self.message.setText(error_text(exc)),
                              label=_tr("document_detail", "Đang dựng bản in…"), parent=self, owner=self)
