"""Secrecy stamps in red (colour, sizes, borders from ``pack.stamps``): a label sheet or over a draft.

A :class:`Stamp` is a rectangle (or, for the A / B / C letter, a circle) of the pack's size, with the
pack's number of borders (1 single, 2 double ``border_gap_mm`` apart) and one or more centred lines of
bold capitals, auto-sized to fit. Kinds (the keys of ``pack.stamps``): ``do_mat`` (TUYỆT MẬT / TỐI MẬT
/ MẬT, a size per level), ``letter`` (A / B / C), ``ban_sao`` (BẢN SAO SỐ …), ``thoi_han``,
``gia_han``, ``dieu_chinh``, ``giai_mat`` (GIẢI MẬT, Từ: …), ``thu_hoi`` (TÀI LIỆU THU HỒI with its
return date), ``boc_bi`` (CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ), ``quan_ly_so_luong`` (quantity control).
The copy block for the last page of a copy is :func:`draw_copy_block`. A mark never covers the
national motto of a portrait first page (:func:`overlay_stamps` refuses such a placement).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass
from typing import BinaryIO, Sequence

from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.printing import fonts
from app.printing.data import AuditSeal, CopyBlock
from app.printing.layout import (BLANK, binary_streams, build_document, fmt_date, new_canvas,
                                 styles, text)
from app.rules.pack import RulePack

KINDS = ("do_mat", "letter", "ban_sao", "thoi_han", "gia_han", "dieu_chinh", "giai_mat",
         "thu_hoi", "boc_bi", "quan_ly_so_luong")
CAPTIONS = {
    "quan_ly_so_luong": "Dấu quản lý số lượng tài liệu bí mật nhà nước",
    "do_mat": "Dấu độ mật", "letter": "Dấu chữ ký hiệu độ mật (ngoài bì)",
    "ban_sao": "Dấu bản sao số", "thoi_han": "Dấu thời hạn bảo vệ",
    "gia_han": "Dấu gia hạn thời hạn bảo vệ", "dieu_chinh": "Dấu điều chỉnh độ mật",
    "giai_mat": "Dấu giải mật", "thu_hoi": "Dấu tài liệu thu hồi",
    "boc_bi": "Dấu chỉ người có tên mới được bóc bì", "copy_block": "Khối sao, chụp (trang cuối)",
}


@dataclass(frozen=True)
class Stamp:
    kind: str
    lines: tuple[str, ...]
    width_mm: float
    height_mm: float
    border: int = 1                  # 1 single, 2 double
    border_gap_mm: float = 1.0
    shape: str = "rect"              # "rect" | "circle"
    template: str = ""               # the official template (Mẫu số …)


def color(pack: RulePack):
    return HexColor(str(pack.stamps["color"]))


def _d(day) -> str:
    return fmt_date(day) if isinstance(day, (dt.date, dt.datetime)) else text(day)


def make_stamp(pack: RulePack, kind: str, *, level: str | None = None, number=None,
               until: dt.date | None = None, years: int | None = None,
               new_level: str | None = None, date: dt.date | None = None,
               partial: bool = False, total=None) -> Stamp:
    """The stamp ``kind`` with its variable part filled in (blank "…" when not given)."""
    from app.printing.layout import resolve_level
    if kind not in KINDS:
        raise KeyError(f"Không có mẫu dấu: {kind}")
    lv = resolve_level(pack, level) if level else None
    if kind in ("do_mat", "letter") and lv is None:
        raise KeyError(f"Độ mật không hợp lệ: {level}")
    if kind == "do_mat":
        lines = (lv.stamp,)
    elif kind == "letter":
        lines = (lv.letter,)
    elif kind == "ban_sao":
        lines = (f"BẢN SAO SỐ: {text(number)}",)
    elif kind == "thoi_han":
        period = f"đến ngày {_d(until)}" if until else (f"{years} năm" if years else BLANK)
        lines = ("THỜI HẠN BẢO VỆ", period)
    elif kind == "gia_han":
        lines = ("GIA HẠN THỜI HẠN BẢO VỆ", f"đến ngày {_d(until)}")
    elif kind == "dieu_chinh":
        target = resolve_level(pack, new_level) if new_level else None
        lines = ("ĐIỀU CHỈNH ĐỘ MẬT",
                 f"thành: {target.stamp if target else BLANK}; ngày {_d(date)}")
    elif kind == "giai_mat":
        lines = ("GIẢI MẬT MỘT PHẦN" if partial else "GIẢI MẬT", f"Từ: {_d(date)}")
    elif kind == "thu_hoi":
        lines = ("TÀI LIỆU THU HỒI", f"Hạn trả: {_d(until)}")
    elif kind == "quan_ly_so_luong":
        lines = (f"Số: {text(number)}" + (f"/{text(total)}" if total is not None else ""),)
    else:
        lines = ("CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ",)
    spec = pack.stamps[kind]
    size = dict(spec)
    if lv is not None and lv.code in spec.get("levels", {}):
        size.update(spec["levels"][lv.code])
    return Stamp(kind, lines, float(size["width_mm"]), float(size["height_mm"]),
                 border=int(spec.get("border", 1)), border_gap_mm=float(spec.get("border_gap_mm", 1)),
                 shape=str(spec.get("shape", "rect")), template=str(spec.get("template", "")))


def all_stamps(pack: RulePack) -> list[Stamp]:
    """One blank stamp of each kind (every level for độ mật and the letters)."""
    out = [make_stamp(pack, "do_mat", level=lv.code) for lv in pack.levels]
    out += [make_stamp(pack, "letter", level=lv.code) for lv in pack.levels]
    out += [make_stamp(pack, k) for k in KINDS if k not in ("do_mat", "letter") and k in pack.stamps]
    return out


def draw_stamp(c: Canvas, pack: RulePack, stamp: Stamp, x: float, y: float) -> None:
    """Draw ``stamp`` with its bottom-left corner at (x, y) points."""
    w, h = stamp.width_mm * mm, stamp.height_mm * mm
    inset = (stamp.border - 1) * stamp.border_gap_mm * mm
    pad = (0.6 if stamp.border > 1 else 1.2) * mm + inset
    n = len(stamp.lines)
    size = (h - 2 * pad) / (n * 1.15)
    widest = max(fonts.width(line, fonts.BOLD, 1) for line in stamp.lines)
    size = min(size, (w - 2 * pad) / widest if widest else size, 18)
    red = color(pack)
    c.saveState()
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(0.8 if stamp.border > 1 else 1.2)
    for i in range(max(1, stamp.border)):
        d = i * stamp.border_gap_mm * mm
        if stamp.shape == "circle":
            c.circle(x + w / 2, y + h / 2, min(w, h) / 2 - d, stroke=1, fill=0)
        else:
            c.rect(x + d, y + d, w - 2 * d, h - 2 * d, stroke=1, fill=0)
    block = n * size * 1.15
    ly = y + (h + block) / 2 - size * 0.95
    c.setFont(fonts.BOLD, size)
    for line in stamp.lines:
        c.drawCentredString(x + w / 2, ly, line)
        ly -= size * 1.15
    c.restoreState()


def copy_block_lines(pack: RulePack, block: CopyBlock) -> list[tuple[str, str]]:
    """(font, text) lines of the copy block: form, time, quantity, recipients, authority, seal."""
    form = pack.copy_forms.get(block.form, block.form) if block.form else BLANK
    return [
        (fonts.BOLD, text(form).upper()),
        (fonts.REGULAR, f"Thời gian sao, chụp: {_d(block.copied_at)}"
         + (f", tại {text(block.place)}" if block.place else "")),
        (fonts.REGULAR, f"Số lượng: {text(block.quantity)} bản"),
        (fonts.REGULAR, f"Nơi nhận: {text(block.recipients)}"),
        (fonts.REGULAR, f"Người cho phép sao, chụp: {text(block.authorised_by)}"),
        (fonts.ITALIC, "(Ký, ghi rõ họ tên, đóng dấu)"),
    ]


def _copy_block_layout(pack, block, width):
    size, pad = 10, 2 * mm
    out = []
    for font, line in copy_block_lines(pack, block):
        out += [(font, part) for part in simpleSplit(line, font, size, width - 2 * pad)]
    height = len(out) * size * 1.25 + 2 * pad + 14 * mm   # room for the signature and seal
    return out, height, size, pad


def copy_block_height(pack: RulePack, block: CopyBlock, width: float = 95 * mm) -> float:
    return _copy_block_layout(pack, block, width)[1]


def draw_copy_block(c: Canvas, pack: RulePack, block: CopyBlock, x: float, y_top: float,
                    width: float = 95 * mm) -> float:
    """Draw the copy block in red below ``y_top``; returns its height in points."""
    lines, height, size, pad = _copy_block_layout(pack, block, width)
    red = color(pack)
    c.saveState()
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(1.2)
    c.rect(x, y_top - height, width, height, stroke=1, fill=0)
    y = y_top - pad - size
    for font, line in lines:
        c.setFont(font, size)
        if font == fonts.REGULAR:
            c.drawString(x + pad, y, line)
        else:
            c.drawCentredString(x + width / 2, y, line)
        y -= size * 1.25
    c.restoreState()
    return height


class StampFlowable(Flowable):
    def __init__(self, pack: RulePack, stamp: Stamp | CopyBlock, width_mm: float = 95):
        super().__init__()
        self.pack, self.stamp = pack, stamp
        if isinstance(stamp, Stamp):
            self.width, self.height = stamp.width_mm * mm, stamp.height_mm * mm
        else:
            self.width = width_mm * mm
            self.height = copy_block_height(pack, stamp, self.width)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        if isinstance(self.stamp, Stamp):
            draw_stamp(self.canv, self.pack, self.stamp, 0, 0)
        else:
            draw_copy_block(self.canv, self.pack, self.stamp, 0, self.height, self.width)


def stamp_sheet(pack: RulePack, seal: AuditSeal, stamps: Sequence[Stamp | CopyBlock] | None = None,
                out: BinaryIO | None = None) -> bytes:
    """A4 sheet of stamp labels, each with a black caption, two per row."""
    st = styles()
    items = list(stamps) if stamps is not None else all_stamps(pack)
    cells = []
    for item in items:
        kind = item.kind if isinstance(item, Stamp) else "copy_block"
        template = (item.template if isinstance(item, Stamp)
                    else str(pack.stamps.get("copy_block", {}).get("template", "")))
        caption = CAPTIONS.get(kind, kind) + (f" ({template})" if template else "")
        cells.append([StampFlowable(pack, item, 75), Spacer(1, 2 * mm),
                      Paragraph(caption, st["note"])])
    rows = [cells[i:i + 2] + [[]] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=["50%", "50%"])
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [Paragraph("MẪU DẤU BÍ MẬT NHÀ NƯỚC", st["title"]),
             Paragraph(text(pack.stamps.get("citation")), st["note"]), Spacer(1, 4 * mm), table]
    return build_document(pack, story, seal, title="Mẫu dấu bí mật nhà nước",
                          citation=pack.stamps.get("citation"), out=out)


LEVEL_X_MM, LEVEL_Y_MM = 30.0, 45.0      # under the number of the heading block (left column)
# Where the national motto sits on the first page of a portrait A4 document (mm from the top-left):
# the right column of the Nghị định 30/2020 heading, from the top margin to below "Độc lập - Tự do".
MOTTO_ZONE_MM = (92.0, 18.0, 200.0, 34.0)     # x0, y0, x1, y1


class CoversMotto(ValueError):
    """A mark placed over the national motto."""


def covers_motto(p: "Placement", page_w_mm: float, page_h_mm: float) -> bool:
    if p.page not in (0,) or page_h_mm <= page_w_mm:
        return False
    if isinstance(p.item, Stamp):
        w, h = p.item.width_mm, p.item.height_mm
    else:
        w, h = p.width_mm, 40.0
    x0, y0, x1, y1 = MOTTO_ZONE_MM
    return p.x_mm < x1 and p.x_mm + w > x0 and p.y_mm < y1 and p.y_mm + h > y0


@dataclass(frozen=True)
class Placement:
    """Where to put a stamp or copy block: page index (negative counts from the end) and the
    top-left corner in mm from the page's top-left corner."""
    item: Stamp | CopyBlock
    page: int = 0
    x_mm: float = 30.0
    y_mm: float = 20.0
    width_mm: float = 95.0        # copy blocks only


