import datetime as dt

import pytest

from app.printing import records, reports
from app.printing.data import (AnnualReport, Commitment, ConsolidatedEntry, ConsolidatedReport,
                               DestructionRecord, Finding, HandoverRecord, InspectionRecord, Item,
                               Person, ProvisionRequest, Statistics, StatisticsRecord)
from app.printing.layout import date_words

SECRET = "Phương án bảo vệ mục tiêu trọng yếu"
ITEMS = (Item("12/BC-SKHCN", dt.date(2026, 1, 3), "Báo cáo", "Kết quả rà soát danh mục",
              "toi_mat", 2),
         Item("3/KH-UBND", dt.date(2026, 1, 9), "Kế hoạch", SECRET, "tuyet_mat", 1, "bản số 2"))
COUNCIL = (Person("Lê Văn Bình", "Phó Giám đốc", None, "Chủ tịch Hội đồng"),
           Person("Phạm Thị Thu", "Văn thư", "Văn phòng", "Thành viên"),
           Person("Ngô Quốc Việt", "Chánh Văn phòng", None, "Thư ký"))
STATS = Statistics({"tuyet_mat": 2, "toi_mat": 15, "mat": 120}, {"toi_mat": 4, "mat": 60},
                   copies=35, copy_times=9, transfers=6, extensions=2, level_changes=3,
                   declassifications=11, destructions=40, incidents=1, other_incidents=2,
                   inspections=5, staff_full_time=1, staff_part_time=4)


def common(pdf, pack, seal):
    """The heading is dated 05/02/2026: the 2018 regime is still in force that day, whatever pack
    the caller holds (records print the law of their own date)."""
    from app.rules import pack_for_date
    in_force = pack_for_date(dt.date(2026, 2, 5))
    pdf.has("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Đồng Nai, ngày 05 tháng 02 năm 2026", in_force.legal_basis,
            f"Chuỗi nhật ký: 1234 bản ghi, SHA-256 {seal.head_hash}", "Trang 1/")
    pdf.lacks("117/2025", "cần đối chiếu")


