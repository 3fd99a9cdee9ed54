"""The program log (``somat.log``, plaintext on disk) never holds SQL parameters or document content.

The attack: a draft save fails (here a real foreign-key violation on a real SQLCipher registry); the
exception reaches the log through every path the application uses (the background task runner, the
error dialog's ``exc_info``, ``log.warning("%s", exc)``, the crash hook, and a traceback pasted into a
message). Today the draft's body is in ``somat.log``.
"""
import logging
import sys
import traceback

import pytest

from app import logsetup
from app.services.drafts import save_draft

BODY = "<p>Phương án bảo vệ mục tiêu K-47 tại tọa độ 10.7769 106.7009</p>"
TITLE = "Kế hoạch tuyệt mật số 99"
SECRETS = ("K-47", "10.7769", "Phương án bảo vệ", "tuyệt mật số 99")


@pytest.fixture
def log_file():
    logsetup.close_logging()
    logsetup.init_logging()
    yield logsetup.log_path()
    logsetup.close_logging()


def _failing_save(registry) -> BaseException:
    try:
        with registry.begin() as s:
            save_draft(s, registry.actor, None, TITLE, BODY, "mat", None, machine_id=987654)  # no such machine
    except Exception as exc:  # noqa: BLE001 - the real failure is what we log
        return exc
    raise AssertionError("the save should have failed on the foreign key")


def test_the_database_error_itself_hides_parameters(registry):
    exc = _failing_save(registry)
    assert type(exc).__name__ == "IntegrityError"
    text = "".join(traceback.format_exception(exc))
    for secret in SECRETS:
        assert secret not in text


def test_failed_draft_save_leaves_no_content_in_the_log(registry, log_file, qapp, monkeypatch):
    exc = _failing_save(registry)
    log = logging.getLogger("app.ui.somewhere")

    # 1. the background task runner (app.ui.tasks) logging an unexpected error
    from app.ui.tasks import _Job, _Relay

    def boom():
        raise exc
    _Job(boom, _Relay(), lambda v: None, lambda e: None).run()
    # 2. the error dialog's exc_info, 3. an exception as a %s argument
    log.error("Lỗi ngoài dự kiến", exc_info=(type(exc), exc, exc.__traceback__))
    log.warning("Lưu dự thảo: %s", exc)
    log.error(ValueError(f"ô: {BODY}"))   # an exception as the message itself
    # 4. the crash hook (no QApplication shown: the box is skipped, the log line is written)
    from app.ui import app as ui_app

    monkeypatch.setattr(ui_app.QApplication, "instance", staticmethod(lambda: None))
    ui_app.install_excepthook()
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = sys.__excepthook__
    # 5. somebody's own formatted traceback with an exception whose message quotes content
    try:
        raise ValueError(f"không đọc được ô: {BODY} [parameters: ('{TITLE}', '{BODY}')]")
    except ValueError:
        log.error("Nhập tệp:\n%s", traceback.format_exc())
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text, secret
    assert f"parameters: ('{TITLE}'" not in text
    # the log is still useful: what failed and where
    assert text.count("sqlalchemy.exc.IntegrityError") >= 4
    assert "FOREIGN KEY constraint failed" in text
    assert "drafts.py" in text and "ValueError" in text
    assert any(secret in BODY for secret in SECRETS)  # the markers really are in the content
    assert all(secret not in "\n".join(logsetup.RING) for secret in SECRETS)


def test_describe_keeps_only_safe_facts():
    err = FileNotFoundError(2, "No such file", "/media/usb/Kế hoạch K-47.docx")
    assert logsetup.describe_exception(err) == f"FileNotFoundError errno=ENOENT {logsetup.HIDDEN}"
    from app.services.errors import ValidationError

    text = logsetup.describe_exception(ValidationError(f"Trích yếu “{BODY}” quá dài", field="trich_yeu"))
    assert "field=trich_yeu" in text and "K-47" not in text
