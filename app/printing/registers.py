"""Register books (sổ đăng ký đi / đến, sổ quản lý sao chụp, sổ chuyển giao) on A4 landscape.

Columns, their order, labels and relative widths come from the rule pack's form
(``pack.register(key)``), so a changed annex is a data change. The table is drawn straight on the
canvas (a first pass wraps every cell and paginates, a second draws) because a platypus table of
10,000 wrapped rows is several times slower. Each page repeats the column headings and the row of
column numbers "(1) (2) …", as paper registers have.

The law of each row's date: rows are grouped by the regime in force on their date (the form's
``date_key`` column, or a ``"_date"`` key holding a :class:`datetime.date`), and each run is printed on its
own regime's form with its own cover and căn cứ — a 2026 book prints rows up to 28/02 on the 2018 form
(TT 24/2020 Mẫu 14 for the sổ đi) and rows from 01/3 on the 2025 form.

Defence in depth: for a level whose summary is forbidden (Tuyệt mật under the 2025 regime) the
printer blanks the summary even if the caller passed one; the document type (``ten_loai``) stays.
A số, ký hiệu is never broken inside a code: the column's font shrinks to fit the widest code, and
only below the minimum size does a code wrap, after a "/" or "-".
"""
from __future__ import annotations

import io
import re
from typing import BinaryIO, Iterable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.printing import fonts
from app.printing.data import AuditSeal, RegisterCover, RegisterRow
from app.printing.layout import (LANDSCAPE_MARGINS, binary_streams, date_words, deliver, draw_footer,
                                 footer_lines, level_name, new_canvas, summary_allowed, text)
from app.printing.register_regimes import Segment, split_by_regime
from app.printing.wording import is_document_type, kind_and_summary
from app.rules.pack import RegisterForm, RulePack
from app.textnorm import fold, nfc

PAGE = landscape(A4)
SIZE = 10.0
LEAD = 12.0
PAD_X = 2.5
PAD_Y = 2.5
HEAD_SIZE = 10.0
NARROW = 8.0          # columns this narrow (pack width units) are centred
SUMMARY_KEY = "trich_yeu"
KIND_KEY = "ten_loai"
LEVEL_KEY = "do_mat"
CONSENT_KEY = "_summary_consent"   # 2018 Tuyệt mật: the classifier agreed to a summary
CODE_KEYS = ("so_ky_hieu",)      # columns holding codes: shrink to fit, never broken inside
MIN_CODE_SIZE = 6.5
_BREAK_AFTER = re.compile(r"(?<=[/\-])")


class _Wrapper:
    """Greedy word wrap with cached word widths (the hot loop of a 10,000-row register)."""

    def __init__(self, font: str, size: float):
        self.font, self.size = font, size
        self.cache: dict[str, float] = {}
        face = pdfmetrics.getFont(font).face
        self._chars, self._default = face.charWidths, face.defaultWidth
        self.space = self.width(" ")

    def width(self, word: str) -> float:
        w = self.cache.get(word)
        if w is None:
            g, dw = self._chars.get, self._default
            w = 0.001 * self.size * sum([g(ord(ch), dw) for ch in word])
            if len(self.cache) < 200_000:
                self.cache[word] = w
        return w

    def wrap(self, value: str, max_width: float) -> list[tuple[str, float]]:
        if not value:
            return []
        if "\n" not in value and len(value) < 200:
            w = self.width(value)
            if w <= max_width:
                return [(value, w)]
        lines: list[tuple[str, float]] = []
        for paragraph in value.split("\n"):
            words, cur_w = [], 0.0
            for word in paragraph.split():
                ww = self.width(word)
                if ww > max_width:              # a word wider than the column: break it
                    if words:
                        lines.append((" ".join(words), cur_w))
                    chunks = self._break(word, max_width)
                    lines.extend(chunks[:-1])
                    words, cur_w = [chunks[-1][0]], chunks[-1][1]
                    continue
                if not words:
                    words, cur_w = [word], ww
                elif cur_w + self.space + ww <= max_width:
                    words.append(word)
                    cur_w += self.space + ww
                else:
                    lines.append((" ".join(words), cur_w))
                    words, cur_w = [word], ww
            lines.append((" ".join(words), cur_w) if words else ("", 0.0))
        while lines and not lines[-1][0]:
            lines.pop()
        return lines

    def _break(self, word: str, max_width: float) -> list[tuple[str, float]]:
        """Break a word wider than the column after "/" or "-" (codes stay readable); a piece still
        too wide is cut by characters."""
        out, cur = [], ""
        for piece in [p for p in _BREAK_AFTER.split(word) if p]:
            if cur and self.width(cur + piece) > max_width:
                out.append((cur, self.width(cur)))
                cur = ""
            if self.width(piece) > max_width:
                for ch in piece:
                    if cur and self.width(cur + ch) > max_width:
                        out.append((cur, self.width(cur)))
                        cur = ""
                    cur += ch
            else:
                cur += piece
        out.append((cur, self.width(cur)))
        return out


