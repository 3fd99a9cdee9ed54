import pytest
import datetime as dt

from app.services import alerts, destruction, incidents, lifecycle, people, statistics
from app.services import documents as docs


@pytest.fixture
def actor(admin):
    """This module's work (people, devices, settings, catalogue, handover, demo data) is an administrator's."""
    return admin


D = dt.date


def _doc(session, actor, day, level="mat", **kw):
    return docs.register_outgoing(session, actor, docs.OutgoingInput(
        do_mat=level, so_ky_hieu="3/BC", ngay_van_ban=day, loai_van_ban="Báo cáo", **kw))


BOSS = {"authorised_by": "Trần Văn Giám Đốc", "authoriser_title": "lanh_dao_so"}


def _kinds(found, doc_id=None):
    return [(a.kind, a.severity) for a in found if doc_id is None or a.document_id == doc_id]


def test_extension_window_opens_at_60_plus_30_days(session, actor):
    d = _doc(session, actor, D(2016, 6, 30))  # expires 2026-06-30; deadline 2026-05-01
    deadline = D(2026, 6, 30) - dt.timedelta(days=60)
    assert _kinds(alerts.compute_alerts(session, deadline - dt.timedelta(days=31)), d.id) == []
    found = alerts.compute_alerts(session, deadline - dt.timedelta(days=30))
    [a] = [a for a in found if a.document_id == d.id]
    assert (a.kind, a.severity, a.due_on) == ("gia_han", "canh_bao", deadline)
    assert "01/05/2026" in a.message and "30/06/2026" in a.message
    [a] = [a for a in alerts.compute_alerts(session, deadline) if a.document_id == d.id]
    assert (a.kind, a.severity) == ("gia_han", "nguy_cap")
    [a] = [a for a in alerts.compute_alerts(session, deadline + dt.timedelta(days=1)) if a.document_id == d.id]
    assert (a.kind, a.severity, a.due_on) == ("giai_mat_tu_dong", "thong_tin", D(2026, 6, 30))
    [a] = [a for a in alerts.compute_alerts(session, D(2026, 7, 1)) if a.document_id == d.id]
    assert (a.kind, a.severity) == ("giai_mat_tu_dong", "nguy_cap")
    lifecycle.run_automatic_declassification(session, D(2026, 7, 1))
    left = [a for a in alerts.compute_alerts(session, D(2026, 7, 1)) if a.document_id == d.id]
    assert [(a.kind, a.due_on) for a in left] == [("thong_bao", D(2026, 7, 15))]


def test_notice_and_recall_alerts_sorted(session, actor):
    d = _doc(session, actor, D(2025, 1, 10))
    ext = lifecycle.extend(session, actor, d.id, decided_on=D(2025, 2, 1), decided_by="GĐ", years=2)
    t = lifecycle.transfer(session, actor, d.id, kind="cung_cap", party="trong_nuoc", recipient="Sở Nội vụ",
                           request_ref="CV 5", transferred_on=D(2025, 2, 3), recall_deadline=D(2025, 2, 20),
                           **BOSS)
    found = alerts.compute_alerts(session, D(2025, 2, 25))
    assert [(a.kind, a.severity, a.due_on) for a in found] == [
        ("thong_bao", "nguy_cap", ext.notice_due), ("thu_hoi", "nguy_cap", D(2025, 2, 20))]
    assert "Sở Nội vụ" in found[1].message and "quá hạn 5 ngày" in found[1].message
    lifecycle.mark_notified(session, actor, "extension", ext.id, D(2025, 2, 10))
    lifecycle.record_return(session, actor, t.id, D(2025, 2, 26))
    assert alerts.compute_alerts(session, D(2025, 2, 26)) == []
    # recall warning only inside the pack's warn window (3 days)
    lifecycle.transfer(session, actor, d.id, kind="cung_cap", party="trong_nuoc", recipient="B",
                       request_ref="CV 6", transferred_on=D(2025, 3, 1), recall_deadline=D(2025, 3, 10), **BOSS)
    assert alerts.compute_alerts(session, D(2025, 3, 6)) == []
    assert _kinds(alerts.compute_alerts(session, D(2025, 3, 7))) == [("thu_hoi", "nguy_cap")]


def test_report_and_plan_alerts(session):
    # the packs give Đồng Nai's own deadline (10/12), earlier than the national 20/12
    assert [a.kind for a in alerts.compute_alerts(session, D(2025, 11, 9))] == []
    [a] = alerts.compute_alerts(session, D(2025, 11, 10))
    assert (a.kind, a.due_on, a.severity) == ("bao_cao", D(2025, 12, 10), "canh_bao")
    assert "15/12/2024" in a.message and "theo hạn của tỉnh" in a.message
    [a] = alerts.compute_alerts(session, D(2026, 2, 10))
    assert (a.kind, a.due_on, a.severity) == ("ke_hoach", D(2026, 2, 15), "nguy_cap")


