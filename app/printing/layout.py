"""Page layout shared by every printer: A4 frames, the Nghị định 30/2020 heading block, the footer.

The footer of every page states the legal basis, the page ("Trang x/y") and the head of the audit hash
chain ("Chuỗi nhật ký: N bản ghi, SHA-256 …"), so a later change to the registry shows against paper.
Documents are built in memory (``io.BytesIO``) — never in a temporary file.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
from typing import BinaryIO, NamedTuple, Sequence
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.printing import fonts
from app.printing.data import AuditSeal, Heading
from app.rules.pack import Level, RulePack
from app.textnorm import fold, nfc

BLANK = "…"
# Nghị định 30/2020, Phụ lục I: trên 20–25, dưới 20–25, trái 30–35, phải 15–20 mm.
PORTRAIT_MARGINS = (30 * mm, 15 * mm, 20 * mm, 22 * mm)   # left, right, top, bottom
LANDSCAPE_MARGINS = (20 * mm, 12 * mm, 14 * mm, 16 * mm)
FOOTER_SIZE = 7.5
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


# -- text ----------------------------------------------------------------------------------
def text(value) -> str:
    """NFC text for printing; ``None``/empty -> dotted blank."""
    if value is None:
        return BLANK
    value = nfc(str(value)).strip()
    return value or BLANK


def para(value) -> str:
    """Escape user text for a reportlab Paragraph (newlines kept)."""
    return escape(text(value)).replace("\n", "<br/>")


def fmt_date(day: dt.date | dt.datetime | None) -> str:
    if day is None:
        return BLANK
    if isinstance(day, dt.datetime):
        return day.strftime("%H giờ %M, ngày %d/%m/%Y")
    return day.strftime("%d/%m/%Y")


def date_words(day: dt.date | None) -> str:
    """"ngày 05 tháng 3 năm 2026" — day < 10 and months 1, 2 take a leading zero (NĐ 30/2020)."""
    if day is None:
        return "ngày … tháng … năm …"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date(place: str | None, day: dt.date | None) -> str:
    return f"{text(place)}, {date_words(day)}"


# -- levels ----------------------------------------------------------------------------------
def resolve_level(pack: RulePack, value: str | None) -> Level | None:
    """Level from its code, name or stamp text (any case, with or without diacritics)."""
    if not value:
        return None
    key = fold(value).replace("_", " ")
    for level in pack.levels:
        if key in (fold(level.code).replace("_", " "), fold(level.name), fold(level.stamp)):
            return level
    return None


def summary_allowed(pack: RulePack, level_value: str | None, consent: bool = False) -> bool:
    """May the summary of an item of this level be printed? Never where the pack forbids it; where
    the pack asks for the classifier's consent (2018 Tuyệt mật), only when ``consent`` is given."""
    def closed(code: str) -> bool:
        return pack.summary_forbidden(code) or (pack.summary_needs_consent(code) and not consent)
    level = resolve_level(pack, level_value)
    if level is None:
        # An unknown level may be a mistyped Tuyệt mật: fail closed when it folds like one.
        forbidden = [lv for lv in pack.levels if closed(lv.code)]
        return not any(fold(lv.name) in fold(level_value or "") for lv in forbidden)
    return not closed(level.code)


def level_name(pack: RulePack, value: str | None) -> str:
    level = resolve_level(pack, value)
    return level.name if level else text(value)


