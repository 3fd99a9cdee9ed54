"""Báo cáo năm: sections (a)–(d) typed by the security officer and saved in the registry, the statistics
of the report period, the PDF through the print preview, and export to an approved USB drive — all through
``app.services.paperwork``."""
from __future__ import annotations

import datetime as dt

from app.ui.models.formatting import fmt_date, level_name
from app.ui.models.rows_table_model import Column, RowsTableModel
from app.ui.qt import (
    QT_TRANSLATE_NOOP, QCoreApplication, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget, Signal,
)
from app.ui.widgets.bar_chart import BarChart
from app.ui.widgets.messages import error_text

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

SECTIONS = (
    ("situation", QT_TRANSLATE_NOOP("reports", "(a) Tình hình công tác bảo vệ bí mật nhà nước")),
    ("results", QT_TRANSLATE_NOOP("reports", "(b) Kết quả; ưu điểm, hạn chế, nguyên nhân; bài học kinh nghiệm")),
    ("incidents", QT_TRANSLATE_NOOP("reports", "(c) Lộ, mất bí mật nhà nước: nguyên nhân, việc xử lý")),
    ("outlook", QT_TRANSLATE_NOOP("reports", "(d) Dự báo tình hình; phương hướng, kiến nghị")),
)


def load_report(session, year: int) -> dict:
    from app.services import paperwork, statistics

    return {"narrative": paperwork.narrative_sections(session, year),
            "stats": statistics.annual_statistics(session, year)}


def stats_rows(pack, stats) -> list[tuple[str, object]]:
    def named(label: str, n) -> tuple[str, object]:
        return _tr("reports", label), n

    rows = [(_tr("reports", "Tài liệu đến — {level}").format(level=level_name(pack, code)), n)
            for code, n in stats.incoming_by_level.items()]
    rows += [(_tr("reports", "Tài liệu đi — {level}").format(level=level_name(pack, code)), n)
             for code, n in stats.outgoing_by_level.items()]
    rows += [named(QT_TRANSLATE_NOOP("reports", "Lượt sao, chụp"), stats.copy_entries),
             named(QT_TRANSLATE_NOOP("reports", "Số bản sao, chụp"), stats.copies_made),
             named(QT_TRANSLATE_NOOP("reports", "Cung cấp, chuyển giao"), stats.transfers),
             named(QT_TRANSLATE_NOOP("reports", "  trong đó cho nước ngoài"), stats.transfers_foreign),
             named(QT_TRANSLATE_NOOP("reports", "Gia hạn"), stats.extensions),
             named(QT_TRANSLATE_NOOP("reports", "Điều chỉnh độ mật"), stats.level_changes),
             named(QT_TRANSLATE_NOOP("reports", "Giải mật"), stats.declassifications),
             named(QT_TRANSLATE_NOOP("reports", "  trong đó tự động"), stats.declassifications_automatic),
             named(QT_TRANSLATE_NOOP("reports", "Tài liệu đã tiêu hủy"), stats.documents_destroyed),
             named(QT_TRANSLATE_NOOP("reports", "Vụ lộ, mất"), stats.incidents),
             named(QT_TRANSLATE_NOOP("reports", "Tự kiểm tra"), stats.self_inspections),
             named(QT_TRANSLATE_NOOP("reports", "Cán bộ chuyên trách"), stats.staff_full_time),
             named(QT_TRANSLATE_NOOP("reports", "Cán bộ kiêm nhiệm"), stats.staff_part_time)]
    return rows


