"""Flowables shared by the records and reports: item lists, signatures, statistics tables."""
from __future__ import annotations

from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.printing.data import Item, Person, Statistics
from app.printing.layout import fmt_date, level_name, para, summary_allowed, text
from app.printing.wording import kind_and_summary
from app.rules.pack import RulePack

GRID = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]


def grid_table(header: Sequence[str], rows: Sequence[Sequence], widths: Sequence[float],
               st: dict, total_width: float, centred: Sequence[int] = (),
               bold_last: bool = False) -> Table:
    """A ruled table; ``widths`` are relative; header repeated on each page."""
    scale = total_width / sum(widths)
    data = [[Paragraph(para(h), st["head"]) for h in header]]
    for row in rows:
        data.append([Paragraph(para(v) if v not in ("", None) else "",
                               st["cellc"] if i in centred else st["cell"])
                     for i, v in enumerate(row)])
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    style = list(GRID)
    if bold_last and rows:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, (0, 0, 0)))
    table.setStyle(TableStyle(style))
    return table


def item_description(pack: RulePack, item: Item) -> str:
    """"<Tên loại> <trích yếu>" as the book reads ("Báo cáo kết quả …"); the summary is left out when
    the level forbids it (the type stays)."""
    summary = item.summary if item.summary and summary_allowed(pack, item.level) else ""
    return kind_and_summary(item.kind, summary)


def items_table(pack: RulePack, items: Sequence[Item], st: dict, width: float) -> Table:
    header = ["TT", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Độ mật",
              "Số lượng", "Ghi chú"]
    rows = [[str(i), text(it.reference), fmt_date(it.date) if it.date else "",
             item_description(pack, it), level_name(pack, it.level),
             "" if it.quantity is None else str(it.quantity), text(it.note) if it.note else ""]
            for i, it in enumerate(items, start=1)]
    return grid_table(header, rows, [5, 16, 14, 32, 10, 8, 11], st, width,
                      centred=(0, 2, 4, 5))


def person_line(person: Person) -> str:
    parts = [text(person.name)]
    if person.title:
        parts.append(text(person.title))
    if person.unit:
        parts.append(text(person.unit))
    line = ", ".join(parts)
    return f"{line} — {text(person.role)}" if person.role else line


def signatures(signers: Sequence[tuple[str, Person | None]], st: dict, width: float):
    """Signature blocks side by side: (role heading, person) — "(Ký, ghi rõ họ tên)" and name."""
    cells = []
    for role, person in signers:
        cells.append([Paragraph(para(role).upper(), st["sign"]),
                      Paragraph("(Ký, ghi rõ họ tên)", st["note"]), Spacer(1, 18 * mm),
                      Paragraph(para(person.name) if person else "", st["sign"])])
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    cols = max(1, min(3, len(cells)))
    rows = [r + [""] * (cols - len(r)) for r in rows]
    table = Table(rows, colWidths=[width / cols] * cols)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), table])


def level_stats_table(pack: RulePack, stats: Statistics, st: dict, width: float) -> Table:
    """Items in and out by level, with totals."""
    codes = list(pack.level_codes)
    extra = [c for c in [*stats.in_by_level, *stats.out_by_level] if c not in codes]
    codes += list(dict.fromkeys(extra))
    rows = []
    for code in codes:
        a, b = stats.in_by_level.get(code, 0), stats.out_by_level.get(code, 0)
        rows.append([level_name(pack, code), str(a), str(b), str(a + b)])
    tin, tout = sum(stats.in_by_level.values()), sum(stats.out_by_level.values())
    rows.append(["Tổng cộng", str(tin), str(tout), str(tin + tout)])
    return grid_table(["Độ mật", "BMNN đến", "BMNN đi", "Cộng"], rows, [30, 20, 20, 20], st,
                      width, centred=(1, 2, 3), bold_last=True)


ACTIVITY_LABELS = (
    ("copy_times", "Số lượt sao, chụp BMNN (số lần được cho phép)"),
    ("copies", "Số bản sao, chụp BMNN đã làm"),
    ("transfers", "Số lượt cung cấp, chuyển giao BMNN"),
    ("extensions", "Số BMNN được gia hạn thời hạn bảo vệ"),
    ("level_changes", "Số BMNN được điều chỉnh độ mật"),
    ("declassifications", "Số BMNN được giải mật"),
    ("destructions", "Số tài liệu, vật chứa BMNN đã tiêu hủy"),
    ("incidents", "Số vụ lộ, mất BMNN"),
    ("other_incidents", "Sự việc khác được báo cáo (bì có dấu hiệu bị bóc …), không phải vụ lộ, mất"),
    ("inspections", "Số lượt kiểm tra (máy tính, công tác bảo vệ BMNN)"),
    ("staff_full_time", "Cán bộ làm công tác bảo vệ BMNN chuyên trách"),
    ("staff_part_time", "Cán bộ làm công tác bảo vệ BMNN kiêm nhiệm"),
)


def activity_table(stats: Statistics, st: dict, width: float) -> Table:
    rows = [[str(i), label, str(getattr(stats, key))]
            for i, (key, label) in enumerate(ACTIVITY_LABELS, start=1)]
    return grid_table(["TT", "Nội dung", "Số lượng"], rows, [6, 60, 16], st, width,
                      centred=(0, 2))


def statistics_story(pack: RulePack, stats: Statistics, st: dict, width: float) -> list:
    return [Paragraph("1. Tài liệu, vật chứa BMNN đến và đi theo độ mật", st["section"]),
            level_stats_table(pack, stats, st, width), Spacer(1, 3 * mm),
            Paragraph("2. Các hoạt động quản lý, bảo vệ BMNN", st["section"]),
            activity_table(stats, st, width)]
