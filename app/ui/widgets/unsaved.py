"""Esc (or "Đóng") on a half-filled form asks before the typed values are thrown away.

``snapshot(forms)`` records what every field shows; ``confirm_discard`` asks when it has changed."""
from __future__ import annotations

from typing import Any

from app.ui.qt import QCoreApplication, QWidget

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr


def _shown(widget: QWidget) -> Any:
    """What the field shows (text, not parsed values: a half-typed date counts as typed)."""
    for getter in ("toPlainText", "text", "isChecked", "currentIndex", "value"):
        method = getattr(widget, getter, None)
        if callable(method):
            try:
                return method()
            except (TypeError, ValueError):
                return None
    return None


def snapshot(forms, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Field key → shown value for every ``FieldForm`` in ``forms`` (keys in ``skip`` left out)."""
    return {key: _shown(widget) for form in forms for key, widget in form.widgets.items() if key not in skip}


def confirm_discard(parent: QWidget) -> bool:
    """True when the clerk agrees to close the form and lose what was typed (default: keep typing)."""
    from app.ui.widgets.messages import confirm_danger

    return confirm_danger(parent, _tr("unsaved", "Bỏ những gì đã nhập?"),
                          _tr("unsaved", "Biểu mẫu chưa được ghi. Nếu đóng bây giờ, mọi thông tin vừa nhập sẽ mất."),
                          yes_text=_tr("unsaved", "Bỏ, đóng biểu mẫu"), no_text=_tr("unsaved", "Tiếp tục nhập"))
