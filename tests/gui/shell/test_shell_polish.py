"""What the screenshots showed: the dashboard verdict agrees with the findings listed, long findings wrap,
the register tables have no row-number header and two-line column headers."""

from app.hwcheck.policy import legal_text
from app.hwcheck.model import Finding
from app.ui.main_window import MainWindow
from app.ui.pages.dashboard_page import DashboardPage
from app.ui.pages.registers_page import IncomingPage
from app.ui.qt import Qt
from tests.gui.shell.conftest import make_verdict, usb_finding

LONG = ("Nhật ký hệ thống ghi nhận USB chưa được phê duyệt đã từng cắm: SanDisk Cruzer Blade [0781:5567] lúc "
        "14:05 ngày 12/01/2026, rồi lại cắm lúc 09:12 ngày 15/01/2026 trên cổng USB phía sau máy.")


def _warning(summary=LONG):
    return Finding(rule="usb.unapproved_history", severity="warn", summary=summary, source="/var/log/kern.log.1",
                   evidence={}, legal_basis=legal_text("usb"))


def test_verdict_with_only_warnings_says_passed_with_warnings(qtbot, ctx):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    ctx.signals.machine_status.emit(make_verdict([_warning()]))
    assert page.machine_banner.kind == "warn"
    assert "đạt yêu cầu" in page.machine_banner.text() and "1 cảnh báo" in page.machine_banner.text()
    assert win.machine_label.text() == "Máy: đạt, có cảnh báo"
    ctx.signals.machine_status.emit(make_verdict([_warning(), usb_finding()]))
    assert page.machine_banner.kind == "fail" and "KHÔNG đạt" in win.machine_label.text()
    ctx.signals.machine_status.emit(make_verdict())
    assert page.machine_banner.kind == "ok" and win.machine_label.text() == "Máy: đạt yêu cầu"


def test_long_finding_wraps_instead_of_being_cut(qtbot, ctx):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    ctx.signals.machine_status.emit(make_verdict([_warning()]))
    item = page.findings.topLevelItem(0)
    one_line = page.findings.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: page.findings.visualItemRect(item).height() >= 2 * one_line)


def test_register_table_has_no_row_numbers_and_two_line_headers(qtbot, ctx):
    page = IncomingPage(ctx)
    qtbot.addWidget(page)
    assert page.table.verticalHeader().isHidden()
    header = page.table.horizontalHeader()
    assert header.minimumHeight() >= 2 * header.fontMetrics().lineSpacing()
    assert page.model.headerData(0, Qt.Horizontal).startswith("(1) ")
