"""A register year that spans 01/3/2026 prints each row under the law of its own date."""
import datetime as dt
import re

from app.printing.data import RegisterCover
from app.printing.registers import render_register
from app.rules import pack as get_pack

OLD_BASIS = ("Căn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14, Nghị định số 26/2020/NĐ-CP và "
             "Thông tư số 24/2020/TT-BCA")
NEW_BASIS = "Căn cứ Luật Bảo vệ bí mật nhà nước số 117/2025/QH15 và Nghị định số 63/2026/NĐ-CP"


def cover(year=2026):
    return RegisterCover("UBND TỈNH ĐỒNG NAI", "Văn phòng UBND tỉnh", year, dt.date(year, 1, 2),
                         dt.date(year, 12, 31), 1, 2, 1)


def out_row(n, day, code, level="mat", kind="Công văn", summary="Về công tác bảo vệ bí mật nhà nước"):
    return {"so_thu_tu": str(n), "so_ky_hieu": code, "ngay_thang": day.strftime("%d/%m/%Y"),
            "ten_loai": kind, "trich_yeu": summary, "do_mat": level, "nguoi_ky": "Trần Văn Mẫu",
            "noi_nhan": "Công an tỉnh", "don_vi_luu": "VT", "so_luong": "2", "ghi_chu": ""}


def test_one_book_two_regimes_each_with_its_form_cover_and_basis(seal, parse):
    rows = [out_row(1, dt.date(2026, 2, 27), "14/UBND-NC"), out_row(2, dt.date(2026, 3, 2), "15/UBND-NC")]
    # whatever pack the caller holds, the rows' dates decide
    for caller in (get_pack("2025"), get_pack("2018")):
        pdf = parse(render_register(caller, "di", cover(), rows, seal))
        assert len(pdf.pages) == 4                          # cover + table, twice
        old_cover, old_table, new_cover, new_table = pdf.pages
        for page in (old_cover, old_table):
            assert OLD_BASIS.replace(" ", "") in page.replace(" ", "").replace("\n", "")
            assert "117/2025" not in page
        for page in (new_cover, new_table):
            assert NEW_BASIS.replace(" ", "") in page.replace(" ", "").replace("\n", "")
            assert "29/2018" not in page
        assert "Mẫu số 14" in old_cover and "Mẫu số 14" not in new_cover
        # the 2018 sổ đi (TT 24/2020 Mẫu 14) has 9 columns, the 2026 layout 10
        assert "(9)" in old_table and "(10)" not in old_table
        assert "(10)" in new_table
        assert "14/UBND-NC" in old_table and "15/UBND-NC" not in old_table
        assert "15/UBND-NC" in new_table and "14/UBND-NC" not in new_table
        # each part's cover gives its own dates
        flat_old = re.sub(r"\s+", " ", old_cover)
        flat_new = re.sub(r"\s+", " ", new_cover)
        assert "Kết thúc: ngày 28 tháng 02 năm 2026" in flat_old
        assert "Bắt đầu sử dụng: ngày 01 tháng 3 năm 2026" in flat_new
        assert "Kết thúc: ngày 31 tháng 12 năm 2026" in flat_new
        assert "số thứ tự tiếp theo phần trước" in flat_new


def test_a_2025_book_prints_only_the_2018_basis(seal, parse):
    rows = [out_row(1, dt.date(2025, 5, 6), "3/UBND-NC"), out_row(2, dt.date(2025, 11, 3), "9/UBND-NC")]
    pdf = parse(render_register(get_pack("2025"), "di", cover(2025), rows, seal))
    assert len(pdf.pages) == 2
    pdf.has(OLD_BASIS, "Thông tư số 24/2020/TT-BCA, Mẫu số 14")
    pdf.lacks("117/2025", "63/2026")


def test_tuyet_mat_keeps_its_type_and_lines_read_like_the_book(seal, parse):
    secret = "Phương án bảo vệ mục tiêu trọng yếu"
    rows = [out_row(1, dt.date(2026, 3, 2), "1/UBND-NC"),
            out_row(2, dt.date(2026, 3, 3), "2/KH-UBND", "tuyet_mat", "Kế hoạch", secret)]
    pdf = parse(render_register(get_pack("2025"), "di", cover(), rows, seal))
    pdf.has("Công văn về công tác bảo vệ bí mật nhà nước", "Kế hoạch", "Tuyệt mật")
    pdf.lacks("Công văn. Về", secret)


