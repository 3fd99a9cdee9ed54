"""Danh mục BMNN: the catalogue items every classification must cite — search, add, retire, import CSV."""
from __future__ import annotations

from app.ui.lifetime import subscribe
from app.ui.dialogs.action_dialog import Action, ActionDialog, ActionField
from app.ui.dialogs.field_form import DateField
from app.ui.models.formatting import level_name
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.qt import (
    QComboBox, QCoreApplication, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QTimer, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import confirm_danger, error_text, show_info
from app.ui.widgets.table_setup import rows_table

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def load_items(session, text: str) -> list[dict]:
    from app.services import catalogue

    return [{"id": i.id, "decision": i.decision, "dieu": i.dieu, "khoan": i.khoan, "diem": i.diem,
             "level": i.level, "text": i.text, "field": i.field, "active": i.active, "citation": i.citation()}
            for i in catalogue.search_catalogue(session, text, active_only=False, limit=5000)]


class CataloguePage(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        pack = ctx.pack
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("catalogue", "<h2>Danh mục bí mật nhà nước</h2>")))
        note = QLabel(_tr("catalogue", "Mỗi lần xác định độ mật phải dẫn căn cứ là một mục của danh mục ({citation}).")
                     .format(citation=pack.citation("classification")))
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("catalogue", "Tìm theo quyết định, điều, nội dung… (không cần dấu)"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 1)
        self.add_button = QPushButton(_tr("catalogue", "Thêm mục…"))
        self.toggle_button = QPushButton(_tr("catalogue", "Ngừng / khôi phục hiệu lực…"))
        self.import_button = QPushButton(_tr("catalogue", "Nhập từ CSV…"))
        for b in (self.add_button, self.toggle_button, self.import_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.model = RowsTableModel([
            Column(_tr("catalogue", "Quyết định"), "decision"), Column(_tr("catalogue", "Điều"), "dieu"),
            Column(_tr("catalogue", "Khoản"), "khoan"), Column(_tr("catalogue", "Điểm"), "diem"),
            Column(_tr("catalogue", "Độ mật"), lambda r: level_name(pack, r["level"])),
            Column(_tr("catalogue", "Nội dung"), "text"),
            Column(_tr("catalogue", "Hiệu lực"),
                   lambda r: _tr("catalogue", "Còn") if r["active"] else _tr("catalogue", "Đã ngừng")),
        ], parent=self)
        self.table = rows_table(self.model, 5)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.add_button.clicked.connect(self.add_item)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.import_button.clicked.connect(self.import_csv)
        subscribe(ctx.signals.data_changed, self, lambda e: e == "catalogue" and self.reload())
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.search.text()
        self.ctx.tasks.run_db(lambda s: load_items(s, text), lambda rows: self._show(generation, rows),
                              lambda exc: self.message.setText(error_text(exc)))

    def _show(self, generation: int, rows: list[dict]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self.message.setText(_tr("catalogue", "{n} mục.").format(n=len(rows)))
        self.loaded.emit(len(rows))

    def current(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add_action(self) -> Action:
        from app.services import catalogue

        def level_box():
            box = QComboBox()
            for lv in sorted(self.ctx.pack.levels, key=lambda lv: -lv.rank):
                box.addItem(level_name(self.ctx.pack, lv.code), lv.code)
            return box

        def long_text():
            w = QPlainTextEdit()
            w.setFixedHeight(70)
            return w

        def call(s, actor, v):
            return catalogue.add_item(s, actor, catalogue.CatalogueInput(
                decision=v["decision"], dieu=v["dieu"], level=v["level"], text=v["text"], khoan=v.get("khoan"),
                diem=v.get("diem"), decision_date=v.get("decision_date"), field=v.get("field"))).id

        return Action(
            key="catalogue_add", title=_tr("catalogue", "Thêm mục danh mục BMNN"),
            consequence=_tr("catalogue", "Mục mới dùng được ngay làm căn cứ xác định độ mật."),
            fields=[
                ActionField("decision", _tr("catalogue", "Quyết định (số, ký hiệu)"), QLineEdit,
                            required=_tr("catalogue", "Ghi số quyết định ban hành danh mục.")),
                ActionField("decision_date", _tr("catalogue", "Ngày quyết định"), DateField),
                ActionField("field", _tr("catalogue", "Lĩnh vực"), QLineEdit),
                ActionField("dieu", _tr("catalogue", "Điều"), QLineEdit, required=_tr("catalogue", "Ghi điều.")),
                ActionField("khoan", _tr("catalogue", "Khoản"), QLineEdit),
                ActionField("diem", _tr("catalogue", "Điểm"), QLineEdit),
                ActionField("level", _tr("catalogue", "Độ mật"), level_box),
                ActionField("text", _tr("catalogue", "Nội dung"), long_text,
                            required=_tr("catalogue", "Ghi nội dung của mục danh mục.")),
            ],
            call=call, entity="catalogue", submit_text=_tr("catalogue", "Thêm mục"))

    def add_item(self) -> ActionDialog:
        dialog = ActionDialog(self.ctx, self.add_action(), self)
        dialog.open()
        self._dialog = dialog
        return dialog

    def toggle_active(self) -> None:
        from app.services import catalogue

        item = self.current()
        if item is None:
            self.message.setText(_tr("catalogue", "Chọn một mục trong danh sách trước."))
            return
        active = not item["active"]
        if not active and not confirm_danger(
                self, _tr("catalogue", "Ngừng hiệu lực mục danh mục"),
                _tr("catalogue", "Mục \"{citation}\" sẽ không chọn được làm căn cứ cho lần xác định độ mật mới. Tài "
                                 "liệu đã dẫn mục này vẫn giữ căn cứ cũ.").format(citation=item["citation"])):
            return
        actor, item_id = self.ctx.actor, item["id"]
        self.ctx.tasks.run_db(lambda s: catalogue.set_active(s, actor, item_id, active).id,
                              lambda _r: self.ctx.signals.data_changed.emit("catalogue"),
                              lambda exc: self.message.setText(error_text(exc)))

    def import_csv(self, path: str | None = None) -> None:
        from app.services import catalogue

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, _tr("catalogue", "Chọn tệp CSV danh mục BMNN"), "",
                                                  "CSV (*.csv)")
        if not path:
            return
        actor = self.ctx.actor

        def done(result):
            self.ctx.signals.data_changed.emit("catalogue")
            show_info(self, _tr("catalogue", "Nhập danh mục"),
                      _tr("catalogue", "Đã thêm {added} mục, cập nhật {updated} mục.").format(added=result.added,
                                                                                            updated=result.updated))

        self.ctx.tasks.run_db(lambda s: catalogue.import_csv(s, actor, path), done,
                              lambda exc: self.message.setText(error_text(exc)),
                              label=_tr("catalogue", "Đang nhập danh mục…"),
                              parent=self)
