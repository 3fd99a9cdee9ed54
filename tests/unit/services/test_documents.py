import json

import pytest
from sqlalchemy import select

from app import textnorm
from app.models import AuditEvent, CustodyRecord, Document, RegisterVolume
from app.services import documents as docs
from app.services.errors import RuleViolation, ValidationError

import datetime as dt

D = dt.date


def _out(**kw):
    base = dict(do_mat="mat", so_ky_hieu="12/UBND-VP", ngay_van_ban=D(2025, 5, 6), loai_van_ban="Công văn",
                trich_yeu="Về việc bảo đảm an ninh", nguoi_ky="Lê Văn Ký", noi_nhan="Công an tỉnh",
                don_vi_luu="VP", so_luong=3)
    base.update(kw)
    return docs.OutgoingInput(**base)


def _in(**kw):
    base = dict(do_mat="mat", ngay_den=D(2025, 5, 7), co_quan_ban_hanh="Công an tỉnh Đồng Nai",
                so_ky_hieu="45/CAT-PA03", ngay_van_ban=D(2025, 5, 5), loai_van_ban="Kế hoạch",
                trich_yeu="Kiểm tra công tác bảo vệ BMNN", don_vi_ky_nhan="Phòng Tổng hợp")
    base.update(kw)
    return docs.IncomingInput(**base)


def test_outgoing_numbering_restarts_each_year_and_volume_opened(session, actor):
    a = docs.register_outgoing(session, actor, _out())
    b = docs.register_outgoing(session, actor, _out(so_ky_hieu="13/UBND-VP"))
    c = docs.register_outgoing(session, actor, _out(ngay_van_ban=D(2026, 1, 5)))
    assert (a.number, b.number, c.number) == (1, 2, 1)
    assert (a.year, c.year) == (2025, 2026)
    assert docs.next_number(session, "di", 2025) == 3
    vols = session.scalars(select(RegisterVolume).where(RegisterVolume.book == "di")).all()
    assert {(v.year, v.volume) for v in vols} == {(2025, 1), (2026, 1)}
    cov = docs.cover(session, "di", 2025)
    assert (cov.first_number, cov.last_number, cov.start_date) == (1, 2, D(2025, 5, 6))


def test_incoming_registration_regime_expiry_search_fields(session, actor):
    d = docs.register_incoming(session, actor, _in(trich_yeu="Kie\u0302\u0309m tra an ninh"))
    assert d.regime == "2018" and d.book == "den" and d.number == 1
    assert d.classified_on == D(2025, 5, 5)
    assert d.expires_on == D(2035, 5, 5)  # Mật: 10 years in the 2018 pack
    assert d.trich_yeu == textnorm.nfc("Kiểm tra an ninh")
    assert "cong an tinh dong nai" in d.search_fold and "kiem tra an ninh" in d.search_fold
    assert "45/cat-pa03" in d.search_fold
    assert d.sort_key == textnorm.sort_key_str("Kế hoạch Kiểm tra an ninh")
    ev = session.scalars(select(AuditEvent).where(AuditEvent.action == "document.register")).one()
    assert ev.entity_id == d.id and "Kiểm tra" not in ev.details


def test_shorter_stated_period_and_bad_period(session, actor):
    d = docs.register_outgoing(session, actor, _out(period_years=2))
    assert d.expires_on == D(2027, 5, 6)
    with pytest.raises(ValidationError) as e:
        docs.register_outgoing(session, actor, _out(period_years=11))
    assert e.value.field == "period_years"


def test_2025_requires_catalogue_basis_2018_does_not(session, actor, item):
    docs.register_outgoing(session, actor, _out(ngay_van_ban=D(2026, 2, 28)))  # still 2018
    with pytest.raises(RuleViolation) as e:
        docs.register_outgoing(session, actor, _out(ngay_van_ban=D(2026, 3, 1)))
    assert e.value.field == "catalogue_item_id"
    d = docs.register_outgoing(session, actor, _out(ngay_van_ban=D(2026, 3, 1), catalogue_item_id=item.id))
    assert d.regime == "2025" and d.catalogue_item_id == item.id


