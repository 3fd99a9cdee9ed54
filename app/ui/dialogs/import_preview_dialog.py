"""Importing an old register from Excel / CSV: first a preview, then (only if the clerk agrees) the import.

The preview shows how each column of the file maps to a column of the book, the rows as they will be
entered, and every row error with its row number. Nothing is written until "Nhập vào sổ"; the import is
all or nothing (``importer.run_import``).
"""
from __future__ import annotations

from pathlib import Path

from app.ui.models.formatting import level_name
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.models.vocabulary import column_caption
from app.ui.qt import (
    QT_TRANSLATE_NOOP, QAbstractItemView, QCoreApplication, QDialog, QDialogButtonBox, QFileDialog, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QTableView, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.messages import confirm_danger, error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

FILE_FILTER = QT_TRANSLATE_NOOP("import", "Sổ cũ (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)")


class ImportPreviewDialog(QDialog):
    previewed = Signal(object)  # ImportPreview
    imported = Signal(int)
    failed = Signal(str)

    @staticmethod
    def choose_file(parent: QWidget | None = None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, _tr("import", "Chọn tệp sổ cũ để nhập"), "", _tr("import",
            FILE_FILTER))
        return path or None

    def __init__(self, ctx, book: str, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.book, self.path = ctx, book, Path(path)
        self.preview = None
        if book == "den":
            self.setWindowTitle(_tr("import", "Nhập sổ đến từ {file}").format(file=self.path.name))
        else:
            self.setWindowTitle(_tr("import", "Nhập sổ đi từ {file}").format(file=self.path.name))
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        self.summary = QLabel(_tr("import", "Đang đọc tệp…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        top = QHBoxLayout()
        map_box = QGroupBox(_tr("import", "Cột trong tệp → cột của sổ"))
        ml = QVBoxLayout(map_box)
        form = ctx.pack.register(book)
        self._col_labels = {c.key: column_caption(c) for c in form.columns}
        self._col_labels.update({"loai_van_ban": _tr("import", "Tên loại"),
                                 "trich_yeu": _tr("import", "Tên loại và trích yếu nội dung")})
        self.mapping_model = RowsTableModel([
            Column(_tr("import", "Cột trong tệp"), lambda m: m[0]),
            Column(_tr("import", "Cột của sổ"),
                   lambda m: self._col_labels.get(m[1], m[1]) if m[1] else _tr("import", "(bỏ qua)")),
        ], parent=self)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        ml.addWidget(self.mapping_view)
        top.addWidget(map_box, 2)
        err_box = QGroupBox(_tr("import", "Lỗi theo dòng (phải sửa trong tệp rồi xem lại)"))
        el = QVBoxLayout(err_box)
        self.errors = QListWidget()
        self.errors.setObjectName("import_errors")
        el.addWidget(self.errors)
        top.addWidget(err_box, 3)
        layout.addLayout(top, 2)

        rows_box = QGroupBox(_tr("import", "Các dòng sẽ được nhập"))
        rl = QVBoxLayout(rows_box)
        pack = ctx.pack
        self.rows_model = RowsTableModel([
            Column(_tr("import", "Dòng"), "_row", align_right=True),
            Column(_tr("import", "Số"), lambda r: r.get("so_den") or r.get("so_thu_tu")),
            Column(_tr("import", "Ngày"), lambda r: r.get("ngay_den") or r.get("ngay_thang")),
            Column(_tr("import", "Số, ký hiệu"), "so_ky_hieu"),
            Column(_tr("import", "Cơ quan / người ký"), lambda r: r.get("co_quan_ban_hanh") or r.get("nguoi_ky")),
            Column(_tr("import", "Tên loại"), "loai_van_ban"),
            Column(_tr("import", "Trích yếu"), "trich_yeu"),
            Column(_tr("import", "Độ mật"), lambda r: level_name(pack, r.get("do_mat"))),
            Column(_tr("import", "Ghi chú nhập"),   # a row dated before the book's last one: imported as such
                   lambda r: _tr("import", "Ghi bổ sung") if r.get("ghi_bo_sung") else ""),
        ], parent=self)
        self.rows_view = QTableView()
        self.rows_view.setModel(self.rows_model)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        rl.addWidget(self.rows_view)
        layout.addWidget(rows_box, 3)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(_tr("import", "Nhập vào sổ"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.reload_button = self.buttons.addButton(_tr("import", "Đọc lại tệp"), QDialogButtonBox.ActionRole)
        close = self.buttons.addButton(_tr("import", "Đóng"), QDialogButtonBox.RejectRole)
        close.setDefault(True)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.load_preview)
        layout.addWidget(self.buttons)
        self.load_preview()

    def load_preview(self) -> None:
        from app.services import importer

        book, path = self.book, self.path
        self.import_button.setEnabled(False)
        self.ctx.tasks.run_db(lambda s: importer.preview_import(s, book, path), self._show, self._failed,
                              label=_tr("import", "Đang đọc và kiểm tra tệp…"), parent=self)

    def _show(self, preview) -> None:
        self.preview = preview
        self.mapping_model.set_rows(list(preview.mapping))
        self.rows_model.set_rows(list(preview.rows))
        self.errors.clear()
        for err in preview.errors:
            self.errors.addItem(str(err))
        n, bad = len(preview.rows), len(preview.errors)
        if bad:
            self.summary.setText(_tr("import", "Tệp có {n} dòng, {bad} lỗi. Chưa nhập dòng nào; sửa các dòng lỗi trong "
                                               "tệp rồi bấm \"Đọc lại tệp\".").format(n=n, bad=bad))
        elif n:
            self.summary.setText(_tr("import", "Tệp có {n} dòng hợp lệ. Kiểm tra cách ghép cột rồi bấm \"Nhập vào "
                                               "sổ\".").format(n=n))
        else:
            self.summary.setText(_tr("import", "Tệp không có dòng dữ liệu nào để nhập."))
        self.import_button.setEnabled(n > 0 and not bad)
        self.previewed.emit(preview)

    def _failed(self, exc: Exception) -> None:
        message = error_text(exc)
        self.summary.setText(message)
        self.failed.emit(message)

    def run_import(self) -> None:
        from app.services import importer

        if self.preview is None or self.preview.errors:
            return
        n = len(self.preview.rows)
        if not confirm_danger(self, _tr("import", "Nhập vào sổ"),
                              _tr("import", "{n} dòng sẽ được ghi vào sổ và vào nhật ký kiểm toán. Dòng đã nhập không "
                                            "xóa được, chỉ hủy số được từng dòng.").format(n=n)):
            return
        actor, book, path = self.ctx.actor, self.book, self.path
        self.import_button.setEnabled(False)
        self.ctx.tasks.run_db(lambda s: importer.run_import(s, actor, book, path), self._imported, self._failed,
                              label=_tr("import", "Đang nhập…"), parent=self)

    def _imported(self, count: int) -> None:
        self.summary.setText(_tr("import", "Đã nhập {n} dòng vào sổ.").format(n=count))
        self.ctx.signals.data_changed.emit("import")
        self.imported.emit(count)
        self.accept()
