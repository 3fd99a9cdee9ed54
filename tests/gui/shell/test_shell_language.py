"""Vietnamese is the default; with the language preference "en" the main window's navigation is English."""
import pytest

from app.ui import app as ui_app
from app.ui import prefs
from app.ui.i18n import build
from app.ui.main_window import PAGES, MainWindow
from app.ui.qt import QLocale


@pytest.fixture
def restore_language(qapp):
    saved = QLocale()
    yield
    for t in ui_app._translators:  # noqa: SLF001 - undo exactly what the test installed
        qapp.removeTranslator(t)
    ui_app._translators.clear()  # noqa: SLF001
    QLocale.setDefault(saved)


def _navigation(win):
    return [win.sidebar.item(i).text() for i in range(win.sidebar.count())]


def test_vietnamese_is_the_default(qtbot, qapp, ctx, restore_language):
    assert prefs.get(prefs.LANGUAGE) == "vi"
    assert ui_app.install_translations(qapp) == "vi"
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert _navigation(win) == [title for _k, title, _m, _c in PAGES]


def test_english_navigation_when_the_preference_is_en(qtbot, qapp, ctx, restore_language, tmp_path):
    if build._tool("pyside6-lrelease") is None and not (build.HERE / "somat_en.qm").exists():  # noqa: SLF001
        pytest.skip("pyside6-lrelease is not installed and somat_en.qm was not built")
    prefs.put(prefs.LANGUAGE, "en")
    assert ui_app.install_translations(qapp) == "en"
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert _navigation(win) == ["Overview", "Incoming register", "Outgoing register", "Copy register",
                                "Transfer register", "Drafting", "Secrets catalogue",
                                "Staff", "Destruction", "Reports", "Computers & USB", "Audit log", "Settings"]
    assert win.menuBar().actions()[0].text() == "&File"
    assert win.lock_screen.form.button.text() == "Unlock"
