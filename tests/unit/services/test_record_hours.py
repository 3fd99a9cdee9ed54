"""Biên bản tiêu hủy / bàn giao print the hour stored with the act (never an invented one)."""
import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader

from app.printing import records
from app.rules import pack as get_pack
from app.services import destruction, handover, people
from app.services import documents as docs
from app.services import printing_adapters as adapt

D = dt.date


@pytest.fixture
def actor(admin):
    return admin


def _flat(pdf: bytes) -> str:
    text = "\n".join(unicodedata.normalize("NFC", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages)
    return "".join(text.split())


def _doc(session, actor, holder=None):
    return docs.register_outgoing(session, actor, docs.OutgoingInput(
        do_mat="mat", so_ky_hieu="4/KH", ngay_van_ban=D(2025, 9, 2), loai_van_ban="Kế hoạch", holder_id=holder))


def test_emergency_destruction_record_prints_its_stored_hour(session, actor):
    d = _doc(session, actor)
    case = destruction.emergency_destruction(session, actor, [d.id], destroyed_on=D(2025, 9, 3),
                                             destroyed_by="Nguyễn Văn Giữ", reason="Cháy kho",
                                             report_ref="Báo cáo 1/BC", place="Kho lưu trữ", at="7h05")
    assert case.destroyed_time == dt.time(7, 5)
    record = adapt.destruction_record(session, case.id)
    assert record.started_at == dt.datetime(2025, 9, 3, 7, 5)
    text = _flat(records.destruction_record(get_pack("2025"), record, adapt.audit_seal(session)))
    assert "vàohồi07giờ05phút,ngày03tháng9năm2025" in text
    assert "ngườitiêuhủy:" in text and "NguyễnVănGiữ—Ngườitiêuhủy" in text and "Hộiđồngtiêuhủygồm" not in text


def test_handover_record_prints_its_hour_or_leaves_the_blank(session, actor):
    a = people.add_user(session, actor, username="a", full_name="Nguyễn Văn A", role="van_thu")
    b = people.add_user(session, actor, username="b", full_name="Lê Thị B", role="van_thu")
    c = people.add_user(session, actor, username="c", full_name="Trần Văn C", role="van_thu")
    _doc(session, actor, a.id)
    timed = handover.handover_all(session, actor, a.id, b.id, D(2025, 10, 1), "khac", "5/BB-BG", at="16:20")
    untimed = handover.handover_all(session, actor, c.id, b.id, D(2025, 10, 2), "khac", "6/BB-BG")
    seal = adapt.audit_seal(session)
    text = _flat(records.handover_record(get_pack("2025"), adapt.handover_record(session, timed.id), seal))
    assert "vàohồi16giờ20phút,ngày01tháng10năm2025" in text
    text = _flat(records.handover_record(get_pack("2025"), adapt.handover_record(session, untimed.id), seal))
    assert "16giờ20" not in text and "giờ" in text and "ngày02tháng10năm2025" in text
    assert "khôngquảnlýtàiliệu" in text   # nothing held: said in words, no empty table
