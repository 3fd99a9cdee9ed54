"""Cung cấp, chuyển giao: the authoriser's title is checked against the rule pack of the transfer's date,
by level and party; the logbook prints the title."""
import datetime as dt

import pytest

from app.rules import pack as get_pack
from app.services import documents as docs
from app.services import printing_adapters as adapt
from app.services import transfers
from app.services.errors import RuleViolation, ValidationError

D = dt.date


def _doc(session, actor, level="mat"):
    return docs.register_incoming(session, actor, docs.IncomingInput(
        do_mat=level, ngay_den=D(2025, 4, 1), co_quan_ban_hanh="Bộ Công an", so_ky_hieu="7/BCA", loai_van_ban="Công văn"))


def _give(session, actor, doc, party, day, **kw):
    return transfers.transfer(session, actor, doc.id, kind="cung_cap", party=party, recipient="Bên nhận",
                              request_ref="Công văn số 5/ĐN", transferred_on=day, **kw)


def test_the_pack_tables_follow_the_law_of_each_regime():
    old, new = get_pack("2018"), get_pack("2025")
    # domestic = the copy-authority table of that date (Điều 15), incl. the 2018 law as amended from 01/7/2025
    assert old.transfer_authorised_titles("toi_mat", "trong_nuoc", D(2025, 3, 1)) == \
        old.copy_authorised_titles("toi_mat", D(2025, 3, 1))
    assert "lanh_dao_huyen" in old.transfer_authorised_titles("mat", "trong_nuoc", D(2025, 6, 30))
    assert "lanh_dao_huyen" not in old.transfer_authorised_titles("mat", "trong_nuoc", D(2025, 7, 1))
    # foreign Tuyệt mật: only the state's top leaders (Thủ tướng under 2018; four leaders under 2025)
    assert old.transfer_authorised_titles("tuyet_mat", "nuoc_ngoai") == ("lanh_dao_nha_nuoc",)
    assert old.titles["lanh_dao_nha_nuoc"] == "Thủ tướng Chính phủ"
    assert "Tổng Bí thư" in new.titles["lanh_dao_nha_nuoc"]
    assert "lanh_dao_so" not in new.transfer_authorised_titles("mat", "nuoc_ngoai")
    for p, law in ((old, "29/2018/QH14"), (new, "117/2025/QH15")):
        for party in ("trong_nuoc", "nuoc_ngoai"):
            citation = p.transfer_authority(party)["citation"]
            assert law in citation and "Điều 1" in citation and "cần" not in citation


def test_authority_is_checked_by_level_party_and_date(session, actor, make_user):
    make_user("Nguyễn Thị Giám Đốc", title_code="lanh_dao_so", position="Giám đốc Sở Nội vụ")
    make_user("Lê Văn Trưởng Phòng", title_code="truong_phong", position="Trưởng phòng Nội chính")
    mat, toi = _doc(session, actor), _doc(session, actor, "toi_mat")
    # a head of department may authorise a domestic Mật or Tối mật transfer
    t = _give(session, actor, toi, "trong_nuoc", D(2025, 5, 2), authorised_by="Nguyễn Thị Giám Đốc")
    assert t.authoriser_title == "lanh_dao_so"
    # a head of section: Mật only
    _give(session, actor, mat, "trong_nuoc", D(2025, 5, 3), authorised_by="Lê Văn Trưởng Phòng")
    with pytest.raises(RuleViolation) as e:
        _give(session, actor, toi, "trong_nuoc", D(2025, 5, 4), authorised_by="Lê Văn Trưởng Phòng")
    assert e.value.field == "authorised_by"
    assert "độ Tối mật" in e.value.message and "Điều 15 Luật Bảo vệ bí mật nhà nước số 29/2018/QH14" in e.value.message
    # foreign: not a provincial department head, under either law
    for day in (D(2025, 5, 5), D(2026, 3, 5)):
        with pytest.raises(RuleViolation) as e:
            _give(session, actor, mat, "nuoc_ngoai", day, authorised_by="Nguyễn Thị Giám Đốc")
        assert "nước ngoài" in e.value.message and "Khoản 1 Điều 16" in e.value.message
    t = _give(session, actor, mat, "nuoc_ngoai", D(2026, 3, 5), authorised_by="Đỗ Văn Mẫu",
              authoriser_title="lanh_dao_tinh")
    assert t.regime == "2025" and t.authoriser_title == "lanh_dao_tinh"


def test_the_authoriser_and_a_known_title_are_required(session, actor):
    mat = _doc(session, actor)
    with pytest.raises(RuleViolation) as e:
        _give(session, actor, mat, "trong_nuoc", D(2025, 5, 2))
    assert e.value.field == "authorised_by"
    with pytest.raises(RuleViolation) as e:   # a free name that is nobody in the registry, no title given
        _give(session, actor, mat, "trong_nuoc", D(2025, 5, 2), authorised_by="Ông Không Rõ")
    assert e.value.field == "authoriser_title" and "Ông Không Rõ" in e.value.message
    with pytest.raises(ValidationError):
        _give(session, actor, mat, "trong_nuoc", D(2025, 5, 2), authorised_by="Ông X", authoriser_title="vua")


def test_the_logbook_row_names_the_authoriser_by_title(session, actor, make_user):
    make_user("Nguyễn Thị Giám Đốc", title_code="lanh_dao_so", position="Giám đốc Sở Nội vụ")
    mat = _doc(session, actor)
    t1 = _give(session, actor, mat, "trong_nuoc", D(2025, 5, 2), authorised_by="Nguyễn Thị Giám Đốc")
    t2 = _give(session, actor, mat, "trong_nuoc", D(2025, 5, 3), authorised_by="Trần Văn Khách",
               authoriser_title="lanh_dao_so")
    assert adapt.transfer_row(t1)["nguoi_cho_phep"] == "Giám đốc Sở Nội vụ Nguyễn Thị Giám Đốc"
    assert adapt.transfer_row(t2)["nguoi_cho_phep"] == \
        "Trần Văn Khách (Người đứng đầu sở, ban, ngành cấp tỉnh và tương đương)"
