import datetime as dt

import pytest
from reportlab.lib.units import mm

from app.printing.data import CopyBlock, RegisterCover
from app.printing.registers import render_register
from app.printing.stamps import (KINDS, Placement, all_stamps, make_stamp, mark_copy, mark_level,
                                 overlay_stamps, stamp_sheet)

BLOCK = CopyBlock("sao_y", dt.datetime(2026, 3, 5, 9, 30), 3, "Sở Nội vụ; Công an tỉnh; Lưu: VT",
                  "Phó Giám đốc Lê Văn Bình")


def draft(pack, seal):
    return render_register(pack, "den", RegisterCover(None, "UBND xã Long Thành", 2026),
                           [{"so_thu_tu": "1", "so_den": "17", "do_mat": "mat"}], seal)


def test_sizes_come_from_the_pack(pack):
    for kind in KINDS:
        stamp = make_stamp(pack, kind, level="mat")
        spec = dict(pack.stamps[kind])
        spec.update(spec.get("levels", {}).get("mat", {}))
        assert (stamp.width_mm, stamp.height_mm) == (spec["width_mm"], spec["height_mm"])
        assert stamp.border == spec.get("border", 1)


def test_stamp_texts(pack):
    assert make_stamp(pack, "do_mat", level="tuyet_mat").lines == ("TUYỆT MẬT",)
    assert make_stamp(pack, "letter", level="toi_mat").lines == ("B",)
    assert make_stamp(pack, "ban_sao", number=4).lines == ("BẢN SAO SỐ: 4",)
    assert make_stamp(pack, "gia_han", until=dt.date(2046, 1, 2)).lines[1] == "đến ngày 02/01/2046"
    assert "TỐI MẬT" in make_stamp(pack, "dieu_chinh", new_level="toi_mat").lines[1]
    with pytest.raises(KeyError):
        make_stamp(pack, "do_mat", level="khong_co")


def test_label_sheet_has_every_stamp_in_red(pack, seal, parse, count_red):
    data = stamp_sheet(pack, seal, all_stamps(pack) + [BLOCK])
    pdf = parse(data)
    pdf.has("MẪU DẤU BÍ MẬT NHÀ NƯỚC", "TUYỆT MẬT", "TỐI MẬT", "BẢN SAO SỐ: …", "THỜI HẠN BẢO VỆ",
            "GIA HẠN THỜI HẠN BẢO VỆ", "ĐIỀU CHỈNH ĐỘ MẬT", "GIẢI MẬT", "TÀI LIỆU THU HỒI",
            "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ", "SAO Y BẢN CHÍNH", "Nơi nhận: Sở Nội vụ",
            pack.legal_basis, seal.head_hash)
    pdf.lacks("cần đối chiếu", "verify")
    for letter in "ABC":
        assert f"\n{letter}\n" in f"\n{pdf.pages[0]}\n"
    assert count_red(data) > 5000


def test_overlay_is_red_where_placed_and_keeps_the_draft(pack, seal, parse, count_red):
    original = draft(pack, seal)
    stamp = make_stamp(pack, "do_mat", level="tuyet_mat")
    box = (40 * mm, 50 * mm, 40 * mm + stamp.width_mm * mm, 50 * mm + stamp.height_mm * mm)
    assert count_red(original, 1, box) == 0
    stamped = overlay_stamps(original, pack, [Placement(stamp, page=-1, x_mm=40, y_mm=50)])
    assert count_red(stamped, 1, box) > 200
    assert count_red(stamped, 0) == 0           # page 1 untouched
    pdf = parse(stamped)
    pdf.has("TUYỆT MẬT", "SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN", "17")


def test_mark_copy_numbers_first_page_and_blocks_last(pack, seal, parse, count_red):
    marked = mark_copy(draft(pack, seal), pack, 3, BLOCK, level="toi_mat")
    pdf = parse(marked)
    assert "BẢN SAO SỐ: 3" in pdf.pages[0] and "TỐI MẬT" in pdf.pages[0]
    assert "SAO Y BẢN CHÍNH" in pdf.pages[-1]
    assert "Thời gian sao, chụp: 09 giờ 30, ngày 05/03/2026" in pdf.pages[-1]
    assert count_red(marked, 0) > 200 and count_red(marked, 1) > 1000


def test_mark_level_every_page(pack, seal, parse, count_red):
    marked = mark_level(draft(pack, seal), pack, "mat", every_page=True)
    assert all(count_red(marked, i) > 100 for i in range(2))


def test_overlay_refuses_a_missing_page(pack, seal):
    with pytest.raises(IndexError):
        overlay_stamps(draft(pack, seal), pack, [Placement(make_stamp(pack, "boc_bi"), page=5)])
