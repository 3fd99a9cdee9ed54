"""Back-dated entries: refused unless the clerk chooses "ghi bổ sung"; the choice is stored and printed."""
import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.models import AuditEvent, Document
from app.services import documents as docs
from app.services.errors import RuleViolation

D = dt.date


def _out(session, actor, day, code, **kw):
    return docs.register_outgoing(session, actor, docs.OutgoingInput(
        do_mat="mat", so_ky_hieu=code, ngay_van_ban=day, loai_van_ban="Công văn", trich_yeu="Về công tác",
        **kw))


def _in(session, actor, day, **kw):
    return docs.register_incoming(session, actor, docs.IncomingInput(
        do_mat="mat", ngay_den=day, co_quan_ban_hanh="Công an tỉnh", loai_van_ban="Công văn", **kw))


def test_an_entry_dated_before_the_last_one_is_refused_in_vietnamese(session, actor):
    _out(session, actor, D(2025, 5, 10), "1/UBND")
    with pytest.raises(RuleViolation) as e:
        _out(session, actor, D(2025, 5, 2), "2/UBND")
    assert e.value.field == "ghi_bo_sung"
    assert "02/05/2025" in e.value.message and "số 1, ngày 10/05/2025" in e.value.message
    assert "Ghi bổ sung" in e.value.message
    assert session.scalar(select(Document.id).where(Document.so_ky_hieu == "2/UBND")) is None
    # the same day as the last entry, a later day, or another year's book are in order
    assert not _out(session, actor, D(2025, 5, 10), "3/UBND").ghi_bo_sung
    assert not _out(session, actor, D(2026, 1, 2), "4/UBND").ghi_bo_sung


def test_ghi_bo_sung_is_stored_audited_and_numbered_next(session, actor):
    _in(session, actor, D(2025, 6, 3))
    late = _in(session, actor, D(2025, 5, 28), ghi_bo_sung=True)
    assert late.ghi_bo_sung and late.number == 2
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "document.register")
                            .order_by(AuditEvent.id.desc())).first()
    assert json.loads(event.details)["ghi_bo_sung"] is True
    # asking for ghi bổ sung on an entry that is in order stores nothing special
    assert not _in(session, actor, D(2025, 6, 4), ghi_bo_sung=True).ghi_bo_sung
    # the books are separate: an outgoing entry is not judged against the incoming book
    assert not _out(session, actor, D(2025, 1, 2), "9/UBND").ghi_bo_sung


def test_is_back_dated_tells_the_form_when_to_offer_the_choice(session, actor):
    assert not docs.is_back_dated(session, "di", D(2025, 5, 1))
    _out(session, actor, D(2025, 5, 10), "1/UBND")
    assert docs.is_back_dated(session, "di", D(2025, 5, 9))
    assert not docs.is_back_dated(session, "di", D(2025, 5, 10))
    assert not docs.is_back_dated(session, "den", D(2025, 5, 9))
    assert not docs.is_back_dated(session, "di", None)


def test_an_edited_outgoing_date_cannot_go_before_the_entries_written_ahead(session, actor):
    _out(session, actor, D(2025, 5, 10), "1/UBND")
    second = _out(session, actor, D(2025, 5, 12), "2/UBND")
    with pytest.raises(RuleViolation) as e:
        docs.update_document(session, actor, second.id, ngay_van_ban=D(2025, 5, 9))
    assert e.value.field == "ngay_van_ban" and "10/05/2025" in e.value.message
    assert second.ngay_van_ban == D(2025, 5, 12)
    docs.update_document(session, actor, second.id, ngay_van_ban=D(2025, 5, 11))
    assert second.ngay_van_ban == D(2025, 5, 11)
