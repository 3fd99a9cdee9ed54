"""Issue 12 #10 on the register page: a click on a header sorts (by the register's meaning, through the search
service), the date-range and cơ quan / người ký filters narrow the view, and Esc on a half-filled entry form
asks before discarding. Real clicks and keys on a real registry."""
import datetime as dt

import pytest

from app.services import documents
from app.ui.dialogs.document_form_dialog import DocumentFormDialog
from app.ui.pages.registers_page import IncomingPage, OutgoingPage
from app.ui.qt import QPoint, Qt, QTest
from tests.gui.keys import type_text

D = dt.date
ISSUERS = ["Ủy ban nhân dân tỉnh", "Công an tỉnh Đồng Nai", "Đảng ủy phường Trảng Dài", "Ban chỉ huy quân sự",
           "Dân quân tự vệ"]


@pytest.fixture
def filled(registry, catalogue_item):
    with registry.begin() as s:
        for i, issuer in enumerate(ISSUERS):
            documents.register_incoming(s, registry.actor, documents.IncomingInput(
                ngay_den=D(2026, 1 + i, 10), co_quan_ban_hanh=issuer, so_ky_hieu=f"{i + 1}/CV",
                loai_van_ban="Công văn", trich_yeu=f"Việc {i}", do_mat="toi_mat" if i == 2 else "mat"))
        for i, signer in enumerate(["Nguyễn Văn An", "Lê Thị Đào"]):
            documents.register_outgoing(s, registry.actor, documents.OutgoingInput(
                ngay_van_ban=D(2026, 3, 1 + i), so_ky_hieu=f"{i + 1}/BC", loai_van_ban="Báo cáo",
                trich_yeu=f"Báo cáo {i}", do_mat="mat", nguoi_ky=signer, catalogue_item_id=catalogue_item, noi_nhan="UBND tỉnh", so_luong=1))
    return registry


def _page(qtbot, ctx, cls=IncomingPage):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _column(page, key):
    return page.model.keys.index(key)


def _shown_column(qtbot, page, key):
    col = _column(page, key)
    qtbot.waitUntil(lambda: all(page.model.is_loaded(r) for r in range(page.model.rowCount())))
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def _click_header(page, key):
    header = page.table.horizontalHeader()
    section = _column(page, key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(header.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(x, header.height() // 2))


def test_header_click_sorts_by_the_column_in_vietnamese_order(qtbot, ctx, filled):
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert _shown_column(qtbot, page, "so_den") == ["5", "4", "3", "2", "1"]  # the register's order: newest first
    _click_header(page, "co_quan_ban_hanh")
    qtbot.waitUntil(lambda: page.model.sort_key == "co_quan_ban_hanh")
    assert _shown_column(qtbot, page, "co_quan_ban_hanh") == [
        "Ban chỉ huy quân sự", "Công an tỉnh Đồng Nai", "Dân quân tự vệ", "Đảng ủy phường Trảng Dài",
        "Ủy ban nhân dân tỉnh"]
    _click_header(page, "co_quan_ban_hanh")  # again: descending
    qtbot.waitUntil(lambda: page.model.sort_descending)
    assert _shown_column(qtbot, page, "co_quan_ban_hanh")[0] == "Ủy ban nhân dân tỉnh"
    _click_header(page, "so_den")
    qtbot.waitUntil(lambda: page.model.sort_key == "so_den")
    assert _shown_column(qtbot, page, "so_den") == ["1", "2", "3", "4", "5"]
    _click_header(page, "do_mat")
    qtbot.waitUntil(lambda: page.model.sort_key == "do_mat")
    assert _shown_column(qtbot, page, "do_mat")[-1] == "Tối mật"


def test_filters_by_date_range_and_issuer(qtbot, ctx, filled):
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    type_text(page.date_from, "01/02/2026")
    type_text(page.date_to, "31/03/2026")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(_shown_column(qtbot, page, "so_den")) == ["2", "3"]
    type_text(page.party, "dang uy")  # no diacritics needed
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _shown_column(qtbot, page, "co_quan_ban_hanh") == ["Đảng ủy phường Trảng Dài"]


def test_outgoing_filters_by_signer(qtbot, ctx, filled):
    page = _page(qtbot, ctx, OutgoingPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.party.toolTip() == "Người ký" and page.date_from.toolTip() == ""
    type_text(page.party, "Lê Thị")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _shown_column(qtbot, page, "nguoi_ky") == ["Lê Thị Đào"]


def _form(qtbot, ctx):
    dialog = DocumentFormDialog(ctx, "den")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_escape_on_a_half_filled_form_asks_before_discarding(qtbot, ctx, registry, answer):
    dialog = _form(qtbot, ctx)
    type_text(dialog.form.widgets["co_quan_ban_hanh"], "Công an tỉnh")
    answer.yes = False  # "Tiếp tục nhập"
    QTest.keyClick(dialog.form.widgets["co_quan_ban_hanh"], Qt.Key_Escape)
    assert [t for t, _x, _i in answer.shown] == ["Bỏ những gì đã nhập?"]
    assert dialog.isVisible() and dialog.form.widgets["co_quan_ban_hanh"].text() == "Công an tỉnh"
    answer.yes = True  # "Bỏ, đóng biểu mẫu"
    QTest.keyClick(dialog.form.widgets["co_quan_ban_hanh"], Qt.Key_Escape)
    assert not dialog.isVisible()


def test_escape_on_an_untouched_form_closes_without_asking(qtbot, ctx, registry, answer):
    dialog = _form(qtbot, ctx)
    QTest.keyClick(dialog.form.widgets["co_quan_ban_hanh"], Qt.Key_Escape)
    assert answer.shown == [] and not dialog.isVisible()
