"""Highlight of the searched words in the register table.

``match_spans(text, query)`` finds the query's words in ``text`` the way the search does — ignoring case and
diacritics, đ = d (``textnorm.fold``) — and returns ``(start, length)`` spans of the original text.
``HighlightDelegate`` paints those spans with a marker colour under the cell text (elided as usual)."""
from __future__ import annotations

import re

from app import textnorm
from app.ui.qt import QColor, QPalette, QStyle, QStyledItemDelegate, Qt

HIGHLIGHT = QColor("#ffd54f")
_TOKEN = re.compile(r"[^\W_]+")


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded one character at a time, and for each folded character its index in ``text``."""
    out, where = [], []
    for i, ch in enumerate(text):
        f = textnorm.fold(ch) if not ch.isspace() else " "
        for c in f or "":
            out.append(c)
            where.append(i)
    return "".join(out), where


def match_spans(text: str | None, query: str | None) -> list[tuple[int, int]]:
    """Spans of ``text`` matching a word of ``query``: whole words, the last one also as the start of a
    word (like the search, where "12/UBND" finds "12/UBND-VP")."""
    if not text or not query:
        return []
    words = _TOKEN.findall(textnorm.fold(query))
    if not words:
        return []
    folded, where = _folded_with_map(text)
    spans: set[tuple[int, int]] = set()
    for n, word in enumerate(words):
        tail = "" if n == len(words) - 1 else r"(?![^\W_])"  # whole words; the last one may be a prefix
        for m in re.finditer(r"(?<![^\W_])" + re.escape(word) + tail, folded):
            start, end = where[m.start()], where[m.end() - 1] + 1
            spans.add((start, end - start))
    merged: list[tuple[int, int]] = []
    for start, length in sorted(spans):
        if merged and start <= merged[-1][0] + merged[-1][1]:
            s0, l0 = merged[-1]
            merged[-1] = (s0, max(s0 + l0, start + length) - s0)
        else:
            merged.append((start, length))
    return merged


class HighlightDelegate(QStyledItemDelegate):
    """Paints the cells of a table with the words of ``query()`` marked."""

    def __init__(self, query, parent=None):
        super().__init__(parent)
        self._query = query

    def paint(self, painter, option, index) -> None:
        text = index.data(Qt.DisplayRole)
        spans = match_spans(text, self._query()) if isinstance(text, str) else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = option.__class__(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, widget)
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, opt.textElideMode, rect.width() - 6)
        opt.text = ""
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)  # background, selection, focus
        painter.save()
        painter.setClipRect(rect)
        visible = len(shown) if not shown.endswith("…") else len(shown) - 1
        color = index.data(Qt.ForegroundRole)
        if opt.state & QStyle.State_Selected:
            painter.setPen(opt.palette.color(QPalette.HighlightedText))
        else:
            painter.setPen(color.color() if color is not None else opt.palette.color(QPalette.Text))
        text_rect = rect.adjusted(3, 0, -3, 0)
        painter.drawText(text_rect, int(Qt.AlignVCenter | Qt.AlignLeft), shown)
        painter.setPen(QColor("#000000"))  # marked words: black on the marker, in every theme
        for start, length in spans:
            if start >= visible:
                continue
            end = min(start + length, visible)
            left = text_rect.left() + metrics.horizontalAdvance(shown[:start])
            width = metrics.horizontalAdvance(shown[start:end])
            painter.fillRect(left, rect.top() + 2, width, rect.height() - 4, HIGHLIGHT)
            painter.drawText(text_rect.adjusted(left - text_rect.left(), 0, 0, 0), int(Qt.AlignVCenter | Qt.AlignLeft),
                             shown[start:end])
        painter.restore()
