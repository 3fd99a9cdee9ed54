"""Bàn giao: before leaving a post a person hands over every BMNN item they hold, with a record.

Page 1 lists every item the person holds (and items taken out of storage not yet returned); page 2 asks
who receives them, when, why and the record number; the last page states the consequence. The
handover is atomic (``handover.handover_all``); afterwards the record can be printed.
"""
from __future__ import annotations

import datetime as dt

from app.ui.dialogs.field_form import DateField, FieldForm
from app.ui.models.formatting import level_name, status_name
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.models.vocabulary import code_choices
from app.ui.qt import (
    QT_TRANSLATE_NOOP, QComboBox, QCoreApplication, QLabel, QLineEdit, QTableView, QVBoxLayout, QWizard,
    QWizardPage, Signal,
)
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def held_items(session, user_id: int) -> list[dict]:
    from app.services import documents, handover

    return [{"id": d.id, "book": _tr("handover", "Đến") if d.book == "den" else _tr("handover", "Đi"),
             "number": f"{d.number}/{d.year}",
             "so_ky_hieu": d.so_ky_hieu, "describe": documents.describe(d), "do_mat": d.do_mat,
             "status": d.status, "storage_place": d.storage_place}
            for d in handover.items_held_by(session, user_id)]


class HandoverWizard(QWizard):
    handed_over = Signal(int)  # handover id
    failed = Signal(str)

    def __init__(self, ctx, person: dict, people: list[tuple[str, int]], parent=None):
        super().__init__(parent)
        from app.services.handover import REASONS

        self.ctx, self.person = ctx, person
        self.handover_id: int | None = None
        self.setWindowTitle(_tr("handover", "Bàn giao BMNN của {name}").format(name=person["full_name"]))
        self.resize(820, 560)
        pack = ctx.pack

        # 1 — what the person holds
        self.items_page = QWizardPage()
        self.items_page.setTitle(_tr("handover", "Tài liệu BMNN đang giữ"))
        l1 = QVBoxLayout(self.items_page)
        self.items_note = QLabel()
        self.items_note.setWordWrap(True)
        l1.addWidget(self.items_note)
        self.items_model = RowsTableModel([
            Column(_tr("handover", "Sổ"), "book"), Column(_tr("handover", "Số"), "number"),
            Column(_tr("handover", "Tài liệu"), "describe"),
            Column(_tr("handover", "Độ mật"), lambda r: level_name(pack, r["do_mat"])),
            Column(_tr("handover", "Tình trạng"), lambda r: status_name(r["status"])),
            Column(_tr("handover", "Nơi lưu giữ"), "storage_place"),
        ], parent=self)
        table = QTableView()
        table.setModel(self.items_model)
        table.horizontalHeader().setStretchLastSection(True)
        l1.addWidget(table)
        self.addPage(self.items_page)

        # 2 — to whom, when, why
        self.details_page = QWizardPage()
        self.details_page.setTitle(_tr("handover", "Người nhận và biên bản"))
        l2 = QVBoxLayout(self.details_page)
        self.form = FieldForm()
        to = QComboBox()
        to.addItem(_tr("handover", "— chọn người nhận —"), None)
        for label, uid in people:
            if uid != person["id"]:
                to.addItem(label, uid)
        self.form.add("to_user_id", _tr("handover", "Người nhận bàn giao"), to)
        self.form.add("on", _tr("handover", "Ngày bàn giao"), DateField(dt.date.today()))
        self.form.add("at", _tr("handover", "Giờ bàn giao (giờ:phút)"), QLineEdit())
        reason = QComboBox()
        for name, code in code_choices(REASONS):
            reason.addItem(name, code)
        self.form.add("reason", _tr("handover", "Lý do"), reason)
        self.form.add("record_number", _tr("handover", "Số biên bản bàn giao"), QLineEdit())
        self.form.add("witness", _tr("handover", "Người chứng kiến"), QLineEdit())
        l2.addWidget(self.form)
        self.addPage(self.details_page)

        # 3 — consequence
        self.confirm_page = QWizardPage()
        self.confirm_page.setTitle(_tr("handover", "Xác nhận bàn giao"))
        l3 = QVBoxLayout(self.confirm_page)
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        l3.addWidget(self.consequence)
        self.addPage(self.confirm_page)
        self.setButtonText(QWizard.FinishButton, _tr("handover", "Bàn giao"))
        self.setButtonText(QWizard.NextButton, _tr("handover", "Tiếp"))
        self.setButtonText(QWizard.BackButton, _tr("handover", "Quay lại"))
        self.setButtonText(QWizard.CancelButton, _tr("handover", "Đóng"))
        self.currentIdChanged.connect(self._entered)
        self.load()

    def load(self) -> None:
        user_id = self.person["id"]
        self.ctx.tasks.run_db(lambda s: held_items(s, user_id), self._items,
                              lambda e: self.items_note.setText(error_text(e)))

    def _items(self, items: list[dict]) -> None:
        self.items = items
        self.items_model.set_rows(items)
        self.items_note.setText(_tr("handover", "{name} đang giữ {n} tài liệu BMNN. Tất cả sẽ được bàn giao cùng lúc; "
                                                "không thể bàn giao một phần.").format(
            name=self.person["full_name"], n=len(items)))

    def values(self) -> dict:
        self.form.clear_errors()
        values = self.form.read()
        for key, message in (("to_user_id", QT_TRANSLATE_NOOP("handover", "Chọn người nhận bàn giao.")),
                             ("on", QT_TRANSLATE_NOOP("handover", "Ghi ngày bàn giao.")),
                             ("record_number", QT_TRANSLATE_NOOP("handover", "Ghi số biên bản bàn giao."))):
            if not values.get(key):
                self.form.set_error(key, _tr("handover", message))
                raise ValueError(message)
        return values

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        if self.currentPage() is self.details_page:
            try:
                self.values()
            except ValueError:
                return False
        if self.currentPage() is self.confirm_page:
            if self.handover_id is not None:
                return True
            self.submit()  # finishes the wizard when the handover is written
            return False
        return True

    def _entered(self, _id: int) -> None:
        if self.currentPage() is self.confirm_page:
            to = self.form.widgets["to_user_id"].currentText()
            self.consequence.setText(_tr(
                "handover", "Toàn bộ {n} tài liệu {name} đang giữ chuyển sang {to} theo biên bản số {record}. Sổ ghi "
                            "người giữ mới cho từng tài liệu; việc bàn giao được ghi vào nhật ký kiểm toán và không "
                            "hoàn tác được.").format(
                n=len(getattr(self, "items", [])), name=self.person["full_name"], to=to,
                record=self.form.value("record_number")))

    def submit(self) -> None:
        from app.services import handover

        try:
            v = self.values()
        except ValueError:
            return
        actor, from_id = self.ctx.actor, self.person["id"]
        self.button(QWizard.FinishButton).setEnabled(False)
        self.ctx.tasks.run_db(
            lambda s: handover.handover_all(s, actor, from_id, v["to_user_id"], v["on"], v["reason"],
                                            v["record_number"], witness=v.get("witness"), at=v.get("at")).id,
            self._done, self._error, label=_tr("handover", "Đang bàn giao…"), parent=self)

    def _done(self, handover_id: int) -> None:
        self.button(QWizard.FinishButton).setEnabled(True)
        self.handover_id = handover_id
        self.ctx.signals.data_changed.emit("handover")
        self.handed_over.emit(handover_id)
        self.accept()

    def _error(self, exc: Exception) -> None:
        self.button(QWizard.FinishButton).setEnabled(True)
        message = error_text(exc)
        self.consequence.setText(message)
        self.failed.emit(message)
