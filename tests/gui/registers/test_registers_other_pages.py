"""Catalogue, staff (handover wizard) and destruction pages against a real registry."""
import datetime as dt

import pytest

from app.services import destruction, documents
from app.services.actor import Actor
from app.ui.pages.catalogue_page import CataloguePage
from app.ui.pages.destruction_page import DestructionPage, parse_members
from app.ui.pages.staff_page import StaffPage

D = dt.date


@pytest.fixture
def actor():
    """These pages (catalogue, staff and handover, reports and export) are the security officer's work;
    the role table refuses them to a clerk."""
    return Actor(username="baomat", user_id=None, full_name="Trần Thị Bảo Mật", role="can_bo_bao_mat")


def _doc(registry, actor, holder_id=None):
    with registry.begin() as s:
        return documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=D(2025, 5, 2), co_quan_ban_hanh="UBND tỉnh", so_ky_hieu="3/UBND", loai_van_ban="Công văn",
            trich_yeu="Việc A", do_mat="mat", holder_id=holder_id)).id


def test_catalogue_search_without_diacritics_and_add(qtbot, qtmodeltester, ctx, catalogue_item):
    page = CataloguePage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)
    with qtbot.waitSignal(page.loaded, timeout=2000) as blocker:
        page.search.setText("quoc phong")
    assert blocker.args == [1]
    dialog = page.add_item()
    qtbot.addWidget(dialog)
    dialog.form.set_value("decision", "Quyết định số 970/QĐ-TTg")
    dialog.form.set_value("dieu", "2")
    dialog.form.set_value("text", "Số liệu về dự trữ quốc gia")
    with qtbot.waitSignal(dialog.succeeded):
        dialog.submit()
    page.search.clear()
    page.reload()
    assert page.model.rowCount() == 2


def test_staff_handover_wizard_lists_everything_held(qtbot, qtmodeltester, ctx, registry, actor, make_user):
    leaving = make_user("Trần Văn Đi")
    staying = make_user("Lê Thị Ở")
    _doc(registry, actor, holder_id=leaving)
    _doc(registry, actor, holder_id=leaving)
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    page.select_person(leaving)
    assert page.current()["held"] == 2
    wizard = page.start_handover()
    qtbot.addWidget(wizard)
    assert wizard.items_model.rowCount() == 2
    wizard.form.set_value("to_user_id", staying)
    wizard.form.set_value("record_number", "01/BB-BG")
    wizard.form.set_value("reason", "chuyen_cong_tac")
    wizard.restart()
    wizard.next()
    wizard.next()
    assert "2 tài liệu" in wizard.consequence.text()
    page._print_record = lambda _hid: None
    with qtbot.waitSignal(wizard.handed_over):
        wizard.validateCurrentPage()
    page.reload()
    rows = {r["id"]: r for r in page.model.rows()}
    assert rows[leaving]["held"] == 0 and rows[staying]["held"] == 2


def test_staff_assignment_requires_decision_number(qtbot, ctx, make_user):
    uid = make_user("Phạm Văn Gán")
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.select_person(uid)
    dialog = page.start("assign")
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "số quyết định" in dialog.error_for("decision_number")


def test_destruction_stages(qtbot, qtmodeltester, ctx, registry, actor):
    doc_id = _doc(registry, actor)
    with registry.begin() as s:
        destruction.propose(s, actor, [doc_id], proposed_on=D(2026, 1, 5), proposed_by="Văn thư", reason="Hết giá trị")
    page = DestructionPage(ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    page.table.selectRow(0)
    assert page.buttons["council"].isEnabled() and not page.buttons["destroy"].isEnabled()
    dialog = page.start("council")
    qtbot.addWidget(dialog)
    dialog.form.set_value("council_decision", "QĐ 5/QĐ-UBND")
    dialog.form.set_value("members", "Nguyễn Chủ; Phó Chủ tịch; chủ tịch\nTrần Giữ; Văn thư; người quản lý")
    with qtbot.waitSignal(dialog.succeeded):
        dialog.submit()
    page.table.selectRow(0)
    assert page.current().stage == "hoi_dong"
    assert page.buttons["minutes"].isEnabled()


def test_parse_members_refuses_unknown_role():
    import pytest

    from app.services.errors import ValidationError

    with pytest.raises(ValidationError):
        parse_members("A; B; khách mời")


def test_emergency_destruction_asks_with_no_as_default_then_destroys(qtbot, ctx, registry, actor, make_user,
                                                                      monkeypatch):
    from sqlalchemy import select

    from app.models import AuditEvent, Document
    from app.ui.widgets import messages

    holder = make_user("Trần Văn Giữ")
    keep, burn, busy = _doc(registry, actor, holder), _doc(registry, actor, holder), _doc(registry, actor)
    with registry.begin() as s:
        destruction.propose(s, actor, [busy], proposed_on=D(2026, 1, 5), proposed_by="Văn thư", reason="Hết giá trị")
    asked = []
    answer = {"yes": False}

    def fake_exec(box):
        asked.append((box.defaultButton().text(), box.escapeButton() is box.defaultButton(), box.informativeText()))
        wanted = box.ButtonRole.DestructiveRole if answer["yes"] else box.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()
        return 0

    monkeypatch.setattr(messages, "_exec", fake_exec)
    page = DestructionPage(ctx)
    qtbot.addWidget(page)
    opened = []
    page.start_emergency(opened.append)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    picker = dialog.form.widgets["document_ids"]
    assert sorted(picker.list.item(i).data(256) for i in range(picker.list.count())) == [keep, burn]  # not `busy`
    assert "Trần Văn Giữ" in picker.list.item(0).text()

    dialog.submit()  # nothing filled in
    assert "văn bản báo cáo" in dialog.error_for("report_ref")
    assert asked == []
    dialog.form.set_value("report_ref", "Báo cáo 12/BC-VP ngày 20/5/2026")
    dialog.form.set_value("reason", "Kho lưu trữ bị cháy, không di chuyển được tài liệu")
    dialog.form.set_value("document_ids", [burn])
    dialog.submit()  # the clerk answers the default, "Không"
    default_text, esc_is_default, consequence = asked[-1]
    assert default_text == "Không" and esc_is_default
    assert "1 tài liệu" in consequence and "không hoàn tác" in consequence
    assert "Báo cáo 12/BC-VP" in consequence
    with registry.session() as s:
        assert documents.describe(s.get(Document, burn)) in consequence
        assert s.get(Document, burn).status == "dang_quan_ly"

    answer["yes"] = True
    with qtbot.waitSignal(dialog.succeeded):
        dialog.submit()
    with registry.session() as s:
        assert s.get(Document, burn).status == "da_tieu_huy" and s.get(Document, keep).status == "dang_quan_ly"
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.action == "destruction.emergency")).all()
    newest = page.model.row_at(0)
    assert newest.emergency and newest.stage_name == "Đã tiêu hủy (khẩn cấp)"
