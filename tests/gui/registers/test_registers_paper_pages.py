"""Issue 12 #12: the copy and transfer logbooks as their own register views with print, the biên bản tiêu hủy
after destruction, the biên bản bàn giao after a handover, the statistics and the stamps sheet from the reports
page — each through the print preview, the rendered PDF parsed back (title and legal basis present)."""
import datetime as dt

import pytest

from app.rules import pack_for_date
from app.services import copies, destruction, documents, transfers
from app.services.actor import Actor
from app.ui.pages.copy_logbook_page import CopyLogbookPage
from app.ui.pages.destruction_page import DestructionPage
from app.ui.pages.reports_page import ReportsPage
from app.ui.pages.staff_page import StaffPage
from app.ui.pages.transfer_logbook_page import TransferLogbookPage
from app.ui.qt import QTest, Qt
from tests.gui.registers.paper_pdf import folded, pdf_text, pdf_title

D = dt.date
YEAR = dt.date.today().year


@pytest.fixture
def actor():
    return Actor(username="baomat", user_id=None, full_name="Trần Thị Bảo Mật", role="can_bo_bao_mat")


def _doc(registry, actor, holder_id=None, ref="3/UBND"):
    with registry.begin() as s:
        return documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=D(YEAR - 1, 12, 2), co_quan_ban_hanh="UBND tỉnh", so_ky_hieu=ref, loai_van_ban="Công văn",
            trich_yeu="Việc A", do_mat="mat", holder_id=holder_id)).id


def _opened_preview(qtbot, page):
    qtbot.waitUntil(lambda: getattr(page, "_print_preview", None) is not None)
    preview = page._print_preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: len(preview.images) == preview.pages_count)
    assert preview.isVisible() and preview.pages_count >= 1
    return preview


def _click(button):
    assert button.isEnabled() and button.isVisible()
    QTest.mouseClick(button, Qt.LeftButton)


def test_copy_logbook_page_lists_the_year_and_prints(qtbot, ctx, registry, actor, make_user):
    leader = make_user("Hoàng Chủ Tịch", title_code="lanh_dao_tinh", role="lanh_dao")
    doc_id = _doc(registry, actor)
    with registry.begin() as s:
        copies.record_copy(s, actor, doc_id, form="sao_y", copied_on=D(YEAR, 1, 10), quantity=3,
                           authorised_by_id=leader, copied_by="Văn thư")
    page = CopyLogbookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert any("3/UBND" in (t or "") for t in texts)
    page.year.setValue(YEAR - 1)
    assert page.model.rowCount() == 0
    page.year.setValue(YEAR)
    _click(page.print_button)
    preview = _opened_preview(qtbot, page)
    text = pdf_text(preview.pdf)
    assert "SỔ QUẢN LÝ SAO, CHỤP" in text and "3/UBND" in text
    assert folded(pack_for_date(D(YEAR, 1, 10)).register("sao_chup").template) in text  # the form of its date


def test_transfer_logbook_page_lists_and_prints(qtbot, ctx, registry, actor):
    doc_id = _doc(registry, actor, ref="9/CV-PA")
    page = TransferLogbookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0
    with registry.begin() as s:
        transfers.transfer(s, actor, doc_id, kind=next(iter(transfers.KINDS)), party=next(iter(transfers.PARTIES)),
                           recipient="Sở Tư pháp", request_ref="Công văn 5/STP", transferred_on=D(YEAR, 1, 12),
                           authorised_by="Trần Văn Lãnh Đạo", authoriser_title="lanh_dao_tinh")
    ctx.signals.data_changed.emit("transfer")  # what the transfer action announces
    assert page.model.rowCount() == 1
    _click(page.print_button)
    preview = _opened_preview(qtbot, page)
    text = pdf_text(preview.pdf)
    assert "SỔ CHUYỂN GIAO" in text and "Sở Tư pháp" in text and "9/CV-PA" in text
    assert folded(pack_for_date(D(YEAR, 1, 12)).register("chuyen_giao").template) in text


def test_destruction_record_opens_after_the_destruction(qtbot, ctx, registry, actor, answer):
    doc_id = _doc(registry, actor)
    with registry.begin() as s:
        case = destruction.propose(s, actor, [doc_id], proposed_on=D(YEAR, 1, 5), proposed_by="Văn thư",
                                   reason="Hết giá trị")
        destruction.set_council(s, actor, case.id, council_decision="QĐ 5/QĐ-UBND", members=[
            destruction.MemberInput("Nguyễn Chủ", "chu_tich", "Phó Chủ tịch"),
            destruction.MemberInput("Trần Giữ", "nguoi_quan_ly", "Văn thư")])
        destruction.record_minutes(s, actor, case.id, minutes_on=D(YEAR, 1, 6))
        destruction.decide(s, actor, case.id, decision_number="9/QĐ-UBND", decision_on=D(YEAR, 1, 7),
                           decided_by="Chủ tịch UBND")
    page = DestructionPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    dialog = page.start("destroy")
    qtbot.addWidget(dialog)
    dialog.form.set_value("method", "Nghiền nhỏ")
    dialog.form.set_value("record_number", "02/BB-TH")
    _click(dialog.ok)  # the danger question is answered "Có" by the fixture
    preview = _opened_preview(qtbot, page)
    assert pdf_title(preview.pdf) == "Biên bản tiêu hủy BMNN"
    text = pdf_text(preview.pdf)
    assert "BIÊN BẢN" in text and "9/QĐ-UBND" in text and "Nghiền nhỏ" in text
    assert folded(pack_for_date(dt.date.today()).citation("destruction")) in text


