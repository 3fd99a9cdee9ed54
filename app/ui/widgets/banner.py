"""A coloured one-line banner for a state the clerk must notice (pass / fail / warning / info)."""
from __future__ import annotations

from app.ui.qt import QLabel, QWidget

STYLES = {
    "ok": "background:#e8f5e9; color:#1b5e20; border:1px solid #a5d6a7;",
    "fail": "background:#fdecea; color:#b71c1c; border:1px solid #ef9a9a;",
    "warn": "background:#fff8e1; color:#8d6e00; border:1px solid #ffe082;",
    "info": "background:#e3f2fd; color:#0d47a1; border:1px solid #90caf9;",
}


class Banner(QLabel):
    def __init__(self, text: str = "", kind: str = "info", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.kind = kind
        self.set_state(text, kind)

    def set_state(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ {STYLES.get(kind, STYLES['info'])} padding:8px; border-radius:4px; }}")
