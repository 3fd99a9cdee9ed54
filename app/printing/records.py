"""Records (one function each): biên bản tiêu hủy, biên bản bàn giao, cam kết bảo vệ BMNN,
văn bản đề nghị cung cấp / chuyển giao, biên bản kiểm tra máy tính.

Each takes a rule pack, its record dataclass and an :class:`AuditSeal`; returns PDF bytes (and
writes them to ``out`` when given). Every record is printed under the regime in force on its own date
(``pack`` serves only an undated record). Summaries of items are left out where the level forbids them.
"""
from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.printing.blocks import grid_table, items_table, person_line, signatures
from app.printing.data import (AuditSeal, Commitment, DestructionRecord, HandoverRecord,
                               InspectionRecord, ProvisionRequest)
from app.printing.layout import (BLANK, PORTRAIT_MARGINS, HeadingBlock, build_document, date_words,
                                 fmt_date, para, styles)
from app.rules.pack import RulePack, pack_for

WIDTH = A4[0] - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[1]
SEVERITY = {"block": "Chặn", "warn": "Cảnh báo", "info": "Thông tin"}


def _people(people, st) -> list:
    return [Paragraph(f"{i}. {para(person_line(p))}", st["body"])
            for i, p in enumerate(people, start=1)]


def _total(items) -> str:
    quantity = sum(int(it.quantity) for it in items
                   if isinstance(it.quantity, int) or str(it.quantity or "").isdigit())
    return f"Tổng cộng: {len(items)} mục, {quantity} bản (tờ, vật)."


def when_and_where(moment: dt.date | dt.datetime | None, place: str | None) -> str:
    """"Hôm nay, vào hồi 09 giờ 30 phút, ngày 20 tháng 10 năm 2025, tại …" — an unknown hour is left
    as a blank to fill in by hand, never invented."""
    if isinstance(moment, dt.datetime):
        hour = f"{moment.hour:02d} giờ {moment.minute:02d} phút"
        day = moment.date()
    else:
        hour, day = f"{BLANK} giờ {BLANK} phút", moment
    return f"Hôm nay, vào hồi {hour}, {date_words(day)}, tại {para(place)}"


def destruction_record(pack: RulePack, record: DestructionRecord, seal: AuditSeal,
                       out: BinaryIO | None = None) -> bytes:
    st = styles()
    pack = pack_for(record.started_at or record.heading.date, pack)
    what = "Tiêu hủy khẩn cấp" if record.emergency else "Tiêu hủy"
    story = [HeadingBlock(record.heading),
             Paragraph("BIÊN BẢN", st["title"]),
             Paragraph(f"{what} tài liệu, vật chứa bí mật nhà nước", st["subtitle"]),
             Paragraph(f"Căn cứ {para(record.decision)};", st["indent"]),
             Paragraph(f"{when_and_where(record.started_at or record.heading.date, record.location)}"
                       + (", người tiêu hủy:" if record.emergency and len(record.council) == 1
                          else ", Hội đồng tiêu hủy gồm:"), st["indent"]),
             *_people(record.council, st),
             Paragraph("đã tiến hành tiêu hủy các tài liệu, vật chứa bí mật nhà nước sau đây:",
                       st["indent"]),
             items_table(pack, record.items, st, WIDTH),
             Paragraph(_total(record.items), st["body"]),
             Paragraph(f"Hình thức tiêu hủy: {para(record.method)}. Việc tiêu hủy bảo đảm không "
                       "thể phục hồi, khai thác, sử dụng; các tài liệu, vật chứa đã tiêu hủy vẫn "
                       "được giữ trong sổ đăng ký và nhật ký.", st["indent"]),
             Paragraph("Biên bản được lập thành 02 bản, lưu hồ sơ tiêu hủy.", st["indent"])]
    if record.council:
        story.append(signatures([(p.role or "Thành viên", p) for p in record.council], st, WIDTH))
    return build_document(pack, story, seal, title="Biên bản tiêu hủy BMNN",
                          citation=_cite(pack, "destruction"), out=out)


