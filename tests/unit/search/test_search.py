import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from app import textnorm
from app.models import Document
from app.models.search_index import SEARCH_INTEGRITY_CHECK, SEARCH_REBUILD
from app.services import search
from app.services.errors import ValidationError


def _doc(book, number, *, year=2026, regime="2025", do_mat="mat", so_ky_hieu=None, co_quan=None,
         trich_yeu=None, status="dang_quan_ly", **extra):
    """A row as the service layer writes it (search_fold / sort_key filled like documents.py does)."""
    fold = textnorm.fold(" ".join(str(x) for x in (number, so_ky_hieu, co_quan, trich_yeu) if x))
    return Document(book=book, year=year, number=number, regime=regime, do_mat=do_mat, so_ky_hieu=so_ky_hieu,
                    co_quan_ban_hanh=co_quan, trich_yeu=trich_yeu, status=status, search_fold=fold,
                    sort_key=textnorm.sort_key_str(trich_yeu or so_ky_hieu or ""), **extra)


@pytest.fixture
def registry(sessionmaker_):
    with sessionmaker_.begin() as s:
        s.add_all([
            _doc("den", 1, so_ky_hieu="12/UBND-VP", co_quan="UBND xã Long Thành",
                 trich_yeu="Về việc triển khai nghị quyết của Đảng ủy", ngay_den=dt.date(2026, 3, 2)),
            _doc("den", 2, so_ky_hieu="45/BC-CAT", co_quan="Công an tỉnh Đồng Nai",
                 trich_yeu="Báo cáo tình hình an ninh", do_mat="toi_mat"),
            _doc("den", 3, so_ky_hieu="7/KH-ĐU", co_quan="Đảng ủy phường Trảng Dài", do_mat="tuyet_mat"),
            _doc("den", 4, so_ky_hieu="88/QĐ-UBND", co_quan="UBND tỉnh", trich_yeu="Ăn uống hội nghị Đảng ủy"),
            _doc("den", 5, so_ky_hieu="9/CV", trich_yeu="Đảng ủy khối cơ quan", year=2025, regime="2018",
                 do_mat="tuyet_mat"),
            _doc("den", 6, so_ky_hieu="10/CV", trich_yeu="Dân số và kế hoạch hóa", status="da_giai_mat"),
            _doc("di", 1, so_ky_hieu="1/BC-VP", trich_yeu="Báo cáo Đảng ủy", nguoi_ky="Nguyễn Văn A"),
        ])
    return sessionmaker_


def test_fold_query_finds_dang_uy_ignoring_case_and_diacritics(registry):
    with registry() as s:
        for q in ("dang uy", "ĐẢNG ỦY", "Dang Uy", "đảng ủy", "dang u"):
            nums = {r.number for r in search.search_documents(s, "den", q)}
            assert nums == {1, 3, 4, 5}, q
        # phrase: "uy dang" is not "dang uy"
        assert search.count_documents(s, "den", "uy dang") == 0
        # the other book is separate
        assert [r.number for r in search.search_documents(s, "di", "dang uy")] == [1]


def test_vietnamese_order_when_searching_and_newest_first_when_browsing(registry):
    with registry() as s:
        rows = search.search_documents(s, "den", "dang uy")
        # sort_key: Ăn… < Đảng… < Về… ; the Tuyệt mật 2025 row (no summary) sorts by its ký hiệu "7/KH-ĐU"
        assert [r.number for r in rows] == [3, 4, 5, 1]
        ids = search.document_ids(s, "den")
        numbers = [r.number for r in search.rows_for_ids(s, ids)]
        assert numbers == [6, 4, 3, 2, 1, 5]  # year desc, number desc


def test_vietnamese_order_of_letters(sessionmaker_):
    words = ["Đông", "Dung", "Ân", "Anh", "Ưu", "Uyên", "Bắc", "Ă"]
    with sessionmaker_.begin() as s:
        s.add_all([_doc("di", i + 1, trich_yeu=f"{w} kế hoạch") for i, w in enumerate(words)])
    with sessionmaker_() as s:
        rows = search.search_documents(s, "di", "ke hoach")
        assert [r.trich_yeu.split()[0] for r in rows] == ["Anh", "Ă", "Ân", "Bắc", "Dung", "Đông", "Uyên", "Ưu"]


