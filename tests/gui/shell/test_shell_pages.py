"""Dashboard on a demo registry, the audit table model, the machines and settings pages."""
import datetime as dt

import pytest

from app.ui.pages.audit_page import AuditPage
from app.ui.pages.audit_table_model import AuditTableModel
from app.ui.pages.dashboard_page import DashboardPage
from app.ui.pages.machines_page import MachinesPage
from app.ui.pages.settings_page import SettingsPage
from tests.gui.shell.conftest import make_verdict, usb_finding

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def demo_ctx(ctx):
    from app.services.demo import populate_demo

    with ctx.registry.begin() as s:
        populate_demo(s, ctx.registry.actor, TODAY)
    return ctx


def test_dashboard_shows_alerts_and_counts_of_a_demo_registry(qtbot, demo_ctx):
    from app.services.alerts import backup_alert, compute_alerts

    with demo_ctx.registry.session() as s:
        expected = compute_alerts(s, TODAY)
        assert expected, "the demo registry should have something due"
        expected.append(backup_alert(s, TODAY, None))  # never backed up: the reminder comes first
    page = DashboardPage(demo_ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.alerts.rowCount() == len(expected)
    shown = {page.alerts.item(r, 2).text() for r in range(page.alerts.rowCount())}
    assert {a.message for a in expected} == shown
    total = sum(int(page.counts.item(r, page.counts.columnCount() - 1).text()) for r in range(page.counts.rowCount()))
    assert total > 0
    assert sum(v for _l, v in page.chart.data()) == total


def test_dashboard_machine_status_and_recheck(qtbot, ctx):
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    ctx.signals.machine_status.emit(make_verdict([usb_finding()]))
    assert page.machine_banner.kind == "fail"
    assert page.findings.topLevelItemCount() == 1
    assert "17/CT-UBND" in page.findings.topLevelItem(0).text(1)  # the legal basis the policy gives
    with qtbot.waitSignal(ctx.signals.machine_status):
        page.recheck_button.click()  # the fake check passes
    assert page.machine_banner.kind == "ok"
    from app.models import CheckRun

    with ctx.registry.session() as s:
        assert s.query(CheckRun).count() == 1  # the run was kept as evidence


def test_audit_model_passes_qtmodeltester(qtmodeltester, ctx):
    model = AuditTableModel(ctx.tasks.run_db, block=3)
    model.reload()
    assert model.rowCount() == 3
    while model.canFetchMore():
        model.fetchMore()
    with ctx.registry.session() as s:
        from app.models import AuditEvent

        assert model.rowCount() == s.query(AuditEvent).count()
    assert int(model.data(model.index(0, 0))) > int(model.data(model.index(1, 0)))  # newest first
    qtmodeltester.check(model, force_py=True)


def test_audit_page_verifies_the_chain(qtbot, ctx):
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() > 0
    page.verify_button.click()
    assert page.result.kind == "ok"
    assert "nguyên vẹn" in page.result.text()


def test_machines_page_adds_a_usb_from_the_plugged_list(qtbot, ctx, monkeypatch):
    from app.hwcheck.usb_now import UsbDevice
    from app.ui.pages import machines_page

    drive = UsbDevice("0951", "1666", "Kingston", "DataTraveler", "E0D55EA574F5", 16_000_000_000, "/dev/sdb", ())
    monkeypatch.setattr(machines_page.UsbPickDialog, "exec", lambda self: (
        self.list.item(0).setCheckState(machines_page.Qt.Checked), True)[1])
    page = MachinesPage(ctx, usb_lister=lambda: [drive])
    qtbot.addWidget(page)
    page.add_usb()
    assert page.usbs.rowCount() == 1
    assert page.usbs.item(0, 3).text() == "E0D55EA574F5"


def test_settings_page_shows_pack_and_saves_idle(qtbot, ctx):
    from app.ui import prefs

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert ctx.pack.name in page.pack_label.text()
    assert page.agency_labels["name"].text() != "—"
    page.idle.setValue(12)
    page.save_idle()
    assert prefs.get(prefs.IDLE_MINUTES) == 12
    from app.services.settings import get_setting

    with ctx.registry.session() as s:
        assert get_setting(s, "ui.idle_minutes") == 12


def test_settings_backup_now(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.backup_now()
    assert page.backup_result.kind == "ok", page.backup_result.text()
    assert page.backups.count() == 1