def handover_record(pack: RulePack, record: HandoverRecord, seal: AuditSeal,
                    out: BinaryIO | None = None) -> bytes:
    st = styles()
    pack = pack_for(record.heading.date, pack)
    story = [HeadingBlock(record.heading),
             Paragraph("BIÊN BẢN", st["title"]),
             Paragraph("Bàn giao tài liệu, vật chứa bí mật nhà nước", st["subtitle"]),
             Paragraph(f"{when_and_where(record.handed_at or record.heading.date, record.location)}"
                       ", chúng tôi gồm:", st["indent"]),
             Paragraph(f"<b>Bên giao:</b> {para(person_line(record.giver))}", st["body"]),
             Paragraph(f"<b>Bên nhận:</b> {para(person_line(record.receiver))}", st["body"])]
    if record.witnesses:
        story += [Paragraph("<b>Chứng kiến:</b>", st["body"]), *_people(record.witnesses, st)]
    story.append(Paragraph(f"Lý do bàn giao: {para(record.reason)}.", st["indent"]))
    if record.items:
        story += [Paragraph("Bên giao đã bàn giao cho bên nhận toàn bộ tài liệu, vật chứa bí mật nhà "
                            "nước đang quản lý, gồm:", st["indent"]),
                  items_table(pack, record.items, st, WIDTH),
                  Paragraph(_total(record.items), st["body"])]
    else:   # a table without rows cannot be drawn; the record still says so in words
        story.append(Paragraph("Bên giao không quản lý tài liệu, vật chứa bí mật nhà nước nào tại thời điểm "
                               "bàn giao.", st["indent"]))
    story += [Paragraph("Bên nhận đã kiểm tra đủ số lượng, tình trạng niêm phong. Bên giao cam "
                        "kết không còn giữ tài liệu, vật chứa bí mật nhà nước nào và giữ bí mật "
                        "những nội dung đã biết.", st["indent"]),
              signatures([("Bên giao", record.giver), ("Bên nhận", record.receiver),
                          *[("Người chứng kiến", w) for w in record.witnesses]], st, WIDTH)]
    return build_document(pack, story, seal, title="Biên bản bàn giao BMNN",
                          citation=_cite(pack, "handover"), out=out)


STANDARD_CLAUSES = (
    "Nghiêm chỉnh chấp hành các quy định của pháp luật về bảo vệ bí mật nhà nước.",
    "Không để lộ, mất bí mật nhà nước được giao quản lý hoặc biết được trong quá trình công tác; "
    "không soạn thảo, lưu giữ bí mật nhà nước trên thiết bị có kết nối mạng Internet, mạng máy "
    "tính, mạng viễn thông.",
    "Khi thôi việc, chuyển công tác, nghỉ hưu hoặc vì lý do khác không còn được phân công quản "
    "lý bí mật nhà nước, bàn giao đầy đủ tài liệu, vật chứa bí mật nhà nước đang quản lý và giữ "
    "bí mật những nội dung đã biết.",
    "Nếu vi phạm, tôi xin chịu hoàn toàn trách nhiệm trước pháp luật.",
)
LEAVING_CLAUSES = (
    "Đã bàn giao đầy đủ tài liệu, vật chứa bí mật nhà nước đang quản lý theo biên bản bàn giao; "
    "không còn giữ tài liệu, vật chứa bí mật nhà nước nào.",
    "Không tiết lộ, cung cấp bí mật nhà nước đã biết trong quá trình công tác dưới bất kỳ hình "
    "thức nào.",
    "Nếu vi phạm, tôi xin chịu hoàn toàn trách nhiệm trước pháp luật.",
)


def commitment(pack: RulePack, record: Commitment, seal: AuditSeal,
               out: BinaryIO | None = None) -> bytes:
    st = styles()
    pack = pack_for(record.heading.date, pack)
    p = record.person
    clauses = record.clauses or (LEAVING_CLAUSES if record.leaving else STANDARD_CLAUSES)
    story = [HeadingBlock(record.heading, issuer=False),
             Paragraph("BẢN CAM KẾT", st["title"]),
             Paragraph("Bảo vệ bí mật nhà nước" + (" khi thôi đảm nhiệm công việc liên quan"
                                                   if record.leaving else ""), st["subtitle"]),
             Paragraph(f"Họ và tên: <b>{para(p.name)}</b>", st["body"]),
             Paragraph(f"Ngày sinh: {para(fmt_date(record.birth_date))}"
                       f"&nbsp;&nbsp;&nbsp; Số CCCD: {para(record.id_number)}", st["body"]),
             Paragraph(f"Chức vụ: {para(p.title)}; đơn vị: {para(p.unit)}.", st["body"]),
             Paragraph(f"Cơ quan: {para(record.heading.agency)}.", st["body"])]
    if record.assignment:
        story.append(Paragraph(f"Nhiệm vụ được giao: {para(record.assignment)}.", st["body"]))
    story.append(Paragraph(f"{para(pack.legal_basis)}, tôi xin cam kết:", st["indent"]))
    story += [Paragraph(f"{i}. {para(c)}", st["indent"]) for i, c in enumerate(clauses, 1)]
    story.append(signatures([("Người cam kết", p)], st, WIDTH))
    return build_document(pack, story, seal, title="Cam kết bảo vệ BMNN", out=out)