def test_tuyet_mat_summary_refused_under_2025_allowed_2018(session, actor, item):
    with pytest.raises(RuleViolation) as e:
        docs.register_outgoing(session, actor, _out(do_mat="tuyet_mat", ngay_van_ban=D(2026, 3, 2),
                                                    catalogue_item_id=item.id))
    assert e.value.field == "trich_yeu" and "trích yếu" in e.value.message
    d = docs.register_outgoing(session, actor, _out(do_mat="tuyet_mat", ngay_van_ban=D(2026, 3, 2),
                                                    catalogue_item_id=item.id, trich_yeu="  "))
    assert d.trich_yeu is None and d.expires_on == D(2056, 3, 2)
    old = docs.register_outgoing(session, actor, _out(do_mat="tuyet_mat"))
    assert old.trich_yeu and old.regime == "2018"
    assert docs.display_summary(old) == old.trich_yeu  # a 2018-regime record keeps its summary
    assert docs.display_summary(d) is None
    # classified in 2018 regime but registered (incoming) under 2025: the register refuses the summary
    with pytest.raises(RuleViolation):
        docs.register_incoming(session, actor, _in(do_mat="tuyet_mat", ngay_den=D(2026, 3, 3),
                                                   ngay_van_ban=D(2026, 2, 20)))


def test_update_document_returns_changes_and_audits_old_new(session, actor):
    d = docs.register_outgoing(session, actor, _out())
    changes = docs.update_document(session, actor, d.id, trich_yeu="Nội dung mới", period_years=5)
    got = {c.field: (c.old, c.new) for c in changes}
    assert got["trich_yeu"] == ("Về việc bảo đảm an ninh", "Nội dung mới")
    assert got["expires_on"] == (D(2035, 5, 6), D(2030, 5, 6))
    assert "noi dung moi" in d.search_fold
    ev = session.scalars(select(AuditEvent).where(AuditEvent.action == "document.update")).one()
    detail = json.loads(ev.details)
    assert {"field": "trich_yeu", "old": "Về việc bảo đảm an ninh", "new": "Nội dung mới"} in detail["changes"]
    with pytest.raises(ValidationError):
        docs.update_document(session, actor, d.id, do_mat="toi_mat")
    assert docs.update_document(session, actor, d.id, ghi_chu=None) == []


def test_update_tuyet_mat_2018_never_audits_summary(session, actor):
    d = docs.register_outgoing(session, actor, _out(do_mat="tuyet_mat", trich_yeu="Bí mật A"))
    docs.update_document(session, actor, d.id, trich_yeu="Bí mật B")
    ev = session.scalars(select(AuditEvent).where(AuditEvent.action == "document.update")).one()
    assert "Bí mật" not in ev.details


def test_update_refused_rule_rolls_back_values(session, actor, item):
    d = docs.register_outgoing(session, actor, _out(ngay_van_ban=D(2026, 3, 5), catalogue_item_id=item.id))
    with pytest.raises(RuleViolation):
        docs.update_document(session, actor, d.id, catalogue_item_id=None)
    assert d.catalogue_item_id == item.id and d.regime == "2025"


def test_cancel_keeps_row_and_timeline(session, actor, make_user):
    u = make_user()
    d = docs.register_incoming(session, actor, _in(holder_id=u.id, storage_place="Tủ 1"))
    assert session.scalars(select(CustodyRecord)).one().holder_id == u.id
    docs.cancel_entry(session, actor, d.id, "Vào sổ trùng")
    assert d.status == "da_huy_so" and "Vào sổ trùng" in d.ghi_chu
    assert session.get(Document, d.id) is not None
    with pytest.raises(RuleViolation):
        docs.update_document(session, actor, d.id, ghi_chu="x")
    kinds = [e.kind for e in docs.timeline(session, d.id)]
    assert kinds[:2] == ["xac_dinh_do_mat", "dang_ky"] or kinds[:2] == ["dang_ky", "xac_dinh_do_mat"]
