import datetime as dt

import pytest

from app.services import documents as docs
from app.services import lifecycle
from app.services.errors import RuleViolation, ValidationError

D = dt.date


def _doc(session, actor, level="toi_mat", day=D(2025, 5, 1), **kw):
    return docs.register_outgoing(session, actor, docs.OutgoingInput(
        do_mat=level, so_ky_hieu="5/BC", ngay_van_ban=day, loai_van_ban="Báo cáo", **kw))


def test_copy_authority_by_title_and_regime(session, actor, make_user, item):
    xa = make_user("Chủ tịch UBND xã", role="lanh_dao", title_code="lanh_dao_xa")
    huyen = make_user("Chủ tịch huyện", role="lanh_dao", title_code="lanh_dao_huyen")
    d = _doc(session, actor)
    # 2018: commune leaders may not permit Tối mật; district leaders may
    with pytest.raises(RuleViolation) as e:
        lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2025, 6, 1), quantity=2,
                              authorised_by_id=xa.id, copied_by="Văn thư")
    assert e.value.field == "authorised_by_id" and "Bí thư Huyện ủy" in e.value.message
    lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2025, 6, 1), quantity=2,
                          authorised_by_id=huyen.id, copied_by="Văn thư")
    # 2025: commune leaders may; districts are gone
    lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2026, 3, 2), quantity=1,
                          authorised_by_id=xa.id, copied_by="Văn thư")
    with pytest.raises(RuleViolation):
        lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2026, 3, 2), quantity=1,
                              authorised_by_id=huyen.id, copied_by="Văn thư")
    nobody = make_user("Chuyên viên", title_code=None)
    with pytest.raises(RuleViolation):
        lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2026, 3, 2), quantity=1,
                              authorised_by_id=nobody.id, copied_by="Văn thư")


def test_copy_numbers_continue_logbook_yearly_spoiled_destroyed(session, actor, make_user):
    boss = make_user("Giám đốc Sở", role="lanh_dao", title_code="lanh_dao_so")
    d = _doc(session, actor)
    other = _doc(session, actor, level="mat")
    a = lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2025, 6, 1), quantity=3,
                              authorised_by_id=boss.id, copied_by="VT", spoiled_count=1)
    b = lifecycle.record_copy(session, actor, d.id, form="chup", copied_on=D(2025, 12, 30), quantity=2,
                              authorised_by_id=boss.id, copied_by="VT")
    c = lifecycle.record_copy(session, actor, other.id, form="sao_luc", copied_on=D(2026, 1, 2), quantity=1,
                              authorised_by_id=boss.id, copied_by="VT")
    assert (a.first_copy_no, a.last_copy_no, b.first_copy_no, b.last_copy_no) == (1, 3, 4, 5)
    assert (a.number, b.number, c.number) == (1, 2, 1) and c.first_copy_no == 1
    assert a.spoiled_count == 1 and a.spoiled_destroyed and a.level == "toi_mat" and a.regime == "2018"
    assert a.authoriser_title == "lanh_dao_so"
    with pytest.raises(ValidationError):  # electronic conversion only exists from 2025 on
        lifecycle.record_copy(session, actor, d.id, form="giay_sang_dien_tu", copied_on=D(2025, 6, 1),
                              quantity=1, authorised_by_id=boss.id, copied_by="VT")


def test_copy_level_same_as_original_extract_never_higher(session, actor, make_user):
    boss = make_user("GĐ", role="lanh_dao", title_code="lanh_dao_tinh")
    d = _doc(session, actor)
    with pytest.raises(RuleViolation):
        lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2025, 6, 1), quantity=1,
                              authorised_by_id=boss.id, copied_by="VT", level="mat")
    with pytest.raises(RuleViolation):
        lifecycle.record_copy(session, actor, d.id, form="trich_sao", copied_on=D(2025, 6, 1), quantity=1,
                              authorised_by_id=boss.id, copied_by="VT", level="tuyet_mat")
    r = lifecycle.record_copy(session, actor, d.id, form="trich_sao", copied_on=D(2025, 6, 1), quantity=1,
                              authorised_by_id=boss.id, copied_by="VT", level="mat")
    assert r.level == "mat"


def test_transfer_requires_request_and_foreign_authoriser_and_return(session, actor):
    d = _doc(session, actor)
    kw = dict(kind="cung_cap", recipient="Sở Ngoại vụ", transferred_on=D(2025, 7, 1))
    with pytest.raises(RuleViolation) as e:
        lifecycle.transfer(session, actor, d.id, party="trong_nuoc", request_ref="", **kw)
    assert e.value.field == "request_ref"
    with pytest.raises(RuleViolation) as e:
        lifecycle.transfer(session, actor, d.id, party="nuoc_ngoai", request_ref="CV 12/SNV", **kw)
    assert e.value.field == "authorised_by"
    t = lifecycle.transfer(session, actor, d.id, party="nuoc_ngoai", request_ref="CV 12/SNV",
                           authorised_by="Đỗ Văn Mẫu", authoriser_title="lanh_dao_tinh",
                           recall_deadline=D(2025, 8, 1), **kw)
    assert t.number == 1 and t.regime == "2018" and d.status == "dang_quan_ly"
    lifecycle.record_return(session, actor, t.id, D(2025, 7, 20))
    with pytest.raises(RuleViolation):
        lifecycle.record_return(session, actor, t.id, D(2025, 7, 21))
    t2 = lifecycle.transfer(session, actor, d.id, kind="chuyen_giao", party="trong_nuoc", recipient="Lưu trữ",
                            request_ref="CV 3", transferred_on=D(2025, 9, 1), authorised_by="Trần Văn Giám Đốc",
                            authoriser_title="lanh_dao_so")
    assert d.status == "da_chuyen_giao" and t2.number == 2


def test_copy_authority_follows_the_2018_law_as_amended_from_1_july_2025(session, actor, make_user):
    """Between 01/7/2025 and 28/02/2026 the 2018 regime applies, but districts are gone (Luật 81/2025):
    the authority table in force on the copy's own date decides."""
    xa = make_user("Chủ tịch UBND xã", role="lanh_dao", title_code="lanh_dao_xa")
    huyen = make_user("Chủ tịch huyện", role="lanh_dao", title_code="lanh_dao_huyen")
    d = _doc(session, actor)
    with pytest.raises(RuleViolation) as e:
        lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2025, 8, 1), quantity=1,
                              authorised_by_id=huyen.id, copied_by="Văn thư")
    assert "81/2025/QH15" in e.value.message and "Huyện" not in e.value.message
    lifecycle.record_copy(session, actor, d.id, form="sao_y", copied_on=D(2025, 8, 1), quantity=1,
                          authorised_by_id=xa.id, copied_by="Văn thư")
