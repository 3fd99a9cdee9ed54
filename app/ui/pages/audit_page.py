"""Nhật ký: the append-only audit log, read lazily, and a check of its hash chain."""
from __future__ import annotations

from app.ui.lifetime import subscribe
from app.ui.pages.audit_table_model import AuditTableModel
from app.ui.qt import (
    QAbstractItemView, QCoreApplication, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
    QTimer, QVBoxLayout, QWidget,
)
from app.ui.widgets.banner import Banner
from app.ui.widgets.messages import error_text


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


class AuditPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditTableModel(ctx.tasks.run_db, self)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        for col, width in enumerate((60, 150, 140, 200, 130)):
            self.view.setColumnWidth(col, width)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_tr("audit", "Lọc theo người thực hiện, hành động hoặc chi tiết…"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(300)
        self._filter_timer.timeout.connect(lambda: self.model.reload(self.filter.text().strip()))
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.verify_button = QPushButton(_tr("audit", "Kiểm tra chuỗi"))
        self.verify_button.setToolTip(_tr("audit", "Tính lại mã băm của mọi bản ghi để phát hiện sửa, xóa hoặc cắt bớt nhật ký."))
        self.verify_button.clicked.connect(self.verify)
        self.result = Banner("", "info")
        self.result.setObjectName("verifyResult")
        self.result.hide()

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("audit", "<h2>Nhật ký</h2>Mọi thao tác được ghi lại, không sửa, không xóa được; "
                                    "mỗi bản ghi nối với bản ghi trước bằng mã băm.")))
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.view, 1)
        subscribe(ctx.signals.data_changed, self, lambda _e: self.model.reload())
        self.model.reload()

    def verify(self) -> None:
        registry = self.ctx.registry
        if registry is None:
            return
        self.verify_button.setEnabled(False)
        self.ctx.tasks.run_db(lambda _s: registry.verify_audit(), self._verified, self._verify_failed,
                              label=_tr("audit", "Đang kiểm tra chuỗi nhật ký…"), parent=self.window())

    def _verified(self, result) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            self.result.set_state(_tr("audit", "Chuỗi nhật ký nguyên vẹn: {n} bản ghi, khớp với bản lưu ngoài cơ sở dữ liệu.")
                                  .format(n=result.count), "ok")
        else:
            where = _tr("audit", " (bản ghi số {id})").format(id=result.first_broken_id) if result.first_broken_id else ""
            self.result.set_state(
                _tr("audit", "Nhật ký KHÔNG nguyên vẹn{where}: {reason}. Không sửa gì thêm; báo ngay cán bộ bảo mật và "
                    "người đứng đầu cơ quan.").format(where=where, reason=result.reason), "fail")
        self.result.show()

    def _verify_failed(self, exc) -> None:
        self.verify_button.setEnabled(True)
        self.result.set_state(error_text(exc), "fail")
        self.result.show()
