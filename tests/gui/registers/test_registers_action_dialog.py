"""Issue 12 #6: in an action dialog the error text never overlaps the hint nor is cut off, and the summary
sentence follows what is typed ("thêm … năm" named the years only after a submit, if at all)."""
import datetime as dt

import pytest

from app.services import documents
from app.ui.dialogs.document_detail_dialog import DocumentDetailDialog
from app.ui.qt import QApplication, QTest, Qt

D = dt.date


@pytest.fixture
def doc_id(registry, actor, catalogue_item):
    with registry.begin() as s:
        return documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=D(2026, 4, 2), co_quan_ban_hanh="Công an tỉnh", so_ky_hieu="12/CV-PA03",
            ngay_van_ban=D(2026, 4, 1), loai_van_ban="Công văn", trich_yeu="Về an ninh", do_mat="mat",
            catalogue_item_id=catalogue_item, classified_by="Giám đốc")).id


@pytest.fixture
def extension(qtbot, ctx, doc_id):
    detail = DocumentDetailDialog(ctx, doc_id)
    qtbot.addWidget(detail)
    dialog = detail.start("extend")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_summary_follows_the_typed_years(extension, ctx):
    full = ctx.pack.protection_years("mat")
    assert f"thêm {full} năm" in extension.consequence.text()  # the initial value, not "…"
    years = extension.form.widgets["years"]
    years.setFocus()
    QTest.keyClick(years, Qt.Key_Down)
    QTest.keyClick(years, Qt.Key_Down)
    assert f"thêm {full - 2} năm" in extension.consequence.text()


def _settled(widget):
    QApplication.processEvents()
    widget.window().layout().activate()
    QApplication.processEvents()


def test_error_sits_under_the_hint_whole(qtbot, extension):
    date = extension.form.widgets["decided_on"]
    date.setFocus()
    date.selectAll()
    QTest.keyClick(date, Qt.Key_Delete)
    QTest.mouseClick(extension.ok, Qt.LeftButton)
    error = extension.form.errors["decided_on"]
    assert error.isVisible() and "ngày quyết định" in error.text()
    decided_by = extension.form.errors["decided_by"]
    assert decided_by.isHidden() or decided_by.text()
    _settled(extension)
    holder = error.parentWidget()
    hint = next(label for label in holder.findChildren(type(error)) if "Chậm nhất" in label.text())
    assert not error.geometry().intersects(hint.geometry())
    assert error.height() >= error.heightForWidth(error.width())  # every line of the message shows
    assert holder.height() >= error.geometry().bottom()
    # a long refusal from the service, next to the same field, is not cut off either
    extension.form.set_error("decided_on", "Quyết định gia hạn phải có trước khi hết thời hạn bảo vệ ít nhất "
                                           "30 ngày; ngày ghi ở đây đã quá hạn đó, hãy kiểm tra lại ngày trên "
                                           "văn bản quyết định của người có thẩm quyền.")
    _settled(extension)
    assert not error.geometry().intersects(hint.geometry())
    assert error.height() >= error.heightForWidth(error.width())
    assert holder.height() >= error.geometry().bottom()
