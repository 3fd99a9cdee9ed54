"""The unlock form shows the core's distinct errors and opens a real registry."""
import os

import pytest

from app.ui.unlock_dialog import UnlockDialog, UnlockForm
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD, copy_registry


@pytest.fixture
def form(qtbot, tasks, registry_path):
    f = UnlockForm(tasks, registry_path, REGISTRY_ADMIN)
    qtbot.addWidget(f)
    yield f


def _submit(form, password):
    form.password.setText(password)
    form.submit()


def test_correct_password_opens_the_registry(qtbot, form):
    with qtbot.waitSignal(form.opened) as blocker:
        _submit(form, REGISTRY_PASSWORD)
    registry = blocker.args[0]
    try:
        assert registry.actor.username == REGISTRY_ADMIN
        assert form.password.text() == ""
    finally:
        registry.close()


def test_wrong_password(form):
    _submit(form, "không phải mật khẩu")
    assert form.error_kind == "WrongPassword"
    assert not form.error.isHidden()
    assert "Mật khẩu không đúng" in form.error.text()
    assert form.password.text() == ""  # never kept in the field


def test_not_a_somat_file(form, tmp_path):
    other = tmp_path / "bao-cao.somat"
    other.write_bytes(b"PK\x03\x04 not ours")
    form.set_path(other)
    _submit(form, REGISTRY_PASSWORD)
    assert form.error_kind == "NotSomatFile"
    assert "Chọn tệp khác" in form.error.text()


def test_damaged_file(form, registry_path, tmp_path):
    damaged = copy_registry(registry_path, tmp_path / "hong.somat")
    size = damaged.stat().st_size
    with open(damaged, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(os.urandom(8192))
    form.set_path(damaged)
    _submit(form, REGISTRY_PASSWORD)
    assert form.error_kind == "DamagedFile"
    assert "bị hỏng" in form.error.text()


def test_registry_in_use(form, registry):
    _submit(form, REGISTRY_PASSWORD)
    assert form.error_kind == "RegistryInUse"


def test_too_many_attempts_disables_the_button_with_the_wait(qtbot, tasks, registry_path):
    from app.services.login_guard import TooManyAttempts

    def opener(*_a):
        raise TooManyAttempts(42)

    form = UnlockForm(tasks, registry_path, REGISTRY_ADMIN, opener=opener)
    qtbot.addWidget(form)
    _submit(form, "x")
    assert form.error_kind == "TooManyAttempts"
    assert not form.button.isEnabled()
    assert "42 giây" in form.error.text()


def test_missing_input_is_a_sentence(form):
    form.submit()
    assert form.error_kind == "MissingInput"


def test_dialog_remembers_path_and_user(qtbot, tasks, registry_path):
    from app.ui import prefs

    dialog = UnlockDialog(tasks, registry_path)
    qtbot.addWidget(dialog)
    dialog.form.username.setText(REGISTRY_ADMIN)
    dialog.form.password.setText(REGISTRY_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.form.submit()
    dialog.registry.close()
    assert prefs.get(prefs.LAST_REGISTRY) == str(registry_path)
    again = UnlockDialog(tasks)
    qtbot.addWidget(again)
    assert again.path == registry_path
    assert again.form.username.text() == REGISTRY_ADMIN
