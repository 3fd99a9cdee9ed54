import datetime as dt

import pytest
from sqlalchemy import select

from app.models import (ApprovedUsb, AuditEvent, Commitment, CustodyRecord, Document, Handover, StaffAssignment,
                        StorageRemoval, User)
from app.services import destruction, handover, lifecycle, people
from app.services import documents as docs
from app.services.destruction import MemberInput
from app.services.errors import RuleViolation


@pytest.fixture
def actor(admin):
    """This module's work (people, devices, settings, catalogue, handover, demo data) is an administrator's."""
    return admin


D = dt.date


def _doc(session, actor, holder=None, n=1):
    return docs.register_outgoing(session, actor, docs.OutgoingInput(
        do_mat="mat", so_ky_hieu=f"{n}/KH", ngay_van_ban=D(2025, 4, n), loai_van_ban="Kế hoạch",
        holder_id=holder, storage_place="Tủ 1"))


def _setup(session, actor):
    leaving = people.add_user(session, actor, username="a", full_name="Nguyễn Văn A", role="van_thu")
    recv = people.add_user(session, actor, username="b", full_name="Lê Thị B", role="van_thu")
    people.assign_staff(session, actor, leaving.id, kind="kiem_nhiem", decision_number="12/QĐ-UBND",
                        decision_date=D(2024, 1, 2))
    d1, d2 = _doc(session, actor, leaving.id, 1), _doc(session, actor, leaving.id, 2)
    d3 = _doc(session, actor, recv.id, 3)
    lifecycle.remove_from_storage(session, actor, d3.id, person_id=leaving.id, purpose="Họp", approved_by="GĐ",
                                  out_on=D(2025, 5, 1))
    session.add(ApprovedUsb(vendor_id="0781", product_id="5581", serial="AA11BB22CC", holder_id=leaving.id))
    session.flush()
    return leaving, recv, d1, d2, d3


def test_handover_moves_everything_and_marks_user_left(sessionmaker_, actor):
    with sessionmaker_.begin() as s:
        leaving, recv, d1, d2, d3 = _setup(s, actor)
        assert {d.id for d in handover.items_held_by(s, leaving.id)} == {d1.id, d2.id, d3.id}
        h = handover.handover_all(s, actor, leaving.id, recv.id, D(2025, 6, 1), "nghi_huu", "01/BB-BG",
                                  witness="Trưởng phòng")
        ids = (leaving.id, recv.id, d1.id, h.id)
    with sessionmaker_() as s:
        leaving_id, recv_id, d1_id, h_id = ids
        assert handover.items_held_by(s, leaving_id) == []
        assert s.get(Document, d1_id).holder_id == recv_id
        h = s.get(Handover, h_id)
        assert len(h.items) == 3 and "AA11BB22CC" in h.note
        assert s.scalar(select(ApprovedUsb.holder_id)) == recv_id
        open_rows = s.scalars(select(CustodyRecord).where(CustodyRecord.document_id == d1_id)).all()
        assert [(r.holder_id, r.to_on is None, r.handover_id) for r in open_rows] == [
            (leaving_id, False, None), (recv_id, True, h_id)]
        rems = s.scalars(select(StorageRemoval).order_by(StorageRemoval.id)).all()
        assert [(r.person_id, r.returned_on) for r in rems] == [(leaving_id, D(2025, 6, 1)), (recv_id, None)]
        u = s.get(User, leaving_id)
        assert (u.active, u.left_on, u.left_reason) == (False, D(2025, 6, 1), "nghi_huu")
        assert s.scalar(select(StaffAssignment.end_on)) == D(2025, 6, 1)
        assert s.scalar(select(Commitment.kind).where(Commitment.user_id == leaving_id)) == "thoi_nhiem_vu"
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "handover.record"))


