"""Issue 12 #7: a new auto-lock timeout saved in Cài đặt applies at once, not after the next unlock."""
from app.ui.idle import IdleWatcher
from app.ui.lock import LockController
from app.ui.main_window import MainWindow
from app.ui.qt import QTest, Qt
from tests.gui.shell.test_shell_lock import FakeClock


def test_saved_timeout_applies_at_once(qtbot, ctx):
    clock = FakeClock()
    lock = LockController(ctx.signals, IdleWatcher(15, wall=clock.wall, mono=clock.mono))
    win = MainWindow(ctx, lock)
    qtbot.addWidget(win)
    win.show()
    try:
        page = win.show_page("settings")
        spin = page.idle
        spin.setFocus()
        spin.selectAll()
        QTest.keyClicks(spin, "3")
        assert spin.value() == 3
        QTest.mouseClick(page.idle_save, Qt.LeftButton)
        assert "3 phút" in page.lock_note.text()
        assert lock.idle.minutes == 3
        clock.mono_now += 4 * 60
        clock.wall_now += 4 * 60
        assert lock.idle.check()  # 4 minutes idle: locked under the new 3-minute rule, not the old 15
        assert win.lock.is_locked and "3 phút" in win.lock_screen.reason.text()
    finally:
        if ctx.registry is not None:
            ctx.registry.close()
