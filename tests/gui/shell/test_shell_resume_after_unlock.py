"""Issue 12 #11: after an unlock the clerk is back on the page and line they left; the unlock form shows the
count of wrong passwords and the delay to come; a visible button locks. Real clicks and keys."""
import datetime as dt

import pytest

from app.services import documents
from app.ui.idle import IdleWatcher
from app.ui.lock import LockController
from app.ui.main_window import MainWindow
from app.ui.qt import QTest, Qt
from tests.gui.keys import type_text
from tests.gui.shell.test_shell_lock import FakeClock
from tests.registry_fixtures import REGISTRY_PASSWORD


@pytest.fixture
def window(qtbot, ctx):
    clock = FakeClock()
    win = MainWindow(ctx, LockController(ctx.signals, IdleWatcher(5, wall=clock.wall, mono=clock.mono)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if ctx.registry is not None:
        ctx.registry.close()


def _unlock_by_keyboard(qtbot, win, password=REGISTRY_PASSWORD):
    form = win.lock_screen.form
    type_text(form.password, password)
    QTest.keyClick(form.password, Qt.Key_Return)


def test_back_on_the_same_page_and_line_after_unlock(qtbot, window, ctx, registry):
    with registry.begin() as s:
        for i in range(3):
            documents.register_incoming(s, registry.actor, documents.IncomingInput(
                ngay_den=dt.date(2026, 3, 1 + i), co_quan_ban_hanh=f"Cơ quan {i}", so_ky_hieu=f"{i}/CV",
                loai_van_ban="Công văn", trich_yeu=f"Việc số {i}", do_mat="mat"))
    page = window.show_page("incoming")
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, table.visualRect(page.model.index(1, 1)).center())
    chosen = page.current_id()
    assert chosen is not None
    QTest.mouseClick(window.lock_button, Qt.LeftButton)  # the visible lock button
    assert window.lock.is_locked and window.pages == {}
    _unlock_by_keyboard(qtbot, window)
    assert not window.lock.is_locked
    page = window.pages["incoming"]
    assert window.page_stack.currentWidget() is page
    assert window.sidebar.currentItem().data(Qt.UserRole) == "incoming"
    assert page.current_id() == chosen


def test_wrong_passwords_show_the_count_and_the_delay(qtbot, window, monkeypatch):
    import time

    from app.services import login_guard

    window.lock.lock_now()
    form = window.lock_screen.form
    assert form.attempts.isHidden()
    _unlock_by_keyboard(qtbot, window, "sai một")
    assert form.error_kind == "WrongPassword"
    assert "Đã nhập sai 1 lần liên tiếp. Còn 4 lần thử" in form.attempts.text() and form.attempts.isVisible()
    for n in range(2, 6):
        _unlock_by_keyboard(qtbot, window, f"sai {n}")
    assert form.error_kind == "WrongPassword"
    text = form.attempts.text()
    assert "Đã nhập sai 5 lần liên tiếp. Phải chờ" in text and "Lần sai tiếp theo phải chờ 1 phút" in text
    assert not form.button.isEnabled() and "Có thể thử lại sau 30 giây" in form.error.text()  # counting down now
    _unlock_by_keyboard(qtbot, window)  # refused while the delay runs
    assert window.lock.is_locked
    monkeypatch.setattr(login_guard, "_clock", lambda: time.time() + 31)  # the 30 s have passed
    form.load_attempts()
    assert form.button.isEnabled()
    QTest.keyClick(form.password, Qt.Key_Return)  # the password typed during the wait is still there
    assert not window.lock.is_locked and form.attempts.isHidden(), (form.error_kind, form.error.text())