def test_annual_statistics(session, actor, make_user, item):
    boss = make_user("GĐ", role="lanh_dao", title_code="lanh_dao_so")
    _doc(session, actor, D(2024, 12, 14))  # previous period
    a = _doc(session, actor, D(2024, 12, 15), level="toi_mat")
    _doc(session, actor, D(2025, 12, 14))
    _doc(session, actor, D(2025, 12, 15))  # next period
    docs.register_incoming(session, actor, docs.IncomingInput(do_mat="mat", ngay_den=D(2025, 3, 1),
                                                              co_quan_ban_hanh="Công an tỉnh"))
    lifecycle.record_copy(session, actor, a.id, form="sao_y", copied_on=D(2025, 3, 1), quantity=3,
                          authorised_by_id=boss.id, copied_by="VT", spoiled_count=1)
    lifecycle.transfer(session, actor, a.id, kind="cung_cap", party="nuoc_ngoai", recipient="X", request_ref="CV",
                       authorised_by="Đỗ Văn Mẫu", authoriser_title="lanh_dao_tinh", transferred_on=D(2025, 4, 1))
    people.assign_staff(session, actor, boss.id, kind="kiem_nhiem", decision_number="1/QĐ",
                        decision_date=D(2025, 1, 1))
    incidents.report_incident(session, actor, kind="mat", occurred_on=D(2025, 5, 1), reported_on=D(2025, 5, 2),
                              description="Mất")
    b = _doc(session, actor, D(2025, 2, 2), ghi_bo_sung=True)  # written after the December entries
    destruction.emergency_destruction(session, actor, [b.id], destroyed_on=D(2025, 6, 1), destroyed_by="A",
                                      reason="Cháy", report_ref="BC 1")
    st = statistics.annual_statistics(session, 2025)
    assert (st.period_start, st.period_end) == (D(2024, 12, 15), D(2025, 12, 14))
    assert st.outgoing_by_level == {"tuyet_mat": 0, "toi_mat": 1, "mat": 2} and st.outgoing_total == 3
    assert st.incoming_total == 1
    assert (st.copy_entries, st.copies_made, st.spoiled_copies_destroyed) == (1, 3, 1)
    assert (st.transfers, st.transfers_foreign) == (1, 1)
    assert (st.documents_destroyed, st.emergency_destructions) == (1, 1)
    assert st.incidents_by_kind == {"mat": 1}
    assert (st.incidents, st.other_incidents) == (1, 0)
    assert (st.staff_full_time, st.staff_part_time) == (0, 1)


def test_report_reminder_falls_back_to_the_national_deadline(session, monkeypatch):
    from app.rules import pack_for_date
    p = pack_for_date(D(2025, 12, 14))
    raw = dict(p.raw, report={k: v for k, v in p.raw["report"].items() if k != "province_due"})
    from dataclasses import replace
    national = replace(p, raw=raw)
    monkeypatch.setattr(alerts, "pack_for_date", lambda day: national)
    [a] = [a for a in alerts.compute_alerts(session, D(2025, 11, 20)) if a.kind == "bao_cao"]
    assert a.due_on == D(2025, 12, 20) and "theo hạn chung" in a.message


def test_an_opened_envelope_is_not_a_leak(session, actor):
    incidents.report_incident(session, actor, kind="bi_boc", occurred_on=D(2025, 8, 12), reported_on=D(2025, 8, 12),
                              description="Bì có dấu hiệu bị bóc")
    incidents.report_incident(session, actor, kind="lo", occurred_on=D(2025, 9, 1), reported_on=D(2025, 9, 1),
                              description="Lộ nội dung")
    st = statistics.annual_statistics(session, 2025)
    assert (st.incidents, st.other_incidents) == (1, 1)


def test_copies_made_and_times_copied_are_different_counts(session, actor, make_user):
    boss = make_user("GĐ", role="lanh_dao", title_code="lanh_dao_so")
    a = _doc(session, actor, D(2025, 2, 3))
    for day, qty in ((D(2025, 3, 1), 3), (D(2025, 4, 1), 5)):
        lifecycle.record_copy(session, actor, a.id, form="sao_y", copied_on=day, quantity=qty,
                              authorised_by_id=boss.id, copied_by="VT")
    st = statistics.annual_statistics(session, 2025)
    assert (st.copy_entries, st.copies_made) == (2, 8)
    from app.services import printing_adapters
    printed = printing_adapters.statistics(st)
    assert (printed.copy_times, printed.copies) == (2, 8)
