import pytest
import datetime as dt

from sqlalchemy import select

from app.models import CheckRun, Commitment, DestructionCase, Document, Handover
from app.printing import data as P
from app.services import demo
from app.services import printing_adapters as pa


@pytest.fixture
def actor(admin):
    """This module's work (people, devices, settings, catalogue, handover, demo data) is an administrator's."""
    return admin


D = dt.date


def test_adapters_map_demo_registry(session, actor):
    demo.populate_demo(session, actor, D(2026, 11, 25))
    rows = pa.register_rows(session, "den", 2026)
    assert rows and rows[0]["so_thu_tu"] == "1" and "co_quan_ban_hanh" in rows[0]
    secret_ids = {d.number for d in session.scalars(select(Document).where(
        Document.book == "den", Document.year == 2026, Document.do_mat == "tuyet_mat"))}
    for row in rows:
        if int(row["so_thu_tu"]) in secret_ids:
            assert "." not in row["trich_yeu"]  # tên loại only, never a summary
    assert pa.register_rows(session, "sao_chup", 2025)[0]["so_ban_sao"]
    assert pa.register_rows(session, "chuyen_giao", 2026)
    cover = pa.register_cover(session, "di", 2025)
    assert isinstance(cover, P.RegisterCover) and cover.first_number == 1 and cover.agency
    case = session.scalar(select(DestructionCase).where(DestructionCase.stage == "da_tieu_huy"))
    rec = pa.destruction_record(session, case.id)
    assert len(rec.items) == 2 and {p.role for p in rec.council} >= {"Chủ tịch Hội đồng"}
    h = pa.handover_record(session, session.scalar(select(Handover.id)))
    assert h.items and h.reason == "Chuyển công tác"
    c = pa.commitment_form(session, session.scalar(select(Commitment.id)))
    assert "Quyết định số" in c.assignment
    report = pa.annual_report(session, 2025)
    assert sum(report.stats.out_by_level.values()) > 0
    assert pa.audit_seal(session).row_count > 50
    assert session.scalar(select(CheckRun.id)) is None
