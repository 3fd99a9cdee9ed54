"""Reports: thống kê BMNN, the annual report (period from the rule pack) and the provincial
consolidated report built from verified bundles of many agencies.

Each report is printed under the regime in force at the end of its period: the 2025 report (15/12/2024
–14/12/2025) cites the 2018 texts, the 2026 report Luật 117/2025 and Nghị định 63/2026 directly.
The sections of the annual report are the pack's (``report.sections``)."""
from __future__ import annotations

from functools import reduce
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.printing.blocks import grid_table, signatures, statistics_story
from app.printing.data import AnnualReport, AuditSeal, ConsolidatedReport, Statistics, StatisticsRecord
from app.printing.layout import (LANDSCAPE_MARGINS, PORTRAIT_MARGINS, HeadingBlock, build_document, fmt_date, para,
                                 styles, text)
from app.rules.pack import RulePack, pack_for, pack_for_date

WIDTH = A4[0] - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[1]
WIDE = landscape(A4)[0] - LANDSCAPE_MARGINS[0] - LANDSCAPE_MARGINS[1]
FALLBACK_SECTIONS = (
    ("situation", "a) Tình hình công tác bảo vệ bí mật nhà nước"),
    ("results", "b) Kết quả thực hiện; ưu điểm, hạn chế, nguyên nhân; bài học kinh nghiệm"),
    ("leaks", "c) Các vụ lộ, mất bí mật nhà nước; nguyên nhân và việc xử lý"),
    ("proposals", "d) Dự báo tình hình; phương hướng, nhiệm vụ và kiến nghị"),
)


def pack_for_year(pack: RulePack, year: int) -> RulePack:
    """The regime in force at the end of ``year``'s report period."""
    return pack_for_date(pack.report_period(year)[1])


def _period(start, end) -> str:
    return f"(Từ ngày {fmt_date(start)} đến ngày {fmt_date(end)})"


def _narrative(value: str, st) -> list:
    paragraphs = [p.strip() for p in (value or "").split("\n") if p.strip()]
    return [Paragraph(para(p), st["indent"]) for p in paragraphs] or [
        Paragraph("(Không có nội dung)", st["note"])]


def statistics_record(pack: RulePack, record: StatisticsRecord, seal: AuditSeal,
                      out: BinaryIO | None = None) -> bytes:
    st = styles()
    pack = pack_for(record.period_end, pack)
    story = [HeadingBlock(record.heading),
             Paragraph("THỐNG KÊ BÍ MẬT NHÀ NƯỚC", st["title"]),
             Paragraph(_period(record.period_start, record.period_end), st["note"]),
             Spacer(1, 3 * mm),
             *statistics_story(pack, record.stats, st, WIDTH),
             signatures([("Người lập", None), ("Thủ trưởng cơ quan", None)], st, WIDTH)]
    return build_document(pack, story, seal, title="Thống kê BMNN",
                          citation=_cite(pack, "statistics"), out=out)


def _basis(pack: RulePack, citation: str) -> str:
    """The legal basis plus a rule's citation, without naming the same text twice."""
    core = citation.strip()
    if core and core in pack.legal_basis:
        return pack.legal_basis
    return f"{pack.legal_basis}; {citation}"


def _cite(pack: RulePack, section: str) -> str | None:
    try:
        return pack.citation(section)
    except KeyError:
        return None