# -- styles ----------------------------------------------------------------------------------
def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=13, leading=17,
                          alignment=TA_JUSTIFY, spaceAfter=4, firstLineIndent=0)
    return {
        "body": base,
        "indent": ParagraphStyle("indent", parent=base, firstLineIndent=10 * mm),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=14,
                                leading=18, alignment=TA_CENTER, spaceBefore=8, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName=fonts.BOLD, alignment=TA_CENTER,
                                   spaceAfter=8, keepWithNext=1),
        "section": ParagraphStyle("section", parent=base, fontName=fonts.BOLD, spaceBefore=6,
                                  keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=11, leading=13, alignment=TA_LEFT,
                               spaceAfter=0),
        "cellc": ParagraphStyle("cellc", parent=base, fontSize=11, leading=13, alignment=TA_CENTER,
                                spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=fonts.BOLD, fontSize=11, leading=13,
                               alignment=TA_CENTER, spaceAfter=0),
        "sign": ParagraphStyle("sign", parent=base, fontName=fonts.BOLD, alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=base, fontName=fonts.ITALIC, fontSize=11, leading=14,
                               alignment=TA_CENTER),
    }


# -- heading block ----------------------------------------------------------------------------
class HeadingBlock(Flowable):
    """Left: superior body, AGENCY (bold, short rule), "Số: …". Right: motto, rule, place and date."""

    def __init__(self, heading: Heading, left_ratio: float = 0.42, subject: str | None = None,
                 issuer: bool = True):
        super().__init__()
        self.heading = heading
        self.left_ratio = left_ratio
        self.subject = subject          # "V/v …" under the number (công văn)
        self.issuer = issuer            # False: motto only (personal documents: cam kết)
        self.height = (36 if subject else 30) * mm

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.height

    def _centered(self, c, cx, y, value, font, size, rule=None):
        c.setFont(font, size)
        c.drawCentredString(cx, y, value)
        if rule:
            w = fonts.width(value, font, size) * rule
            c.setLineWidth(0.6)
            c.line(cx - w / 2, y - 4, cx + w / 2, y - 4)

    def _fitted(self, c, cx, y, value, font, column, rule=None) -> float:
        """Draw ``value`` centred within ``column`` points: 12 pt, down to 10 pt, else on two lines.
        Returns the baseline for the next line."""
        size = 12.0
        while size > 10 and fonts.width(value, font, size) > column:
            size -= 0.5
        lines = [value]
        if fonts.width(value, font, size) > column:
            lines = simpleSplit(value, font, size, column)
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            self._centered(c, cx, y, line, font, size, rule=rule if last else None)
            y -= 15
        return y

    def draw(self):
        c = self.canv
        h = self.heading
        top = self.height - 12
        left_cx = self.width * self.left_ratio / 2
        right_cx = self.width * self.left_ratio + self.width * (1 - self.left_ratio) / 2
        y = top
        if not self.issuer:
            right_cx = self.width / 2
            self._centered(c, right_cx, top, MOTTO, fonts.BOLD, 12)
            self._centered(c, right_cx, top - 15, MOTTO_2, fonts.BOLD, 13, rule=1.0)
            c.setFont(fonts.ITALIC, 13)
            c.drawRightString(self.width, top - 40, place_date(h.place, h.date))
            return
        column = self.width * self.left_ratio - 4 * mm  # keep a gap before the motto
        if h.superior_body:
            y = self._fitted(c, left_cx, y, text(h.superior_body).upper(), fonts.REGULAR, column)
        y = self._fitted(c, left_cx, y, text(h.agency).upper(), fonts.BOLD, column, rule=0.4) + 15
        number = text(h.number) if h.number else "…/…"
        if not number.lower().startswith("số"):
            number = f"Số: {number}"
        self._centered(c, left_cx, y - 22, number, fonts.REGULAR, 13)
        if self.subject:
            self._centered(c, left_cx, y - 38, text(self.subject), fonts.REGULAR, 12)
        self._centered(c, right_cx, top, MOTTO, fonts.BOLD, 12)
        self._centered(c, right_cx, top - 15, MOTTO_2, fonts.BOLD, 13, rule=1.0)
        self._centered(c, right_cx, top - 37, place_date(h.place, h.date), fonts.ITALIC, 13)


# -- footer -----------------------------------------------------------------------------------
class Footer(NamedTuple):
    basis: str
    chain: str
    demo: bool = False


