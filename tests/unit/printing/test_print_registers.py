import datetime as dt

import pytest

from app.printing.data import RegisterCover
from app.printing.registers import render_register

SECRET = "Phương án bố trí lực lượng bảo vệ mục tiêu trọng yếu"


def cover():
    return RegisterCover("UBND TỈNH ĐỒNG NAI", "Sở Khoa học và Công nghệ", 2026,
                         dt.date(2026, 1, 5), dt.date(2026, 12, 31), 1, 250, 2)


def row(i, level="mat", summary=None):
    return {"so_thu_tu": str(i), "so_ky_hieu": f"{i}/CV-SKHCN", "ngay_thang": "05/03/2026",
            "trich_yeu": summary or f"Công văn số {i} về việc rà soát danh mục bí mật nhà nước",
            "do_mat": level, "nguoi_ky": "Nguyễn Văn Ánh", "noi_nhan": "Công an tỉnh (PA03)",
            "don_vi_luu": "Văn phòng", "so_luong": "2", "ghi_chu": ""}


def test_outgoing_register_cover_columns_rows_footer(pack, seal, parse):
    rows = [row(1), row(2, "toi_mat"), row(3, "tuyet_mat", SECRET)]
    pdf = parse(render_register(pack, "di", cover(), rows, seal))
    assert len(pdf.pages) == 2
    cover_page, table = pdf.pages
    for needle in ("UBND TỈNH ĐỒNG NAI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                   "SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI", "Năm 2026",
                   "Bắt đầu sử dụng: ngày 05 tháng 01 năm 2026",
                   "Kết thúc: ngày 31 tháng 12 năm 2026", "Từ số: 1", "Đến số: 250", "Quyển số: 2"):
        assert needle.replace(" ", "") in cover_page.replace(" ", "").replace("\n", "")
    form = pack.register("di")
    pdf.has(*[c.label for c in form.columns])
    pdf.has(*[f"({c.number})" for c in form.columns])
    pdf.has("1/CV-SKHCN", "Công văn số 2 về việc rà soát danh mục bí mật nhà nước",
            "Tối mật", "Tuyệt mật", "Nguyễn Văn Ánh", "Công an tỉnh (PA03)")
    pdf.lacks(SECRET)
    pdf.has(pack.legal_basis, form.citation, f"Chuỗi nhật ký: 1234 bản ghi, SHA-256 {seal.head_hash}")
    assert "Trang 1/2" in cover_page and "Trang 2/2" in table


@pytest.mark.parametrize("level", ["tuyet_mat", "Tuyệt mật", "TUYỆT MẬT", "tuyet mat"])
def test_tuyet_mat_summary_blanked_whatever_the_caller_sends(pack, seal, parse, level):
    pdf = parse(render_register(pack, "den", cover(), [
        {"so_thu_tu": "7", "so_den": "41", "trich_yeu": SECRET, "do_mat": level}], seal))
    pdf.has("Tuyệt mật", "41")
    pdf.lacks(SECRET)


def test_combined_document_column_gets_summary_only_when_allowed(pack, seal, parse):
    rows = [{"so_thu_tu": "1", "tai_lieu": "Báo cáo 12/BC", "trich_yeu": "kết quả kiểm tra máy",
             "do_mat": "mat", "so_ban_sao": "01-03"},
            {"so_thu_tu": "2", "tai_lieu": "Kế hoạch 3/KH", "trich_yeu": SECRET,
             "do_mat": "tuyet_mat"}]
    for key in ("sao_chup", "chuyen_giao"):
        pdf = parse(render_register(pack, key, cover(), rows, seal))
        pdf.has(pack.register(key).title, "Báo cáo 12/BC. kết quả kiểm tra máy", "Kế hoạch 3/KH")
        pdf.has(*[c.label for c in pack.register(key).columns])
        pdf.lacks(SECRET)


def test_long_text_wraps_headers_repeat_and_pages_are_numbered(pack, seal, parse):
    long = "Tờ trình đề nghị phê duyệt phương án " * 12
    rows = [row(i, summary=long if i % 5 == 0 else None) for i in range(1, 121)]
    pdf = parse(render_register(pack, "di", cover(), rows, seal))
    total = len(pdf.pages)
    assert total > 3
    for number, page in enumerate(pdf.pages[1:], start=2):
        assert f"Trang {number}/{total}" in page
        assert "(10)" in page and "Số thứ tự".replace(" ", "") in page.replace(" ", "").replace("\n", "")
    pdf.has("120/CV-SKHCN", long.strip())


def test_a_row_taller_than_a_page_continues_on_the_next(pack, seal, parse):
    huge = " ".join(f"đoạn{i}" for i in range(900))
    pdf = parse(render_register(pack, "di", cover(), [row(1, summary=huge), row(2)], seal))
    assert len(pdf.pages) >= 3
    pdf.has("đoạn0", "đoạn899", "2/CV-SKHCN")


def test_empty_register_prints_cover_and_header(pack, seal, parse):
    pdf = parse(render_register(pack, "den", cover(), [], seal))
    assert len(pdf.pages) == 2
    pdf.has("SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN", "Cơ quan ban hành", "(10)")


def test_written_to_file_object_and_fonts_embedded(pack, seal, tmp_path):
    import io
    buf = io.BytesIO()
    data = render_register(pack, "di", cover(), [row(1)], seal, out=buf)
    assert buf.getvalue() == data
    from pypdf import PdfReader
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"font not embedded: {font['/BaseFont']}"
            assert "SoMatSerif" in str(font["/BaseFont"]) or "Liberation" in str(font["/BaseFont"])
