"""Danh mục BMNN: the catalogue items every classification must cite — search, add, retire, import CSV."""
from __future__ import annotations

from app.ui.dialogs.action_dialog import Action, ActionDialog, ActionField
from app.ui.dialogs.field_form import DateField
from app.ui.models.formatting import level_name
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.qt import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QTableView, QTimer, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import confirm_danger, error_text, show_info
from app.ui.widgets.table_setup import fit_columns


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
        layout.addWidget(QLabel("<h2>Danh mục bí mật nhà nước</h2>"))
        note = QLabel("Mỗi lần xác định độ mật phải dẫn căn cứ là một mục của danh mục ("
                      + pack.citation("classification") + ").")
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Tìm theo quyết định, điều, nội dung… (không cần dấu)")
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 1)
        self.add_button = QPushButton("Thêm mục…")
        self.toggle_button = QPushButton("Ngừng / khôi phục hiệu lực…")
        self.import_button = QPushButton("Nhập từ CSV…")
        for b in (self.add_button, self.toggle_button, self.import_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.model = RowsTableModel([
            Column("Quyết định", "decision"), Column("Điều", "dieu"), Column("Khoản", "khoan"),
            Column("Điểm", "diem"), Column("Độ mật", lambda r: level_name(pack, r["level"])),
            Column("Nội dung", "text"), Column("Hiệu lực", lambda r: "Còn" if r["active"] else "Đã ngừng"),
        ], parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        fit_columns(self.table, 5)
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
        ctx.signals.data_changed.connect(lambda e: e == "catalogue" and self.reload())
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
        self.message.setText(f"{len(rows)} mục.")
        self.loaded.emit(len(rows))

    def current(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add_action(self) -> Action:
        from app.services import catalogue

        def level_box():
            box = QComboBox()
            for lv in sorted(self.ctx.pack.levels, key=lambda lv: -lv.rank):
                box.addItem(lv.name, lv.code)
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
            key="catalogue_add", title="Thêm mục danh mục BMNN",
            consequence="Mục mới dùng được ngay làm căn cứ xác định độ mật.",
            fields=[
                ActionField("decision", "Quyết định (số, ký hiệu)", QLineEdit, required="Ghi số quyết định ban hành danh mục."),
                ActionField("decision_date", "Ngày quyết định", DateField),
                ActionField("field", "Lĩnh vực", QLineEdit),
                ActionField("dieu", "Điều", QLineEdit, required="Ghi điều."),
                ActionField("khoan", "Khoản", QLineEdit),
                ActionField("diem", "Điểm", QLineEdit),
                ActionField("level", "Độ mật", level_box),
                ActionField("text", "Nội dung", long_text, required="Ghi nội dung của mục danh mục."),
            ],
            call=call, entity="catalogue", submit_text="Thêm mục")

    def add_item(self) -> ActionDialog:
        dialog = ActionDialog(self.ctx, self.add_action(), self)
        dialog.open()
        self._dialog = dialog
        return dialog

    def toggle_active(self) -> None:
        from app.services import catalogue

        item = self.current()
        if item is None:
            self.message.setText("Chọn một mục trong danh sách trước.")
            return
        active = not item["active"]
        if not active and not confirm_danger(
                self, "Ngừng hiệu lực mục danh mục",
                f"Mục \"{item['citation']}\" sẽ không chọn được làm căn cứ cho lần xác định độ mật mới. "
                "Tài liệu đã dẫn mục này vẫn giữ căn cứ cũ."):
            return
        actor, item_id = self.ctx.actor, item["id"]
        self.ctx.tasks.run_db(lambda s: catalogue.set_active(s, actor, item_id, active).id,
                              lambda _r: self.ctx.signals.data_changed.emit("catalogue"),
                              lambda exc: self.message.setText(error_text(exc)))

    def import_csv(self, path: str | None = None) -> None:
        from app.services import catalogue

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Chọn tệp CSV danh mục BMNN", "", "CSV (*.csv)")
        if not path:
            return
        actor = self.ctx.actor

        def done(result):
            self.ctx.signals.data_changed.emit("catalogue")
            show_info(self, "Nhập danh mục", f"Đã thêm {result.added} mục, cập nhật {result.updated} mục.")

        self.ctx.tasks.run_db(lambda s: catalogue.import_csv(s, actor, path), done,
                              lambda exc: self.message.setText(error_text(exc)), label="Đang nhập danh mục…",
                              parent=self)
