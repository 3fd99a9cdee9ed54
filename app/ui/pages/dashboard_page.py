"""Tổng quan: this machine's status, the alerts of the core, and this year's counts."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field


from app.ui.lifetime import subscribe
from app.ui.machine_status import MachineStatus
from app.ui.models.vocabulary import level_label
from app.ui.qt import (
    QBrush, QColor, QCoreApplication, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, Qt, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)
from app.ui.widgets.banner import Banner
from app.ui.widgets.wrap_delegate import install_wrapping
from app.ui.widgets.bar_chart import BarChart
from app.ui.widgets.messages import error_text

log = logging.getLogger(__name__)
BOOKS = (("den", "Sổ đến"), ("di", "Sổ đi"))
SEVERITY_COLOURS = {"nguy_cap": "#fdecea", "canh_bao": "#fff8e1"}
ALERT_KINDS = {
    "gia_han": "Gia hạn thời hạn bảo vệ", "giai_mat_tu_dong": "Tự động giải mật", "thong_bao": "Thông báo",
    "thu_hoi": "Thu hồi tài liệu", "tra_lai": "Trả lại tài liệu", "mang_ra": "Mang tài liệu ra ngoài",
    "bao_cao": "Báo cáo hằng năm", "ke_hoach": "Kế hoạch", "sao_luu": "Sao lưu",
}


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


@dataclass
class DashboardData:
    year: int
    alerts: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)  # (book, level) -> n
    level_names: dict = field(default_factory=dict)  # code -> name, in rank order


def load_dashboard(session, today: dt.date, pack, backup_stem: str | None = None) -> DashboardData:
    from app import paths
    from app.services.alerts import backup_alert, compute_alerts, last_backup_on
    from app.services.screen_queries import documents_by_level

    data = DashboardData(year=today.year)
    data.alerts = sorted(compute_alerts(session, today), key=lambda a: (a.due_on or dt.date.max))
    if backup_stem is not None:
        reminder = backup_alert(session, today, last_backup_on(paths.backup_dir(), backup_stem))
        if reminder is not None:
            data.alerts.insert(0, reminder)
    data.counts = documents_by_level(session, today.year)
    data.level_names = ({lv.code: level_label(lv.name) for lv in sorted(pack.levels, key=lambda lv: -lv.rank)}
                        if pack else {})
    return data


class DashboardPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None, *, today=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today
        self.data: DashboardData | None = None
        self.machine_check = MachineStatus(ctx, self)

        # machine status
        self.machine_banner = Banner(_tr("dashboard", "Chưa kiểm tra máy tính này."), "info")
        self.machine_banner.setObjectName("machineBanner")
        self.findings = QTreeWidget()
        self.findings.setHeaderLabels([_tr("dashboard", "Vi phạm / ghi nhận"), _tr("dashboard", "Căn cứ pháp lý")])
        self.findings.setRootIsDecorated(False)
        self.findings.setWordWrap(True)
        self.findings.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.findings.header().setSectionResizeMode(1, QHeaderView.Interactive)
        self.findings.setColumnWidth(1, 320)
        self.findings.setMaximumHeight(180)
        install_wrapping(self.findings)  # long summaries wrap instead of being cut off
        self.recheck_button = QPushButton(_tr("dashboard", "Kiểm tra lại máy"))
        self.recheck_button.clicked.connect(self.recheck)
        machine_box = QGroupBox(_tr("dashboard", "Máy tính này"))
        mb = QVBoxLayout(machine_box)
        row = QHBoxLayout()
        row.addWidget(self.machine_banner, 1)
        row.addWidget(self.recheck_button)
        mb.addLayout(row)
        mb.addWidget(self.findings)

        # alerts
        self.alerts = QTableWidget(0, 3)
        self.alerts.setObjectName("alertsTable")
        self.alerts.setHorizontalHeaderLabels([_tr("dashboard", "Hạn"), _tr("dashboard", "Loại"), _tr("dashboard", "Nội dung")])
        self.alerts.verticalHeader().setVisible(False)
        self.alerts.setEditTriggers(QTableWidget.NoEditTriggers)
        self.alerts.setSelectionBehavior(QTableWidget.SelectRows)
        self.alerts.setWordWrap(True)
        self.alerts.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.alerts.setColumnWidth(0, 100)
        self.alerts.setColumnWidth(1, 200)
        self.alerts_note = QLabel()
        alerts_box = QGroupBox(_tr("dashboard", "Việc cần làm và cảnh báo"))
        ab = QVBoxLayout(alerts_box)
        ab.addWidget(self.alerts_note)
        ab.addWidget(self.alerts)

        # counts
        self.counts = QTableWidget(0, 0)
        self.counts.setObjectName("countsTable")
        self.counts.setEditTriggers(QTableWidget.NoEditTriggers)
        self.counts.setMaximumHeight(140)
        self.chart = BarChart(self)
        counts_box = QGroupBox(_tr("dashboard", "Số văn bản mật trong năm"))
        cb = QHBoxLayout(counts_box)
        cb.addWidget(self.counts, 3)
        cb.addWidget(self.chart, 2)

        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addWidget(machine_box, 0, 0)
        grid.addWidget(alerts_box, 1, 0)
        grid.addWidget(counts_box, 2, 0)
        grid.setRowStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.NoFrame)
        title = QLabel(_tr("dashboard", "<h2>Tổng quan</h2>"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(scroll)

        subscribe(ctx.signals.machine_status, self, self.show_verdict)
        subscribe(ctx.signals.data_changed, self, lambda _entity: self.reload())
        self.machine_check.finished.connect(self._check_finished)
        if ctx.last_verdict is not None:
            self.show_verdict(ctx.last_verdict)
        self.reload()

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx.registry is None:
            return
        today, pack = self.today(), self.ctx.pack
        stem = getattr(getattr(self.ctx.registry, "path", None), "stem", None)
        self.ctx.tasks.run_db(lambda s: load_dashboard(s, today, pack, stem), self.show_data, self._load_failed)

    def _load_failed(self, exc) -> None:
        self.alerts_note.setText(error_text(exc))

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.alerts.setRowCount(len(data.alerts))
        for r, alert in enumerate(data.alerts):
            due = alert.due_on.strftime("%d/%m/%Y") if alert.due_on else ""
            cells = (due, _tr("dashboard", ALERT_KINDS.get(alert.kind, alert.kind)), alert.message)
            colour = SEVERITY_COLOURS.get(str(alert.severity))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, getattr(alert, "document_id", None))
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                self.alerts.setItem(r, c, item)
        self.alerts.resizeRowsToContents()
        if not data.alerts:
            self.alerts_note.setText(_tr("dashboard", "Không có việc nào đến hạn."))
        else:
            self.alerts_note.setText(_tr("dashboard", "{n} việc cần xử lý, sắp theo hạn.").format(n=len(data.alerts)))
        levels = list(data.level_names) or sorted({lv for _b, lv in data.counts})
        self.counts.setColumnCount(len(levels) + 1)
        self.counts.setRowCount(len(BOOKS))
        self.counts.setHorizontalHeaderLabels([data.level_names.get(lv, lv) for lv in levels] + [_tr("dashboard", "Cộng")])
        self.counts.setVerticalHeaderLabels([QCoreApplication.translate("dashboard", label) for _b, label in BOOKS])
        for r, (book, _label) in enumerate(BOOKS):
            total = 0
            for c, lv in enumerate(levels):
                n = data.counts.get((book, lv), 0)
                total += n
                item = QTableWidgetItem(str(n))
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.counts.setItem(r, c, item)
            item = QTableWidgetItem(str(total))
            item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.counts.setItem(r, len(levels), item)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        by_level = [(data.level_names.get(lv, lv), sum(data.counts.get((b, lv), 0) for b, _ in BOOKS))
                    for lv in levels]
        self.chart.set_data(by_level, _tr("dashboard", "Theo độ mật, năm {year}").format(year=data.year))

    # -- machine ------------------------------------------------------------------------------
    def recheck(self) -> None:
        self.recheck_button.setEnabled(False)
        self.machine_banner.set_state(_tr("dashboard", "Đang kiểm tra máy tính…"), "info")
        self.machine_check.recheck(self.window())

    def _check_finished(self, result) -> None:
        self.recheck_button.setEnabled(True)
        if isinstance(result, Exception):
            self.machine_banner.set_state(
                _tr("dashboard", "Không kiểm tra được máy: {e} Coi như máy chưa đạt; không soạn thảo BMNN cho đến khi "
                    "kiểm tra lại thành công.").format(e=error_text(result)), "fail")

    def show_verdict(self, verdict) -> None:
        self.findings.clear()
        when = verdict.checked_at.astimezone().strftime("%H:%M %d/%m/%Y") if verdict.checked_at else ""
        warnings = [f for f in verdict.findings if f.severity == "warn"]
        if verdict.passed and warnings:
            self.machine_banner.set_state(
                _tr("dashboard", "Máy đạt yêu cầu soạn thảo BMNN, có {n} cảnh báo cần xem xét bên dưới (kiểm tra lúc "
                    "{when}).").format(when=when, n=len(warnings)), "warn")
        elif verdict.passed:
            self.machine_banner.set_state(
                _tr("dashboard", "Máy đạt yêu cầu soạn thảo BMNN (kiểm tra lúc {when}).").format(when=when), "ok")
        else:
            self.machine_banner.set_state(
                _tr("dashboard", "Máy KHÔNG đạt yêu cầu (kiểm tra lúc {when}): {n} vi phạm phải khắc phục trước khi soạn thảo "
                    "BMNN.").format(when=when, n=len(verdict.blocking)), "fail")
        for f in verdict.findings:
            item = QTreeWidgetItem([f.summary, f.legal_basis])
            item.setToolTip(0, f"{f.summary}\n{f.rule} — {f.source}")
            item.setToolTip(1, f.legal_basis)
            if f.severity == "block":
                item.setForeground(0, QBrush(QColor("#b71c1c")))
            elif f.severity == "warn":
                item.setForeground(0, QBrush(QColor("#8d6e00")))
            self.findings.addTopLevelItem(item)
        self.findings.setVisible(bool(verdict.findings))