def footer_lines(pack: RulePack, seal: AuditSeal, citation: str | None = None) -> Footer:
    basis = nfc(pack.legal_basis)
    if citation:
        basis = f"{basis}; mẫu: {nfc(citation)}"
    chain = f"Chuỗi nhật ký: {int(seal.row_count)} bản ghi, SHA-256 {seal.head_hash}"
    return Footer(basis, chain, bool(getattr(seal, "demo", False)))


DEMO_MARK = "SỔ MẪU"


def draw_demo_mark(c: Canvas, pagesize) -> None:
    """"SỔ MẪU" across the page (a demonstration registry's paper is never mistaken for a real one)."""
    c.saveState()
    c.setFillColorRGB(0.55, 0.55, 0.55)
    c.setFillAlpha(0.22)
    c.translate(pagesize[0] / 2, pagesize[1] / 2)
    c.rotate(35)
    size = min(pagesize) / 5
    c.setFont(fonts.BOLD, size)
    c.drawCentredString(0, -size / 3, DEMO_MARK)
    c.restoreState()


def draw_footer(c: Canvas, lines: Footer, page: int, total: int,
                pagesize, margins) -> None:
    left, right, _top, bottom = margins
    width = pagesize[0] - left - right
    basis, chain = lines[0], lines[1]
    if getattr(lines, "demo", False):
        draw_demo_mark(c, pagesize)
    page_text = f"Trang {page}/{total}"
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.setLineWidth(0.4)
    y = bottom - 5 * mm
    c.line(left, y + FOOTER_SIZE + 2, left + width, y + FOOTER_SIZE + 2)
    size = FOOTER_SIZE
    while size > 5 and fonts.width(basis, fonts.ITALIC, size) > width:
        size -= 0.25
    c.setFont(fonts.ITALIC, size)
    c.drawString(left, y, basis)
    c.setFont(fonts.REGULAR, FOOTER_SIZE)
    c.drawString(left, y - FOOTER_SIZE - 2, chain)
    c.drawRightString(left + width, y - FOOTER_SIZE - 2, page_text)
    c.restoreState()


def new_canvas(target, pagesize) -> Canvas:
    """A canvas whose initial font is the embedded one (no stray Helvetica resource)."""
    fonts.register()
    return Canvas(target, pagesize=pagesize, initialFontName=fonts.REGULAR, initialFontSize=10)


def _numbered_canvas(lines, pagesize, margins):
    class NumberedCanvas(Canvas):
        """Holds pages until the end so each footer can say "Trang x/y"."""

        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", fonts.REGULAR)
            kwargs.setdefault("initialFontSize", 10)
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, lines, number, total, pagesize, margins)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


@contextlib.contextmanager
def binary_streams():
    """Compressed streams without the ASCII85 layer while building: smaller and faster."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def build_document(pack: RulePack, story: Sequence[Flowable], seal: AuditSeal, *,
                   title: str, citation: str | None = None, landscape_page: bool = False,
                   out: BinaryIO | None = None) -> bytes:
    """Lay out ``story`` on A4 with the standard footer; returns the PDF (also written to ``out``)."""
    fonts.register()
    pagesize = landscape(A4) if landscape_page else A4
    margins = LANDSCAPE_MARGINS if landscape_page else PORTRAIT_MARGINS
    left, right, top, bottom = margins
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom + 8 * mm, title=nfc(title),
                          author="Sổ Mật", creator="Sổ Mật", subject=nfc(pack.legal_basis))
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    with binary_streams():
        doc.build(list(story), canvasmaker=_numbered_canvas(footer_lines(pack, seal, citation),
                                                            pagesize, margins))
    return deliver(buf, out)


def deliver(buf: io.BytesIO, out: BinaryIO | None) -> bytes:
    """The finished PDF: returned, and also written to ``out`` when the caller gave one."""
    data = buf.getvalue()
    if out is not None:
        out.write(data)
    return data
