import datetime as dt

from app.printing.data import Dispatch
from app.printing.envelopes import render_envelopes


def test_tuyet_mat_gets_inner_then_outer(pack, seal, parse, count_red):
    d = Dispatch("Sở Khoa học và Công nghệ", "Ông Nguyễn Văn Ánh, Giám đốc Công an tỉnh",
                 "12/CV-SKHCN", "tuyet_mat", "Phường Trấn Biên, tỉnh Đồng Nai",
                 only_named_may_open=True, recall=True, recall_by=dt.date(2026, 4, 30),
                 sent_on=dt.date(2026, 4, 2))
    data = render_envelopes(pack, [d], seal)
    pdf = parse(data)
    inner, outer = pdf.pages
    for needle in ("Số: 12/CV-SKHCN", "TUYỆT MẬT", "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ",
                   "Gửi: Ông Nguyễn Văn Ánh", "TÀI LIỆU THU HỒI", "Hạn trả: 30/04/2026"):
        assert needle in inner
    assert "\nA\n" in outer and "Kính gửi: Ông Nguyễn Văn Ánh" in outer
    # the outer envelope looks like ordinary mail: the letter only
    assert "TUYỆT MẬT" not in outer and "Tuyệt mật" not in outer and "THU HỒI" not in outer
    # no labels, no footer, no audit hash on either face
    pdf.lacks("Bì ngoài", "Bì trong", "Chuỗi nhật ký", seal.head_hash, "Căn cứ", "Trang 1/")
    assert count_red(data, 0) > 300 and count_red(data, 1) > 100


def test_mat_gets_one_plain_envelope_with_c(pack, seal, parse):
    pdf = parse(render_envelopes(pack, [Dispatch("UBND xã", "Công an tỉnh", "3/CV", "mat",
                                                 recall=True, recall_by=dt.date(2026, 5, 2))], seal))
    assert len(pdf.pages) == 1
    page = pdf.pages[0]
    assert "\nC\n" in page and "Kính gửi: Công an tỉnh" in page
    assert "MẬT" not in page and "THU HỒI" not in page
