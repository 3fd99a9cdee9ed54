import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models import AuditEvent, CustodyRecord, Declassification
from app.services import documents as docs
from app.services import lifecycle
from app.services.errors import RuleViolation, ValidationError

D = dt.date


def _doc(session, actor, day=D(2016, 3, 10), level="mat", **kw):
    data = docs.OutgoingInput(do_mat=level, so_ky_hieu="1/KH", ngay_van_ban=day, loai_van_ban="Kế hoạch",
                              trich_yeu=None if level == "tuyet_mat" else "Bảo vệ", **kw)
    return docs.register_outgoing(session, actor, data)


def test_extension_window_boundary_and_term(session, actor):
    d = _doc(session, actor)  # expires 10/03/2026
    assert d.expires_on == D(2026, 3, 10)
    last = D(2026, 3, 10) - dt.timedelta(days=60)
    assert lifecycle.last_extension_day(d.expires_on) == last
    with pytest.raises(RuleViolation) as e:
        lifecycle.extend(session, actor, d.id, decided_on=last + dt.timedelta(days=1), decided_by="GĐ", years=5)
    assert e.value.field == "decided_on" and last.strftime("%d/%m/%Y") in e.value.message
    with pytest.raises(RuleViolation) as e:
        lifecycle.extend(session, actor, d.id, decided_on=last, decided_by="GĐ", years=11)
    assert e.value.field == "years"
    ext = lifecycle.extend(session, actor, d.id, decided_on=last, decided_by="GĐ", years=10)
    assert ext.new_expires_on == D(2036, 3, 10) and d.expires_on == D(2036, 3, 10)
    assert ext.notice_due == last + dt.timedelta(days=15)
    assert ext.regime == "2018"


def test_extension_regime_recorded_2025(session, actor, item):
    d = _doc(session, actor, day=D(2016, 7, 1))  # expires 01/07/2026
    ext = lifecycle.extend(session, actor, d.id, decided_on=D(2026, 4, 1), decided_by="GĐ", years=3)
    assert ext.regime == "2025" and ext.new_expires_on == D(2029, 7, 1)


def test_level_change_recomputes_expiry_keeps_extensions_and_requires_basis_2025(session, actor, item):
    d = _doc(session, actor, day=D(2020, 1, 10))  # Mật, 2018 -> 2030-01-10
    lifecycle.extend(session, actor, d.id, decided_on=D(2025, 1, 1), decided_by="GĐ", years=2)
    assert d.expires_on == D(2032, 1, 10)
    with pytest.raises(RuleViolation) as e:
        lifecycle.change_level(session, actor, d.id, new_level="toi_mat", decided_on=D(2026, 4, 1), decided_by="GĐ")
    assert e.value.field == "catalogue_item_id"
    lc = lifecycle.change_level(session, actor, d.id, new_level="toi_mat", decided_on=D(2026, 4, 1),
                                decided_by="GĐ", catalogue_item_id=item.id)
    assert d.do_mat == "toi_mat" and d.expires_on == D(2042, 1, 10)  # 2020 + 20 + 2 extension years
    assert (lc.old_expires_on, lc.new_expires_on) == (D(2032, 1, 10), D(2042, 1, 10))
    assert lc.notice_due == D(2026, 4, 16) and lc.regime == "2025"


def test_raise_to_tuyet_mat_with_summary_refused_under_2025(session, actor, item):
    d = _doc(session, actor, day=D(2024, 1, 10))
    with pytest.raises(RuleViolation) as e:
        lifecycle.change_level(session, actor, d.id, new_level="tuyet_mat", decided_on=D(2026, 4, 1),
                               decided_by="GĐ", catalogue_item_id=item.id)
    assert e.value.field == "trich_yeu"
    # under 2018 a basis is not required
    lifecycle.change_level(session, actor, d.id, new_level="tuyet_mat", decided_on=D(2025, 4, 1), decided_by="GĐ")


def test_automatic_declassification_idempotent(session, actor):
    a = _doc(session, actor, day=D(2016, 3, 10))  # expires 2026-03-10
    b = _doc(session, actor, day=D(2016, 3, 11))
    assert lifecycle.run_automatic_declassification(session, D(2026, 3, 9)) == []
    done = lifecycle.run_automatic_declassification(session, D(2026, 3, 10))
    assert [x.document_id for x in done] == [a.id]
    assert a.status == "da_giai_mat" and b.status == "dang_quan_ly"
    assert done[0].kind == "tu_dong" and done[0].regime == "2025" and done[0].effective_on == D(2026, 3, 10)
    assert lifecycle.run_automatic_declassification(session, D(2026, 3, 10)) == []
    lifecycle.run_automatic_declassification(session, D(2026, 6, 1))
    assert session.scalar(select(func.count(Declassification.id))) == 2
    assert session.scalar(select(func.count(AuditEvent.id)).where(
        AuditEvent.action == "document.declassify_automatic")) == 2


def test_declassify_partial_and_full(session, actor):
    d = _doc(session, actor, day=D(2025, 1, 1))
    p = lifecycle.declassify(session, actor, d.id, decided_on=D(2025, 6, 1), decided_by="GĐ",
                             partial_scope="Phụ lục 1")
    assert p.kind == "mot_phan" and d.status == "dang_quan_ly" and p.notice_due == D(2025, 6, 16)
    f = lifecycle.declassify(session, actor, d.id, decided_on=D(2025, 7, 1), decided_by="GĐ")
    assert f.kind == "toan_bo" and d.status == "da_giai_mat"
    with pytest.raises(RuleViolation):
        lifecycle.extend(session, actor, d.id, decided_on=D(2025, 7, 2), decided_by="GĐ", years=1)
    lifecycle.mark_notified(session, actor, "declassification", f.id, D(2025, 7, 5))
    assert f.notified_on == D(2025, 7, 5)


def test_custody_and_storage_removal(session, actor, make_user):
    u1, u2 = make_user(), make_user("Phạm Thị B")
    d = _doc(session, actor, day=D(2025, 1, 1))
    lifecycle.set_custody(session, actor, d.id, holder_id=u1.id, storage_place="Tủ sắt 1", on=D(2025, 1, 2))
    lifecycle.set_custody(session, actor, d.id, holder_id=u2.id, storage_place="Tủ sắt 2", on=D(2025, 2, 1))
    rows = session.scalars(select(CustodyRecord).order_by(CustodyRecord.id)).all()
    assert [(r.holder_id, r.to_on) for r in rows] == [(u1.id, D(2025, 2, 1)), (u2.id, None)]
    rem = lifecycle.remove_from_storage(session, actor, d.id, person_id=u2.id, purpose="Họp", approved_by="GĐ",
                                        out_on=D(2025, 3, 1), due_back_on=D(2025, 3, 2))
    with pytest.raises(RuleViolation):
        lifecycle.remove_from_storage(session, actor, d.id, person_id=u2.id, purpose="Họp", approved_by="GĐ",
                                      out_on=D(2025, 3, 1))
    with pytest.raises(ValidationError):
        lifecycle.return_to_storage(session, actor, rem.id, D(2025, 2, 1))
    lifecycle.return_to_storage(session, actor, rem.id, D(2025, 3, 2))
    assert lifecycle.open_removal(session, d.id) is None
