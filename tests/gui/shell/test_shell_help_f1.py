"""F1 help per screen (issue 12, comforts): F1 on a page opens that page's topic, citations filled in from the
rule pack in force; every topic file resolves under both packs and holds no hand-written legal number."""
import re

import pytest

from app.rules.pack import pack as load_pack
from app.ui.help import GUIDE, HELP_DIR, load_topic, topic_keys
from app.ui.main_window import PAGE_KEYS, MainWindow
from app.ui.qt import QTest, Qt


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if ctx.registry is not None:
        ctx.registry.close()


def _f1(qtbot, win):
    QTest.keyClick(win.page_stack.currentWidget() or win, Qt.Key_F1)
    qtbot.waitUntil(lambda: getattr(win, "help_dialog", None) is not None and win.help_dialog.isVisible())
    return win.help_dialog


def test_f1_opens_the_topic_of_the_page_shown(qtbot, window, ctx):
    window.show_page("copies")
    dialog = _f1(qtbot, window)
    assert dialog.topic == "copies"
    shown = dialog.browser.toPlainText()
    assert "Sổ quản lý sao, chụp" in shown
    assert ctx.pack.citation("copy") in shown  # from the rule pack, not typed in the help
    dialog.close()

    window.show_page("destruction")
    dialog = _f1(qtbot, window)
    assert dialog.topic == "destruction"
    assert "Tiêu hủy" in dialog.browser.toPlainText()
    assert ctx.pack.citation("destruction") in dialog.browser.toPlainText()
    assert "{{" not in dialog.browser.toPlainText()


def test_the_guide_is_in_the_help_menu_and_lists_every_topic(qtbot, window):
    menu = window.menuBar().actions()[-1].menu()
    guide = next(a for a in menu.actions() if a.text() == "Hướng dẫn nhanh")
    guide.trigger()
    dialog = window.help_dialog
    assert dialog.isVisible() and dialog.topic == GUIDE
    assert "Hướng dẫn nhanh" in dialog.browser.toPlainText()
    dialog.topics.setCurrentRow(dialog.keys.index("outgoing"))
    assert "bì" in dialog.browser.toPlainText()


def test_every_page_has_a_topic():
    assert set(PAGE_KEYS) <= set(topic_keys())


@pytest.mark.parametrize("regime", ["2018", "2025"])
def test_every_topic_resolves_under_each_pack(regime):
    pack = load_pack(regime)
    for key in topic_keys():
        title, text = load_topic(key, pack)
        assert title and "{{" not in text, key


def test_no_legal_number_is_typed_in_the_help():
    number = re.compile(r"\d+/\d{4}|Điều\s+\d|Mẫu\s+(số\s+)?\d|khoản\s+\d", re.IGNORECASE)
    for path in HELP_DIR.glob("*.md"):
        if path.stem == "README":
            continue
        found = number.findall(path.read_text(encoding="utf-8"))
        assert not found, (path.name, found)
