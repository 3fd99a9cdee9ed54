"""Register books (sổ đăng ký đi / đến, sổ quản lý sao chụp, sổ chuyển giao) on A4 landscape.

Columns, their order, labels and relative widths come from the rule pack's form
(``pack.register(key)``), so a changed annex is a data change. The table is drawn straight on the
canvas (a first pass wraps every cell and paginates, a second draws) because a platypus table of
10,000 wrapped rows is several times slower. Each page repeats the column headings and the row of
column numbers "(1) (2) …", as paper registers have.

Defence in depth: for a level whose summary is forbidden (Tuyệt mật under the 2025 regime) the
printer blanks the ``trich_yeu`` column even if the caller passed one.
"""
from __future__ import annotations

import io
from typing import BinaryIO, Iterable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.printing import fonts
from app.printing.data import AuditSeal, RegisterCover, RegisterRow
from app.printing.layout import (LANDSCAPE_MARGINS, binary_streams, date_words, deliver, draw_footer,
                                 footer_lines, level_name, new_canvas, summary_allowed, text)
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
LEVEL_KEY = "do_mat"


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
        out, cur = [], ""
        for ch in word:
            if cur and self.width(cur + ch) > max_width:
                out.append((cur, self.width(cur)))
                cur = ""
            cur += ch
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
        known = self.levels.get(level_value)
        if known is None:
            known = self.levels[level_value] = (
                summary_allowed(self.pack, level_value),
                level_name(self.pack, level_value) if level_value else "")
        allowed, printed_level = known
        values = []
        for col in self.form.columns:
            raw = row.get(col.key)
            value = nfc(str(raw)).strip() if raw not in (None, "") else ""
            if col.key == LEVEL_KEY and value:
                value = printed_level
            elif col.key == SUMMARY_KEY:
                value = value if allowed else ""
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


def _draw_cover(c: Canvas, form: RegisterForm, cover: RegisterCover) -> None:
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


def render_register(pack: RulePack, form: str | RegisterForm, cover: RegisterCover,
                    rows: Iterable[RegisterRow], seal: AuditSeal,
                    out: BinaryIO | None = None) -> bytes:
    """Cover page plus the ruled table of ``rows`` (dicts keyed by the form's column keys).

    ``form`` is a register key of the pack ("di", "den", "sao_chup", "chuyen_giao") or a form.
    Returns the PDF bytes (also written to ``out`` when given).
    """
    with binary_streams():
        return _render(pack, form, cover, rows, seal, out)


def _render(pack, form, cover, rows, seal, out) -> bytes:
    fonts.register()
    if isinstance(form, str):
        form = pack.register(form)
    w, h = PAGE
    left, right, top, bottom = LANDSCAPE_MARGINS
    table_w = w - left - right
    widths, xs, centred = _column_geometry(form, left, table_w)
    body = _Wrapper(fonts.REGULAR, SIZE)
    head = _Wrapper(fonts.BOLD, HEAD_SIZE)
    labels = [head.wrap(nfc(col.label), wd - 2 * PAD_X) for col, wd in zip(form.columns, widths)]
    label_h = max(len(x) for x in labels) * LEAD + 2 * PAD_Y
    number_h = LEAD + 2
    table_top = h - top - 8
    table_bottom = bottom + 8 * mm
    body_h = table_top - label_h - number_h - table_bottom
    inner = [wd - 2 * PAD_X for wd in widths]

    formatter = _RowFormatter(pack, form)

    def wrapped():
        for row in rows:
            values = formatter(row)
            yield [body.wrap(v, iw) for v, iw in zip(values, inner)]

    pages = _paginate(wrapped(), body_h)
    total = len(pages) + 1
    lines = footer_lines(pack, seal, form.citation)
    buf = io.BytesIO()
    c = new_canvas(buf, PAGE)
    c.setTitle(f"{nfc(form.title)} — {text(cover.agency)} — {cover.year}")
    c.setAuthor("Sổ Mật")
    c.setSubject(nfc(pack.legal_basis))
    _draw_cover(c, form, cover)
    draw_footer(c, lines, 1, total, PAGE, LANDSCAPE_MARGINS)
    c.showPage()
    running = f"{nfc(form.title)} — {text(cover.agency)} — Năm {cover.year}"
    volume = f"Quyển số: {text(cover.volume)}"
    for number, page_rows in enumerate(pages, start=2):
        c.setFont(fonts.ITALIC, 8)
        c.drawString(left, table_top + 4, running)
        c.drawRightString(left + table_w, table_top + 4, volume)
        _draw_header(c, labels, [f"({col.number})" for col in form.columns], xs, widths,
                     table_top, label_h, number_h)
        y = table_top - label_h - number_h
        t = c.beginText()
        t.setFont(fonts.REGULAR, SIZE)
        hlines = []
        for cells, rh in page_rows:
            base = y - PAD_Y - SIZE
            for i, cell in enumerate(cells):
                ly = base
                for line, lw in cell:
                    x = xs[i] + (widths[i] - lw) / 2 if centred[i] else xs[i] + PAD_X
                    t.setTextOrigin(x, ly)
                    t.textLine(line)   # textLine: no width computation, unlike textOut
                    ly -= LEAD
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
