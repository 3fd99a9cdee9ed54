"""Comfort: Cài đặt → Hiển thị sets the font size and a high-contrast theme, applied at once and kept in the
pre-unlock preferences for the next start."""
import pytest

from app.ui import prefs
from app.ui.pages.settings_page import SettingsPage
from app.ui.qt import QApplication, QPalette, Qt, QTest
from app.ui.theme import apply_theme
from tests.gui.keys import type_text


@pytest.fixture
def restore_look(qapp):
    font, palette, sheet = QApplication.font(), QApplication.palette(), qapp.styleSheet()
    yield
    QApplication.setFont(font)
    QApplication.setPalette(palette)
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)


def _pick(combo, code):
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key_Home)
    while combo.currentData() != code:
        QTest.keyClick(combo, Qt.Key_Down)


def test_font_size_and_high_contrast_apply_at_once_and_are_kept(qtbot, ctx, qapp, restore_look):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.font_size.value() == 10 and page.theme.currentData() == "standard"
    page.font_size.lineEdit().selectAll()
    type_text(page.font_size.lineEdit(), "13")
    _pick(page.theme, "high_contrast")
    QTest.mouseClick(page.view_apply, Qt.LeftButton)
    assert QApplication.font().pointSize() == 13
    palette = QApplication.palette()
    assert palette.color(QPalette.Window).name() == "#000000"
    assert palette.color(QPalette.WindowText).name() == "#ffffff"
    assert palette.color(QPalette.Highlight).name() == "#ffff00"
    qtbot.waitUntil(lambda: page.view_apply.font().pointSize() == 13)  # existing widgets follow
    assert page.view_note.text() == "Đã áp dụng: chữ cỡ 13 pt, tương phản cao."
    assert (prefs.get(prefs.FONT_SIZE), prefs.get(prefs.THEME)) == (13, "high_contrast")

    font = QApplication.font()
    font.setPointSize(9)
    QApplication.setFont(font)
    QApplication.setPalette(qapp.style().standardPalette())
    apply_theme(qapp)  # what a new start does (app.apply_style): it reads the preferences
    assert QApplication.font().pointSize() == 13
    assert QApplication.palette().color(QPalette.Base).name() == "#000000"

    _pick(page.theme, "standard")
    QTest.mouseClick(page.view_apply, Qt.LeftButton)
    assert QApplication.palette().color(QPalette.Base).name() != "#000000"

