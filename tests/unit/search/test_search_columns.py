"""Register views sorted by a column (số, ngày, độ mật, Vietnamese order of text) and filtered by a date
range, cơ quan ban hành and người ký — on a real SQLCipher registry through the search service."""
import datetime as dt

import pytest

from app import textnorm
from app.models import Document
from app.services import search
from app.services.errors import ValidationError

D = dt.date


def _doc(book, number, *, year=2026, do_mat="mat", so_ky_hieu=None, co_quan=None, trich_yeu=None, **extra):
    fold = textnorm.fold(" ".join(str(x) for x in (number, so_ky_hieu, co_quan, trich_yeu) if x))
    return Document(book=book, year=year, number=number, regime="2025", do_mat=do_mat, so_ky_hieu=so_ky_hieu,
                    co_quan_ban_hanh=co_quan, trich_yeu=trich_yeu, status="dang_quan_ly", search_fold=fold,
                    sort_key=textnorm.sort_key_str(trich_yeu or so_ky_hieu or ""), **extra)


@pytest.fixture
def registry(sessionmaker_):
    with sessionmaker_.begin() as s:
        s.add_all([
            _doc("den", 1, co_quan="Ủy ban nhân dân tỉnh", ngay_den=D(2026, 3, 2), so_ky_hieu="12/UBND"),
            _doc("den", 2, co_quan="Công an tỉnh Đồng Nai", ngay_den=D(2026, 1, 15), do_mat="tuyet_mat"),
            _doc("den", 3, co_quan="Đảng ủy phường Trảng Dài", ngay_den=D(2026, 2, 20), do_mat="toi_mat"),
            _doc("den", 4, co_quan="Ban chỉ huy quân sự", ngay_den=None),
            _doc("den", 5, co_quan="Dân quân tự vệ", ngay_den=D(2026, 2, 1)),
            _doc("den", 1, year=2025, co_quan="Công an xã", ngay_den=D(2025, 12, 30)),
            _doc("di", 1, nguoi_ky="Nguyễn Văn Ánh", ngay_van_ban=D(2026, 3, 1)),
            _doc("di", 2, nguoi_ky="Lê Thị Đào", ngay_van_ban=D(2026, 3, 5)),
            _doc("di", 3, nguoi_ky="Nguyễn Văn An", ngay_van_ban=D(2026, 2, 5)),
        ])
    return sessionmaker_


def _numbers(s, book, **kw):
    return [(r.year, r.number) for r in search.rows_for_ids(s, search.document_ids(s, book, **kw))]


def test_sort_by_number_and_by_date(registry):
    with registry() as s:
        assert _numbers(s, "den", sort="so_den") == [(2025, 1), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5)]
        assert _numbers(s, "den", sort="so_den", descending=True)[0] == (2026, 5)
        # ngày đến ascending, the row without a date last
        assert _numbers(s, "den", sort="ngay_den") == [(2025, 1), (2026, 2), (2026, 5), (2026, 3), (2026, 1), (2026, 4)]
        assert _numbers(s, "den", sort="ngay_den", descending=True)[:2] == [(2026, 1), (2026, 3)]
        assert [r.number for r in search.rows_for_ids(s, search.document_ids(s, "di", sort="ngay_thang"))] == [3, 1, 2]


def test_sort_by_level_rank(registry):
    with registry() as s:
        rows = search.rows_for_ids(s, search.document_ids(s, "den", sort="do_mat", descending=True))
        assert [r.do_mat for r in rows][:2] == ["tuyet_mat", "toi_mat"]
        rows = search.rows_for_ids(s, search.document_ids(s, "den", sort="do_mat"))
        assert [r.do_mat for r in rows][-2:] == ["toi_mat", "tuyet_mat"]


def test_text_columns_sort_in_vietnamese_order(registry):
    with registry() as s:
        rows = search.rows_for_ids(s, search.document_ids(s, "den", sort="co_quan_ban_hanh"))
        # B < C < D < Đ < U (Ủ): đ after d, not after z or mixed with d as a byte sort would
        assert [r.co_quan_ban_hanh for r in rows] == [
            "Ban chỉ huy quân sự", "Công an tỉnh Đồng Nai", "Công an xã", "Dân quân tự vệ",
            "Đảng ủy phường Trảng Dài", "Ủy ban nhân dân tỉnh"]
        signers = [r.nguoi_ky for r in search.rows_for_ids(s, search.document_ids(s, "di", sort="nguoi_ky",
                                                                                      descending=True))]
        assert signers == ["Nguyễn Văn Ánh", "Nguyễn Văn An", "Lê Thị Đào"]


def test_filters_date_range_issuer_signer(registry):
    with registry() as s:
        assert sorted(_numbers(s, "den", date_from=D(2026, 2, 1), date_to=D(2026, 2, 28))) == [(2026, 3), (2026, 5)]
        assert search.count_documents(s, "den", date_from=D(2026, 1, 1)) == 4
        assert sorted(_numbers(s, "den", issuer="cong an")) == [(2025, 1), (2026, 2)]
        assert _numbers(s, "den", issuer="CÔNG AN tỉnh", year=2026) == [(2026, 2)]
        assert search.count_documents(s, "den", issuer="dang uy") == 1
        assert sorted(r.number for r in search.rows_for_ids(s, search.document_ids(s, "di", signer="nguyen van"))) == [1, 3]
        page = search.search_documents(s, "di", signer="nguyen", sort="ngay_thang", limit=1)
        assert [r.number for r in page] == [3]


def test_bad_sort_or_range_is_a_clear_error(registry):
    with registry() as s:
        with pytest.raises(ValidationError, match="sắp xếp"):
            search.document_ids(s, "den", sort="id; DROP TABLE document")
        with pytest.raises(ValidationError, match="Khoảng ngày"):
            search.document_ids(s, "den", date_from=D(2026, 3, 1), date_to=D(2026, 1, 1))
