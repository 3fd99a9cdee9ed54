from app.printing.data import Dispatch
from app.printing.envelopes import render_envelopes


def test_tuyet_mat_gets_inner_then_outer(pack, seal, parse, count_red):
    d = Dispatch("Sở Khoa học và Công nghệ", "Ông Nguyễn Văn Ánh, Giám đốc Công an tỉnh",
                 "12/CV-SKHCN", "tuyet_mat", "Phường Trấn Biên, tỉnh Đồng Nai",
                 only_named_may_open=True)
    data = render_envelopes(pack, [d], seal)
    pdf = parse(data)
    inner, outer = pdf.pages
    for needle in ("Bì trong", "Số: 12/CV-SKHCN", "TUYỆT MẬT", "Chỉ người có tên mới được bóc bì",
                   "Gửi: Ông Nguyễn Văn Ánh"):
        assert needle in inner
    assert "Bì ngoài" in outer and "\nA\n" in outer and "Kính gửi: Ông Nguyễn Văn Ánh" in outer
    assert "TUYỆT MẬT" not in outer and "Tuyệt mật" not in outer
    pdf.has(pack.legal_basis, seal.head_hash)
    assert count_red(data, 0) > 300 and count_red(data, 1) > 100


def test_mat_gets_one_envelope_with_c(pack, seal, parse):
    pdf = parse(render_envelopes(pack, [Dispatch("UBND xã", "Công an tỉnh", "3/CV", "mat",
                                                 recall=True)], seal))
    assert len(pdf.pages) == 1
    assert "\nC\n" in pdf.pages[0] and "TÀI LIỆU THU HỒI" in pdf.pages[0]
    assert "MẬT" not in pdf.pages[0].replace("TÀI LIỆU", "")
