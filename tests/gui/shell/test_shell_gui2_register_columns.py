"""Issue 12 #10 in the main window at 1366×768: "Tình trạng" is not cut off, and the register's column
widths, order and sort survive a lock/unlock and a restart (QHeaderView state in the pre-unlock prefs)."""
import pytest

from app.ui.idle import IdleWatcher
from app.ui.lock import LockController
from app.ui.main_window import MainWindow
from app.ui.qt import QPoint, Qt, QTest
from tests.gui.keys import type_text
from tests.gui.shell.test_shell_lock import FakeClock
from tests.registry_fixtures import REGISTRY_PASSWORD


def _window(qtbot, ctx):
    clock = FakeClock()
    win = MainWindow(ctx, LockController(ctx.signals, IdleWatcher(5, wall=clock.wall, mono=clock.mono)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, ctx):
    win = _window(qtbot, ctx)
    yield win
    if ctx.registry is not None:
        ctx.registry.close()


def _drag_section_edge(header, section, dx):
    """Drag the right edge of ``section`` by ``dx`` pixels with the mouse."""
    edge = header.sectionViewportPosition(section) + header.sectionSize(section) - 1
    y = header.height() // 2
    QTest.mousePress(header.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(edge, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + dx // 2, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + dx, y))
    QTest.mouseRelease(header.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(edge + dx, y))


@pytest.mark.parametrize("key", ["incoming", "outgoing"])
def test_status_column_is_not_clipped_at_1366(qtbot, window, key):
    page = window.show_page(key)
    table, header = page.table, page.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width() + 1)
    status = page.model.columnCount() - 1
    assert page.model.headerData(status, Qt.Horizontal) == "Tình trạng"
    right = header.sectionViewportPosition(status) + header.sectionSize(status)
    assert right <= table.viewport().width() + 1
    needed = max(header.fontMetrics().horizontalAdvance("Tình trạng"),
                 table.fontMetrics().horizontalAdvance("Đang quản lý")) + 12
    assert header.sectionSize(status) >= needed
    assert table.horizontalScrollBar().maximum() == 0


def test_widths_order_and_sort_survive_lock_and_restart(qtbot, window, ctx):
    page = window.show_page("incoming")
    header = page.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= page.table.viewport().width() + 1)
    issuer = page.model.keys.index("co_quan_ban_hanh")
    before = header.sectionSize(issuer)
    _drag_section_edge(header, issuer, 40)
    assert header.sectionSize(issuer) == before + 40
    header.moveSection(header.visualIndex(issuer), 0)  # the clerk dragged "Cơ quan ban hành" to the front
    x = header.sectionViewportPosition(issuer) + 20
    QTest.mouseClick(header.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(x, header.height() // 2))
    assert page.model.sort_key == "co_quan_ban_hanh"
    width = header.sectionSize(issuer)

    QTest.mouseClick(window.lock_button, Qt.LeftButton)
    assert window.lock.is_locked
    form = window.lock_screen.form
    type_text(form.password, REGISTRY_PASSWORD)
    QTest.keyClick(form.password, Qt.Key_Return)
    assert not window.lock.is_locked
    page = window.pages["incoming"]
    header = page.table.horizontalHeader()
    assert (header.sectionSize(issuer), header.visualIndex(issuer)) == (width, 0)
    assert page.model.sort_key == "co_quan_ban_hanh" and header.sortIndicatorSection() == issuer

    window.close()  # a restart: a new window reads the preferences file again
    again = _window(qtbot, ctx)
    page = again.show_page("incoming")
    header = page.table.horizontalHeader()
    assert (header.sectionSize(issuer), header.visualIndex(issuer)) == (width, 0)
    assert page.model.sort_key == "co_quan_ban_hanh"