def test_handover_failure_midway_moves_nothing(sessionmaker_, actor, monkeypatch):
    with sessionmaker_.begin() as s:
        leaving, recv, d1, d2, d3 = _setup(s, actor)
        ids = (leaving.id, recv.id)
    real = handover._move_item
    calls = []

    def flaky(*a, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("mất điện giữa chừng")
        return real(*a, **kw)

    monkeypatch.setattr(handover, "_move_item", flaky)
    with pytest.raises(RuntimeError):
        with sessionmaker_.begin() as s:
            handover.handover_all(s, actor, ids[0], ids[1], D(2025, 6, 1), "thoi_viec", "02/BB")
    # inside the caller's transaction too: the savepoint leaves the session usable and unchanged
    calls.clear()
    with sessionmaker_() as s:
        with pytest.raises(RuntimeError):
            handover.handover_all(s, actor, ids[0], ids[1], D(2025, 6, 1), "thoi_viec", "02/BB")
        assert len(handover.items_held_by(s, ids[0])) == 3
        assert s.get(User, ids[0]).active
        s.rollback()
    with sessionmaker_() as s:
        assert len(handover.items_held_by(s, ids[0])) == 3
        assert s.scalars(select(Handover)).all() == []
        assert s.get(User, ids[0]).active and s.scalar(select(Commitment.id)) is None


def test_destruction_stages_and_council_validation(session, actor, make_user):
    chief = make_user("Giám đốc", role="lanh_dao", position="Giám đốc")
    clerk = make_user("Văn thư", role="van_thu")
    d1, d2 = _doc(session, actor, n=1), _doc(session, actor, n=2)
    case = destruction.propose(session, actor, [d1.id, d2.id], proposed_on=D(2025, 9, 1), proposed_by="VT",
                               reason="Hết giá trị")
    with pytest.raises(RuleViolation):
        destruction.propose(session, actor, [d1.id], proposed_on=D(2025, 9, 2), proposed_by="VT", reason="x")
    with pytest.raises(RuleViolation):
        destruction.record_minutes(session, actor, case.id, minutes_on=D(2025, 9, 5))
    with pytest.raises(RuleViolation):  # no custodian
        destruction.set_council(session, actor, case.id, council_decision="5/QĐ",
                                members=[MemberInput("", "chu_tich", user_id=chief.id)])
    with pytest.raises(RuleViolation):  # chair not from leadership
        destruction.set_council(session, actor, case.id, council_decision="5/QĐ",
                                members=[MemberInput("", "chu_tich", user_id=clerk.id),
                                         MemberInput("Văn thư", "nguoi_quan_ly")])
    destruction.set_council(session, actor, case.id, council_decision="5/QĐ",
                            members=[MemberInput("", "chu_tich", user_id=chief.id),
                                     MemberInput("Văn thư", "nguoi_quan_ly"), MemberInput("Công an", "thanh_vien")])
    destruction.record_minutes(session, actor, case.id, minutes_on=D(2025, 9, 5), summary="Thống nhất")
    destruction.decide(session, actor, case.id, decision_number="7/QĐ", decision_on=D(2025, 9, 6), decided_by="GĐ")
    assert d1.status == "dang_quan_ly"
    destruction.record_destruction(session, actor, case.id, destroyed_on=D(2025, 9, 10), method="Nghiền",
                                   place="Kho", record_number="1/BB-TH")
    assert case.stage == "da_tieu_huy" and d1.status == d2.status == "da_tieu_huy"
    assert session.get(Document, d1.id) is not None


def test_emergency_destruction_needs_report(session, actor):
    d = _doc(session, actor)
    with pytest.raises(RuleViolation) as e:
        destruction.emergency_destruction(session, actor, [d.id], destroyed_on=D(2025, 10, 1), destroyed_by="A",
                                          reason="Cháy", report_ref="")
    assert e.value.field == "report_ref"
    case = destruction.emergency_destruction(session, actor, [d.id], destroyed_on=D(2025, 10, 1),
                                             destroyed_by="A", reason="Cháy", report_ref="BC 1/BC")
    assert case.emergency and case.stage == "da_tieu_huy" and d.status == "da_tieu_huy"
