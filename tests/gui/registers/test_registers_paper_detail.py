"""Issue 12 #12: papers reachable from a document's detail — envelopes of an outgoing entry, the 15-day notice
after an extension, the copy record after a "chụp" — each opens the print preview with the real PDF (parsed
back with pypdf: title and legal basis on the paper)."""
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.rules import pack_for_date
from app.services import documents
from tests.gui.registers.paper_pdf import folded
from app.ui.dialogs.document_detail_dialog import DocumentDetailDialog
from app.ui.qt import QTest, Qt

D = dt.date


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_title(pdf: bytes) -> str:
    return (PdfReader(io.BytesIO(pdf)).metadata or {}).get("/Title", "")


@pytest.fixture
def outgoing_id(registry, actor, catalogue_item):
    with registry.begin() as s:
        doc = documents.register_outgoing(s, actor, documents.OutgoingInput(
            ngay_van_ban=D(2026, 4, 1), so_ky_hieu="15/BC-UBND", loai_van_ban="Báo cáo", trich_yeu=None,
            do_mat="tuyet_mat", catalogue_item_id=catalogue_item, classified_by="Chủ tịch UBND",
            nguoi_ky="Chủ tịch UBND", noi_nhan="Tỉnh ủy Đồng Nai; Bộ Công an", so_luong=2))
        return doc.id


def _detail(qtbot, ctx, doc_id):
    dialog = DocumentDetailDialog(ctx, doc_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.doc is not None
    return dialog


def test_envelopes_from_an_outgoing_entry(qtbot, ctx, outgoing_id):
    dialog = _detail(qtbot, ctx, outgoing_id)
    button = dialog.buttons["envelopes"]
    assert button.isEnabled()
    QTest.mouseClick(button, Qt.LeftButton)
    preview = dialog.paper_preview
    qtbot.waitUntil(lambda: len(preview.images) == preview.pages_count)
    assert preview.pages_count == 4  # Tuyệt mật: inner and outer for each of the two recipients
    assert pdf_title(preview.pdf) == "Bì thư bí mật nhà nước"
    text = pdf_text(preview.pdf)
    assert "Tỉnh ủy Đồng Nai" in text and "Bộ Công an" in text and "15/BC-UBND" in text
    assert "A" in text  # the letter of Tuyệt mật on the outer envelope


def test_no_envelopes_for_an_incoming_entry(qtbot, ctx, registry, actor):
    with registry.begin() as s:
        doc_id = documents.register_incoming(s, actor, documents.IncomingInput(
            ngay_den=D(2026, 4, 2), co_quan_ban_hanh="Công an tỉnh", so_ky_hieu="1/CV", loai_van_ban="Công văn",
            trich_yeu="Việc", do_mat="mat")).id
    dialog = _detail(qtbot, ctx, doc_id)
    assert not dialog.buttons["envelopes"].isEnabled()


def test_extension_opens_the_fifteen_day_notice(qtbot, ctx, outgoing_id):
    dialog = _detail(qtbot, ctx, outgoing_id)
    action = dialog.start("extend")
    qtbot.addWidget(action)
    action.form.set_value("decided_by", "Chủ tịch UBND")
    action.form.set_value("decision_number", "77/QĐ-UBND")
    with qtbot.waitSignal(dialog.action_done):
        QTest.mouseClick(action.ok, Qt.LeftButton)
    preview = dialog.paper_preview
    assert "gia hạn" in preview.title.lower()
    text = pdf_text(preview.pdf)
    assert "77/QĐ-UBND" in text and "15/BC-UBND" in text
    assert folded(pack_for_date(dt.date.today()).citation("extension")) in folded(text)  # from the rule pack
    assert pdf_title(preview.pdf).startswith("Thông báo")


def test_a_photo_copy_opens_its_record_and_a_plain_copy_none(qtbot, ctx, outgoing_id, make_user):
    leader = make_user("Hoàng Chủ Tịch", title_code="lanh_dao_tinh", role="lanh_dao")
    dialog = _detail(qtbot, ctx, outgoing_id)
    copy = dialog.start("copy")
    qtbot.addWidget(copy)
    combo = copy.form.widgets["form"]
    combo.setCurrentIndex(combo.findData("chup"))
    copy.form.set_value("authorised_by_id", leader)
    copy.form.set_value("place", "Phòng bảo mật")
    with qtbot.waitSignal(dialog.action_done):
        QTest.mouseClick(copy.ok, Qt.LeftButton)
    preview = dialog.paper_preview
    assert preview.pages_count >= 1
    text = pdf_text(preview.pdf)
    assert "VĂN BẢN GHI NHẬN" in text and "15/BC-UBND" in text
    assert folded(pack_for_date(dt.date.today()).citation("copy")) in folded(text)
    assert pdf_title(preview.pdf) == "Văn bản ghi nhận BMNN"

    dialog.paper_preview = None
    copy = dialog.start("copy")
    qtbot.addWidget(copy)
    combo = copy.form.widgets["form"]
    combo.setCurrentIndex(combo.findData("sao_y"))
    copy.form.set_value("authorised_by_id", leader)
    with qtbot.waitSignal(dialog.action_done):
        QTest.mouseClick(copy.ok, Qt.LeftButton)
    assert dialog.paper_preview is None  # a plain copy is recorded in the logbook only


@pytest.mark.parametrize("key, section, title", [("level", "level_change", "Thông báo điều chỉnh độ mật"),
                                                 ("declassify", "declassification", "Thông báo giải mật")])
def test_level_change_and_declassification_open_their_notice(qtbot, ctx, outgoing_id, catalogue_item, answer, key,
                                                              section, title):
    from app.ui.dialogs.catalogue_picker import CatalogueChoice

    dialog = _detail(qtbot, ctx, outgoing_id)
    action = dialog.start(key)
    qtbot.addWidget(action)
    action.form.set_value("decided_by", "Chủ tịch UBND")
    if key == "level":  # to Tối mật, on the catalogue item of that level
        action.form.widgets["catalogue_item_id"].set_choice(CatalogueChoice(catalogue_item, "Điều 1", "Kế hoạch"))
    with qtbot.waitSignal(dialog.action_done):
        QTest.mouseClick(action.ok, Qt.LeftButton)  # the danger question is answered "Có" by the fixture
    preview = dialog.paper_preview
    assert preview.title == title
    text = folded(pdf_text(preview.pdf))
    assert "15/BC-UBND" in text and "Tỉnh ủy Đồng Nai" in text  # the recipients to be told
    assert folded(pack_for_date(dt.date.today()).citation(section)) in text
