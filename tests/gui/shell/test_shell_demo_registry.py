"""Issue 12 #13: a demo registry (made by `somat gui --demo`) shows its public login in the unlock window while
it holds only the sample data, and carries a visible "SỔ MẪU" watermark; a real registry shows neither."""
import pytest

from app.services import demo_marker
from app.ui.context import UiContext
from app.ui.idle import IdleWatcher
from app.ui.lock import LockController
from app.ui.main_window import MainWindow
from app.ui.qt import QDialogButtonBox, QTest, Qt
from app.ui.unlock_dialog import UnlockDialog
from tests.gui.keys import type_text
from tests.registry_fixtures import copy_registry


@pytest.fixture(scope="module")
def _demo_template(tmp_path_factory):
    from app.cli.gui_cmd import create_demo

    path = tmp_path_factory.mktemp("demo") / "so-mau.somat"
    create_demo(path)
    return path


@pytest.fixture
def demo_path(_demo_template, tmp_path):
    path = copy_registry(_demo_template, tmp_path / "so-mau.somat")
    demo_marker.mark(path)
    return path


def _unlock(qtbot, tasks, path, password):
    dialog = UnlockDialog(tasks, path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.username.setText(demo_marker.DEMO_USERNAME)
    type_text(dialog.form.password, password)
    QTest.keyClick(dialog.form.password, Qt.Key_Return)
    return dialog


def test_demo_login_shown_then_watermark_then_hidden_once_data_is_added(qtbot, tasks, demo_path):
    dialog = UnlockDialog(tasks, demo_path)
    qtbot.addWidget(dialog)
    shown = dialog.form.demo.text()
    assert dialog.form.demo.isVisibleTo(dialog)
    assert demo_marker.DEMO_USERNAME in shown and demo_marker.DEMO_PASSWORD in shown and "SỔ MẪU" in shown
    dialog = _unlock(qtbot, tasks, demo_path, demo_marker.DEMO_PASSWORD)  # the password read off the window
    registry = dialog.registry
    assert registry is not None
    tasks.session_factory = registry.begin
    ctx = UiContext(registry=registry, tasks=tasks)
    window = MainWindow(ctx, LockController(ctx.signals, IdleWatcher(5)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        qtbot.waitExposed(window)
        mark = window.watermark
        assert mark.isVisible() and mark.geometry() == window.root.rect()
        with_mark = window.grab().toImage()
        mark.hide()
        without = window.grab().toImage()
        mark.show()
        assert with_mark != without  # it is painted, over the page
        # the clerk enters a document: the demo login is no longer shown before the unlock
        page = window.show_page("incoming")
        page.new_document()
        form = page._dialog
        type_text(form.form.widgets["co_quan_ban_hanh"], "UBND tỉnh")
        type_text(form.form.widgets["so_ky_hieu"], "99/UBND")
        with qtbot.waitSignal(form.saved):
            QTest.mouseClick(form.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
        assert demo_marker.read(demo_path).pristine is False
        window.lock.lock_now()
        lock_form = window.lock_screen.form
        assert demo_marker.DEMO_PASSWORD not in lock_form.demo.text() and "SỔ MẪU" in lock_form.demo.text()
        assert window.watermark.isVisible()  # still a demo registry
    finally:
        if ctx.registry is not None:
            ctx.registry.close()


def test_a_real_registry_shows_no_demo_login_and_no_watermark(qtbot, ctx, registry_path):
    dialog = UnlockDialog(ctx.tasks, registry_path)
    qtbot.addWidget(dialog)
    assert dialog.form.demo.isHidden() and demo_marker.read(registry_path) is None
    window = MainWindow(ctx, LockController(ctx.signals, IdleWatcher(5)))
    qtbot.addWidget(window)
    window.show()
    try:
        assert not window.watermark.isVisible()
    finally:
        ctx.registry.close()
