"""The address book offers the names already written, once each, in Vietnamese order."""
import datetime as dt

import pytest

from app import textnorm
from app.models import Document
from app.services import address_book
from app.services.errors import ValidationError


def _doc(book, number, **values):
    return Document(book=book, year=2026, number=number, regime="2025", do_mat="mat", status="dang_quan_ly",
                    search_fold=textnorm.fold(str(number)), sort_key="", ngay_den=dt.date(2026, 1, number), **values)


@pytest.fixture
def registry(sessionmaker_):
    with sessionmaker_.begin() as s:
        s.add_all([
            _doc("den", 1, co_quan_ban_hanh="Ủy ban nhân dân tỉnh"),
            _doc("den", 2, co_quan_ban_hanh="Công an tỉnh Đồng Nai"),
            _doc("den", 3, co_quan_ban_hanh="Công an  tỉnh Đồng Nai "),  # extra spaces: the same name
            _doc("den", 4, co_quan_ban_hanh="công an tỉnh đồng nai"),  # case only: merged, most used spelling kept
            _doc("den", 5, co_quan_ban_hanh="Đảng ủy khối"),
            _doc("den", 6, co_quan_ban_hanh="Dân quân"),
            _doc("den", 7, co_quan_ban_hanh="Công an tỉnh Đồng Nai"),
            _doc("di", 1, nguoi_ky="Nguyễn Văn An", noi_nhan="- UBND tỉnh;\n- Công an tỉnh\nLưu: VT"),
            _doc("di", 2, nguoi_ky="Lê Thị Đào", noi_nhan="UBND tỉnh"),
        ])
    return sessionmaker_


def test_distinct_names_in_vietnamese_order(registry):
    with registry() as s:
        assert address_book.names(s, "co_quan_ban_hanh") == [
            "Công an tỉnh Đồng Nai", "Dân quân", "Đảng ủy khối", "Ủy ban nhân dân tỉnh"]
        assert address_book.names(s, "nguoi_ky") == ["Lê Thị Đào", "Nguyễn Văn An"]


def test_recipients_are_split_into_lines(registry):
    with registry() as s:
        assert address_book.names(s, "noi_nhan") == ["Công an tỉnh", "Lưu: VT", "UBND tỉnh"]


def test_values_are_nfc(registry):
    import unicodedata

    name = "Sở Nội vụ"
    with registry.begin() as s:  # an NFD spelling (pasted from another program)
        s.add(_doc("den", 8, co_quan_ban_hanh=unicodedata.normalize("NFD", name)))
    with registry() as s:
        found = [n for n in address_book.names(s, "co_quan_ban_hanh") if textnorm.fold(n) == "so noi vu"]
        assert found == [unicodedata.normalize("NFC", name)]
        assert unicodedata.normalize("NFD", name) != found[0]


def test_unknown_field_is_refused(registry):
    with registry() as s, pytest.raises(ValidationError):
        address_book.names(s, "trich_yeu")
