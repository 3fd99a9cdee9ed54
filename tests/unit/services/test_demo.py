import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.models import ApprovedUsb, DestructionCase, Document, Machine
from app.services import alerts, demo, lifecycle
from app.services.errors import ValidationError


@pytest.fixture
def actor(admin):
    """This module's work (people, devices, settings, catalogue, handover, demo data) is an administrator's."""
    return admin


D = dt.date


def _snapshot(session):
    return [(d.book, d.year, d.number, d.so_ky_hieu, d.do_mat, d.trich_yeu, d.regime, d.status, d.expires_on)
            for d in session.scalars(select(Document).order_by(Document.id))]


@pytest.mark.parametrize("today", [D(2026, 4, 1), D(2026, 11, 25)])
def test_demo_registry_is_realistic_and_deterministic(sessionmaker_, actor, today):
    with sessionmaker_.begin() as s:
        summary = demo.populate_demo(s, actor, today)
        snap = _snapshot(s)
        assert 55 <= summary.documents <= 65
        years = {d[1] for d in snap}
        assert years == {2025, 2026}
        assert {d[6] for d in snap} == {"2018", "2025"}
        tm_2025 = [d for d in snap if d[4] == "tuyet_mat" and d[6] == "2025"]
        assert tm_2025 and all(d[5] is None for d in tm_2025)
        assert [c.stage for c in s.scalars(select(DestructionCase).order_by(DestructionCase.id))] == [
            "da_tieu_huy", "hoi_dong"]
        assert s.scalar(select(Machine.tag_number)) and s.scalar(select(ApprovedUsb.allocation_decision))
        kinds = {a.kind for a in alerts.compute_alerts(s, today)}
        assert {"thu_hoi", "gia_han", "giai_mat_tu_dong", "mang_ra"} <= kinds
        assert len(lifecycle.run_automatic_declassification(s, today)) == 1
        s.rollback()
    with sessionmaker_.begin() as s:
        demo.populate_demo(s, actor, today)
        again = _snapshot(s)
    # the automatic declassification above was rolled back: same content as the first run
    assert again == snap


def test_demo_needs_a_date_after_the_2025_regime(session, actor):
    with pytest.raises(ValidationError):
        demo.populate_demo(session, actor, D(2026, 2, 1))


def test_demo_people_are_fictitious_and_agencies_are_current(session, actor):
    from app.models import Transfer, User
    from app.models.destruction import CouncilMember
    demo.populate_demo(session, actor, D(2026, 11, 25))
    names = [u.full_name for u in session.scalars(select(User)) if u.username.startswith("demo_")]
    names += [m.full_name for m in session.scalars(select(CouncilMember))]
    assert len(names) >= 7
    for name in names:
        assert any(mark in name for mark in demo.FICTITIOUS_MARKS), name
    texts = [d.co_quan_ban_hanh or "" for d in session.scalars(select(Document))]
    texts += [t.recipient for t in session.scalars(select(Transfer))]
    for old, new in demo.RENAMED_AGENCIES.items():
        assert not any(old in t for t in texts) and any(new in t for t in texts)
    # titles coded with their real authority: a deputy head has no copy authority of his own
    deputy = session.scalar(select(User).where(User.username == "demo_pho_vp"))
    assert deputy.title_code == "nhan_vien"


def _words(pdf: bytes) -> str:
    return unicodedata.normalize("NFC", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_paper_of_a_demo_registry_says_so_mau_and_a_real_ones_does_not(sessionmaker_, actor):
    """A demonstration registry's paper can never pass for a real register: every page carries "SỔ MẪU"."""
    from app.services import paperwork
    from app.services.documents import OutgoingInput, register_outgoing

    with sessionmaker_.begin() as s:
        register_outgoing(s, actor, OutgoingInput(do_mat="mat", so_ky_hieu="1/UBND-VP", ngay_van_ban=D(2024, 5, 6),
                                                  loai_van_ban="Công văn", trich_yeu="Về việc thử"))
        real = paperwork.logbook_pdf(s, "di", 2024)
    assert "SỔ MẪU" not in _words(real)
    with sessionmaker_.begin() as s:
        demo.populate_demo(s, actor, D(2026, 11, 25))
        sample = paperwork.logbook_pdf(s, "di", 2025)
        report = paperwork.annual_report_pdf(s, 2025)
    for pdf in (sample, report):
        pages = PdfReader(io.BytesIO(pdf)).pages
        assert pages and all("SỔ MẪU" in unicodedata.normalize("NFC", p.extract_text()) for p in pages)