class _RowFormatter:
    """Row dict -> printed cell texts, in form order; level look-ups cached per distinct value."""

    def __init__(self, pack: RulePack, form: RegisterForm):
        self.pack, self.form = pack, form
        self.levels: dict = {}
        # Combined columns ("Tên loại, số, ký hiệu, trích yếu tài liệu"): the summary is passed
        # separately as ``trich_yeu`` and appended only when the level allows it.
        self.combined = {c.key for c in form.columns
                         if c.key != SUMMARY_KEY and "trich yeu" in fold(c.label)}

    def __call__(self, row: RegisterRow) -> list[str]:
        level_value = row.get(LEVEL_KEY)
        consent = bool(row.get(CONSENT_KEY))
        known = self.levels.get((level_value, consent))
        if known is None:
            known = self.levels[(level_value, consent)] = (
                summary_allowed(self.pack, level_value, consent),
                level_name(self.pack, level_value) if level_value else "")
        allowed, printed_level = known
        values = []
        for col in self.form.columns:
            raw = row.get(col.key)
            value = nfc(str(raw)).strip() if raw not in (None, "") else ""
            if col.key == LEVEL_KEY and value:
                value = printed_level
            elif col.key == SUMMARY_KEY:
                kind = row.get(KIND_KEY)
                if kind not in (None, ""):
                    value = kind_and_summary(str(kind), value if allowed else "")
                else:
                    # without a separate type, keep the cell only if it is a bare document type
                    value = value if allowed or is_document_type(value) else ""
            elif col.key in self.combined:
                summary = nfc(str(row.get(SUMMARY_KEY) or "")).strip()
                if summary and allowed:
                    value = f"{value}. {summary}" if value else summary
            values.append(value)
        return values


def _column_geometry(form: RegisterForm, left: float, table_width: float):
    total = sum(c.width for c in form.columns)
    widths = [c.width * table_width / total for c in form.columns]
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    centred = [c.width <= NARROW for c in form.columns]
    return widths, xs, centred