class ReportsPage(QWidget):
    loaded = Signal(object)
    saved = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        pack = ctx.pack
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("reports", "<h2>Báo cáo công tác bảo vệ bí mật nhà nước</h2>")))
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("reports", "Năm báo cáo:")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        top.addWidget(self.year)
        self.period = QLabel()
        top.addWidget(self.period, 1)
        layout.addLayout(top)

        body = QHBoxLayout()
        text_box = QGroupBox(_tr("reports", "Nội dung báo cáo (cán bộ bảo mật soạn)"))
        form = QFormLayout(text_box)
        self.sections: dict[str, QPlainTextEdit] = {}
        for key, label in SECTIONS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"section_{key}")
            edit.setTabChangesFocus(True)
            form.addRow(QLabel(_tr("reports", label)))
            form.addRow(edit)
            self.sections[key] = edit
        body.addWidget(text_box, 3)
        stats_box = QGroupBox(_tr("reports", "Số liệu thống kê của kỳ báo cáo"))
        sl = QVBoxLayout(stats_box)
        self.stats_model = RowsTableModel([Column(_tr("reports", "Chỉ tiêu"), lambda r: r[0]),
                                           Column(_tr("reports", "Số lượng"), lambda r: r[1], align_right=True)],
                                          parent=self)
        table = QTableView()
        table.setObjectName("stats_table")
        table.setModel(self.stats_model)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)  # wrapped labels, ~20 rows
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.stats_table = table
        sl.addWidget(table, 2)
        self.chart = BarChart(title=_tr("reports", "Tài liệu đến và đi"))
        sl.addWidget(self.chart, 1)
        body.addWidget(stats_box, 2)
        layout.addLayout(body, 1)

        row = QHBoxLayout()
        self.save_button = QPushButton(_tr("reports", "Lưu nội dung (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.pdf_button = QPushButton(_tr("reports", "Xem trước và in báo cáo…"))
        self.stats_button = QPushButton(_tr("reports", "In thống kê…"))
        self.stats_button.setObjectName("stats_button")
        self.stamps_button = QPushButton(_tr("reports", "In mẫu dấu…"))
        self.stamps_button.setObjectName("stamps_button")
        self.stamps_button.setToolTip(_tr("reports", "Bảng mẫu các con dấu độ mật, thời hạn, giải mật… theo chế độ "
                                                     "pháp lý đang áp dụng."))
        self.export_button = QPushButton(_tr("reports", "Xuất ra USB an toàn…"))
        self.export_button.setToolTip(_tr("reports", "Ghi báo cáo (mã hóa) và gói số liệu có chữ ký ra ổ USB an toàn "
                                                     "đã phê duyệt."))
        for b in (self.save_button, self.pdf_button, self.stats_button, self.stamps_button, self.export_button):
            row.addWidget(b)
        row.addStretch(1)
        self.message = QLabel()
        row.addWidget(self.message)
        layout.addLayout(row)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.export_button.clicked.connect(self.export)
        self.stats_button.clicked.connect(self.preview_statistics)
        self.stamps_button.clicked.connect(self.preview_stamps)
        self._pack = pack
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        start, end = self._pack.report_period(year)
        self.period.setText(_tr("reports", "Kỳ báo cáo: {start} – {end}; hạn gửi {due}.").format(
            start=fmt_date(start), end=fmt_date(end), due=fmt_date(self._pack.report_due(year))))
        self.ctx.tasks.run_db(lambda s: load_report(s, year), self._show, self._error)

    def _show(self, data: dict) -> None:
        for key, edit in self.sections.items():
            edit.setPlainText(data["narrative"].get(key) or "")
        stats = data["stats"]
        self.stats_model.set_rows(stats_rows(self._pack, stats))
        self.chart.set_data([(_tr("reports", "Đến"), stats.incoming_total),
                             (_tr("reports", "Đi"), stats.outgoing_total),
                             (_tr("reports", "Sao, chụp"), stats.copies_made),
                             (_tr("reports", "Tiêu hủy"), stats.documents_destroyed)])
        self.loaded.emit(data)

    def _error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _sections(self) -> dict[str, str]:
        return {k: e.toPlainText() for k, e in self.sections.items()}

    def save(self) -> None:
        from app.services import paperwork

        year, actor, sections = self.year.value(), self.ctx.actor, self._sections()

        def done(_r):
            self.message.setText(_tr("reports", "Đã lưu nội dung báo cáo."))
            self.saved.emit(year)

        self.ctx.tasks.run_db(lambda s: paperwork.save_narrative(s, actor, year, **sections), done, self._error)

    def report_pdf(self, session, year: int) -> bytes:
        from app.services import paperwork

        return paperwork.annual_report_pdf(session, year, self._pack)

    def preview_pdf(self) -> None:
        from app.services import paperwork
        from app.ui.dialogs.print_preview_dialog import preview

        year, actor, sections = self.year.value(), self.ctx.actor, self._sections()

        def build(s):  # save first so the paper carries what is on screen
            paperwork.save_narrative(s, actor, year, **sections)
            return paperwork.annual_report_pdf(s, year, self._pack)

        preview(self.ctx, _tr("reports", "Báo cáo năm {year}").format(year=year), build, self)

    def preview_statistics(self) -> None:
        from app.services import papers
        from app.ui.dialogs.print_preview_dialog import preview

        year, pack = self.year.value(), self._pack
        preview(self.ctx, _tr("reports", "Thống kê BMNN năm {year}").format(year=year),
                lambda s: papers.statistics_pdf(s, year, pack), self)

    def preview_stamps(self) -> None:
        from app.services import papers
        from app.ui.dialogs.print_preview_dialog import preview

        pack = self._pack
        preview(self.ctx, _tr("reports", "Mẫu dấu"), lambda s: papers.stamp_sheet_pdf(s, pack), self)

    def export(self, *, list_drives=None, identify=None):
        """Open the export dialog (``list_drives`` / ``identify`` are for tests); returns it."""
        from app.ui.dialogs.export_dialog import ExportDialog

        year = self.year.value()
        dialog = ExportDialog(self.ctx, year, self._sections(), self, list_drives=list_drives, identify=identify)
        dialog.exported.connect(lambda outcome: self.message.setText(
            _tr("reports", "Đã xuất báo cáo năm {year} ra {path}.").format(year=year, path=outcome.result.directory)))
        dialog.open()
        self._dialog = dialog
        return dialog
