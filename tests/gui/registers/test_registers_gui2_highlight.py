"""Comfort: the searched words are marked in the register's rows (folded match: "dang uy" marks "Đảng ủy")."""
import datetime as dt

from app.services import documents
from app.ui.models.highlight import HIGHLIGHT, match_spans
from app.ui.pages.registers_page import IncomingPage
from tests.gui.keys import type_text


def test_spans_ignore_case_and_diacritics():
    text = "Về việc triển khai nghị quyết của Đảng ủy"
    spans = match_spans(text, "dang uy")
    assert [text[s:s + n] for s, n in spans] == ["Đảng", "ủy"]
    code = "12/UBND-VP"
    assert [code[s:s + n] for s, n in match_spans(code, "12/ubnd")] == ["12", "UBND"]
    assert match_spans("Báo cáo", "") == [] and match_spans(None, "x") == []
    assert [text[s:s + n] for s, n in match_spans(text, "quy")] == ["quy"]  # the last word as a prefix
    # a word before the last is a whole word: "uy" marks "ủy", not the "uy" inside "quyết"
    assert [text[s:s + n] for s, n in match_spans(text, "uy dang")] == ["Đảng", "ủy"]


def _marked_pixels(table, rect) -> int:
    image = table.viewport().grab(rect).toImage()
    target = HIGHLIGHT.rgb()
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == target)


def test_search_marks_the_words_in_the_table(qtbot, ctx, registry):
    with registry.begin() as s:
        for i, summary in enumerate(["Kế hoạch của Đảng ủy", "Báo cáo tình hình"]):
            documents.register_incoming(s, registry.actor, documents.IncomingInput(
                ngay_den=dt.date(2026, 3, 1 + i), co_quan_ban_hanh="UBND tỉnh", so_ky_hieu=f"{i}/CV",
                loai_van_ban="Công văn", trich_yeu=summary, do_mat="mat"))
    page = IncomingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    column = page.model.keys.index("trich_yeu")
    qtbot.waitUntil(lambda: page.model.is_loaded(0))
    before = _marked_pixels(page.table, page.table.visualRect(page.model.index(1, column)))
    assert before == 0
    type_text(page.search, "dang uy")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.model.is_loaded(0))
    page.table.viewport().repaint()
    cell = page.table.visualRect(page.model.index(0, column))
    assert _marked_pixels(page.table, cell) > 50
    other = page.table.visualRect(page.model.index(0, page.model.keys.index("so_den")))
    assert _marked_pixels(page.table, other) == 0
