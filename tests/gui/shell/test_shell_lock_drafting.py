"""Locking while a draft is open: the main window calls DraftingPage.save_before_lock() while the registry is
still open, so the draft reaches the database and the editor is wiped before the pages are dropped."""
import pytest
from sqlalchemy import select

from app.models import AuditEvent, Draft
from app.ui.idle import IdleWatcher
from app.ui.lock import LockController
from app.ui.main_window import MainWindow
from tests.gui.shell.test_shell_lock import FakeClock
from tests.registry_fixtures import REGISTRY_PASSWORD


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, ctx, clock):
    win = MainWindow(ctx, LockController(ctx.signals, IdleWatcher(5, wall=clock.wall, mono=clock.mono)))
    qtbot.addWidget(win)
    win.show()
    yield win
    if ctx.registry is not None:
        ctx.registry.close()


def _type_draft(window, title, body):
    page = window.show_page("drafting")
    assert page.is_open  # the (patched) check passes
    page.new_draft()
    page.editor.title.setText(title)
    page.editor.body.setPlainText(body)
    return page


def _drafts_after_unlock(qtbot, window, ctx):
    window.lock_screen.form.password.setText(REGISTRY_PASSWORD)
    with qtbot.waitSignal(window.lock.unlocked):
        window.lock_screen.form.submit()
    with ctx.registry.session() as s:
        return [(d.title, d.body_html) for d in s.scalars(select(Draft))], \
            s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("draft.%"))).all()


def test_ctrl_l_saves_the_open_draft_and_wipes_the_editor(qtbot, window, ctx):
    page = _type_draft(window, "Phương án bảo vệ", "Nội dung mật chưa lưu")
    editor = page.editor
    window.lock.lock_now()
    assert window.lock.is_locked and ctx.registry is None
    assert editor.body.toPlainText() == "" and editor.title.text() == ""
    assert not editor.body.document().isUndoAvailable()
    drafts, actions = _drafts_after_unlock(qtbot, window, ctx)
    assert len(drafts) == 1 and drafts[0][0] == "Phương án bảo vệ"
    assert "Nội dung mật chưa lưu" in drafts[0][1]
    assert actions == ["draft.create"]


def test_idle_lock_saves_changes_to_an_existing_draft(qtbot, window, ctx, clock):
    page = _type_draft(window, "Báo cáo", "Bản một")
    with qtbot.waitSignal(page.saved):
        page.save()
    page.editor.body.setPlainText("Bản hai, chưa lưu")
    clock.sleep_suspended(6 * 60)
    assert window.lock.idle.check()
    assert window.lock.is_locked
    assert page.editor.body.toPlainText() == ""
    drafts, actions = _drafts_after_unlock(qtbot, window, ctx)
    assert len(drafts) == 1 and "Bản hai, chưa lưu" in drafts[0][1]
    assert actions == ["draft.create", "draft.save"]


def test_nothing_typed_nothing_saved(qtbot, window, ctx):
    page = window.show_page("drafting")
    page.new_draft()
    window.lock.lock_now()
    drafts, actions = _drafts_after_unlock(qtbot, window, ctx)
    assert drafts == [] and actions == []
