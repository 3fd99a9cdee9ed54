"""Stamps measured in the PDF itself: size in mm and number of borders, from the drawing operators."""
import datetime as dt
import io

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.printing import records
from app.printing.data import CopyBlock, DestructionRecord, Item, Person
from app.printing.stamps import (CoversMotto, Placement, make_stamp, mark_copy, mark_level,
                                 overlay_stamps, stamp_sheet)
from app.rules import pack as get_pack

MM = 72 / 25.4
RED = (208 / 255, 0.0, 0.0)       # #D00000, the packs' stamp colour


def red_rects(pdf: bytes, page: int = 0) -> list[tuple[float, float, float, float]]:
    """(x, y, w, h) in mm of every rectangle stroked in the stamp red on ``page``. Stamps are drawn
    without scaling, so widths and heights are true sizes; x, y are in the current translation."""
    reader = PdfReader(io.BytesIO(pdf))
    ops = ContentStream(reader.pages[page].get_contents(), reader).operations
    colour, out, pending, stack = None, [], [], []
    for operands, op in ops:
        if op == b"q":
            stack.append(colour)
        elif op == b"Q":
            colour = stack.pop() if stack else None
        elif op == b"RG":
            colour = tuple(float(v) for v in operands)
        elif op == b"re":
            pending.append(tuple(float(v) / MM for v in operands))
        elif op in (b"S", b"s", b"B", b"b"):
            if colour and all(abs(a - b) < 0.01 for a, b in zip(colour, RED)):
                out += pending
            pending = []
        elif op in (b"n", b"f", b"F"):
            pending = []
    return out


def borders(rects, width_mm, height_mm):
    """How many nested rectangles share the centre of the outer one of this size."""
    outer = [r for r in rects if abs(r[2] - width_mm) < 0.05 and abs(r[3] - height_mm) < 0.05]
    assert outer, f"no red {width_mm}×{height_mm} mm rectangle in {rects}"
    x, y, w, h = outer[0]
    cx, cy = x + w / 2, y + h / 2
    return sum(1 for r in rects if abs(r[0] + r[2] / 2 - cx) < 0.05 and abs(r[1] + r[3] / 2 - cy) < 0.05
               and r[2] <= w + 0.01)


@pytest.mark.parametrize("regime", ["2018", "2025"])
def test_level_stamps_have_the_packs_sizes_and_double_border(regime, seal):
    pack = get_pack(regime)
    stamps = [make_stamp(pack, "do_mat", level=lv) for lv in ("tuyet_mat", "toi_mat", "mat")]
    rects = red_rects(stamp_sheet(pack, seal, stamps))
    sizes = {lv: pack.stamps["do_mat"]["levels"][lv] for lv in ("tuyet_mat", "toi_mat", "mat")}
    assert (sizes["tuyet_mat"]["width_mm"], sizes["tuyet_mat"]["height_mm"]) == (40, 8)
    assert (sizes["toi_mat"]["width_mm"], sizes["toi_mat"]["height_mm"]) == (30, 8)
    for spec in sizes.values():
        assert borders(rects, spec["width_mm"], spec["height_mm"]) == 2
    # the inner border is the gap inside the outer one
    gap = pack.stamps["do_mat"]["border_gap_mm"]
    assert any(abs(r[2] - (40 - 2 * gap)) < 0.05 and abs(r[3] - (8 - 2 * gap)) < 0.05 for r in rects)


def test_declassification_stamp_is_30_by_13_double(seal):
    pack = get_pack("2018")
    stamp = make_stamp(pack, "giai_mat", date=dt.date(2025, 5, 4))
    assert stamp.lines == ("GIẢI MẬT", "Từ: 04/05/2025")
    rects = red_rects(stamp_sheet(pack, seal, [stamp]))
    assert borders(rects, 30, 13) == 2


def test_single_border_marks_measure_their_pack_size(seal):
    pack = get_pack("2025")
    for kind in ("thu_hoi", "boc_bi", "ban_sao", "quan_ly_so_luong"):
        stamp = make_stamp(pack, kind, number=2, until=dt.date(2026, 5, 1))
        rects = red_rects(stamp_sheet(pack, seal, [stamp]))
        assert borders(rects, stamp.width_mm, stamp.height_mm) == 1, kind


def test_wording_in_capitals_with_values():
    pack = get_pack("2025")
    assert make_stamp(pack, "boc_bi").lines == ("CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ",)
    assert make_stamp(pack, "thu_hoi", until=dt.date(2026, 4, 30)).lines == (
        "TÀI LIỆU THU HỒI", "Hạn trả: 30/04/2026")
    assert make_stamp(pack, "ban_sao", number=3).lines == ("BẢN SAO SỐ: 3",)


def portrait_record(regime_day=dt.date(2026, 4, 2)):
    from app.printing.data import Heading
    heading = Heading("UBND TỈNH ĐỒNG NAI", "Văn phòng UBND tỉnh", "3/BB-VP", "Đồng Nai", regime_day)
    return records.destruction_record(get_pack("2025"), DestructionRecord(
        heading, "Quyết định số 5/QĐ-VP ngày 01/4/2026 của Chánh Văn phòng",
        (Person("Trần Văn Mẫu", "Chánh Văn phòng", role="Chủ tịch Hội đồng"),),
        (Item("1/BC", dt.date(2026, 3, 3), "Báo cáo", "x", "mat"),)), seal=_seal())


def _seal():
    from app.printing.data import AuditSeal
    return AuditSeal(1, "0" * 64)


def test_no_mark_covers_the_national_motto(count_red):
    draft = portrait_record()
    motto = (92 * 72 / 25.4, 18 * 72 / 25.4, 200 * 72 / 25.4, 34 * 72 / 25.4)
    assert count_red(draft, 0, motto) == 0
    block = CopyBlock("sao_y", dt.date(2026, 4, 3), 2, "Công an tỉnh", "Chánh Văn phòng Trần Văn Mẫu")
    for marked in (mark_copy(draft, get_pack("2025"), 1, block, level="toi_mat"),
                   mark_level(draft, get_pack("2025"), "tuyet_mat")):
        assert count_red(marked, 0) > 200               # the marks are there …
        assert count_red(marked, 0, motto) == 0         # … and none over the motto
    with pytest.raises(CoversMotto):
        overlay_stamps(draft, get_pack("2025"),
                       [Placement(make_stamp(get_pack("2025"), "do_mat", level="mat"), 0, 120, 22)])


def test_gui_stamp_sheet_prints_the_return_date(monkeypatch, parse):
    pytest.importorskip("PySide6")
    from app.ui.dialogs import print_preview_dialog as dialog
    monkeypatch.setattr(dialog, "audit_seal", lambda session: _seal())
    doc = {"do_mat": "mat", "recall_required": True, "recall_deadline": dt.date(2026, 6, 15),
           "expires_on": None}
    pdf = parse(dialog.marks_pdf(None, get_pack("2025"), doc))
    pdf.has("TÀI LIỆU THU HỒI", "Hạn trả: 15/06/2026")
