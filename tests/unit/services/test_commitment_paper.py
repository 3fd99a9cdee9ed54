"""A commitment (cam kết) is never recorded as signed without its signed paper confirmed or scanned."""
import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.models import AuditEvent, Commitment
from app.services import documents as docs
from app.services import handover, people
from app.services.errors import RuleViolation, ValidationError
from app.services.statistics import annual_statistics

D = dt.date


@pytest.fixture
def actor(admin):
    return admin


def _staff(session, actor, username="a", name="Nguyễn Văn A"):
    u = people.add_user(session, actor, username=username, full_name=name, role="van_thu")
    people.assign_staff(session, actor, u.id, kind="kiem_nhiem", decision_number="5/QĐ", decision_date=D(2025, 3, 1))
    return u


def test_without_the_paper_a_commitment_is_pending_and_still_missing(session, actor):
    u = _staff(session, actor)
    c = people.record_commitment(session, actor, u.id, kind="nhan_nhiem_vu", signed_on=D(2025, 3, 2))
    assert not c.is_signed and c.paper_confirmed_on is None
    assert people.missing_commitments(session) == [u]
    assert people.pending_commitments(session) == [c]
    st = annual_statistics(session, 2025)
    assert (st.commitments_signed, st.commitments_pending) == (0, 1)
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "commitment.record")).one()
    assert json.loads(event.details)["signed"] is False

    with pytest.raises(ValidationError) as e:
        people.confirm_commitment(session, actor, c.id)
    assert e.value.field == "paper_confirmed_by"
    with pytest.raises(ValidationError) as e:   # confirmed before the paper's date
        people.confirm_commitment(session, actor, c.id, paper_confirmed_by="Lê Văn Bảo Mật",
                                  paper_confirmed_on=D(2025, 3, 1))
    assert e.value.field == "paper_confirmed_on"
    people.confirm_commitment(session, actor, c.id, paper_confirmed_by="Lê Văn Bảo Mật",
                              paper_confirmed_on=D(2025, 3, 4))
    assert c.is_signed and people.missing_commitments(session) == [] and people.pending_commitments(session) == []
    st = annual_statistics(session, 2025)
    assert (st.commitments_signed, st.commitments_pending) == (1, 0)
    with pytest.raises(RuleViolation):
        people.confirm_commitment(session, actor, c.id, paper_scan_ref="SCAN-1")


def test_a_confirmation_needs_a_person_and_a_date_or_a_scan(session, actor):
    u = _staff(session, actor)
    with pytest.raises(ValidationError) as e:
        people.record_commitment(session, actor, u.id, kind="nhan_nhiem_vu", signed_on=D(2025, 3, 2),
                                 paper_confirmed_by="Lê Văn Bảo Mật")
    assert e.value.field == "paper_confirmed_on" and "ngày xác nhận" in e.value.message
    with pytest.raises(ValidationError) as e:
        people.record_commitment(session, actor, u.id, kind="nhan_nhiem_vu", signed_on=D(2025, 3, 2),
                                 paper_confirmed_on=D(2025, 3, 2))
    assert e.value.field == "paper_confirmed_by"
    assert session.scalar(select(Commitment.id)) is None
    c = people.record_commitment(session, actor, u.id, kind="nhan_nhiem_vu", signed_on=D(2025, 3, 2),
                                 paper_scan_ref="Bản quét số 12/2025")
    assert c.is_signed and c.paper_confirmed_on == D(2025, 3, 2) and c.paper_scan_ref == "Bản quét số 12/2025"


def test_handover_records_the_leaving_commitment_pending_unless_confirmed(session, actor):
    a, b = _staff(session, actor), _staff(session, actor, "b", "Lê Thị B")
    c_ = _staff(session, actor, "c", "Trần Văn C")
    docs.register_outgoing(session, actor, docs.OutgoingInput(do_mat="mat", so_ky_hieu="1/KH", ngay_van_ban=D(2025, 4, 1),
                                                              holder_id=a.id))
    handover.handover_all(session, actor, a.id, b.id, D(2025, 6, 1), "thoi_viec", "01/BB-BG")
    leaving = session.scalars(select(Commitment).where(Commitment.user_id == a.id)).one()
    assert leaving.kind == "thoi_nhiem_vu" and not leaving.is_signed
    handover.handover_all(session, actor, c_.id, b.id, D(2025, 6, 2), "nghi_huu", "02/BB-BG",
                          commitment_confirmed_by="Lê Văn Bảo Mật")
    signed = session.scalars(select(Commitment).where(Commitment.user_id == c_.id)).one()
    assert signed.is_signed and signed.paper_confirmed_on == D(2025, 6, 2)
    assert signed.paper_confirmed_by == "Lê Văn Bảo Mật"


def test_hours_of_records_are_parsed_and_stored(session, actor):
    from app.services.classification import parse_hour
    assert [parse_hour(v) for v in ("09:30", "9h30", "9 giờ 30 phút", "14 giờ", " ", None)] == \
        [dt.time(9, 30), dt.time(9, 30), dt.time(9, 30), dt.time(14, 0), None, None]
    for bad in ("25:00", "9:75", "sáng"):
        with pytest.raises(ValidationError) as e:
            parse_hour(bad)
        assert e.value.field == "at"
    a, b = _staff(session, actor), _staff(session, actor, "b", "Lê Thị B")
    with pytest.raises(ValidationError):
        handover.handover_all(session, actor, a.id, b.id, D(2025, 6, 1), "khac", "03/BB-BG", at="sáng")
    h = handover.handover_all(session, actor, a.id, b.id, D(2025, 6, 1), "khac", "03/BB-BG", at="15:45")
    assert h.handed_time == dt.time(15, 45)


def test_recording_the_same_commitment_with_its_paper_confirms_the_pending_one(session, actor):
    u = _staff(session, actor)
    pending = people.record_commitment(session, actor, u.id, kind="nhan_nhiem_vu", signed_on=D(2025, 3, 2))
    again = people.record_commitment(session, actor, u.id, kind="nhan_nhiem_vu", signed_on=D(2025, 3, 2),
                                     paper_scan_ref="Bản quét 7/2025")
    assert again.id == pending.id and again.is_signed
    assert len(session.scalars(select(Commitment)).all()) == 1
    assert people.missing_commitments(session) == []
