"""Font size and colour theme (Cài đặt → Hiển thị), kept in the pre-unlock preferences so the unlock window
already uses them. "Tương phản cao": white text on black, yellow selection and focus (WCAG contrast ≥ 7:1)."""
from __future__ import annotations

from app.ui import prefs
from app.ui.qt import QT_TRANSLATE_NOOP, QApplication, QColor, QCoreApplication, QEvent, QPalette

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

THEMES = {"standard": QT_TRANSLATE_NOOP("theme", "Tiêu chuẩn"),
          "high_contrast": QT_TRANSLATE_NOOP("theme", "Tương phản cao (chữ trắng trên nền đen)")}
FONT_SIZES = (9, 16)  # the range offered, in points

BASE_STYLE = """
    QListWidget#sidebar { background: #1f3a5f; color: white; border: none; font-size: 11pt; }
    QListWidget#sidebar::item { padding: 6px 12px; }
    QListWidget#sidebar::item:selected { background: #2f6db5; color: white; }
    QWidget#lockScreen { background: #eef2f7; }
"""
HIGH_CONTRAST_STYLE = """
    QListWidget#sidebar { background: black; color: white; border: 1px solid white; font-size: 12pt; }
    QListWidget#sidebar::item { padding: 6px 12px; }
    QListWidget#sidebar::item:selected { background: #ffff00; color: black; }
    QWidget#lockScreen { background: black; }
    QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit {
        border: 1px solid white; padding: 2px; background: black; color: white; }
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus { border: 2px solid #ffff00; }
"""


def high_contrast_palette() -> QPalette:
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.Window, QPalette.Base, QPalette.AlternateBase, QPalette.Button, QPalette.ToolTipBase):
        p.setColor(role, black)
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.ToolTipText, QPalette.BrightText):
        p.setColor(role, white)
    p.setColor(QPalette.AlternateBase, QColor("#1a1a1a"))
    p.setColor(QPalette.Highlight, yellow)
    p.setColor(QPalette.HighlightedText, black)
    p.setColor(QPalette.Link, QColor("#80d8ff"))
    p.setColor(QPalette.PlaceholderText, QColor("#c0c0c0"))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#9e9e9e"))
    return p


def apply_theme(app: QApplication, font_size: int | None = None, theme: str | None = None) -> tuple[int, str]:
    """Apply (and return) the font size and theme; None reads the preference."""
    font_size = int(font_size or prefs.get(prefs.FONT_SIZE))
    font_size = min(max(font_size, FONT_SIZES[0]), FONT_SIZES[1])
    theme = theme or prefs.get(prefs.THEME)
    if theme not in THEMES:
        theme = "standard"
    sheet = HIGH_CONTRAST_STYLE if theme == "high_contrast" else BASE_STYLE
    if app.styleSheet() != sheet:  # re-polishing every widget is costly: only on a change
        app.setStyleSheet(sheet)
    app.setPalette(high_contrast_palette() if theme == "high_contrast" else app.style().standardPalette())
    font = app.font()  # after the style sheet: re-polishing would otherwise keep the old size
    font.setPointSize(font_size)
    app.setFont(font)
    # Qt tells existing widgets only once its event loop runs; Cài đặt applies both at once, to every window.
    for widget in app.allWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.ApplicationFontChange))
        QCoreApplication.sendEvent(widget, QEvent(QEvent.ApplicationPaletteChange))
    return font_size, theme
