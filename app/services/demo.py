"""Demo registry content: one year and a bit of a provincial office's BMNN work, built through the
real services (so every rule holds). Deterministic for a given ``today``; fictitious people and
documents (the decision numbers only look real). People's names are visibly made up ("Mẫu", "Thử",
"Minh Họa") so no real official appears; agencies carry their names after the 2025 mergers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Agency, Document
from app.rules import pack_for_date
from app.services import (
    catalogue, destruction, devices, documents, handover, incidents, lifecycle, people, settings,
)
from app.services.actor import Actor
from app.services.classification import add_years
from app.services.destruction import MemberInput
from app.services.errors import ValidationError
from app.services.roles import require

CATALOGUE = [
    # decision, date, field, dieu, khoan, diem, level, text
    ("Quyết định số 1722/QĐ-TTg", dt.date(2020, 11, 3), "Quốc phòng, an ninh địa phương", "1", "1", "a", "tuyet_mat",
     "Kế hoạch phòng thủ dân sự, kế hoạch bảo vệ mục tiêu trọng điểm của tỉnh chưa công bố"),
    ("Quyết định số 1722/QĐ-TTg", dt.date(2020, 11, 3), "Quốc phòng, an ninh địa phương", "1", "2", "b", "toi_mat",
     "Phương án bảo đảm an ninh, trật tự các sự kiện chính trị quan trọng của tỉnh"),
    ("Quyết định số 1722/QĐ-TTg", dt.date(2020, 11, 3), "Quốc phòng, an ninh địa phương", "1", "3", "a", "mat",
     "Báo cáo tình hình an ninh chính trị, trật tự an toàn xã hội chưa công khai"),
    ("Quyết định số 970/QĐ-TTg", dt.date(2020, 7, 1), "Tài nguyên và môi trường", "1", "2", "c", "toi_mat",
     "Quy hoạch sử dụng đất phục vụ quốc phòng, an ninh chưa công bố"),
    ("Quyết định số 970/QĐ-TTg", dt.date(2020, 7, 1), "Tài nguyên và môi trường", "1", "3", "a", "mat",
     "Hồ sơ giải phóng mặt bằng các dự án trọng điểm chưa công khai"),
    ("Quyết định số 1295/QĐ-TTg", dt.date(2020, 8, 24), "Tổ chức cán bộ", "1", "3", "b", "mat",
     "Hồ sơ nhân sự dự kiến quy hoạch, bổ nhiệm cán bộ diện Ban Thường vụ Tỉnh ủy quản lý"),
    ("Quyết định số 1295/QĐ-TTg", dt.date(2020, 8, 24), "Tổ chức cán bộ", "1", "2", "a", "toi_mat",
     "Kết quả thẩm tra, xác minh về chính trị đối với cán bộ chưa công bố"),
    ("Quyết định số 2104/QĐ-TTg", dt.date(2020, 12, 15), "Thanh tra, khiếu nại, tố cáo", "1", "1", "c", "mat",
     "Kết luận thanh tra chưa công khai liên quan đến an ninh quốc gia"),
]

INCOMING = [  # issuer, code, kind, summary, level
    ("Công an tỉnh Đồng Nai", "CAT-PA03", "Công văn", "Về việc tăng cường công tác bảo vệ bí mật nhà nước", "mat"),
    ("Bộ Chỉ huy Quân sự tỉnh", "BCH-TM", "Kế hoạch", "Diễn tập khu vực phòng thủ tỉnh", "toi_mat"),
    ("Văn phòng Tỉnh ủy", "VPTU", "Báo cáo", "Tình hình an ninh nông thôn quý I", "mat"),
    ("Sở Nội vụ", "SNV-TCCB", "Tờ trình", "Phương án sắp xếp nhân sự sau hợp nhất", "mat"),
    ("Công an tỉnh Đồng Nai", "CAT-PA05", "Thông báo", "Kết quả kiểm tra an ninh thông tin máy tính", "mat"),
    ("Bộ Công an", "BCA-A01", "Chỉ thị", "Bảo đảm an ninh dịp kỷ niệm Quốc khánh", "toi_mat"),
    ("Sở Nông nghiệp và Môi trường", "SNNMT-QLĐĐ", "Báo cáo", "Quy hoạch đất quốc phòng giai đoạn 2026–2030", "toi_mat"),
    ("Thanh tra tỉnh", "TTr-NV3", "Kết luận", "Thanh tra việc quản lý đất đai tại dự án khu công nghiệp", "mat"),
]
OUTGOING = [  # code, kind, summary, level, recipients
    ("UBND-NC", "Báo cáo", "Kết quả công tác bảo vệ bí mật nhà nước", "mat", "Công an tỉnh (PA03)"),
    ("UBND-KT", "Công văn", "Triển khai phương án bảo vệ mục tiêu trọng điểm", "toi_mat", "Bộ Chỉ huy Quân sự tỉnh"),
    ("KH-UBND", "Kế hoạch", "Bảo đảm an ninh trật tự Đại hội đại biểu Đảng bộ tỉnh", "toi_mat", "Công an tỉnh"),
    ("UBND-NC", "Công văn", "Rà soát danh mục bí mật nhà nước của cơ quan", "mat", "Các sở, ban, ngành"),
    ("BC-UBND", "Báo cáo", "Tình hình giải phóng mặt bằng dự án trọng điểm", "mat", "Thường trực Tỉnh ủy"),
    ("TTr-UBND", "Tờ trình", "Nhân sự dự kiến bổ nhiệm", "mat", "Ban Tổ chức Tỉnh ủy"),
]


FIRST_TODAY = dt.date(2026, 4, 1)
# Every demo person's name carries one of these words: visibly made up, never a real official's.
FICTITIOUS_MARKS = ("Mẫu", "Thử", "Minh Họa")
# Agency names as they stand after the 2025 mergers (the former name must not appear).
RENAMED_AGENCIES = {"Sở Tài nguyên và Môi trường": "Sở Nông nghiệp và Môi trường"}


@dataclass
class DemoSummary:
    documents: int = 0
    users: dict[str, int] = field(default_factory=dict)
    catalogue_ids: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _dates(start: dt.date, end: dt.date, n: int) -> list[dt.date]:
    """``n`` working days spread evenly from ``start`` to ``end``."""
    if end <= start:
        return [start] * n
    step = (end - start).days / max(n - 1, 1)
    out = []
    for i in range(n):
        day = start + dt.timedelta(days=round(i * step))
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        out.append(max(day, start))
    return out


def populate_demo(session: Session, actor: Actor, today: dt.date) -> DemoSummary:
    require(actor, "demo.populate")
    if today < FIRST_TODAY:
        raise ValidationError("Dữ liệu mẫu trải từ năm 2025 sang chế độ 2025 (từ 01/3/2026): "
                              f"ngày hiện tại phải từ {FIRST_TODAY:%d/%m/%Y} trở đi.")
    summary = DemoSummary()
    settings.set_setting(session, actor, "registry.demo", True)  # paper says "SỔ MẪU" from now on
    if session.scalar(select(Agency.id)) is None:
        session.add(Agency(name="Văn phòng Ủy ban nhân dân tỉnh Đồng Nai", superior_body="Ủy ban nhân dân tỉnh Đồng Nai",
                           place="Đồng Nai", short_code="VP"))
        session.flush()
    # -- catalogue -----------------------------------------------------------------------
    cat: dict[str, int] = {}
    for decision, ddate, fld, dieu, khoan, diem, level, text in CATALOGUE:
        item = catalogue.add_item(session, actor, catalogue.CatalogueInput(
            decision=decision, decision_date=ddate, field=fld, dieu=dieu, khoan=khoan, diem=diem, level=level,
            text=text))
        cat.setdefault(level, item.id)
        summary.catalogue_ids.append(item.id)
    # -- people --------------------------------------------------------------------------
    u = {}
    for key, name, role, pos, title, head in (
        ("chu_tich", "Đỗ Văn Mẫu", "lanh_dao", "Chủ tịch UBND tỉnh", "lanh_dao_tinh", False),
        ("chanh_vp", "Nguyễn Thị Minh Họa", "lanh_dao", "Chánh Văn phòng", "lanh_dao_so", True),
        ("pho_vp", "Trần Quốc Thử", "lanh_dao", "Phó Chánh Văn phòng", "nhan_vien", False),
        ("bao_mat", "Lê Văn Mẫu", "can_bo_bao_mat", "Chuyên viên Phòng Nội chính", "nhan_vien", False),
        ("van_thu", "Phạm Thị Thu Mẫu", "van_thu", "Văn thư", "nhan_vien", False),
        ("van_thu_cu", "Đặng Văn Thử", "van_thu", "Văn thư", "nhan_vien", False),
    ):
        u[key] = people.add_user(session, actor, username=f"demo_{key}", full_name=name, role=role, position=pos,
                                 title_code=title)
        u[key].is_head = head
        summary.users[key] = u[key].id
    for key, kind, number, day in (("bao_mat", "chuyen_trach", "15/QĐ-VP", dt.date(2025, 1, 6)),
                                   ("van_thu", "kiem_nhiem", "16/QĐ-VP", dt.date(2025, 1, 6)),
                                   ("van_thu_cu", "kiem_nhiem", "88/QĐ-VP", dt.date(2024, 3, 1)),
                                   ("pho_vp", "kiem_nhiem", "16/QĐ-VP", dt.date(2025, 1, 6))):
        people.assign_staff(session, actor, u[key].id, kind=kind, decision_number=number, decision_date=day)
        people.record_commitment(session, actor, u[key].id, kind="nhan_nhiem_vu", signed_on=day,
                                 paper_confirmed_by=u["chanh_vp"].full_name, paper_confirmed_on=day)
    # -- documents across 2025 (regime 2018) and 2026 (regime 2025 from 01/3) ------------------------------
    end = max(min(today - dt.timedelta(days=1), dt.date(2026, 12, 31)), dt.date(2025, 1, 7))
    days = _dates(dt.date(2025, 1, 6), end, 56)
    made: list[Document] = []
    first_2025 = next((i for i, day in enumerate(days) if pack_for_date(day).summary_forbidden("tuyet_mat")), -1)
    for i, day in enumerate(days):
        holder = u["van_thu_cu"] if day < dt.date(2025, 6, 1) else u["van_thu"]
        if i % 2 == 0:
            issuer, code, kind, text, level = INCOMING[(i // 2) % len(INCOMING)]
            if i % 11 == 0 or i in (first_2025, first_2025 + 1):
                level = "tuyet_mat"
            trich = None if level == "tuyet_mat" and pack_for_date(day).summary_forbidden(level) else text
            sent = day - dt.timedelta(days=2 + i % 3)
            doc = documents.register_incoming(session, actor, documents.IncomingInput(
                do_mat=level, ngay_den=day, co_quan_ban_hanh=issuer, so_ky_hieu=f"{100 + i}/{code}",
                ngay_van_ban=sent, loai_van_ban=kind, trich_yeu=trich, don_vi_ky_nhan="Phòng Nội chính",
                catalogue_item_id=cat[level], classified_by="Lãnh đạo " + issuer,
                holder_id=holder.id, storage_place="Tủ sắt số 1, phòng Văn thư"))
        else:
            code, kind, text, level = OUTGOING[(i // 2) % len(OUTGOING)][:4]
            recipients = OUTGOING[(i // 2) % len(OUTGOING)][4]
            if i % 13 == 0 or i in (first_2025, first_2025 + 1):
                level = "tuyet_mat"
            trich = None if level == "tuyet_mat" and pack_for_date(day).summary_forbidden(level) else text
            doc = documents.register_outgoing(session, actor, documents.OutgoingInput(
                do_mat=level, so_ky_hieu=f"{i}/{code}", ngay_van_ban=day, loai_van_ban=kind, trich_yeu=trich,
                nguoi_ky=u["chanh_vp"].full_name, noi_nhan=recipients, don_vi_luu="VT, NC", so_luong=2 + i % 3,
                catalogue_item_id=cat[level], classified_by=u["chanh_vp"].full_name,
                holder_id=holder.id, storage_place="Tủ sắt số 2, phòng Nội chính"))
        made.append(doc)
    # an old item whose protection period ends in 75 days (extension window opening), and one already expired
    for offset, code in ((75, "KH-BCH"), (-3, "BC-CAT")):
        expiry = today + dt.timedelta(days=offset)
        classified = add_years(expiry, -pack_for_date(expiry).protection_years("mat"))
        made.append(documents.register_incoming(session, actor, documents.IncomingInput(
            do_mat="mat", ngay_den=dt.date(2025, 2, 17), co_quan_ban_hanh="Bộ Chỉ huy Quân sự tỉnh",
            so_ky_hieu=f"12/{code}", ngay_van_ban=classified, loai_van_ban="Kế hoạch",
            trich_yeu="Bảo vệ kho vũ khí (tài liệu lưu trữ chuyển đến)", holder_id=u["van_thu"].id,
            storage_place="Kho lưu trữ", ghi_bo_sung=True)))  # entered late: printed "Ghi bổ sung"
    summary.documents = len(made)
    managed = [d for d in made[:-2] if d.status == "dang_quan_ly" and d.do_mat != "tuyet_mat"]

    def reg_day(doc: Document) -> dt.date:
        return doc.ngay_den or doc.ngay_van_ban

    # -- copies -------------------------------------------------------------------------------------
    for n, doc in enumerate(managed[3:12:3]):
        copy_day = min(today, reg_day(doc) + dt.timedelta(days=3))
        boss = u["chanh_vp"] if pack_for_date(copy_day).may_authorise_copy(doc.do_mat, "lanh_dao_so") else u["chu_tich"]
        lifecycle.record_copy(session, actor, doc.id, form="sao_y" if n % 2 == 0 else "chup", copied_on=copy_day,
                              quantity=2 + n, authorised_by_id=boss.id, copied_by=u["van_thu"].full_name,
                              recipients="Phòng Nội chính; Phòng Kinh tế", place="Phòng Văn thư",
                              spoiled_count=1 if n == 1 else 0)
    tm = next((d for d in made if d.do_mat == "tuyet_mat"), None)
    if tm is not None:
        day = min(today, reg_day(tm) + dt.timedelta(days=1))
        lifecycle.record_copy(session, actor, tm.id, form="sao_y", copied_on=day, quantity=1,
                              authorised_by_id=u["chu_tich"].id, copied_by=u["van_thu"].full_name,
                              recipients="Bộ Chỉ huy Quân sự tỉnh")
    # -- transfers: one returned, one overdue recall -------------------------------------------------
    t_doc = managed[5]
    t_day = reg_day(t_doc) + dt.timedelta(days=5)
    t = lifecycle.transfer(session, actor, t_doc.id, kind="cung_cap", party="trong_nuoc",
                           recipient="Thanh tra tỉnh Đồng Nai", request_ref="Công văn số 212/TTr-VP",
                           request_date=t_day - dt.timedelta(days=3), authorised_by=u["chanh_vp"].full_name,
                           transferred_on=t_day, receipt_ref="Ký nhận sổ chuyển giao",
                           recall_deadline=t_day + dt.timedelta(days=20))
    lifecycle.record_return(session, actor, t.id, t_day + dt.timedelta(days=15))
    late_day = today - dt.timedelta(days=20)
    late = [d for d in managed if reg_day(d) < late_day][-1]
    lifecycle.transfer(session, actor, late.id, kind="cung_cap", party="trong_nuoc",
                       recipient="Sở Nông nghiệp và Môi trường", request_ref="Công văn số 88/SNNMT-VP",
                       authorised_by=u["chanh_vp"].full_name, transferred_on=late_day,
                       recall_deadline=today - dt.timedelta(days=5))
    # -- removal from storage (still out) ----------------------------------------------------
    out_doc = [d for d in managed if reg_day(d) < today - dt.timedelta(days=2) and d.id != late.id][-1]
    lifecycle.remove_from_storage(session, actor, out_doc.id, person_id=u["pho_vp"].id,
                                  purpose="Phục vụ họp Ban Chỉ đạo", approved_by=u["chanh_vp"].full_name,
                                  out_on=today - dt.timedelta(days=2), due_back_on=today + dt.timedelta(days=1))
    # -- handover: the former clerk moved to another post in mid-2025 ------------------------------------------
    handover.handover_all(session, actor, u["van_thu_cu"].id, u["van_thu"].id, dt.date(2025, 6, 2),
                          "chuyen_cong_tac", "01/BB-BG", witness=u["pho_vp"].full_name, at=dt.time(14, 0),
                          commitment_confirmed_by=u["bao_mat"].full_name)
    # -- destruction: one finished case in 2025, one proposal with a council ------------------------------------
    old = [d for d in managed if d.status == "dang_quan_ly"][:4]
    done = destruction.propose(session, actor, [old[0].id, old[1].id], proposed_on=dt.date(2025, 10, 6),
                               proposed_by=u["bao_mat"].full_name, reason="Tài liệu hết giá trị sử dụng, có bản lưu")
    council = [MemberInput("", "chu_tich", user_id=u["chanh_vp"].id),
               MemberInput("", "nguoi_quan_ly", user_id=u["van_thu"].id),
               MemberInput("Hoàng Văn Minh Họa", "thanh_vien", position="Cán bộ Phòng PA03, Công an tỉnh")]
    destruction.set_council(session, actor, done.id, council_decision="45/QĐ-VP ngày 08/10/2025", members=council)
    destruction.record_minutes(session, actor, done.id, minutes_on=dt.date(2025, 10, 14),
                               summary="Hội đồng thống nhất đề nghị tiêu hủy")
    destruction.decide(session, actor, done.id, decision_number="52/QĐ-VP", decision_on=dt.date(2025, 10, 16),
                       decided_by=u["chanh_vp"].full_name)
    destruction.record_destruction(session, actor, done.id, destroyed_on=dt.date(2025, 10, 20),
                                   method="Nghiền bằng máy hủy tài liệu", place="Phòng Văn thư",
                                   record_number="03/BB-TH", at=dt.time(9, 30))
    pending = destruction.propose(session, actor, [old[2].id], proposed_on=today - dt.timedelta(days=10),
                                  proposed_by=u["bao_mat"].full_name, reason="Bản sao dư, đã có bản chính lưu trữ")
    destruction.set_council(session, actor, pending.id, council_decision="60/QĐ-VP", members=council)
    # -- machine, USB, incident, self-inspection ------------------------------------------------------------------
    devices.register_machine(session, actor, devices.MachineInput(
        name="Máy soạn thảo BMNN số 01", tag_number="ĐN-ANTT-000217", inspected_on=dt.date(2025, 2, 20),
        inspecting_unit="Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05), Công an tỉnh",
        machine_id="3f2a9c1e7b4d4e0fa1c2d3e4f5a6b7c8", location="Phòng Văn thư", purpose="Soạn thảo, lưu giữ BMNN"))
    devices.approve_usb(session, actor, devices.UsbInput(
        vendor_id="0951", product_id="1666", serial="E0D55EA574F1F6B0A9C3002B", vendor="Kingston",
        product="DataTraveler (USB an toàn)", capacity_bytes=32 * 1000**3,
        allocation_decision="Cấp theo Công văn số 1120/BCY-CNTT", holder_id=u["bao_mat"].id))
    incidents.report_incident(session, actor, kind="bi_boc", occurred_on=dt.date(2025, 8, 12),
                              reported_on=dt.date(2025, 8, 12), reported_to=u["chanh_vp"].full_name,
                              description="Bì tài liệu đến có dấu hiệu bị bóc ở mép dán",
                              handling="Lập biên bản, báo cáo Thủ trưởng và thông báo cơ quan gửi")
    incidents.record_self_inspection(session, actor, inspected_on=dt.date(2025, 11, 18), led_by=u["pho_vp"].full_name,
                                     scope="Sổ đăng ký đi, đến; sổ sao chụp; máy soạn thảo",
                                     findings="Một số tài liệu chưa ghi căn cứ danh mục",
                                     conclusions="Bổ sung căn cứ trước 01/3/2026")
    session.flush()
    summary.notes.append(f"{summary.documents} tài liệu, {len(CATALOGUE)} mục danh mục")
    return summary
