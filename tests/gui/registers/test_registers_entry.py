"""Registering in both books through the page's form, the Tuyệt mật summary rule and service errors."""
import datetime as dt

from app.rules import pack as rule_pack
from app.ui.dialogs.document_form_dialog import DocumentFormDialog
from app.ui.dialogs.catalogue_picker import CatalogueChoice
from app.ui.pages.registers_page import IncomingPage, OutgoingPage


def _choose_basis(dialog, item_id):
    dialog.picker.set_choice(CatalogueChoice(item_id, "điểm a, khoản 2, Điều 1 Quyết định số 1722/QĐ-TTg", "Kế hoạch"))


def test_register_incoming_from_the_page(qtbot, ctx, catalogue_item):
    page = IncomingPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    page.new_document()
    dialog = page._dialog
    assert dialog.form.labels["so_ky_hieu"].text() == "(5) Số, ký hiệu"
    assert dialog.form.labels["co_quan_ban_hanh"].text() == "(4) Cơ quan ban hành"
    assert dialog.form.value("number").startswith("1 ")
    dialog.form.set_value("ngay_den", dt.date(2026, 4, 2))
    dialog.form.set_value("co_quan_ban_hanh", "Công an tỉnh Đồng Nai")
    dialog.form.set_value("so_ky_hieu", "12/CV-PA03")
    dialog.form.set_value("ngay_van_ban", dt.date(2026, 4, 1))
    dialog.form.set_value("trich_yeu", "Về bảo đảm an ninh Đảng ủy")
    dialog.form.set_value("do_mat", "toi_mat")
    _choose_basis(dialog, catalogue_item)
    with qtbot.waitSignal(page.ids_loaded):
        with qtbot.waitSignal(dialog.saved):
            dialog.submit()
    assert page.model.rowCount() == 1
    page.model.ensure_loaded(0, 0)
    qtbot.waitUntil(lambda: page.model.is_loaded(0))
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "12/CV-PA03" in texts and "Tối mật" in texts
    assert any("bảo đảm an ninh" in t for t in texts)

    # search as you type, without diacritics
    with qtbot.waitSignal(page.ids_loaded, timeout=2000) as blocker:
        page.search.setText("dang uy")
    assert blocker.args == [1]
    with qtbot.waitSignal(page.ids_loaded, timeout=2000) as blocker:
        page.search.setText("khong co dau nay")
    assert blocker.args == [0]


def test_register_outgoing(qtbot, ctx, catalogue_item):
    page = OutgoingPage(ctx)
    qtbot.addWidget(page)
    dialog = DocumentFormDialog(ctx, "di", page)
    qtbot.addWidget(dialog)
    assert dialog.form.labels["nguoi_ky"].text() == "(6) Người ký"
    dialog.form.set_value("so_ky_hieu", "05/BC-UBND")
    dialog.form.set_value("ngay_van_ban", dt.date(2026, 5, 6))
    dialog.form.set_value("loai_van_ban", "Báo cáo")
    dialog.form.set_value("nguoi_ky", "Lê Văn Ký")
    dialog.form.set_value("noi_nhan", "Công an tỉnh")
    dialog.form.set_value("do_mat", "mat")
    _choose_basis(dialog, catalogue_item)
    with qtbot.waitSignal(page.ids_loaded):
        dialog.submit()
    assert dialog.saved_id is not None
    assert page.model.rowCount() == 1


def test_required_fields_and_service_errors_shown_next_to_field(qtbot, ctx):
    dialog = DocumentFormDialog(ctx, "den")
    qtbot.addWidget(dialog)
    dialog.form.set_value("co_quan_ban_hanh", "")
    dialog.submit()
    assert "cơ quan ban hành" in dialog.error_for("co_quan_ban_hanh")
    dialog.form.set_value("co_quan_ban_hanh", "UBND tỉnh")
    dialog.form.set_value("so_ky_hieu", "1/UBND")
    dialog.form.set_value("ngay_den", None)
    dialog.form.widgets["ngay_den"].setText("31/02/2026")
    dialog.submit()
    assert "Ngày không hợp lệ" in dialog.error_for("ngay_den")
    dialog.form.set_value("ngay_den", dt.date(2026, 4, 2))
    dialog.classification.set_value("recall_required", True)
    with qtbot.waitSignal(dialog.failed):
        dialog.submit()
    assert "hạn thu hồi" in dialog.error_for("recall_deadline")
    assert dialog.saved_id is None


def test_outgoing_without_catalogue_basis_refused_next_to_the_picker(qtbot, ctx):
    dialog = DocumentFormDialog(ctx, "di")
    qtbot.addWidget(dialog)
    dialog.form.set_value("so_ky_hieu", "5/CV-VP")
    dialog.form.set_value("ngay_van_ban", dt.date(2026, 4, 2))
    dialog.form.set_value("nguoi_ky", "Chánh Văn phòng")
    with qtbot.waitSignal(dialog.failed) as blocker:
        dialog.submit()  # 2025 regime: our own classification must cite the catalogue (service refusal)
    assert "danh mục" in blocker.args[0]
    assert "danh mục" in dialog.error_for("catalogue_item_id")
    assert dialog.saved_id is None


def test_tuyet_mat_form_has_no_summary_field(qtbot, ctx, catalogue_item):
    dialog = DocumentFormDialog(ctx, "den")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.row_visible("trich_yeu")
    dialog.form.set_value("trich_yeu", "Nội dung không được ghi")
    dialog.form.set_value("do_mat", "tuyet_mat")
    assert not dialog.form.row_visible("trich_yeu")
    assert not dialog.form.widgets["trich_yeu"].isVisible()
    assert dialog.form.widgets["trich_yeu"].toPlainText() == ""
    dialog.form.set_value("co_quan_ban_hanh", "Bộ Công an")
    dialog.form.set_value("so_ky_hieu", "7/BCA")
    _choose_basis(dialog, catalogue_item)
    assert "trich_yeu" not in dialog.values()
    dialog.form.set_value("do_mat", "mat")
    assert dialog.form.row_visible("trich_yeu")


def test_tuyet_mat_summary_refused_by_service_shown_next_to_field(qtbot, ctx, registry, catalogue_item):
    # A context still on the 2018 pack shows the field; the service judges by the 2026 date and refuses.
    registry.pack = rule_pack("2018")
    dialog = DocumentFormDialog(ctx, "den")
    qtbot.addWidget(dialog)
    dialog.form.set_value("do_mat", "tuyet_mat")
    assert dialog.form.row_visible("trich_yeu")
    dialog.form.set_value("ngay_den", dt.date(2026, 4, 2))
    dialog.form.set_value("co_quan_ban_hanh", "Bộ Công an")
    dialog.form.set_value("so_ky_hieu", "7/BCA")
    dialog.form.set_value("trich_yeu", "Nội dung tuyệt mật")
    _choose_basis(dialog, catalogue_item)
    with qtbot.waitSignal(dialog.failed):
        dialog.submit()
    assert "trích yếu" in dialog.error_for("trich_yeu")
    assert dialog.saved_id is None