def test_ky_hieu_fragments_and_numbers(registry):
    with registry() as s:
        assert [r.number for r in search.search_documents(s, "den", "12/UBND")] == [1]
        assert [r.number for r in search.search_documents(s, "den", "12/ubnd-v")] == [1]
        assert {r.number for r in search.search_documents(s, "den", "UBND")} == {1, 4}
        assert [r.number for r in search.search_documents(s, "den", "QĐ-UBND")] == [4]
        assert [r.number for r in search.search_documents(s, "den", "kh-đu")] == [3]
        # digits find the số đến even when it is not in the text, plus ký hiệu starting with them
        assert {r.number for r in search.search_documents(s, "den", "4")} == {2, 4}


def test_filters_count_and_paging(registry):
    with registry() as s:
        assert search.count_documents(s, "den") == 6
        assert search.count_documents(s, "den", year=2025) == 1
        assert search.count_documents(s, "den", level="TỐI MẬT") == 1
        assert search.count_documents(s, "den", level="A") == 2
        assert search.count_documents(s, "den", status="da_giai_mat") == 1
        assert search.count_documents(s, "den", "dang uy", level="tuyet_mat") == 2
        page = search.search_documents(s, "den", offset=2, limit=2)
        assert [r.number for r in page] == [3, 2]
        assert search.count_documents(s, "den", "  ,; ") == 6  # nothing to search → browsing
        with pytest.raises(ValidationError):
            search.count_documents(s, "xx")
        with pytest.raises(ValidationError):
            search.count_documents(s, "den", level="rất mật")


def test_rows_for_ids_keeps_order_and_hides_tuyet_mat_summary_under_2025(registry):
    with registry.begin() as s:
        # a summary that slipped in (the DB trigger is dropped, as an attacker with the key could)
        s.execute(text("DROP TRIGGER document_summary_forbidden_update"))
        s.execute(text("UPDATE document SET trich_yeu = 'Bí mật' WHERE book='den' AND number=3"))
    with registry() as s:
        ids = search.document_ids(s, "den", "dang uy")
        rows = search.rows_for_ids(s, list(reversed(ids)) + [999999])
        assert [r.id for r in rows] == list(reversed(ids))
        by_number = {r.number: r for r in rows}
        assert by_number[3].trich_yeu is None and by_number[3].summary_hidden
        assert by_number[5].trich_yeu == "Đảng ủy khối cơ quan"  # 2018 regime kept summaries
        assert by_number[5].do_mat_label == "Tuyệt mật"
        assert by_number[1].ngay == dt.date(2026, 3, 2) and by_number[1].so_den == 1
        with pytest.raises(dataclasses.FrozenInstanceError):
            by_number[1].number = 2  # frozen


def test_index_follows_updates_and_rebuild(registry):
    with registry.begin() as s:
        doc = s.query(Document).filter_by(book="den", number=2).one()
        doc.search_fold = textnorm.fold("2 Kế hoạch phòng cháy")
    with registry() as s:
        assert [r.number for r in search.search_documents(s, "den", "phong chay")] == [2]
        assert search.count_documents(s, "den", "tinh hinh an ninh") == 0
    with registry.begin() as s:
        s.execute(text(SEARCH_REBUILD))
        s.execute(text(SEARCH_INTEGRITY_CHECK))
    with registry() as s:
        assert [r.number for r in search.search_documents(s, "den", "phong chay")] == [2]


def test_parse_level():
    assert search.parse_level("Tuyệt mật") == "tuyet_mat"
    assert search.parse_level("TỐI MẬT") == "toi_mat"
    assert search.parse_level("mat") == "mat"
    assert search.parse_level(" b ") == "toi_mat"
    assert search.parse_level("C") == "mat"
    assert search.parse_level("Thường") is None


def test_fts_query_is_safe():
    assert search.fts_query('dang" OR x*') == '"dang or x"*'
    assert search.fts_query("  ") is None
