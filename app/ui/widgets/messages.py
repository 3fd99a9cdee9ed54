"""Confirmation and error dialogs with one voice for the whole application.

* ``confirm_danger(parent, title, consequence)`` — a dangerous action: says what will happen, the
  default (Enter / Esc) is "Không". Returns True only when the clerk pressed the yes button.
* ``show_error(parent, error, next_step=None)`` — a sentence the clerk understands plus what to do
  next. ``SomatError`` messages are shown as they are; anything else is "our bug" and is logged.
* ``show_info(parent, title, text)`` — plain information.
* ``error_text(error)`` — the sentence ``show_error`` would show (for inline labels). An error with a
  ``code`` (see ``app.errors``) is translated by code: its template is looked up in the Qt catalogue
  (context ``errors``) and filled with the error's ``params``; the ``.ts`` file is the only catalogue.
* ``coded_text(code, params)`` / ``show_coded(parent, code, params)`` — the same for a code alone.

Tests replace the module-level ``_exec`` to answer dialogs without a user.
"""
from __future__ import annotations

import logging

from app.errors import CONTEXT, TEMPLATES, SomatError, Term
from app.export.errors import BundleError, ExportError
from app.ui.qt import QCoreApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

# Errors whose message is a sentence for the clerk (the export package does not depend on services).
USER_ERRORS: tuple[type[BaseException], ...] = (SomatError, ExportError, BundleError)


_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def _exec(box: QMessageBox) -> int:
    """Run a message box modally (tests monkeypatch this)."""
    return box.exec()


def confirm_danger(parent: QWidget | None, title: str, consequence: str, *,
                   yes_text: str | None = None, no_text: str | None = None) -> bool:
    """Ask before a dangerous action. ``consequence`` says what will happen if the clerk agrees."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(title)
    box.setText(f"<b>{title}</b>")
    box.setInformativeText(consequence)
    yes = box.addButton(yes_text or _tr("messages", "Có, tiếp tục"), QMessageBox.DestructiveRole)
    no = box.addButton(no_text or _tr("messages", "Không"), QMessageBox.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    _exec(box)
    return box.clickedButton() is yes


def coded_text(code: str, params: dict | None = None) -> str:
    """The sentence of an error code in the interface language (Vietnamese when untranslated)."""
    values = {k: (_tr(CONTEXT, v) if isinstance(v, Term) else v) for k, v in (params or {}).items()}
    return _tr(CONTEXT, TEMPLATES[code]).format(**values)


def error_text(error: BaseException | str) -> str:
    if isinstance(error, str):
        return error
    if isinstance(error, USER_ERRORS):
        code = getattr(error, "code", None)
        if code in TEMPLATES:
            return coded_text(code, getattr(error, "params", None))
        return getattr(error, "message", None) or str(error)
    return _tr("messages", "Đã xảy ra lỗi ngoài dự kiến trong chương trình. Dữ liệu đã ghi trước đó không bị ảnh hưởng. "
               "Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ quản trị kèm tệp nhật ký chương trình.")


def show_error(parent: QWidget | None, error: BaseException | str, next_step: str | None = None, *,
               title: str | None = None) -> None:
    if isinstance(error, BaseException) and not isinstance(error, USER_ERRORS):
        log.error("Lỗi ngoài dự kiến", exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical if not isinstance(error, USER_ERRORS) else QMessageBox.Warning)
    box.setWindowTitle(title or _tr("messages", "Không thực hiện được"))
    box.setText(error_text(error))
    if next_step:
        box.setInformativeText(next_step)
    box.addButton(_tr("messages", "Đóng"), QMessageBox.AcceptRole)
    _exec(box)


def show_coded(parent: QWidget | None, code: str, params: dict | None = None, next_step: str | None = None, *,
               title: str | None = None) -> None:
    """Show the error of ``code`` with ``params``, translated by code."""
    show_error(parent, SomatError(code=code, params=params), next_step, title=title)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(_tr("messages", "Đóng"), QMessageBox.AcceptRole)
    _exec(box)
