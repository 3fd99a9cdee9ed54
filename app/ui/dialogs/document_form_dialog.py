"""Entering a document in the Sổ đến / Sổ đi, or editing its line.

Labels carry the printed column numbers of the book ("(5) Số, ký hiệu"). The form is keyboard-first:
fields in the order of the printed book, Tab moves on, Ctrl+Enter saves, Esc closes. Errors appear as
sentences next to their field, both the form's own checks and the services' (``SomatError.field``).
Under a regime that forbids a summary for Tuyệt mật, the trích yếu field disappears when that level is
chosen. Editing shows every change, old beside new, and writes only after the clerk agrees.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.ui.dialogs.catalogue_picker import CataloguePicker, choice_of
from app.ui.dialogs.change_review_dialog import ChangeReviewDialog
from app.ui.dialogs.field_form import DateField, FieldForm
from app.ui.models.formatting import level_name
from app.ui.models.vocabulary import column_label
from app.ui.qt import (
    QT_TRANSLATE_NOOP, QCheckBox, QComboBox, QCoreApplication, QDialog, QDialogButtonBox, QGroupBox, QKeySequence,
    QLineEdit, QPlainTextEdit, QScrollArea, QShortcut, QSpinBox, Qt, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.enter_keys import enter_moves_on
from app.ui.widgets import address_completer
from app.ui.widgets.unsaved import confirm_discard, snapshot
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

# Kinds of document offered in the form: stored as typed, Vietnamese names of document types (data, not chrome).
DOC_KINDS = ("Công văn", "Báo cáo", "Kế hoạch", "Quyết định", "Tờ trình", "Thông báo", "Chỉ thị",
             "Nghị quyết", "Biên bản", "Đề án", "Tài liệu")

# Field key -> register column key (for the printed column number in the label).
_COLUMN_OF = {
    "den": {"ngay_den": "ngay_den", "number": "so_den", "co_quan_ban_hanh": "co_quan_ban_hanh",
            "so_ky_hieu": "so_ky_hieu", "ngay_van_ban": "ngay_thang", "loai_van_ban": "trich_yeu",
            "trich_yeu": "trich_yeu", "do_mat": "do_mat", "don_vi_ky_nhan": "don_vi_ky_nhan",
            "ghi_chu": "ghi_chu"},
    "di": {"number": "so_thu_tu", "so_ky_hieu": "so_ky_hieu", "ngay_van_ban": "ngay_thang",
           "loai_van_ban": "trich_yeu", "trich_yeu": "trich_yeu", "do_mat": "do_mat", "nguoi_ky": "nguoi_ky",
           "noi_nhan": "noi_nhan", "don_vi_luu": "don_vi_luu", "so_luong": "so_luong", "ghi_chu": "ghi_chu"},
}
_OWN_LABELS = {
    "number": QT_TRANSLATE_NOOP("document_form", "Số thứ tự (tự cấp)"),
    "loai_van_ban": QT_TRANSLATE_NOOP("document_form", "Tên loại"),
    "trich_yeu": QT_TRANSLATE_NOOP("document_form", "Trích yếu nội dung"),
    "ngay_van_ban": QT_TRANSLATE_NOOP("document_form", "Ngày tháng văn bản"),
}
_REQUIRED = {
    "den": {"ngay_den": QT_TRANSLATE_NOOP("document_form", "Ghi ngày đến của tài liệu."),
            "co_quan_ban_hanh": QT_TRANSLATE_NOOP("document_form", "Ghi cơ quan ban hành tài liệu."),
            "so_ky_hieu": QT_TRANSLATE_NOOP("document_form", "Ghi số, ký hiệu của tài liệu (ghi \"không số\" nếu tài "
                                                             "liệu không có số).")},
    "di": {"ngay_van_ban": QT_TRANSLATE_NOOP("document_form", "Ghi ngày tháng của văn bản đi."),
           "so_ky_hieu": QT_TRANSLATE_NOOP("document_form", "Ghi số, ký hiệu của văn bản đi."),
           "nguoi_ky": QT_TRANSLATE_NOOP("document_form", "Ghi người ký văn bản.")},
}
CLASSIFICATION_KEYS = ("catalogue_item_id", "classified_by", "classified_on", "period_years", "period_note",
                       "storage_place", "recall_required", "recall_deadline")


def _snapshot(doc) -> dict[str, Any]:
    keys = ("id", "book", "year", "number", "do_mat", "status", "regime", "so_ky_hieu", "ngay_van_ban",
            "loai_van_ban", "trich_yeu", "ghi_chu", "ngay_den", "co_quan_ban_hanh", "don_vi_ky_nhan",
            "nguoi_ky", "noi_nhan", "don_vi_luu", "so_luong", *CLASSIFICATION_KEYS)
    data = {k: getattr(doc, k, None) for k in keys}
    data["catalogue_choice"] = choice_of(doc.catalogue_item)
    return data


def load_document(session, doc_id: int) -> dict[str, Any]:
    from app.services import documents

    return _snapshot(documents.get_document(session, doc_id))


class DocumentFormDialog(QDialog):
    saved = Signal(int)  # document id
    failed = Signal(str)  # message shown (for tests and the status bar)

    def __init__(self, ctx, book: str, parent=None, *, document: dict[str, Any] | None = None):
        super().__init__(parent)
        self.ctx, self.book, self.document = ctx, book, document
        self.editing = document is not None
        self.saved_id: int | None = None
        form_def = ctx.pack.register(book)
        self._numbers = {c.key: c.number for c in form_def.columns}
        if book == "den":
            title = (_tr("document_form", "Sửa dòng Sổ đăng ký BMNN đến") if self.editing
                     else _tr("document_form", "Vào Sổ đăng ký BMNN đến"))
        else:
            title = (_tr("document_form", "Sửa dòng Sổ đăng ký BMNN đi") if self.editing
                     else _tr("document_form", "Vào Sổ đăng ký BMNN đi"))
        self.setWindowTitle(title)
        self.resize(720, 760)

        self.form = FieldForm()
        self._build_fields()
        address_completer.attach(ctx.tasks, self.form.widgets)  # names already written, matched without diacritics
        self.classification = FieldForm()
        self._build_classification()

        body = QVBoxLayout()
        body.addWidget(self.form)
        group = QGroupBox(_tr("document_form", "Xác định độ mật và quản lý"))
        gl = QVBoxLayout(group)
        gl.addWidget(self.classification)
        body.addWidget(group)
        holder = QWidget()
        holder.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(
            _tr("document_form", "Xem thay đổi và ghi") if self.editing else _tr("document_form", "Ghi vào sổ "
                                                                                                  "(Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(_tr("document_form", "Đóng"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.submit)
        enter_moves_on(self)  # a stray Enter moves to the next field; it never saves a half-filled entry

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self.form.widgets["do_mat"].currentIndexChanged.connect(self._level_changed)
        if self.editing:
            self._fill(document)
        else:
            self._load_next_number()
            date_key = "ngay_den" if book == "den" else "ngay_van_ban"
            self.form.widgets[date_key].editingFinished.connect(self._load_next_number)
        self._level_changed()
        first = "ngay_den" if book == "den" else "so_ky_hieu"
        self.form.widgets[first].setFocus()
        self._pristine = snapshot((self.form, self.classification), skip=("number",))

    def reject(self) -> None:
        """Esc / "Đóng": a form with typed, unsaved values asks first (issue 12 #10)."""
        typed = snapshot((self.form, self.classification), skip=("number",)) != self._pristine
        if self.saved_id is None and typed and not confirm_discard(self):
            return
        super().reject()

    # -- building --------------------------------------------------------------------------------
    def _label(self, key: str) -> str:
        col = _COLUMN_OF[self.book].get(key)
        own = _OWN_LABELS.get(key)
        text = _tr("document_form", own) if own else None
        if col is not None:
            column = self.ctx.pack.register(self.book).column(col)
            return f"({column.number}) {text or column_label(column.label)}"
        return text or key

    def _build_fields(self) -> None:
        f = self.form
        number = QLineEdit()
        number.setReadOnly(True)
        number.setFocusPolicy(Qt.NoFocus)
        if self.book == "den":
            f.add("ngay_den", self._label("ngay_den"), DateField(dt.date.today()))
            f.add("number", self._label("number"), number)
            f.add("co_quan_ban_hanh", self._label("co_quan_ban_hanh"), QLineEdit())
            f.add("so_ky_hieu", self._label("so_ky_hieu"), QLineEdit())
            f.add("ngay_van_ban", self._label("ngay_van_ban"), DateField())
        else:
            f.add("number", self._label("number"), number)
            f.add("so_ky_hieu", self._label("so_ky_hieu"), QLineEdit())
            f.add("ngay_van_ban", self._label("ngay_van_ban"), DateField(dt.date.today()))
        kinds = QComboBox()
        kinds.setEditable(True)
        kinds.addItems(DOC_KINDS)
        kinds.setCurrentIndex(0)
        f.add("loai_van_ban", self._label("loai_van_ban"), kinds)
        summary = QPlainTextEdit()
        summary.setFixedHeight(70)
        f.add("trich_yeu", self._label("trich_yeu"), summary)
        level = QComboBox()
        for lv in sorted(self.ctx.pack.levels, key=lambda lv: -lv.rank):
            level.addItem(level_name(self.ctx.pack, lv.code), lv.code)
        level.setCurrentIndex(level.findData("mat"))
        f.add("do_mat", self._label("do_mat"), level)
        if self.book == "den":
            f.add("don_vi_ky_nhan", self._label("don_vi_ky_nhan"), QLineEdit())
        else:
            f.add("nguoi_ky", self._label("nguoi_ky"), QLineEdit())
            recipients = QPlainTextEdit()
            recipients.setFixedHeight(55)
            f.add("noi_nhan", self._label("noi_nhan"), recipients)
            f.add("don_vi_luu", self._label("don_vi_luu"), QLineEdit())
            qty = QSpinBox()
            qty.setRange(1, 100000)
            f.add("so_luong", self._label("so_luong"), qty)
        f.add("ghi_chu", self._label("ghi_chu"), QLineEdit())
        if not self.editing:  # offered only when the date is before the book's last entry (see _load_next_number)
            f.add("ghi_bo_sung", "", QCheckBox(_tr("document_form", "Ghi bổ sung (vào sổ sau ngày của dòng trước)")))
            f.set_row_visible("ghi_bo_sung", False)

    def _build_classification(self) -> None:
        c = self.classification
        self.picker = CataloguePicker(self.ctx.tasks)
        if self.book == "di" and self.ctx.pack.requires_catalogue_basis:
            hint = _tr("document_form", "Bắt buộc khi cơ quan mình xác định độ mật: {citation}").format(
                citation=self.ctx.pack.citation("classification"))
        else:
            hint = _tr("document_form", "Ghi khi tài liệu đến có nêu căn cứ xác định độ mật.")
        c.add("catalogue_item_id", _tr("document_form", "Căn cứ danh mục BMNN"), self.picker, hint=hint)
        c.add("classified_by", _tr("document_form", "Người xác định độ mật"), QLineEdit())
        c.add("classified_on", _tr("document_form", "Ngày xác định độ mật"), DateField())
        period = QSpinBox()
        period.setRange(0, 100)
        period.setSpecialValueText(_tr("document_form", "Theo độ mật"))
        c.add("period_years", _tr("document_form", "Thời hạn bảo vệ (năm)"), period)
        c.add("period_note", _tr("document_form", "Ghi chú thời hạn"), QLineEdit())
        c.add("storage_place", _tr("document_form", "Nơi lưu giữ"), QLineEdit())
        if not self.editing:  # later changes of custody: "Giao xử lý, ký nhận" in the detail dialog
            from app.ui.widgets.people_combo import PeopleCombo

            c.add("holder_id", _tr("document_form", "Người giữ / giao xử lý"),
                  PeopleCombo(self.ctx.tasks, _tr("document_form", "— văn thư giữ, chưa giao —")),
                  hint=_tr("document_form", "Người nhận tài liệu để giữ, xử lý; ký nhận ngày vào sổ."))
        c.add("recall_required", _tr("document_form", "Tài liệu thu hồi"),
              QCheckBox(_tr("document_form", "Có dấu \"Tài liệu thu hồi\"")))
        c.add("recall_deadline", _tr("document_form", "Hạn thu hồi"), DateField())

    # -- behaviour -------------------------------------------------------------------------------
    def summary_allowed(self) -> bool:
        level = self.form.value("do_mat")
        return not (level and self.ctx.pack.summary_forbidden(level))

    def _level_changed(self, *_args) -> None:
        allowed = self.summary_allowed()
        self.form.set_row_visible("trich_yeu", allowed)
        if not allowed:
            self.form.widgets["trich_yeu"].clear()
            self.form.labels["loai_van_ban"].setText(self._label("loai_van_ban")
                                                   + _tr("document_form", " (không ghi trích yếu)"))
        else:
            self.form.labels["loai_van_ban"].setText(self._label("loai_van_ban"))

    @staticmethod
    def _number_text(number, year) -> str:
        return _tr("document_form", "{n} (năm {year})").format(n=number, year=year)

    def _load_next_number(self) -> None:
        from app.services import documents

        def reg_year() -> int:
            try:
                day = self.form.value("ngay_den" if self.book == "den" else "ngay_van_ban")
            except ValueError:
                day = None
            return (day or dt.date.today()).year

        year = reg_year()
        try:
            day = self.form.value("ngay_den" if self.book == "den" else "ngay_van_ban")
        except ValueError:
            day = None

        def shown(result) -> None:
            n, late = result
            self.form.set_value("number", self._number_text(n, year))
            self.form.set_row_visible("ghi_bo_sung", late)
            if not late:
                self.form.set_value("ghi_bo_sung", False)

        self.ctx.tasks.run_db(lambda s: (documents.next_number(s, self.book, year),
                                         documents.is_back_dated(s, self.book, day)),
                              shown, lambda _e: None)

    def _fill(self, doc: dict[str, Any]) -> None:
        for key in self.form.widgets:
            if key == "number":
                self.form.set_value("number", self._number_text(doc["number"], doc["year"]))
            elif key in doc:
                self.form.set_value(key, doc[key])
        for key in self.classification.widgets:
            if key == "catalogue_item_id":
                self.picker.set_choice(doc.get("catalogue_choice"))
            else:
                self.classification.set_value(key, doc.get(key))
        self.form.widgets["do_mat"].setEnabled(False)
        self.form.widgets["do_mat"].setToolTip(_tr("document_form", "Đổi độ mật bằng thao tác \"Điều chỉnh độ mật\" ở "
                                                                    "trang chi tiết."))

    # -- reading and checking ------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every field as the services expect it (raises ValueError after showing field errors)."""
        self.form.clear_errors()
        self.classification.clear_errors()
        bad = False
        values: dict[str, Any] = {}
        for part in (self.form, self.classification):
            try:
                values.update(part.read())
            except ValueError:
                bad = True
        values.pop("number", None)
        if "ghi_bo_sung" in values and not self.form.row_visible("ghi_bo_sung"):
            values["ghi_bo_sung"] = False  # applies only to an entry dated before the book's last one
        if not self.summary_allowed():
            values.pop("trich_yeu", None)
        for key, message in _REQUIRED[self.book].items():
            if not bad and values.get(key) in (None, ""):
                self.show_error(key, _tr("document_form", message))
                bad = True
        if not bad and values.get("recall_required") and values.get("recall_deadline") is None:
            self.show_error("recall_deadline", _tr("document_form", "Tài liệu thu hồi phải ghi hạn thu hồi."))
            bad = True
        if bad:
            raise ValueError("invalid")
        return values

    def show_error(self, field: str | None, message: str) -> None:
        if field in self.classification.widgets:
            self.classification.set_error(field, message)
        elif field in self.form.widgets:
            self.form.set_error(field, message)
        else:
            self.form.set_error(None, message)
        self.failed.emit(message)

    def error_for(self, field: str | None) -> str:
        if field in self.classification.widgets:
            return self.classification.error_text(field)
        return self.form.error_text(field)

    # -- saving --------------------------------------------------------------------------------------
    def submit(self) -> None:
        try:
            values = self.values()
        except ValueError:
            return
        if self.editing:
            self._review_and_update(values)
        else:
            self._register(values)

    def _register(self, values: dict[str, Any]) -> None:
        from app.services import documents

        actor = self.ctx.actor
        if self.book == "den":
            data = documents.IncomingInput(**values)
            call = documents.register_incoming
        else:
            data = documents.OutgoingInput(**values)
            call = documents.register_outgoing
        self.buttons.setEnabled(False)
        self.ctx.tasks.run_db(lambda s: call(s, actor, data).id, self._done, self._error,
                              label=_tr("document_form", "Đang ghi vào sổ…"), parent=self)

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        old = self.document or {}
        out = {}
        for key, value in values.items():
            if key in ("do_mat",):
                continue
            before = old.get(key)
            if key == "recall_required":
                before = bool(before)
            if (before or None) != (value or None) and not (before == value):
                out[key] = value
        return out

    def _review_and_update(self, values: dict[str, Any]) -> None:
        from app.services import documents

        changes = self.changes(values)
        if not changes:
            self.show_error(None, _tr("document_form", "Chưa có gì thay đổi so với dòng sổ đã ghi."))
            return
        labels = {**{k: self.form.labels[k].text() for k in self.form.labels},
                  **{k: self.classification.labels[k].text() for k in self.classification.labels}}
        old = dict(self.document or {})
        old["catalogue_item_id"] = getattr(old.get("catalogue_choice"), "display", None)
        shown_new = dict(changes)
        if "catalogue_item_id" in changes:
            shown_new["catalogue_item_id"] = getattr(self.picker.choice(), "display", None)
        rows = [(labels.get(k, k), old.get(k), shown_new[k]) for k in changes]
        review = ChangeReviewDialog(rows, self)
        if not review.ask():
            return
        doc_id, actor = self.document["id"], self.ctx.actor
        self.buttons.setEnabled(False)
        self.ctx.tasks.run_db(lambda s: (documents.update_document(s, actor, doc_id, **changes), doc_id)[1],
                              self._done, self._error, label=_tr("document_form", "Đang ghi thay đổi…"), parent=self)

    def _done(self, doc_id: int) -> None:
        self.buttons.setEnabled(True)
        self.saved_id = doc_id
        self.ctx.signals.data_changed.emit("document")
        self.saved.emit(doc_id)
        self.accept()

    def _error(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if getattr(exc, "field", None) == "ghi_bo_sung":
            self.form.set_row_visible("ghi_bo_sung", True)
        self.show_error(getattr(exc, "field", None), error_text(exc))
