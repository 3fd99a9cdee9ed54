"""Envelopes (the delivery rules: NĐ 26/2020 Điều 4, then NĐ 63/2026 — the pack's ``envelopes``).

The outer envelope looks like ordinary mail — sender, number, recipient — plus only the letter the
rule prescribes (A / B / C): no level name, no recall mark, no label, no footer or audit hash. The
inner envelope (Tuyệt mật) carries the number, the recipient, the level, "TÀI LIỆU THU HỒI" with its
return date when the item must come back, and optionally "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ".
Each envelope is printed under the regime of its dispatch date. One page per face, DL size by default.
"""
from __future__ import annotations

import io
from typing import BinaryIO, Sequence

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.printing import fonts
from app.printing.data import AuditSeal, Dispatch
from app.printing.layout import binary_streams, deliver, new_canvas, resolve_level, text
from app.printing.stamps import draw_stamp, make_stamp
from app.rules.pack import RulePack, pack_for

DL = (220 * mm, 110 * mm)
C5 = (229 * mm, 162 * mm)
MARGINS = (10 * mm, 10 * mm, 8 * mm, 12 * mm)


def needs_inner(pack: RulePack, dispatch: Dispatch) -> bool:
    """Inner envelope: as the caller says, else the pack's ``envelopes.inner_levels``, else the
    highest level (Tuyệt mật)."""
    if dispatch.inner is not None:
        return dispatch.inner
    level = resolve_level(pack, dispatch.level)
    if level is None:
        raise KeyError(f"Độ mật không hợp lệ: {dispatch.level}")
    configured = pack.raw.get("envelopes", {}).get("inner_levels")
    if configured is not None:
        return level.code in configured
    return level.rank == max(lv.rank for lv in pack.levels)


def faces(pack: RulePack, dispatches: Sequence[Dispatch]) -> list[tuple[str, Dispatch]]:
    """("inner" | "outer", dispatch) in printing order: inner before outer for each item."""
    out = []
    for d in dispatches:
        if needs_inner(pack, d):
            out.append(("inner", d))
        out.append(("outer", d))
    return out


def _lines(c: Canvas, x: float, y: float, lines, font: str, size: float, width: float) -> float:
    c.setFont(font, size)
    for line in lines:
        for part in simpleSplit(line, font, size, width):
            c.drawString(x, y, part)
            y -= size * 1.25
    return y


def _outer(c: Canvas, pack: RulePack, d: Dispatch, inner: bool, page) -> None:
    w, h = page
    left, right, top, _ = MARGINS
    y = _lines(c, left, h - top - 12, [text(d.sender).upper()], fonts.BOLD, 12, 95 * mm)
    if d.sender_address:
        y = _lines(c, left, y, [text(d.sender_address)], fonts.REGULAR, 11, 95 * mm)
    _lines(c, left, y - 2, [f"Số: {text(d.number)}"], fonts.REGULAR, 12, 95 * mm)
    letter = make_stamp(pack, "letter", level=d.level)
    draw_stamp(c, pack, letter, left + 110 * mm, h - top - letter.height_mm * mm)
    x = w * 0.42
    y = _lines(c, x, h * 0.48, [f"Kính gửi: {text(d.recipient)}"], fonts.BOLD, 14,
               w - x - right)
    if d.recipient_address:
        _lines(c, x, y, [text(d.recipient_address)], fonts.REGULAR, 12, w - x - right)


def _inner(c: Canvas, pack: RulePack, d: Dispatch, page) -> None:
    w, h = page
    left, right, top, _ = MARGINS
    _lines(c, left, h - top - 12, [f"Số: {text(d.number)}"], fonts.REGULAR, 13, 80 * mm)
    level = make_stamp(pack, "do_mat", level=d.level)
    draw_stamp(c, pack, level, w - right - level.width_mm * mm, h - top - level.height_mm * mm)
    if d.only_named_may_open:
        boc = make_stamp(pack, "boc_bi")
        draw_stamp(c, pack, boc, w - right - boc.width_mm * mm, h - top - 12 * mm
                   - boc.height_mm * mm)
    if d.recall:
        draw_stamp(c, pack, make_stamp(pack, "thu_hoi", until=d.recall_by), left, 26 * mm)
    x = w * 0.30
    _lines(c, x, h * 0.48, [f"Gửi: {text(d.recipient)}"], fonts.BOLD, 14, w - x - right)


def render_envelopes(pack: RulePack, dispatches: Sequence[Dispatch], seal: AuditSeal,
                     page_size=DL, out: BinaryIO | None = None) -> bytes:
    """Every envelope face for ``dispatches`` (inner then outer), one page each. ``seal`` is accepted
    for a uniform printer signature; nothing of it is printed on an envelope."""
    fonts.register()
    buf = io.BytesIO()
    with binary_streams():
        c = new_canvas(buf, page_size)
        c.setTitle("Bì thư bí mật nhà nước")
        c.setAuthor("Sổ Mật")
        for d in dispatches:
            p = pack_for(d.sent_on, pack)
            for face, _ in faces(p, [d]):
                if face == "inner":
                    _inner(c, p, d, page_size)
                else:
                    _outer(c, p, d, needs_inner(p, d), page_size)
                c.showPage()
        c.save()
    return deliver(buf, out)
