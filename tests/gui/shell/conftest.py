"""Shell tests run against real registries (fast test KDF) with every task inline."""
import datetime as dt

import pytest

from app.hwcheck.policy import legal_text
from app.hwcheck.model import Finding, Verdict


def make_verdict(findings=()):
    return Verdict(root="/", checked_at=dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.timezone.utc),
                   findings=tuple(findings), live_probes=True)


def usb_finding():
    return Finding(rule="usb.unapproved_connected", severity="block",
                   summary="USB lưu trữ chưa được phê duyệt đang cắm: Kingston DataTraveler.",
                   source="live:udev:/dev/sdb", evidence={"serial": "X1"},
                   legal_basis=legal_text("usb"))


@pytest.fixture(autouse=True)
def _no_real_hardware(monkeypatch):
    """Never run probes or the live monitor against the test machine."""
    from app.ui import machine_status

    monkeypatch.setattr(machine_status, "_run_check", lambda policy: make_verdict())
    monkeypatch.setattr(machine_status.MonitorBridge, "start", lambda self, policy, tasks=None: None)


@pytest.fixture(autouse=True)
def _answer_dialogs(monkeypatch):
    """Message boxes are answered "Không" (the default button) without a user."""
    from app.ui.widgets import messages

    shown = []

    def fake_exec(box):
        shown.append(box.text())
        box.defaultButton() and box.defaultButton().click()
        return 0

    monkeypatch.setattr(messages, "_exec", fake_exec)
    return shown


@pytest.fixture
def tasks(qapp):
    from app.ui.tasks import TaskRunner

    runner = TaskRunner()
    runner.synchronous = True
    return runner


@pytest.fixture
def ctx(registry, tasks):
    from app.ui.context import UiContext

    tasks.session_factory = registry.begin
    return UiContext(registry=registry, tasks=tasks)


from tests.gui.cupsd import _private_cups, cups  # noqa: E402,F401 - fixtures
