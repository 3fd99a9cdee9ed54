"""Defect 9: Qt's own widgets speak Vietnamese. Qt ships no ``qtbase_vi``; the app's ``qtbase_vi.ts`` names the
context-menu actions, the message-box buttons and the file dialog, and is loaded with the Vietnamese language."""
import pytest
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu

from app.ui import app as ui_app
from app.ui.qt import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QLocale,
    QMessageBox,
    QPlainTextEdit,
    QPoint,
    QPushButton,
    Qt,
)

ENGLISH = {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All", "OK", "Cancel", "&Yes", "&No",
           "Show Details...", "Show Details…", "Hide Details...", "Open", "Save", "Close", "File &name:",
           "Files of &type:", "&Look in:", "&Open", "&Save", "Back", "Detail View", "List View"}


@pytest.fixture
def vietnamese(qapp):
    saved = QLocale()
    assert ui_app.install_translations(qapp, "vi") == "vi"
    assert ui_app._translators, "qtbase_vi.qm was not built or not loaded"
    yield
    for t in ui_app._translators:
        qapp.removeTranslator(t)
    ui_app._translators.clear()
    QLocale.setDefault(saved)


def _context_menu_texts(qtbot, widget):
    """Right-click the widget (a real context-menu event) and read the popup it opens."""
    event = QContextMenuEvent(QContextMenuEvent.Mouse, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(widget, event)

    def menus():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(menus()))
    menu = menus()[0]
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    menu.close()
    return texts


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_text_context_menu_is_vietnamese(qtbot, vietnamese, kind):
    """What the clerk saw in English: Undo/Redo/Cut/Copy/Paste/Delete/Select All."""
    field = kind()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    texts = _context_menu_texts(qtbot, field.viewport() if kind is QPlainTextEdit else field)
    assert {"&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"} <= set(texts), texts
    assert not set(texts) & ENGLISH


def test_message_box_buttons_are_vietnamese(qtbot, vietnamese):
    box = QMessageBox(QMessageBox.Warning, "Sổ Mật", "Không ghi được.",
                      QMessageBox.Ok | QMessageBox.Cancel | QMessageBox.Yes | QMessageBox.No)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    texts = {b.text() for b in box.findChildren(QPushButton) if b.isVisible()}
    assert {"Đồng ý", "Hủy", "&Có", "&Không", "Xem chi tiết…"} <= texts, texts
    assert not texts & ENGLISH
    details = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ActionRole)
    qtbot.mouseClick(details, Qt.LeftButton)
    assert details.text() == "Ẩn chi tiết…"
    box.close()


def test_file_dialog_is_vietnamese(qtbot, vietnamese, tmp_path):
    from app.ui.qt import QLabel

    dialog = QFileDialog(None, "Chọn tệp sổ", str(tmp_path))
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()}
    buttons = {b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels, labels
    assert {"&Mở", "Hủy"} <= buttons, buttons
    assert not (labels | buttons) & ENGLISH
    dialog.reject()