def test_2018_tuyet_mat_summary_only_with_consent(seal, parse):
    secret = "Phương án diễn tập khu vực phòng thủ"
    row = out_row(1, dt.date(2025, 4, 1), "1/KH-UBND", "tuyet_mat", "Kế hoạch", secret)
    pdf = parse(render_register(get_pack("2018"), "di", cover(2025), [row], seal))
    pdf.has("Kế hoạch")
    pdf.lacks(secret)
    pdf = parse(render_register(get_pack("2018"), "di", cover(2025), [dict(row, _summary_consent=True)],
                                seal))
    pdf.has("Kế hoạch phương án diễn tập khu vực phòng thủ")


def test_ky_hieu_is_never_broken_inside_a_code(seal, parse):
    codes = ["310/UBND-THN", "1234/QĐ-UBND-KTNS", "25/BC-STNMT-QLĐĐ", "7/CV-BCĐBVBMNN-PA03"]
    rows = [out_row(i, dt.date(2026, 3, 2 + i), code) for i, code in enumerate(codes, start=1)]
    pdf = parse(render_register(get_pack("2025"), "di", cover(), rows, seal))
    lines = [line.strip() for line in pdf.text.splitlines()]
    for code in codes:
        # whole on one extracted line, not merely after removing whitespace
        assert any(code in line for line in lines), code


def test_a_bare_document_type_survives_but_nothing_else(seal, parse):
    """Callers that pass one combined cell (no ``ten_loai``): a Tuyệt mật line keeps a cell that is
    exactly a document type, and loses anything that could be a summary."""
    secret = "Kế hoạch bảo vệ mục tiêu"
    rows = [{"so_thu_tu": "1", "so_ky_hieu": "1/KH", "ngay_thang": "03/03/2026", "trich_yeu": "Kế hoạch",
             "do_mat": "tuyet_mat"},
            {"so_thu_tu": "2", "so_ky_hieu": "2/KH", "ngay_thang": "04/03/2026", "trich_yeu": secret,
             "do_mat": "tuyet_mat"}]
    pdf = parse(render_register(get_pack("2025"), "di", cover(), rows, seal))
    lines = [line.strip() for line in pdf.pages[1].splitlines()]
    assert "Kế hoạch" in lines
    pdf.lacks(secret, "bảo vệ mục tiêu")


def test_back_dated_entries_print_as_ghi_bo_sung_in_their_regime(seal, parse):
    rows = [out_row(1, dt.date(2026, 2, 20), "10/UBND-NC"), out_row(2, dt.date(2026, 3, 3), "11/UBND-NC"),
            {**out_row(3, dt.date(2026, 2, 25), "12/UBND-NC"), "_ghi_bo_sung": True},  # stored late entry
            out_row(4, dt.date(2026, 3, 10), "13/UBND-NC")]
    pdf = parse(render_register(get_pack("2025"), "di", cover(), rows, seal))
    assert len(pdf.pages) == 4                     # still two parts, not three
    old_table, new_table = pdf.pages[1], pdf.pages[3]
    assert "12/UBND-NC" in old_table and "Ghi bổ sung" in old_table
    assert "Ghi bổ sung" not in new_table
    assert old_table.index("10/UBND-NC") < old_table.index("12/UBND-NC")


def test_ghi_bo_sung_is_printed_from_the_stored_flag_never_guessed(seal, parse):
    """An out-of-order row that was not stored as ghi bổ sung is not labelled by the printer."""
    rows = [out_row(1, dt.date(2026, 3, 5), "20/UBND-NC"), out_row(2, dt.date(2026, 3, 3), "21/UBND-NC")]
    pdf = parse(render_register(get_pack("2025"), "di", cover(), rows, seal))
    assert "21/UBND-NC" in pdf.text and "Ghi bổ sung" not in pdf.text
