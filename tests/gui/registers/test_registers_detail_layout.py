"""Issue 12 #5: the document detail at its default size shows every value whole (no two-line value overlapping
the next row) and the whole history (no entry cut off at the right edge)."""
import datetime as dt

import pytest

from app.services import documents, transfers
from app.ui.dialogs.document_detail_dialog import DocumentDetailDialog
from app.ui.qt import QApplication, QPoint, Qt

D = dt.date
LONG = ("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh; Công an tỉnh (Phòng An ninh chính trị nội bộ); "
        "Bộ Chỉ huy Quân sự tỉnh; Văn phòng Tỉnh ủy; lưu Văn thư và Phòng Nội chính")


@pytest.fixture
def doc_id(registry, actor, catalogue_item):
    with registry.begin() as s:
        doc = documents.register_outgoing(s, actor, documents.OutgoingInput(
            so_ky_hieu="125/KH-UBND", ngay_van_ban=D(2026, 4, 1), loai_van_ban="Kế hoạch",
            trich_yeu="Bảo đảm an ninh, trật tự Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025–2030, "
                      "và các hoạt động kỷ niệm những ngày lễ lớn trong năm",
            do_mat="mat", nguoi_ky="Nguyễn Văn Ký, Phó Chủ tịch thường trực", noi_nhan=LONG,
            don_vi_luu="Phòng Nội chính", so_luong=12, catalogue_item_id=catalogue_item,
            classified_by="Chánh Văn phòng"))
        for i in range(6):
            transfers.transfer(s, actor, doc.id, kind="cung_cap", party="trong_nuoc",
                               recipient=f"Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội của tỉnh, tổ công tác số {i}",
                               request_ref=f"{i + 10}/CV-BCĐ ngày 02/04/2026 của Ban Chỉ đạo",
                               transferred_on=D(2026, 4, 3 + i), authorised_by="Trần Văn Lãnh Đạo",
                               authoriser_title="lanh_dao_tinh")
        return doc.id


def _in(widget, ancestor):
    top_left = widget.mapTo(ancestor, QPoint(0, 0))
    return widget.rect().translated(top_left)


def test_default_size_shows_every_value_and_the_whole_history(qtbot, ctx, doc_id):
    dialog = DocumentDetailDialog(ctx, doc_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    grid = dialog.fields
    captions = [grid.itemAtPosition(r, 0).widget() for r in range(len(dialog.field_values))]
    values = dialog.field_values
    assert len(values) >= 15
    assert any(LONG[:40] in v.text() for v in values)
    rects = [_in(v, dialog) for v in values + captions]
    for i, (label, rect) in enumerate(zip(values + captions, rects)):
        assert label.height() >= label.heightForWidth(label.width()), label.text()  # every line shown
        for other in rects[i + 1:]:
            assert not rect.intersects(other), label.text()
    timeline = dialog.timeline
    assert timeline.count() >= 7
    viewport = timeline.viewport()
    assert timeline.horizontalScrollBar().maximum() == 0  # nothing beyond the right edge
    metrics = timeline.fontMetrics()
    for row in range(timeline.count()):
        item = timeline.item(row)
        rect = timeline.visualItemRect(item)
        assert rect.width() <= viewport.width()
        needed = metrics.boundingRect(0, 0, rect.width() - 8, 10_000, Qt.TextWordWrap, item.text()).height()
        assert rect.height() >= needed, item.text()