def test_date_words_follow_decree_30():
    assert date_words(dt.date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert date_words(dt.date(2026, 11, 25)) == "ngày 25 tháng 11 năm 2026"
    assert date_words(dt.date(2026, 3, 1)) == "ngày 01 tháng 3 năm 2026"


def test_destruction_record(pack, seal, heading, parse):
    pdf = parse(records.destruction_record(pack, DestructionRecord(
        heading, "Quyết định số 20/QĐ-SKHCN ngày 01/02/2026", COUNCIL, ITEMS, "nghiền nát",
        "kho lưu trữ", dt.datetime(2026, 2, 5, 14, 0)), seal))
    common(pdf, pack, seal)
    pdf.has("UBND TỈNH ĐỒNG NAI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 15/BB-SKHCN", "BIÊN BẢN",
            "Tiêu hủy tài liệu, vật chứa bí mật nhà nước", "Quyết định số 20/QĐ-SKHCN",
            "Lê Văn Bình, Phó Giám đốc — Chủ tịch Hội đồng", "12/BC-SKHCN",
            "Báo cáo kết quả rà soát danh mục", "3/KH-UBND", "Kế hoạch", "Tuyệt mật",
            "Hình thức tiêu hủy: nghiền nát", "Tổng cộng: 2 mục, 3 bản", "CHỦ TỊCH HỘI ĐỒNG",
            "Hôm nay, vào hồi 14 giờ 00 phút, ngày 05 tháng 02 năm 2026, tại kho lưu trữ",
            "Ngô Quốc Việt")
    pdf.lacks(SECRET)


def test_handover_lists_every_item(pack, seal, heading, parse):
    many = ITEMS + tuple(Item(f"{i}/CV", None, "Công văn", f"nội dung {i}", "mat", 1)
                         for i in range(100, 160))
    pdf = parse(records.handover_record(pack, HandoverRecord(
        heading, COUNCIL[1], COUNCIL[2], many, "chuyển công tác"), seal))
    common(pdf, pack, seal)
    pdf.has("Bàn giao tài liệu, vật chứa bí mật nhà nước", "Bên giao:", "Phạm Thị Thu",
            "Bên nhận:", "Lý do bàn giao: chuyển công tác", "Tổng cộng: 62 mục")
    pdf.has(*[f"{i}/CV" for i in range(100, 160)])
    pdf.lacks(SECRET)
    assert len(pdf.pages) > 1 and "Tên loại và trích yếu" in pdf.pages[1].replace("\n", " ")


@pytest.mark.parametrize("leaving", [False, True])
def test_commitment(pack, seal, heading, parse, leaving):
    pdf = parse(records.commitment(pack, Commitment(
        heading, Person("Phạm Thị Thu", "Văn thư", "Văn phòng"), dt.date(1990, 7, 2),
        "075190000123", "kiêm nhiệm", leaving=leaving), seal))
    common(pdf, pack, seal)
    pdf.has("BẢN CAM KẾT", "Bảo vệ bí mật nhà nước", "Họ và tên: Phạm Thị Thu", "02/07/1990",
            "075190000123", "NGƯỜI CAM KẾT")
    pdf.has("Đã bàn giao đầy đủ" if leaving else "Nghiêm chỉnh chấp hành")


@pytest.mark.parametrize("transfer", [False, True])
def test_provision_request(pack, seal, heading, parse, transfer):
    pdf = parse(records.provision_request(pack, ProvisionRequest(
        heading, "Công an tỉnh Đồng Nai", Person("Trần Văn Đức", "Chuyên viên"), "phục vụ thanh tra",
        ITEMS, transfer=transfer, return_by=dt.date(2026, 3, 1)), seal))
    common(pdf, pack, seal)
    verb = "chuyển giao" if transfer else "cung cấp"
    pdf.has(f"V/v đề nghị {verb} bí mật nhà nước", "Kính gửi: Công an tỉnh Đồng Nai",
            "Mục đích sử dụng: phục vụ thanh tra", "Trần Văn Đức", "Thời hạn hoàn trả: 01/03/2026")
    pdf.lacks(SECRET)


def test_inspection_record(pack, seal, heading, parse):
    findings = (Finding("internet.browser_history", "block", "Lịch sử Cốc Cốc có mail.google.com."),
                Finding("usb.unapproved_history", "warn", "Đã từng cắm USB Kingston."))
    pdf = parse(records.inspection_record(pack, InspectionRecord(
        heading, "Dell OptiPlex 7090", "ĐN-2026-0042", dt.datetime(2026, 2, 5, 9, 15), "fail",
        findings, "ab" * 32, (Person("Đỗ Minh Tâm", "Cán bộ PA03"),)), seal))
    common(pdf, pack, seal)
    pdf.has("BIÊN BẢN KIỂM TRA", "Dell OptiPlex 7090", "ĐN-2026-0042", "internet.browser_history",
            "Chặn", "Lịch sử Cốc Cốc có mail.google.com.", "usb.unapproved_history", "Cảnh báo",
            "KHÔNG ĐẠT", "ab" * 32, "Đỗ Minh Tâm")


def test_statistics_record(pack, seal, heading, parse):
    pdf = parse(reports.statistics_record(pack, StatisticsRecord(
        heading, *pack.report_period(2026), STATS), seal))
    pdf.has(pack.legal_basis)      # a statistics sheet follows the law at the end of its period
    pdf.lacks("29/2018", "cần đối chiếu")
    pdf.has("THỐNG KÊ BÍ MẬT NHÀ NƯỚC", "Từ ngày 15/12/2025 đến ngày 14/12/2026",
            "Tuyệt mật202", "Tối mật15419", "Mật12060180", "Tổng cộng13764201",
            "Số lượt sao, chụp BMNN (số lần được cho phép)9", "Số bản sao, chụp BMNN đã làm35",
            "Số vụ lộ, mất BMNN1", "không phải vụ lộ, mất2")


def test_annual_report_period_sections_and_statistics(pack, seal, heading, parse):
    report = AnnualReport(heading, 2026, STATS, "Tình hình ổn định.\nKhông phát sinh vụ việc.",
                          "Hoàn thành kế hoạch năm.", "Một vụ mất tài liệu Mật, đã xử lý.",
                          "Đề nghị tổ chức tập huấn.", signer=Person("Nguyễn Văn Ánh"))
    pdf = parse(reports.annual_report(pack, report, seal))
    # the 2026 report (period ends 14/12/2026) cites Nghị định 63/2026 directly
    pdf.has(pack.legal_basis, "Nghị định số 63/2026/NĐ-CP")
    pdf.lacks("26/2020", "cần đối chiếu")
    pdf.has("BÁO CÁO", "Kết quả công tác bảo vệ bí mật nhà nước năm 2026",
            "Từ ngày 15/12/2025 đến ngày 14/12/2026", pack.raw["report"]["recipient"],
            "a) Phân tích, đánh giá tình hình", "b) Kết quả thực hiện", "c) Tình hình, số liệu các vụ lộ, mất",
            "d) Dự báo tình hình",
            "Không phát sinh vụ việc.", "Một vụ mất tài liệu Mật, đã xử lý.",
            "Đề nghị tổ chức tập huấn.", "Tổng cộng13764201", "Số BMNN được giải mật11",
            "Cán bộ làm công tác bảo vệ BMNN kiêm nhiệm4", "Nguyễn Văn Ánh",
            pack.citation("report"))


def test_consolidated_report(pack, seal, heading, parse):
    entries = (ConsolidatedEntry("Sở Khoa học và Công nghệ", STATS, "b1", "AB12 CD34"),
               ConsolidatedEntry("UBND xã Long Thành", STATS, "b2", "1111 2222"))
    pdf = parse(reports.consolidated_report(pack, ConsolidatedReport(
        heading, 2026, entries, (("xa-x.somat.json", "Chữ ký số không hợp lệ"),)), seal))
    pdf.has(pack.legal_basis, "BÁO CÁO TỔNG HỢP", "Sở Khoa học và Công nghệ", "UBND xã Long Thành",
            "AB12 CD34", "Tổng cộng27412818/7012", "xa-x.somat.json", "Chữ ký số không hợp lệ")


def test_statistics_add_and_round_trip():
    total = STATS + STATS
    assert total.in_by_level["mat"] == 240 and total.copies == 70
    assert Statistics.from_dict(STATS.to_dict()) == STATS
    with pytest.raises(ValueError):
        Statistics.from_dict({"copies": -1})