def test_handover_record_opens_after_the_handover(qtbot, ctx, registry, actor, make_user):
    leaving, staying = make_user("Trần Văn Đi"), make_user("Lê Thị Ở")
    _doc(registry, actor, holder_id=leaving)
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.select_person(leaving)
    wizard = page.start_handover()
    qtbot.addWidget(wizard)
    wizard.form.set_value("to_user_id", staying)
    wizard.form.set_value("record_number", "07/BB-BG")
    wizard.restart()
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.handed_over):
        wizard.validateCurrentPage()
    preview = _opened_preview(qtbot, page)
    assert pdf_title(preview.pdf) == "Biên bản bàn giao BMNN"
    text = pdf_text(preview.pdf)
    assert "Bàn giao tài liệu" in text and "Trần Văn Đi" in text and "Lê Thị Ở" in text
    assert folded(pack_for_date(dt.date.today()).citation("handover")) in text


def test_reports_page_prints_statistics_and_the_stamps_sheet(qtbot, ctx, registry, actor):
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _click(page.stamps_button)
    preview = _opened_preview(qtbot, page)
    text = pdf_text(preview.pdf)
    assert "TUYỆT MẬT" in text and "GIẢI MẬT" in text
    page._print_preview = None
    _click(page.stats_button)
    preview = _opened_preview(qtbot, page)
    assert "THỐNG KÊ" in pdf_text(preview.pdf).upper()


def test_emergency_destruction_opens_its_record(qtbot, ctx, registry, actor, answer):
    doc_id = _doc(registry, actor, ref="44/KC")
    page = DestructionPage(ctx)
    qtbot.addWidget(page)
    page.show()
    opened = []
    page.start_emergency(opened.append)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.form.set_value("report_ref", "Báo cáo 12/BC-VP")
    dialog.form.set_value("reason", "Kho lưu trữ bị cháy")
    dialog.form.set_value("document_ids", [doc_id])
    _click(dialog.ok)
    preview = _opened_preview(qtbot, page)
    text = pdf_text(preview.pdf)
    assert "Tiêu hủy khẩn cấp" in text and "12/BC-VP" in text and "44/KC" in text
    assert "Hội đồng" not in text and "Trần Thị Bảo Mật" in text  # the person who destroyed it signs


def test_logbook_opens_on_the_latest_year_with_lines(qtbot, ctx, registry, actor, make_user):
    leader = make_user("Hoàng Chủ Tịch", title_code="lanh_dao_tinh", role="lanh_dao")
    doc_id = _doc(registry, actor)
    with registry.begin() as s:
        copies.record_copy(s, actor, doc_id, form="sao_y", copied_on=D(YEAR - 1, 12, 20), quantity=1,
                           authorised_by_id=leader, copied_by="Văn thư")
    page = CopyLogbookPage(ctx)
    qtbot.addWidget(page)
    assert page.year.value() == YEAR - 1 and page.model.rowCount() == 1
    page.year.setValue(YEAR)
    assert page.model.rowCount() == 0 and "0 dòng" in page.count.text()


def test_inspection_record_from_the_check_history(qtbot, ctx, registry, actor):
    from app.hwcheck.model import Finding, Verdict
    from app.services import devices
    from app.ui.pages.machines_page import MachinesPage

    verdict = Verdict(root="/", checked_at=dt.datetime(YEAR, 1, 8, 9, 30, tzinfo=dt.timezone.utc), live_probes=True,
                      findings=(Finding(rule="network.interface_active", severity="block",
                                        summary="Máy đang kết nối Wi-Fi.", source="wlan0", evidence={},
                                        legal_basis="Điều 5"),))
    with registry.begin() as s:
        devices.record_check(s, actor, None, verdict)
    page = MachinesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    assert not page.print_run_button.isEnabled()
    page.runs.selectRow(0)
    _click(page.print_run_button)
    preview = _opened_preview(qtbot, page)
    assert pdf_title(preview.pdf) == "Biên bản kiểm tra máy tính"
    text = pdf_text(preview.pdf)
    assert "BIÊN BẢN KIỂM TRA" in text and "Máy đang kết nối Wi-Fi." in text


def test_commitment_form_opens_after_the_commitment_is_recorded(qtbot, ctx, registry, actor, make_user):
    person = make_user("Phạm Văn Cam Kết")
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_person(person)
    dialog = page.start("commit")
    qtbot.addWidget(dialog)
    dialog.form.set_value("paper_confirmed_by", "Trần Thị Bảo Mật")
    _click(dialog.ok)
    preview = _opened_preview(qtbot, page)
    text = pdf_text(preview.pdf)
    assert "CAM KẾT" in text.upper() and "Phạm Văn Cam Kết" in text
