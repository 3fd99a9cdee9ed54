"""The entry form offers "Ghi bổ sung" only for an entry dated before the book's last one; the choice is
stored; without it the service's refusal is shown next to the checkbox."""
import datetime as dt

from app.models import Document
from app.services import documents
from app.ui.dialogs.document_form_dialog import DocumentFormDialog
from app.ui.qt import Qt


def _fill(dialog, day, code):
    dialog.form.set_value("co_quan_ban_hanh", "Công an tỉnh")
    dialog.form.set_value("so_ky_hieu", code)
    dialog.form.set_value("ngay_den", day)
    dialog.form.widgets["ngay_den"].editingFinished.emit()


def test_ghi_bo_sung_checkbox_appears_only_for_a_back_dated_entry(qtbot, ctx, registry, actor):
    with registry.begin() as s:
        documents.register_incoming(s, actor, documents.IncomingInput(
            do_mat="mat", ngay_den=dt.date(2026, 4, 10), co_quan_ban_hanh="UBND tỉnh", so_ky_hieu="1/UBND"))
    dialog = DocumentFormDialog(ctx, "den")
    qtbot.addWidget(dialog)
    _fill(dialog, dt.date(2026, 4, 12), "2/CAT")
    qtbot.waitUntil(lambda: dialog.form.value("number").startswith("2 "))
    assert not dialog.form.row_visible("ghi_bo_sung")

    _fill(dialog, dt.date(2026, 4, 3), "2/CAT")
    qtbot.waitUntil(lambda: dialog.form.row_visible("ghi_bo_sung"))
    assert "Ghi bổ sung" in dialog.form.widgets["ghi_bo_sung"].text()
    with qtbot.waitSignal(dialog.failed) as blocker:   # not ticked: refused, said next to the checkbox
        dialog.submit()
    assert "Ghi bổ sung" in blocker.args[0] and "10/04/2026" in blocker.args[0]
    assert "sớm hơn" in dialog.error_for("ghi_bo_sung")
    dialog.form.set_value("ghi_bo_sung", True)
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    with registry.session() as s:
        doc = s.get(Document, dialog.saved_id)
        assert doc.ghi_bo_sung and doc.number == 2 and doc.ngay_den == dt.date(2026, 4, 3)


def test_import_preview_marks_late_rows_ghi_bo_sung_and_allows_the_import(qtbot, ctx, registry, tmp_path):
    from app.ui.dialogs.import_preview_dialog import ImportPreviewDialog

    path = tmp_path / "so_den_cu.csv"
    path.write_text("Số đến;Ngày đến;Cơ quan ban hành;Số, ký hiệu;Tên loại và trích yếu nội dung;Độ mật\n"
                    "1;05/03/2025;UBND tỉnh;10/UBND;Công văn về an ninh;Mật\n"
                    "2;02/03/2025;Công an tỉnh;11/CA;Báo cáo tình hình;Mật\n", encoding="utf-8")
    dialog = ImportPreviewDialog(ctx, "den", path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    model = dialog.rows_model
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Horizontal) == "Ghi chú nhập"
    assert [model.index(r, last).data() for r in range(model.rowCount())] == ["", "Ghi bổ sung"]
    assert dialog.errors.count() == 0 and dialog.import_button.isEnabled()
