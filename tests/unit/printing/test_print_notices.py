import datetime as dt

import pytest

from app.printing.data import ChangeNotice, CopyRecordForm, Heading, Item, Person
from app.printing.notices import change_notice, copy_record

OLD = "Căn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14"
NEW = "Căn cứ Luật Bảo vệ bí mật nhà nước số 117/2025/QH15"
SECRET = "Phương án bảo vệ mục tiêu"


def heading(day):
    return Heading("UBND TỈNH ĐỒNG NAI", "Văn phòng UBND tỉnh", "12/TB-VP", "Đồng Nai", day)


@pytest.mark.parametrize("day,basis,other,rule", [
    (dt.date(2025, 9, 8), OLD, "117/2025", "Điều 20 Luật Bảo vệ bí mật nhà nước số 29/2018/QH14"),
    (dt.date(2026, 4, 8), NEW, "29/2018", "Điều 20 Luật Bảo vệ bí mật nhà nước số 117/2025/QH15"),
])
def test_extension_notice_cites_the_law_of_its_date(pack, seal, parse, day, basis, other, rule):
    notice = ChangeNotice(heading(day), "gia_han", Item("5/KH-UBND", dt.date(2016, 1, 4), "Kế hoạch",
                                                         SECRET, "tuyet_mat"),
                          "Quyết định số 7/QĐ-VP ngày 08/9/2025 của Chánh Văn phòng",
                          ("Công an tỉnh", "Sở Nội vụ"), decided_on=day,
                          new_expires_on=dt.date(2076, 1, 4))
    pdf = parse(change_notice(pack, notice, seal))
    pdf.has(basis, rule, "V/v thông báo gia hạn thời hạn bảo vệ bí mật nhà nước",
            "Kính gửi: Công an tỉnh; Sở Nội vụ.", "được gia hạn thời hạn bảo vệ đến hết ngày 04/01/2076",
            "của Chánh Văn phòng", "Kế hoạch", "Tuyệt mật")
    pdf.lacks(other, SECRET, "cần đối chiếu")


def test_level_change_and_declassification_notices(pack, seal, parse):
    it = Item("9/BC-VP", dt.date(2024, 5, 2), "Báo cáo", "Tình hình an ninh", "toi_mat")
    pdf = parse(change_notice(pack, ChangeNotice(heading(dt.date(2026, 5, 4)), "dieu_chinh", it,
                                                 "Quyết định số 9/QĐ-VP ngày 04/5/2026 của Chánh Văn phòng",
                                                 ("Công an tỉnh",), decided_on=dt.date(2026, 5, 4),
                                                 new_level="mat"), seal))
    pdf.has("V/v thông báo điều chỉnh độ mật", "được điều chỉnh thành độ Mật",
            "Điều 21 Luật Bảo vệ bí mật nhà nước số 117/2025/QH15", "Báo cáo tình hình an ninh")
    pdf = parse(change_notice(pack, ChangeNotice(heading(dt.date(2026, 5, 4)), "giai_mat", it, None,
                                                 ("Công an tỉnh",), effective_on=dt.date(2026, 5, 2)),
                              seal))
    pdf.has("V/v thông báo giải mật", "được giải mật từ ngày 02/05/2026",
            "hết thời hạn bảo vệ mà không được gia hạn", "Điều 22 Luật")


@pytest.mark.parametrize("form,title,template", [
    ("chup", "VĂN BẢN GHI NHẬN", "Thông tư số 24/2020/TT-BCA, Mẫu số 13"),
    ("trich_sao", "VĂN BẢN TRÍCH SAO", "Thông tư số 24/2020/TT-BCA, Mẫu số 10"),
])
def test_copy_records_for_photo_and_extract(pack, seal, parse, form, title, template):
    rec = CopyRecordForm(heading(dt.date(2025, 8, 5)), form,
                         Item("3/BC-CAT", dt.date(2025, 8, 1), "Báo cáo", "Kết quả kiểm tra", "mat"),
                         dt.date(2025, 8, 5), "Phòng Văn thư", 2, "01–02",
                         Person("Phạm Thị Thu Mẫu", "Văn thư"),
                         Person("Nguyễn Thị Minh Họa", "Chánh Văn phòng"), "Phòng Nội chính",
                         device="Máy ảnh số không kết nối mạng")
    pdf = parse(copy_record(pack, rec, seal))
    pdf.has(title, template, OLD, "Nguyễn Thị Minh Họa, Chánh Văn phòng", "bản số: 01–02",
            "Báo cáo kết quả kiểm tra", "Phòng Văn thư")
    pdf.lacks("117/2025")
    if form == "chup":
        pdf.has("Phương tiện chụp: Máy ảnh số không kết nối mạng")