def provision_request(pack: RulePack, record: ProvisionRequest, seal: AuditSeal,
                      out: BinaryIO | None = None) -> bytes:
    st = styles()
    pack = pack_for(record.heading.date, pack)
    verb = "chuyển giao" if record.transfer else "cung cấp"
    story = [HeadingBlock(record.heading, subject=f"V/v đề nghị {verb} bí mật nhà nước"),
             Spacer(1, 4 * mm),
             Paragraph(f"Kính gửi: {para(record.recipient)}", st["subtitle"]),
             Paragraph(f"{para(record.heading.agency)} đề nghị {para(record.recipient)} {verb} "
                       "các tài liệu, vật chứa bí mật nhà nước sau đây:", st["indent"]),
             items_table(pack, record.items, st, WIDTH),
             Paragraph(f"Mục đích sử dụng: {para(record.purpose)}.", st["indent"]),
             Paragraph(f"Người đến nhận: {para(person_line(record.requester))}.", st["indent"])]
    if record.foreign:
        story.append(Paragraph("Bên nhận là cơ quan, tổ chức, cá nhân nước ngoài.", st["indent"]))
    if record.return_by:
        story.append(Paragraph(f"Thời hạn hoàn trả: {fmt_date(record.return_by)}.", st["indent"]))
    story += [Paragraph("Cơ quan, người nhận cam kết quản lý, sử dụng bí mật nhà nước đúng mục "
                        "đích và bảo vệ theo quy định của pháp luật.", st["indent"]),
              signatures([("Thủ trưởng cơ quan", None)], st, WIDTH)]
    return build_document(pack, story, seal, title=f"Văn bản đề nghị {verb} BMNN",
                          citation=_cite(pack, "provision"), out=out)


def inspection_record(pack: RulePack, record: InspectionRecord, seal: AuditSeal,
                      out: BinaryIO | None = None) -> bytes:
    st = styles()
    pack = pack_for(record.checked_at, pack)
    passed = record.verdict == "pass"
    rows = [[str(i), f.rule, SEVERITY.get(f.severity, f.severity), f.summary]
            for i, f in enumerate(record.findings, start=1)]
    story = [HeadingBlock(record.heading),
             Paragraph("BIÊN BẢN KIỂM TRA", st["title"]),
             Paragraph("Máy tính dùng để soạn thảo, lưu trữ bí mật nhà nước", st["subtitle"]),
             Paragraph(f"Thời gian kiểm tra: {fmt_date(record.checked_at)}.", st["body"]),
             Paragraph(f"Máy tính: <b>{para(record.machine)}</b>.", st["body"]),
             Paragraph(f"Số tem an toàn an ninh thông tin: {para(record.tag_number)}.", st["body"])]
    if record.inspectors:
        story += [Paragraph("Người kiểm tra:", st["body"]), *_people(record.inspectors, st)]
    story.append(Paragraph(f"Kết quả kiểm tra: {len(record.findings)} phát hiện.", st["section"]))
    if rows:
        story.append(grid_table(["TT", "Quy tắc", "Mức độ", "Nội dung"], rows,
                                [5, 27, 12, 56], st, WIDTH, centred=(0, 2)))
    verdict = ("ĐẠT — được dùng để soạn thảo, lưu trữ bí mật nhà nước" if passed else
               "KHÔNG ĐẠT — không được soạn thảo, lưu trữ bí mật nhà nước trên máy này")
    story += [Paragraph(f"Kết luận: <b>{verdict}</b>.", st["indent"]),
              Paragraph("Mã băm SHA-256 của tệp chứng cứ kiểm tra:", st["body"]),
              Paragraph(f"<b>{para(record.evidence_sha256)}</b>", st["body"]),
              signatures([("Người kiểm tra", p) for p in record.inspectors]
                         or [("Người kiểm tra", None)], st, WIDTH)]
    return build_document(pack, story, seal, title="Biên bản kiểm tra máy tính", out=out)


def _cite(pack: RulePack, section: str) -> str | None:
    try:
        return pack.citation(section)
    except KeyError:
        return None
