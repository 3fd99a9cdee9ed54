"""Locking: Ctrl+L, idle by wall-clock time (injected clocks), and a live-monitor event. Locking
drops every page and closes the registry; the password opens it again."""
import pytest

from app.ui.idle import IdleWatcher
from app.ui.lock import LockController
from app.ui.main_window import PAGE_KEYS, MainWindow, PlaceholderPage
from app.ui.qt import QTest, Qt
from tests.gui.shell.conftest import usb_finding
from tests.registry_fixtures import REGISTRY_PASSWORD


class FakeClock:
    def __init__(self):
        self.wall_now, self.mono_now = 1_800_000_000.0, 5000.0

    def wall(self):
        return self.wall_now

    def mono(self):
        return self.mono_now

    def sleep_suspended(self, seconds):
        """A suspend: the wall clock moves, the monotonic clock does not."""
        self.wall_now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, ctx, clock):
    idle = IdleWatcher(5, wall=clock.wall, mono=clock.mono)
    lock = LockController(ctx.signals, idle)
    win = MainWindow(ctx, lock)
    qtbot.addWidget(win)
    win.show()
    yield win
    if ctx.registry is not None:
        ctx.registry.close()


def _assert_locked(win, ctx):
    assert win.lock.is_locked
    assert win.root.currentWidget() is win.lock_screen
    assert win.pages == {}
    assert ctx.registry is None


def _unlock(qtbot, win):
    win.lock_screen.form.password.setText(REGISTRY_PASSWORD)
    with qtbot.waitSignal(win.lock.unlocked):
        win.lock_screen.form.submit()


def test_every_page_opens_or_shows_a_placeholder(window):
    for key in PAGE_KEYS:
        page = window.show_page(key)
        assert window.page_stack.currentWidget() is page
    assert not isinstance(window.pages["dashboard"], PlaceholderPage)
    assert "Sổ Mật 0." in window.windowTitle()


def test_ctrl_l_locks_and_password_unlocks(qtbot, window, ctx):
    window.show_page("audit")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    _assert_locked(window, ctx)
    assert "theo yêu cầu" in window.lock_screen.reason.text()
    _unlock(qtbot, window)
    assert ctx.registry is not None
    assert window.root.currentWidget() is window.content
    assert window.page_stack.currentWidget() is window.pages["audit"]  # back where it was (issue 12 #11)


def test_wrong_password_on_lock_screen_stays_locked(qtbot, window, ctx):
    window.lock.lock_now()
    window.lock_screen.form.password.setText("sai")
    window.lock_screen.form.submit()
    assert window.lock_screen.form.error_kind == "WrongPassword"
    _assert_locked(window, ctx)


def test_idle_lock_by_wall_clock_after_suspend(window, ctx, clock):
    idle = window.lock.idle
    clock.mono_now += 60
    assert not idle.check()
    clock.sleep_suspended(5 * 60)  # monotonic stood still while the machine slept
    assert idle.check()
    _assert_locked(window, ctx)
    assert "5 phút" in window.lock_screen.reason.text()


def test_activity_resets_idle(qtbot, window, clock):
    idle = window.lock.idle
    idle.start()
    try:
        clock.mono_now += 4 * 60
        clock.wall_now += 4 * 60
        QTest.mouseMove(window.sidebar)
        QTest.keyClick(window.sidebar, Qt.Key_Down)
        clock.mono_now += 2 * 60
        clock.wall_now += 2 * 60
        assert not idle.check()
    finally:
        idle.stop()


def test_clock_set_back_counts_as_idle(window, clock):
    clock.wall_now -= 3600
    assert window.lock.idle.check()


def test_monitor_event_locks(qtbot, window, ctx):
    window.show_page("settings")
    with qtbot.waitSignal(window.lock.locked) as blocker:
        ctx.signals.monitor_event.emit([usb_finding()])
    _assert_locked(window, ctx)
    assert "Kingston" in blocker.args[0]


def test_monitor_warning_does_not_lock(window, ctx):
    from app.hwcheck.model import Finding

    warn = Finding(rule="usb.unapproved_connected", severity="warn", summary="USB chỉ có sê-ri.", source="x",
                   evidence={}, legal_basis="")
    ctx.signals.monitor_event.emit([warn])
    assert not window.lock.is_locked


def test_monitor_bridge_hands_thread_callbacks_to_the_gui(qtbot, ctx):
    import threading

    from app.ui.machine_status import MonitorBridge

    bridge = MonitorBridge(ctx.signals)
    with qtbot.waitSignal(ctx.signals.monitor_event) as blocker:
        threading.Thread(target=bridge.callback, args=([usb_finding()],)).start()
    assert blocker.args[0][0].rule == "usb.unapproved_connected"
