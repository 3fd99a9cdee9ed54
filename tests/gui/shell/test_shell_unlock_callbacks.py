"""Issue 12 defect 1: after a lock and unlock, no callback may reach a widget the lock destroyed.

The run is the real one: ``AppSession.open_main`` with its asynchronous task runner, Ctrl+L, the
password typed on the lock screen and Enter. The machine check that follows every unlock records its
run and emits ``data_changed("check_run")`` — which used to reach the dashboard of before the lock
(``RuntimeError: Internal C++ object (QTableWidget) already deleted``). pytest-qt fails the test on
any exception raised in a slot or callback.
"""
import pytest

from app.ui.qt import QCoreApplication, QEvent, QTest, Qt
from tests.gui.keys import type_text
from tests.registry_fixtures import REGISTRY_PASSWORD


@pytest.fixture
def session(qtbot, registry):
    from app.ui.session import AppSession

    s = AppSession(registry.path)
    window = s.open_main(registry)
    qtbot.addWidget(window)
    yield s
    s.tasks.wait()
    if s.ctx.registry is not None:
        s.ctx.registry.close()


def _settle(qtbot, session):
    """Let every queued job finish and deliver its result (no fixed sleeps)."""
    for _ in range(5):
        session.tasks.wait()
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    qtbot.waitUntil(lambda: not session.machine_status.running)


def _lock_and_unlock(qtbot, session):
    win = session.window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    QTest.keyClick(win, Qt.Key_L, Qt.ControlModifier)
    assert win.lock.is_locked and win.pages == {}
    _settle(qtbot, session)
    form = win.lock_screen.form
    type_text(form.password, REGISTRY_PASSWORD)
    with qtbot.waitSignal(session.ctx.signals.data_changed, timeout=20000,
                          check_params_cb=lambda entity: entity == "check_run"):
        QTest.keyClick(form.password, Qt.Key_Return)
    _settle(qtbot, session)


def test_unlock_after_lock_raises_nothing_and_reloads_the_new_dashboard(qtbot, session):
    _settle(qtbot, session)
    first_dashboard = session.window.pages["dashboard"]
    for _ in range(3):  # the issue saw it on 4 of 4 tries
        _lock_and_unlock(qtbot, session)
    dashboard = session.window.pages["dashboard"]
    assert dashboard is not first_dashboard
    assert dashboard.data is not None  # the new page got its data
    assert session.window.root.currentWidget() is session.window.content


def test_result_of_a_job_started_before_the_lock_is_not_delivered_after_it(qtbot, session):
    _settle(qtbot, session)
    seen = []
    page = session.window.pages["dashboard"]
    session.tasks.run(lambda: "done", lambda value: seen.append(value))  # a lambda: no owner to inspect
    session.window.lock.lock_now()  # waits for the job; its result is still queued
    _settle(qtbot, session)
    assert seen == []
    del page


def test_a_result_for_a_closed_dialog_is_dropped(qtbot, session):
    """Owner taken from a bound method: the dialog closed (deleted) before its data arrived."""
    import shiboken6

    from app.ui.qt import QDialog, QLabel

    dialog = QDialog(session.window)
    label = QLabel(dialog)
    session.tasks.run(lambda: "Chi tiết văn bản", label.setText)
    shiboken6.delete(dialog)
    _settle(qtbot, session)  # would raise "Internal C++ object (QLabel) already deleted"
    assert not shiboken6.isValid(label)


def test_subscriptions_of_a_retired_page_stop_at_once(qtbot, session):
    from app.ui.lifetime import retire, subscribe
    from app.ui.qt import QWidget

    page = QWidget(session.window)
    seen = []
    subscribe(session.ctx.signals.data_changed, page, seen.append)
    session.ctx.signals.data_changed.emit("document")
    retire(page)
    session.ctx.signals.data_changed.emit("copy")
    assert seen == ["document"]
