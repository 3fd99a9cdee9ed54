"""Which regime prints which rows of a register: each row under the law of its own date.

A book year that spans a regime change (01/3/2026) is printed as consecutive runs, each on its own
regime's form with its own cover (dates and numbers of that run) and căn cứ.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Iterable

from app.printing.data import RegisterCover, RegisterRow
from app.printing.layout import date_words
from app.rules.pack import RegisterForm, RulePack, pack_for

DATE_KEY = "_date"                 # optional row key: the row's date as a datetime.date
NUMBER_KEYS = ("so_thu_tu", "so_den")
SUPPLEMENT_KEY = "_ghi_bo_sung"   # optional row key: the stored "ghi bổ sung" choice of a late entry
SUPPLEMENT = "Ghi bổ sung"


def flag_supplement(row: RegisterRow) -> dict:
    """The row with "Ghi bổ sung" added to its Ghi chú (once)."""
    note = str(row.get("ghi_chu") or "").strip()
    if SUPPLEMENT.lower() in note.lower():
        return dict(row)
    return {**row, "ghi_chu": f"{SUPPLEMENT}; {note}" if note else SUPPLEMENT}


def _parse_day(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", str(value or ""))
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def row_day(row: RegisterRow, date_key: str | None) -> dt.date | None:
    """The date that decides a row's regime: ``"_date"`` if given, else the form's date column."""
    return _parse_day(row.get(DATE_KEY)) or (_parse_day(row.get(date_key)) if date_key else None)


@dataclasses.dataclass
class Segment:
    """The rows of one regime, in book order, printed on its own form with its own cover and căn cứ."""
    pack: RulePack
    form: RegisterForm
    cover: RegisterCover
    rows: list
    note: str | None = None


def _number(row: RegisterRow):
    for key in NUMBER_KEYS:
        if row.get(key) not in (None, ""):
            return row[key]
    m = re.match(r"\s*(\d+)", str(row.get("so_ky_hieu") or ""))
    return m.group(1) if m else None


def split_by_regime(pack: RulePack, key: str, cover: RegisterCover,
                    rows: Iterable[RegisterRow]) -> list[Segment]:
    """Group ``rows`` (in book order) by the regime of their date, oldest regime first, each group
    keeping the book order, with a cover per group. A row stored as "ghi bổ sung" (``_ghi_bo_sung``: the
    clerk's explicit choice for a late entry, or an imported late row) prints "Ghi bổ sung" in its Ghi
    chú; the printer never guesses it from the dates."""
    date_key = pack.register(key).date_key
    groups: dict[str, tuple[RulePack, list]] = {}
    current = None
    for row in rows:
        day = row_day(row, date_key)
        p = pack_for(day, pack) if day else (current or pack_for(cover.start_date, pack))
        if row.get(SUPPLEMENT_KEY):
            row = flag_supplement(row)
        groups.setdefault(p.id, (p, []))[1].append(row)
        current = p
    runs = sorted(groups.values(), key=lambda g: g[0].effective_from)
    if not runs:
        p = pack_for(cover.start_date, pack)
        return [Segment(p, p.register(key), cover, [])]
    if len(runs) == 1:
        p, run = runs[0]
        return [Segment(p, p.register(key), cover, run)]
    out = []
    for i, (p, run) in enumerate(runs):
        first, last = i == 0, i == len(runs) - 1
        start = cover.start_date if first else p.effective_from
        end = cover.end_date if last else (p.effective_to or runs[i + 1][0].effective_from)
        days = [d for d in (row_day(r, date_key) for r in run) if d is not None]
        if days and (start is None or min(days) < start):
            start = min(days)   # a ghi bổ sung row dated before the book was opened: the part starts there
        note = None
        if not first:
            prev = runs[i - 1][0]
            until = prev.effective_to.strftime("%d/%m/%Y") if prev.effective_to else "…"
            numbering = ("số thứ tự bắt đầu lại từ 1" if p.numbering_restarts
                         else "số thứ tự tiếp theo phần trước")
            note = (f"Ghi theo mẫu sổ của chế độ mới từ {date_words(p.effective_from)}; phần trước "
                    f"(đến {until}) ghi theo mẫu cũ; {numbering}.")
        part = dataclasses.replace(cover, start_date=start, end_date=end,
                                   first_number=_number(run[0]), last_number=_number(run[-1]))
        out.append(Segment(p, p.register(key), part, run, note))
    return out


