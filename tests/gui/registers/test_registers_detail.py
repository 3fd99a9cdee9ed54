"""Document detail: timeline, copy authority refusal, edit review (old beside new), dangerous actions."""
import datetime as dt

import pytest

from app.services import documents
from app.ui.dialogs.document_detail_dialog import DocumentDetailDialog

D = dt.date


@pytest.fixture
def doc_id(registry, actor, catalogue_item):
    with registry.begin() as s:
        doc = documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=D(2026, 4, 2), co_quan_ban_hanh="Công an tỉnh", so_ky_hieu="12/CV-PA03",
            ngay_van_ban=D(2026, 4, 1), loai_van_ban="Công văn", trich_yeu="Về an ninh", do_mat="toi_mat",
            catalogue_item_id=catalogue_item, classified_by="Giám đốc"))
        return doc.id


def _detail(qtbot, ctx, doc_id):
    dialog = DocumentDetailDialog(ctx, doc_id)
    qtbot.addWidget(dialog)
    assert dialog.doc is not None
    return dialog


def test_detail_shows_timeline_and_fields(qtbot, ctx, doc_id):
    dialog = _detail(qtbot, ctx, doc_id)
    entries = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
    assert any("Vào Sổ đăng ký BMNN đến số 1/2026" in e for e in entries)
    assert dialog.buttons["copy"].isEnabled()
    assert not dialog.buttons["return"].isEnabled()


def test_copy_with_unauthorised_approver_is_refused(qtbot, ctx, registry, doc_id, make_user):
    clerk = make_user("Phạm Văn Nhân", title_code="nhan_vien")
    leader = make_user("Hoàng Chủ Tịch", title_code="lanh_dao_tinh", role="lanh_dao")
    dialog = _detail(qtbot, ctx, doc_id)
    copy = dialog.start("copy")
    qtbot.addWidget(copy)
    assert "Người có thẩm quyền" in copy.form.widgets["authorised_by_id"].parent().findChildren(
        type(copy.consequence))[0].text()
    copy.form.set_value("authorised_by_id", clerk)
    copy.form.set_value("quantity", 2)
    with qtbot.waitSignal(copy.failed) as blocker:
        copy.submit()
    assert "không có thẩm quyền" in blocker.args[0]
    assert "không có thẩm quyền" in copy.error_for("authorised_by_id")
    assert copy.result_value is None

    copy.form.set_value("authorised_by_id", leader)
    with qtbot.waitSignal(dialog.action_done):
        copy.submit()
    entries = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
    assert any("Sao, chụp 2 bản" in e for e in entries)


def test_edit_shows_old_beside_new_before_writing(qtbot, ctx, registry, doc_id, answer):
    dialog = _detail(qtbot, ctx, doc_id)
    form = dialog.start("edit")
    qtbot.addWidget(form)
    assert not form.form.widgets["do_mat"].isEnabled()
    form.form.set_value("so_ky_hieu", "13/CV-PA03")
    answer.yes = False
    form.submit()
    assert answer.shown[-1][0] == "review"
    assert any(old == "12/CV-PA03" and new == "13/CV-PA03" for _l, old, new in answer.shown[-1][1])
    with registry.session() as s:
        assert documents.get_document(s, doc_id).so_ky_hieu == "12/CV-PA03"  # nothing written
    answer.yes = True
    with qtbot.waitSignal(form.saved):
        form.submit()
    with registry.session() as s:
        assert documents.get_document(s, doc_id).so_ky_hieu == "13/CV-PA03"


def test_declassify_asks_with_consequence_and_defaults_to_no(qtbot, ctx, registry, doc_id, answer):
    dialog = _detail(qtbot, ctx, doc_id)
    action = dialog.start("declassify")
    qtbot.addWidget(action)
    action.form.set_value("decided_by", "Giám đốc")
    answer.yes = False
    action.submit()
    title, _text, consequence = answer.shown[-1]
    assert title == "Giải mật" and "không hoàn tác" in consequence
    with registry.session() as s:
        assert documents.get_document(s, doc_id).status == "dang_quan_ly"
    answer.yes = True
    with qtbot.waitSignal(dialog.action_done):
        action.submit()
    assert dialog.doc["status"] == "da_giai_mat"
    assert not dialog.buttons["copy"].isEnabled()


def test_transfer_then_recall(qtbot, ctx, doc_id, make_user):
    make_user("Nguyễn Thị Giám Đốc", role="lanh_dao", title_code="lanh_dao_so", position="Giám đốc Sở")
    dialog = _detail(qtbot, ctx, doc_id)
    tr = dialog.start("transfer")
    qtbot.addWidget(tr)
    tr.form.set_value("recipient", "Sở Tư pháp")
    tr.submit()
    assert "văn bản đề nghị" in tr.error_for("request_ref")
    tr.form.set_value("request_ref", "Công văn 5/STP ngày 01/5/2026")
    tr.form.set_value("recall_deadline", D(2030, 1, 1))
    with qtbot.waitSignal(tr.failed):
        tr.submit()   # the authoriser is required: the service's refusal is shown next to the field
    assert "thẩm quyền" in tr.error_for("authorised_by")
    tr.form.set_value("authorised_by", "Nguyễn Thị Giám Đốc")
    with qtbot.waitSignal(dialog.action_done):
        tr.submit()
    assert dialog.buttons["recall"].isEnabled()
    recall = dialog.start("recall")
    qtbot.addWidget(recall)
    with qtbot.waitSignal(dialog.action_done):
        recall.submit()
    assert not dialog.buttons["recall"].isEnabled()
