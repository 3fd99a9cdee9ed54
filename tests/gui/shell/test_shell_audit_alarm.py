"""An alarm found at unlock (the audit log cut short behind the application) is shown to the user."""
from app.models.db import connect_raw
from app.services.registry import open_registry
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD


def test_head_mismatch_alarm_is_shown_after_unlock(qtbot, registry_path, tasks, _answer_dialogs):
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow

    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    key = reg.key
    reg.close()
    conn = connect_raw(registry_path, key)  # an insider with the key deletes the last entry
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")
    conn.commit()
    conn.close()
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        tasks.session_factory = reg.begin
        win = MainWindow(UiContext(registry=reg, tasks=tasks))
        qtbot.addWidget(win)
        assert any("CẢNH BÁO: nhật ký kiểm toán" in text for text in _answer_dialogs)
    finally:
        reg.close()
