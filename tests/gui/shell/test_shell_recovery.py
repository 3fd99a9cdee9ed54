"""Forgotten password: the unlock form's recovery button → the printed code (typed loosely) → a new password
for the head's login → the registry opens. Real registries; every task inline."""
import pytest
from sqlalchemy import select

from app.models import AuditEvent
from app.services import keystore
from app.services.registry import WrongPassword, open_registry
from app.ui.unlock_dialog import UnlockForm
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_ADMIN_NAME, REGISTRY_PASSWORD

NEW = "Mật khẩu mới sau khôi phục"


@pytest.fixture
def form(qtbot, tasks, registry_path):
    f = UnlockForm(tasks, registry_path, "")
    qtbot.addWidget(f)
    return f


def _loose(code):
    """As a clerk might type it: lower case, spaces instead of dashes, a stray space."""
    return " " + code.lower().replace("-", " ") + " "


def test_recovery_code_then_new_password_opens_the_registry(qtbot, form, registry_path, recovery_code):
    assert "mã khôi phục" in form.recovery_button.text()
    dialog = form.open_recovery()
    qtbot.addWidget(dialog)
    dialog.code.setText(_loose(recovery_code))
    assert "45/45" in dialog.code_echo.text() and recovery_code in dialog.code_echo.text()
    dialog.submit_code()
    assert dialog.error_kind is None, dialog.error.text()
    assert dialog.steps.currentWidget() is dialog.password_page
    assert dialog.code.text() == ""
    assert REGISTRY_ADMIN_NAME in dialog.who.text() and REGISTRY_ADMIN in dialog.who.text()

    dialog.new_password.setText("ngắn")
    dialog.new_password2.setText("ngắn")
    dialog.submit_password()
    assert dialog.error_kind == "ShortPassword"
    dialog.new_password.setText(NEW)
    dialog.new_password2.setText(NEW + "x")
    dialog.submit_password()
    assert dialog.error_kind == "Mismatch"
    dialog.new_password2.setText(NEW)
    with qtbot.waitSignal(form.opened) as blocker:
        dialog.submit_password()
    registry = blocker.args[0]
    try:
        assert registry.actor.username == REGISTRY_ADMIN
        assert form.username.text() == REGISTRY_ADMIN
        assert dialog.new_password.text() == "" and dialog.new_password2.text() == ""
        with registry.session() as s:
            actions = s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("login.%"))).all()
        assert actions[-2:] == ["login.recovery", "login.reset"]
    finally:
        registry.close()
    with pytest.raises(WrongPassword):
        open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    open_registry(registry_path, REGISTRY_ADMIN, NEW).close()


def test_wrong_or_mistyped_code_is_a_sentence(qtbot, form):
    dialog = form.open_recovery()
    qtbot.addWidget(dialog)
    dialog.code.setText(keystore.new_recovery_code())  # well formed, not this registry's
    dialog.submit_code()
    assert dialog.error_kind == "WrongPassword"
    assert "Mã khôi phục không đúng" in dialog.error.text()
    assert dialog.steps.currentWidget() is dialog.code_page
    dialog.code.setText("ABCDE-FGHJK")
    dialog.submit_code()
    assert dialog.error_kind == "InvalidRecoveryCode" and "10" in dialog.error.text()


def test_cancelling_before_the_new_password_leaves_the_registry_closed(qtbot, form, registry_path,
                                                                       recovery_code):
    opened = []
    form.opened.connect(opened.append)
    dialog = form.open_recovery()
    qtbot.addWidget(dialog)
    dialog.code.setText(recovery_code)
    dialog.submit_code()
    assert dialog.registry is not None
    dialog.reject()
    assert dialog.registry is None and opened == []
    open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD).close()  # not in use, password unchanged


def test_lock_screen_offers_recovery(qtbot, ctx, recovery_code):
    from app.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.lock.lock_now()
    assert ctx.registry is None
    dialog = win.lock_screen.form.open_recovery()
    qtbot.addWidget(dialog)
    dialog.code.setText(recovery_code)
    dialog.submit_code()
    dialog.new_password.setText(NEW)
    dialog.new_password2.setText(NEW)
    with qtbot.waitSignal(win.lock.unlocked):
        dialog.submit_password()
    try:
        assert win.root.currentWidget() is win.content and ctx.registry.actor.username == REGISTRY_ADMIN
    finally:
        ctx.registry.close()
        ctx.registry = None