def _paginate(cells_iter, body_h: float):
    """Split wrapped rows into pages; a row taller than a page continues on the next one."""
    pages, cur, avail = [], [], body_h
    for cells in cells_iter:
        h = max(1, max(len(c) for c in cells)) * LEAD + 2 * PAD_Y
        if h <= avail:
            cur.append((cells, h))
            avail -= h
            continue
        if h <= body_h:
            pages.append(cur)
            cur, avail = [(cells, h)], body_h - h
            continue
        while cells:
            fit = int((avail - 2 * PAD_Y) // LEAD)
            if fit < 1:
                pages.append(cur)
                cur, avail = [], body_h
                continue
            part = [c[:fit] for c in cells]
            rest = [c[fit:] for c in cells]
            ph = max(1, max(len(p) for p in part)) * LEAD + 2 * PAD_Y
            cur.append((part, ph))
            avail -= ph
            if any(rest):
                pages.append(cur)
                cur, avail, cells = [], body_h, rest
            else:
                cells = None
    if cur or not pages:
        pages.append(cur)
    return pages


def _draw_cover(c: Canvas, form: RegisterForm, cover: RegisterCover, note: str | None = None) -> None:
    w, h = PAGE
    left, right, top, _bottom = LANDSCAPE_MARGINS
    cx_left = left + 55 * mm
    y = h - top - 12
    if cover.superior_body:
        c.setFont(fonts.REGULAR, 13)
        c.drawCentredString(cx_left, y, text(cover.superior_body).upper())
        y -= 16
    agency = text(cover.agency).upper()
    c.setFont(fonts.BOLD, 13)
    c.drawCentredString(cx_left, y, agency)
    rule = fonts.width(agency, fonts.BOLD, 13) * 0.4
    c.setLineWidth(0.6)
    c.line(cx_left - rule / 2, y - 5, cx_left + rule / 2, y - 5)
    if form.template:
        c.setFont(fonts.ITALIC, 11)
        c.drawRightString(w - right, h - top - 12, nfc(form.template))
    cx = w / 2
    c.setFont(fonts.BOLD, 26)
    c.drawCentredString(cx, h * 0.62, nfc(form.title))
    c.setFont(fonts.BOLD, 20)
    c.drawCentredString(cx, h * 0.62 - 40, f"Năm {cover.year}")
    lines = [
        f"Bắt đầu sử dụng: {date_words(cover.start_date)}",
        f"Kết thúc: {date_words(cover.end_date)}",
        f"Từ số: {text(cover.first_number)}          Đến số: {text(cover.last_number)}",
        f"Quyển số: {text(cover.volume)}",
    ]
    c.setFont(fonts.REGULAR, 15)
    y = h * 0.62 - 100
    for line in lines:
        c.drawString(cx - 75 * mm, y, line)
        y -= 24
    if note:
        c.setFont(fonts.ITALIC, 12)
        c.drawCentredString(cx, y - 6, nfc(note))


def render_register(pack: RulePack, form: str | RegisterForm, cover: RegisterCover,
                    rows: Iterable[RegisterRow], seal: AuditSeal,
                    out: BinaryIO | None = None) -> bytes:
    """Cover page plus the ruled table of ``rows`` (dicts keyed by the form's column keys).

    ``form`` is a register key ("di", "den", "sao_chup", "chuyen_giao"): rows are then printed under
    the regime of their own date (``pack`` only for undated rows and an empty book), one cover and
    table per regime. A :class:`RegisterForm` prints every row on that form under ``pack``.
    Returns the PDF bytes (also written to ``out`` when given).
    """
    if isinstance(form, str):
        segments = split_by_regime(pack, form, cover, rows)
    else:
        segments = [Segment(pack, form, cover, list(rows))]
    with binary_streams():
        return _render(segments, cover, seal, out)


def _layout(seg: Segment):
    """Wrap every row of a segment and paginate; returns what the drawing pass needs."""
    form = seg.form
    w, h = PAGE
    left, right, top, bottom = LANDSCAPE_MARGINS
    table_w = w - left - right
    widths, xs, centred = _column_geometry(form, left, table_w)
    head = _Wrapper(fonts.BOLD, HEAD_SIZE)
    labels = [head.wrap(nfc(col.label), wd - 2 * PAD_X) for col, wd in zip(form.columns, widths)]
    label_h = max(len(x) for x in labels) * LEAD + 2 * PAD_Y
    number_h = LEAD + 2
    table_top = h - top - 8
    table_bottom = bottom + 8 * mm
    body_h = table_top - label_h - number_h - table_bottom
    inner = [wd - 2 * PAD_X for wd in widths]
    formatter = _RowFormatter(seg.pack, form)
    values = [formatter(row) for row in seg.rows]
    # Code columns: one size for the whole column, small enough for its widest code on one line.
    sizes = [SIZE] * len(form.columns)
    body = _Wrapper(fonts.REGULAR, SIZE)
    for i, col in enumerate(form.columns):
        if col.key in CODE_KEYS:
            widest = max((body.width(word) for v in values for word in v[i].split()), default=0)
            if widest > inner[i]:
                sizes[i] = max(MIN_CODE_SIZE, SIZE * inner[i] / widest * 0.98)
    wrappers = [body if sz == SIZE else _Wrapper(fonts.REGULAR, sz) for sz in sizes]
    cells = ([wr.wrap(v, iw) for v, iw, wr in zip(vals, inner, wrappers)] for vals in values)
    pages = _paginate(cells, body_h)
    return dict(widths=widths, xs=xs, centred=centred, labels=labels, label_h=label_h,
                number_h=number_h, table_top=table_top, table_w=table_w, pages=pages, sizes=sizes)


def _render(segments: list[Segment], cover: RegisterCover, seal, out) -> bytes:
    fonts.register()
    left = LANDSCAPE_MARGINS[0]
    layouts = [_layout(seg) for seg in segments]
    total = sum(len(lay["pages"]) + 1 for lay in layouts)
    buf = io.BytesIO()
    c = new_canvas(buf, PAGE)
    first = segments[0]
    c.setTitle(f"{nfc(first.form.title)} — {text(cover.agency)} — {cover.year}")
    c.setAuthor("Sổ Mật")
    c.setSubject("; ".join(dict.fromkeys(nfc(seg.pack.legal_basis) for seg in segments)))
    number = 0
    for seg, lay in zip(segments, layouts):
        form = seg.form
        lines = footer_lines(seg.pack, seal, form.citation)
        number += 1
        _draw_cover(c, form, seg.cover, seg.note)
        draw_footer(c, lines, number, total, PAGE, LANDSCAPE_MARGINS)
        c.showPage()
        running = f"{nfc(form.title)} — {text(cover.agency)} — Năm {cover.year}"
        volume = f"Quyển số: {text(cover.volume)}"
        widths, xs, centred = lay["widths"], lay["xs"], lay["centred"]
        table_top, label_h, number_h = lay["table_top"], lay["label_h"], lay["number_h"]
        table_w, sizes = lay["table_w"], lay["sizes"]
        for page_rows in lay["pages"]:
            number += 1
            c.setFont(fonts.ITALIC, 8)
            c.drawString(left, table_top + 4, running)
            c.drawRightString(left + table_w, table_top + 4, volume)
            _draw_header(c, lay["labels"], [f"({col.number})" for col in form.columns], xs, widths,
                         table_top, label_h, number_h)
            y = table_top - label_h - number_h
            t = c.beginText()
            t.setFont(fonts.REGULAR, SIZE)
            hlines = []
            for cells, rh in page_rows:
                base = y - PAD_Y - SIZE
                for i, cell in enumerate(cells):
                    if sizes[i] != SIZE:
                        t.setFont(fonts.REGULAR, sizes[i])
                    ly = base
                    for line, lw in cell:
                        x = xs[i] + (widths[i] - lw) / 2 if centred[i] else xs[i] + PAD_X
                        t.setTextOrigin(x, ly)
                        t.textLine(line)   # textLine: no width computation, unlike textOut
                        ly -= LEAD
                    if sizes[i] != SIZE:
                        t.setFont(fonts.REGULAR, SIZE)
                y -= rh
                hlines.append((left, y, left + table_w, y))
            c.drawText(t)
            c.setLineWidth(0.5)
            top_body = table_top - label_h - number_h
            c.lines(hlines + [(x, table_top, x, y) for x in xs] + [(left, top_body, left + table_w,
                                                                   top_body)])
            draw_footer(c, lines, number, total, PAGE, LANDSCAPE_MARGINS)
            c.showPage()
    c.save()
    return deliver(buf, out)


def _draw_header(c, labels, numbers, xs, widths, top, label_h, number_h) -> None:
    c.setLineWidth(0.8)
    left, right = xs[0], xs[-1]
    c.lines([(left, top, right, top), (left, top - label_h, right, top - label_h)])
    t = c.beginText()
    t.setFont(fonts.BOLD, HEAD_SIZE)
    for i, cell in enumerate(labels):
        block = len(cell) * LEAD
        ly = top - (label_h - block) / 2 - HEAD_SIZE + 1
        for line, lw in cell:
            t.setTextOrigin(xs[i] + (widths[i] - lw) / 2, ly)
            t.textOut(line)
            ly -= LEAD
    t.setFont(fonts.ITALIC, 9)
    y = top - label_h - number_h + 4
    for i, label in enumerate(numbers):
        t.setTextOrigin(xs[i] + (widths[i] - fonts.width(label, fonts.ITALIC, 9)) / 2, y)
        t.textOut(label)
    c.drawText(t)
