"""Comfort: cơ quan ban hành / người ký complete from the names already written, typed without diacritics;
Enter in the suggestion list picks the name and saves nothing. Real keys on a real registry."""
import datetime as dt

import pytest

from app.services import documents
from app.ui.dialogs.document_form_dialog import DocumentFormDialog
from app.ui.qt import Qt, QTest
from tests.gui.keys import type_text


@pytest.fixture
def written(registry, catalogue_item):
    with registry.begin() as s:
        for i, issuer in enumerate(["Công an tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh", "Đảng ủy khối cơ quan"]):
            documents.register_incoming(s, registry.actor, documents.IncomingInput(
                ngay_den=dt.date(2026, 3, 1 + i), co_quan_ban_hanh=issuer, so_ky_hieu=f"{i}/CV",
                loai_van_ban="Công văn", trich_yeu="Việc", do_mat="mat"))
        documents.register_outgoing(s, registry.actor, documents.OutgoingInput(
            ngay_van_ban=dt.date(2026, 3, 5), so_ky_hieu="1/BC", loai_van_ban="Báo cáo", trich_yeu="Báo cáo",
            do_mat="mat", nguoi_ky="Nguyễn Văn Ánh", noi_nhan="UBND tỉnh", so_luong=1,
            catalogue_item_id=catalogue_item))
    return registry


def _form(qtbot, ctx, book):
    dialog = DocumentFormDialog(ctx, book)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _suggestions(completer):
    popup = completer.popup()
    return [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]


def test_issuer_completes_without_diacritics(qtbot, ctx, written):
    dialog = _form(qtbot, ctx, "den")
    field = dialog.form.widgets["co_quan_ban_hanh"]
    qtbot.waitUntil(lambda: field.completer() is not None)
    type_text(field, "dang uy")
    completer = field.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert _suggestions(completer) == ["Đảng ủy khối cơ quan"]
    QTest.keyClick(completer.popup(), Qt.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key_Return)
    assert field.text() == "Đảng ủy khối cơ quan"
    assert dialog.isVisible() and dialog.saved_id is None


def test_matches_inside_the_name_and_signer_book(qtbot, ctx, written):
    dialog = _form(qtbot, ctx, "den")
    field = dialog.form.widgets["co_quan_ban_hanh"]
    qtbot.waitUntil(lambda: field.completer() is not None)
    type_text(field, "TINH")
    qtbot.waitUntil(lambda: field.completer().popup().isVisible())
    assert _suggestions(field.completer()) == ["Công an tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh"]
    outgoing = _form(qtbot, ctx, "di")
    signer = outgoing.form.widgets["nguoi_ky"]
    qtbot.waitUntil(lambda: signer.completer() is not None)
    type_text(signer, "anh")
    qtbot.waitUntil(lambda: signer.completer().popup().isVisible())
    assert _suggestions(signer.completer()) == ["Nguyễn Văn Ánh"]