def overlay_stamps(pdf_bytes: bytes, pack: RulePack, placements: Sequence[Placement]) -> bytes:
    """Stamp an existing PDF (a draft) in memory; returns the stamped PDF."""
    fonts.register()
    reader = PdfReader(io.BytesIO(pdf_bytes))
    writer = PdfWriter(clone_from=reader)
    count = len(writer.pages)
    by_page: dict[int, list[Placement]] = {}
    for p in placements:
        index = p.page if p.page >= 0 else count + p.page
        if not 0 <= index < count:
            raise IndexError(f"Tài liệu không có trang {p.page + 1 if p.page >= 0 else p.page}")
        box = writer.pages[index].mediabox
        if index == 0 and covers_motto(dataclasses.replace(p, page=0), float(box.width) / mm,
                                       float(box.height) / mm):
            raise CoversMotto("Dấu không được đóng đè lên Quốc hiệu, Tiêu ngữ; hãy chọn vị trí khác "
                              "(dưới số, ký hiệu văn bản).")
        by_page.setdefault(index, []).append(p)
    for index, items in by_page.items():
        page = writer.pages[index]
        box = page.mediabox
        w, h = float(box.width), float(box.height)
        buf = io.BytesIO()
        with binary_streams():
            c = new_canvas(buf, (w, h))
            for p in items:
                x = float(box.left) + p.x_mm * mm
                top = float(box.bottom) + h - p.y_mm * mm
                if isinstance(p.item, Stamp):
                    draw_stamp(c, pack, p.item, x, top - p.item.height_mm * mm)
                else:
                    draw_copy_block(c, pack, p.item, x, top, p.width_mm * mm)
            c.showPage()
            c.save()
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def mark_copy(pdf_bytes: bytes, pack: RulePack, copy_number: int | str, block: CopyBlock,
              level: str | None = None) -> bytes:
    """A copy: "Bản sao số …" (and the level, if given) on the first page, copy block on the last."""
    reader = PdfReader(io.BytesIO(pdf_bytes))
    first, last = reader.pages[0].mediabox, reader.pages[-1].mediabox
    ban_sao = make_stamp(pack, "ban_sao", number=copy_number)
    x = float(first.width) / mm - 15 - ban_sao.width_mm
    placements = [Placement(ban_sao, 0, x, 8)]          # top right, above the motto
    if level:
        stamp = make_stamp(pack, "do_mat", level=level)    # left, under the number (Mẫu 19)
        placements.append(Placement(stamp, 0, LEVEL_X_MM, LEVEL_Y_MM))
    block_h = copy_block_height(pack, block) / mm
    placements.append(Placement(block, -1, float(last.width) / mm - 110, float(last.height) / mm
                                - 30 - block_h))     # above the footer
    return overlay_stamps(pdf_bytes, pack, placements)


def mark_level(pdf_bytes: bytes, pack: RulePack, level: str, every_page: bool = False,
               x_mm: float = None, y_mm: float = None) -> bytes:
    """Stamp the độ mật on the first page (under the heading block) or on every page."""
    stamp = make_stamp(pack, "do_mat", level=level)
    pages = range(len(PdfReader(io.BytesIO(pdf_bytes)).pages)) if every_page else [0]
    x_mm = LEVEL_X_MM if x_mm is None else x_mm
    y_mm = LEVEL_Y_MM if y_mm is None else y_mm
    return overlay_stamps(pdf_bytes, pack, [Placement(stamp, i, x_mm, y_mm) for i in pages])
