"""Enter in an entry form moves on; it never saves (issue 12 #3).

In a QDialog an Enter that no widget takes (a line edit, a list after it activated an item) reaches the
dialog, which presses its default button: a half-filled entry was saved and its number used up. With
``enter_moves_on(dialog)`` a plain Enter that reaches the dialog moves the focus to the next field
instead; the form saves only through its own button (clicked, or Enter/Space while it has the focus) or
Ctrl+Enter, both of which run the form's validation.
"""
from __future__ import annotations

from app.ui.qt import QAbstractButton, QEvent, QObject, Qt


class _EnterMovesOn(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if (event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter)
                and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier)):
            focus = obj.focusWidget()
            if isinstance(focus, QAbstractButton):
                return False  # a focused button handles its own Enter before it ever gets here
            obj.focusNextChild()
            return True
        return False


def enter_moves_on(dialog) -> None:
    dialog._enter_filter = _EnterMovesOn(dialog)
    dialog.installEventFilter(dialog._enter_filter)