def annual_report(pack: RulePack, report: AnnualReport, seal: AuditSeal,
                  out: BinaryIO | None = None) -> bytes:
    """Báo cáo năm for the period ``pack.report_period(year)``; sections (a)–(d) as typed."""
    st = styles()
    pack = pack_for_year(pack, report.year)
    start, end = pack.report_period(report.year)
    recipient = report.recipient or pack.raw.get("report", {}).get("recipient")
    story = [HeadingBlock(report.heading),
             Paragraph("BÁO CÁO", st["title"]),
             Paragraph(f"Kết quả công tác bảo vệ bí mật nhà nước năm {report.year}",
                       st["subtitle"]),
             Paragraph(_period(start, end), st["note"]),
             Paragraph(f"Kính gửi: {para(recipient)}", st["subtitle"]),
             Paragraph(f"{para(_basis(pack, pack.citation('report')))}, "
                       f"{para(report.heading.agency)} báo cáo như sau:", st["indent"])]
    for key, title in pack.report_sections() or FALLBACK_SECTIONS:
        story.append(Paragraph(title, st["section"]))
        story += _narrative(getattr(report, key), st)
    story += [Paragraph("SỐ LIỆU THỐNG KÊ", st["subtitle"]),
              *statistics_story(pack, report.stats, st, WIDTH),
              Spacer(1, 4 * mm),
              Paragraph("<b>Nơi nhận:</b><br/>- Như trên;<br/>- Lưu: VT.", st["cell"]),
              signatures([("Thủ trưởng cơ quan", report.signer)], st, WIDTH)]
    return build_document(pack, story, seal, title=f"Báo cáo công tác bảo vệ BMNN năm "
                          f"{report.year}", citation=pack.citation("report"), out=out)


def consolidated_report(pack: RulePack, report: ConsolidatedReport, seal: AuditSeal,
                        out: BinaryIO | None = None) -> bytes:
    """Provincial consolidation: one row per agency (with its key fingerprint), totals, and the
    bundles that were refused with the reason."""
    st = styles()
    pack = pack_for_year(pack, report.year)
    start, end = pack.report_period(report.year)
    total = reduce(lambda a, b: a + b, (e.stats for e in report.entries), Statistics())
    rows = []
    for i, e in enumerate(report.entries, start=1):
        s = e.stats
        rows.append([str(i), text(e.agency), str(sum(s.in_by_level.values())),
                     str(sum(s.out_by_level.values())), f"{s.copy_times}/{s.copies}", str(s.transfers),
                     str(s.destructions), str(s.incidents), str(s.inspections),
                     text(e.key_fingerprint)])
    rows.append(["", "Tổng cộng", str(sum(total.in_by_level.values())),
                 str(sum(total.out_by_level.values())), f"{total.copy_times}/{total.copies}",
                 str(total.transfers),
                 str(total.destructions), str(total.incidents), str(total.inspections), ""])
    story = [HeadingBlock(report.heading),
             Paragraph("BÁO CÁO TỔNG HỢP", st["title"]),
             Paragraph(f"Công tác bảo vệ bí mật nhà nước năm {report.year}", st["subtitle"]),
             Paragraph(_period(start, end), st["note"]),
             Paragraph(f"Tổng hợp từ {len(report.entries)} báo cáo điện tử đã xác thực chữ ký.",
                       st["indent"]),
             grid_table(["TT", "Cơ quan, đơn vị", "Đến", "Đi", "Sao, chụp (lượt/bản)", "Chuyển giao",
                         "Tiêu hủy", "Lộ, mất", "Kiểm tra", "Dấu vân tay khóa ký"], rows,
                        [4, 24, 6, 6, 7, 8, 7, 6, 7, 33], st, WIDE,
                        centred=(0, 2, 3, 4, 5, 6, 7, 8), bold_last=True),
             Spacer(1, 3 * mm),
             Paragraph("TỔNG HỢP SỐ LIỆU", st["subtitle"]),
             *statistics_story(pack, total, st, WIDE)]
    if report.refused:
        story += [Paragraph("Báo cáo điện tử bị từ chối", st["section"]),
                  grid_table(["TT", "Tệp", "Lý do"],
                             [[str(i), label, reason]
                              for i, (label, reason) in enumerate(report.refused, start=1)],
                             [5, 35, 60], st, WIDE, centred=(0,))]
    story.append(signatures([("Người tổng hợp", None), ("Thủ trưởng cơ quan", None)], st, WIDE))
    return build_document(pack, story, seal, title=f"Báo cáo tổng hợp công tác bảo vệ BMNN năm "
                          f"{report.year}", citation=pack.citation("report"), landscape_page=True,
                          out=out)
