"""Issue 12 #3: Enter in the catalogue result list (or any list / picker of the entry form) selects; it never
saves a half-filled entry and uses up its number. Only the form's own button or Ctrl+Enter saves, after
validation. Real key and mouse events on a real registry."""
from sqlalchemy import func, select

from app.models import Document
from app.ui.dialogs.document_form_dialog import DocumentFormDialog
from app.ui.qt import QDialogButtonBox, QTest, Qt
from tests.gui.keys import type_text


def _documents(registry) -> int:
    with registry.session() as s:
        return s.scalar(select(func.count(Document.id)))


def _shown(qtbot, ctx):
    dialog = DocumentFormDialog(ctx, "den")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # window shortcuts (Ctrl+Enter) need the active window
    return dialog


def _half_filled(qtbot, ctx):
    dialog = _shown(qtbot, ctx)
    type_text(dialog.form.widgets["co_quan_ban_hanh"], "Công an tỉnh Đồng Nai")
    type_text(dialog.form.widgets["so_ky_hieu"], "12/CV-PA03")
    return dialog


def _search_catalogue(qtbot, dialog, text):
    type_text(dialog.picker.search, text)
    with qtbot.waitSignal(dialog.picker.results_shown):
        dialog.picker.run_search()  # what the debounce timer does
    assert dialog.picker.results.isVisible()


def test_enter_in_the_result_list_picks_and_does_not_save(qtbot, ctx, registry, catalogue_item):
    dialog = _half_filled(qtbot, ctx)
    _search_catalogue(qtbot, dialog, "ke hoach")
    results = dialog.picker.results
    rect = results.visualItemRect(results.item(0))
    QTest.mouseClick(results.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())  # click = pick
    assert dialog.picker.value() == catalogue_item
    dialog.picker.set_choice(None)
    _search_catalogue(qtbot, dialog, "ke hoach")
    results.setFocus()
    QTest.keyClick(results, Qt.Key_Return)
    assert dialog.picker.value() == catalogue_item
    assert dialog.isVisible() and dialog.saved_id is None
    assert _documents(registry) == 0


def test_enter_in_the_search_box_and_fields_never_saves(qtbot, ctx, registry, catalogue_item):
    dialog = _half_filled(qtbot, ctx)
    _search_catalogue(qtbot, dialog, "ke hoach")
    QTest.keyClick(dialog.picker.search, Qt.Key_Return)  # picks the highlighted result
    assert dialog.picker.value() == catalogue_item
    QTest.keyClick(dialog.picker.search, Qt.Key_Return)  # results closed: Enter again must not save
    so_ky_hieu = dialog.form.widgets["so_ky_hieu"]
    so_ky_hieu.setFocus()
    QTest.keyClick(so_ky_hieu, Qt.Key_Return)  # Enter in a line moves on, like Tab
    assert not so_ky_hieu.hasFocus()
    assert dialog.isVisible() and dialog.saved_id is None and _documents(registry) == 0


def test_ctrl_enter_saves_after_validation(qtbot, ctx, registry):
    dialog = _shown(qtbot, ctx)
    field = dialog.form.widgets["co_quan_ban_hanh"]
    field.setFocus()
    QTest.keyClick(field, Qt.Key_Return, Qt.ControlModifier)
    assert "cơ quan ban hành" in dialog.error_for("co_quan_ban_hanh") and _documents(registry) == 0
    type_text(field, "UBND tỉnh")
    type_text(dialog.form.widgets["so_ky_hieu"], "1/UBND")
    with qtbot.waitSignal(dialog.saved):
        QTest.keyClick(dialog.form.widgets["so_ky_hieu"], Qt.Key_Return, Qt.ControlModifier)
    assert _documents(registry) == 1


def test_the_save_button_saves(qtbot, ctx, registry):
    dialog = _shown(qtbot, ctx)
    type_text(dialog.form.widgets["co_quan_ban_hanh"], "UBND tỉnh")
    type_text(dialog.form.widgets["so_ky_hieu"], "2/UBND")
    with qtbot.waitSignal(dialog.saved):
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert _documents(registry) == 1
