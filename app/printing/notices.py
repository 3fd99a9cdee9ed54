"""Notices and copy records: the 15-day văn bản thông báo of an extension, a level change or a
declassification, and the record of a "chụp" or "trích sao" copy.

Every paper is printed under the regime of its own date and cites the pack's rule for it; the
templates are the pack's ``forms`` entries (TT 24/2020 Mẫu 10 and 13 for 2018-regime copies).
"""
from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Spacer

from app.printing.blocks import items_table, person_line, signatures
from app.printing.data import AuditSeal, ChangeNotice, CopyRecordForm
from app.printing.layout import (BLANK, PORTRAIT_MARGINS, HeadingBlock, build_document, date_words,
                                 fmt_date, level_name, para, styles, text)
from app.rules.pack import RulePack, pack_for

WIDTH = A4[0] - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[1]
SUBJECTS = {
    "gia_han": ("gia hạn thời hạn bảo vệ bí mật nhà nước", "extension"),
    "dieu_chinh": ("điều chỉnh độ mật", "level_change"),
    "giai_mat": ("giải mật", "declassification"),
}


def _form(pack: RulePack, key: str) -> dict:
    return dict(pack.raw.get("forms", {}).get(key, {}))


def change_notice(pack: RulePack, notice: ChangeNotice, seal: AuditSeal,
                  out: BinaryIO | None = None) -> bytes:
    """Văn bản thông báo gia hạn / điều chỉnh độ mật / giải mật to the bodies concerned."""
    if notice.kind not in SUBJECTS:
        raise KeyError(f"Không có loại thông báo: {notice.kind}")
    st = styles()
    pack = pack_for(notice.decided_on or notice.effective_on or notice.heading.date, pack)
    subject, section = SUBJECTS[notice.kind]
    it = notice.item
    what = (f"{text(it.kind) if it.kind else 'Tài liệu'} số {text(it.reference)}"
            + (f" ngày {fmt_date(it.date)}" if it.date else "") + f", độ {level_name(pack, it.level)}")
    basis = notice.decision or "hết thời hạn bảo vệ mà không được gia hạn"
    if notice.kind == "gia_han":
        body = (f"{what} được gia hạn thời hạn bảo vệ đến hết ngày "
                f"{fmt_date(notice.new_expires_on)}, theo {para(basis)}.")
        ask = "Đề nghị quý cơ quan đóng dấu gia hạn trên tài liệu, vật chứa bí mật nhà nước đang quản lý."
    elif notice.kind == "dieu_chinh":
        body = (f"{what} được điều chỉnh thành độ {level_name(pack, notice.new_level)}"
                + (f", thời hạn bảo vệ đến hết ngày {fmt_date(notice.new_expires_on)}"
                   if notice.new_expires_on else "") + f", theo {para(basis)}.")
        ask = ("Đề nghị quý cơ quan đóng dấu điều chỉnh độ mật trên các bản đang quản lý và quản lý "
               "theo độ mật mới.")
    else:
        scope = (f" (giải mật một phần: {para(notice.partial_scope)})" if notice.partial_scope else "")
        body = (f"{what} được giải mật từ ngày {fmt_date(notice.effective_on)}{scope}, "
                f"theo {para(basis)}.")
        ask = "Đề nghị quý cơ quan đóng dấu giải mật trên tài liệu, vật chứa đang quản lý."
    recipients = notice.recipients or (BLANK,)
    story = [HeadingBlock(notice.heading, subject=f"V/v thông báo {subject}"), Spacer(1, 4),
             Paragraph("Kính gửi: " + "; ".join(para(r) for r in recipients) + ".", st["subtitle"]),
             Paragraph(f"Căn cứ {para(pack.citation(section))}, {para(notice.heading.agency)} "
                       "thông báo:", st["indent"]),
             Paragraph(body, st["indent"]),
             items_table(pack, (it,), st, WIDTH),
             Paragraph(ask, st["indent"]),
             Paragraph("<b>Nơi nhận:</b><br/>- Như trên;<br/>- Lưu: VT.", st["cell"]),
             signatures([("Thủ trưởng cơ quan", notice.signer)], st, WIDTH)]
    return build_document(pack, story, seal, title=f"Thông báo {subject}",
                          citation=pack.citation(section), out=out)


def copy_record(pack: RulePack, record: CopyRecordForm, seal: AuditSeal,
                out: BinaryIO | None = None) -> bytes:
    """Văn bản ghi nhận việc chụp (TT 24/2020 Mẫu 13) or văn bản trích sao (Mẫu 10)."""
    key = {"chup": "copy_photo", "trich_sao": "copy_extract"}.get(record.form)
    if key is None:
        raise KeyError(f"Hình thức sao, chụp không có mẫu ghi nhận riêng: {record.form}")
    st = styles()
    pack = pack_for(record.copied_at or record.heading.date, pack)
    spec = _form(pack, key)
    it = record.item
    when = (fmt_date(record.copied_at) if record.copied_at is not None else date_words(None))
    if record.form == "chup":
        title, subtitle = "VĂN BẢN GHI NHẬN", "Việc chụp tài liệu, vật chứa bí mật nhà nước"
        what = "chụp"
    else:
        title, subtitle = "VĂN BẢN TRÍCH SAO", "Tài liệu, vật chứa bí mật nhà nước"
        what = "trích sao"
    story = [HeadingBlock(record.heading), Paragraph(title, st["title"]),
             Paragraph(subtitle, st["subtitle"]),
             Paragraph(f"Căn cứ {para(pack.citation('copy'))};", st["indent"]),
             Paragraph(f"Thời gian {what}: {para(when)}; địa điểm: {para(record.place)}.", st["indent"]),
             Paragraph(f"Người cho phép {what}: {para(person_line(record.authorised_by))}.",
                       st["indent"]),
             Paragraph(f"Người thực hiện: {para(person_line(record.copied_by))}.", st["indent"]),
             Paragraph(f"Tài liệu, vật chứa bí mật nhà nước được {what}:", st["indent"]),
             items_table(pack, (it,), st, WIDTH),
             Paragraph(f"Số lượng: {para(record.quantity)} bản; bản số: {para(record.copy_numbers)}; "
                       f"độ mật của bản {what}: {level_name(pack, it.level)}.", st["indent"])]
    if record.form == "chup":
        story.append(Paragraph(f"Phương tiện chụp: {para(record.device)} (không kết nối mạng "
                               "Internet, mạng viễn thông).", st["indent"]))
    else:
        story.append(Paragraph("Nội dung trích sao: theo phần đính kèm, mỗi trang đóng dấu độ mật "
                               "và số bản.", st["indent"]))
    if record.purpose:
        story.append(Paragraph(f"Mục đích: {para(record.purpose)}.", st["indent"]))
    story += [Paragraph(f"Nơi nhận: {para(record.recipients)}.", st["indent"]),
              signatures([("Người thực hiện", record.copied_by),
                          ("Người cho phép", record.authorised_by)], st, WIDTH)]
    return build_document(pack, story, seal, title=f"{title.capitalize()} BMNN",
                          citation=spec.get("citation") or pack.citation("copy"), out=out)
