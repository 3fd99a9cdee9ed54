"""Issue 12 #8: custody fills itself in. The entry form picks "Người giữ / giao xử lý" from the staff table,
the detail dialog's "Giao xử lý, ký nhận…" records who received the item and when, and the staff page lists
each person's held items (what a handover will move). Real keys and clicks on a real registry."""
import datetime as dt

from sqlalchemy import select

from app.models import CustodyRecord, Document
from app.services import documents
from app.ui.dialogs.catalogue_picker import CatalogueChoice
from app.ui.dialogs.document_detail_dialog import DocumentDetailDialog
from app.ui.dialogs.document_form_dialog import DocumentFormDialog
from app.ui.pages.staff_page import StaffPage
from app.ui.qt import QDialogButtonBox, Qt, QTest
from tests.gui.keys import type_text

D = dt.date


def _pick(qtbot, combo, label_start):
    """Choose an entry of a combo box with the keyboard (focus, then arrow down until it is current)."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(label_start):
            return
        QTest.keyClick(combo, Qt.Key_Down)
    raise AssertionError(f"{label_start!r} not in {[combo.itemText(i) for i in range(combo.count())]}")


def test_entry_form_gives_the_document_to_a_person(qtbot, ctx, registry, make_user, catalogue_item):
    holder = make_user("Phạm Thị Bình")
    make_user("Trần Văn An")
    dialog = DocumentFormDialog(ctx, "den")
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.classification.widgets["holder_id"]
    assert dialog.classification.labels["holder_id"].text() == "Người giữ / giao xử lý"
    qtbot.waitUntil(lambda: combo.count() == 3)
    assert [combo.itemText(i) for i in range(3)] == ["— văn thư giữ, chưa giao —", "Phạm Thị Bình", "Trần Văn An"]
    type_text(dialog.form.widgets["ngay_den"], "02/04/2026")
    type_text(dialog.form.widgets["co_quan_ban_hanh"], "Công an tỉnh")
    type_text(dialog.form.widgets["so_ky_hieu"], "12/CV")
    type_text(dialog.form.widgets["ngay_van_ban"], "01/04/2026")
    type_text(dialog.form.widgets["trich_yeu"], "Kế hoạch bảo vệ")
    dialog.picker.set_choice(CatalogueChoice(catalogue_item, "điểm a", "Kế hoạch"))
    _pick(qtbot, combo, "Phạm Thị Bình")
    with qtbot.waitSignal(dialog.saved):
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    with registry.session() as s:
        doc = s.get(Document, dialog.saved_id)
        assert doc.holder_id == holder
        rec = s.scalar(select(CustodyRecord).where(CustodyRecord.document_id == doc.id))
        assert (rec.holder_id, rec.from_on, rec.to_on) == (holder, D(2026, 4, 2), None)


def test_giao_xu_ly_records_who_received_and_when_and_the_staff_page_lists_it(
        qtbot, ctx, registry, make_user, answer):
    first, second = make_user("Phạm Thị Bình"), make_user("Trần Văn An")
    with registry.begin() as s:
        doc_id = documents.register_incoming(s, registry.actor, documents.IncomingInput(
            ngay_den=D(2026, 3, 2), co_quan_ban_hanh="UBND tỉnh", so_ky_hieu="45/BC", loai_van_ban="Báo cáo",
            trich_yeu="Tình hình", do_mat="mat", holder_id=first)).id
    detail = DocumentDetailDialog(ctx, doc_id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.doc is not None)
    button = detail.buttons["custody"]
    assert button.text() == "Giao xử lý, ký nhận…" and button.isEnabled()
    QTest.mouseClick(button, Qt.LeftButton)
    action = detail._child
    combo = action.form.widgets["holder_id"]
    _pick(qtbot, combo, "Trần Văn An")
    received = action.form.widgets["received_on"]
    received.clear()
    type_text(received, "05/03/2026")
    assert "Trần Văn An ký nhận ngày 05/03/2026" in action.consequence.text()
    with qtbot.waitSignal(detail.action_done):
        QTest.mouseClick(action.ok, Qt.LeftButton)
    with registry.session() as s:
        assert s.get(Document, doc_id).holder_id == second
        rows = s.execute(select(CustodyRecord.holder_id, CustodyRecord.from_on, CustodyRecord.to_on)
                         .where(CustodyRecord.document_id == doc_id).order_by(CustodyRecord.id)).all()
    assert rows == [(first, D(2026, 3, 2), D(2026, 3, 5)), (second, D(2026, 3, 5), None)]

    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2)
    names = [page.model.row_at(r)["full_name"] for r in range(page.model.rowCount())]
    row = names.index("Trần Văn An")
    table = page.table
    QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, table.visualRect(page.model.index(row, 0)).center())
    assert page.held_title.text() == "Trần Văn An đang giữ 1 tài liệu BMNN:"
    assert [page.held_list.item(i).text() for i in range(page.held_list.count())] == ["Sổ đến số 1/2026 — 45/BC — Mật"]
    row = names.index("Phạm Thị Bình")
    QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, table.visualRect(page.model.index(row, 0)).center())
    assert page.held_title.text() == "Phạm Thị Bình không giữ tài liệu BMNN nào."
