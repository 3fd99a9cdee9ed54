"""Real keyboard input for any text. ``QTest.keyClicks`` maps characters through an ASCII table and
aborts on Vietnamese letters, so each character is sent as a key press/release pair carrying it."""
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else (Qt.Key_Space if ch == " " else 0)
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.NoModifier, ch))
