import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.models import AuditEvent, Document
from app.models.db import DatabaseOpenError, make_engine
from app.services import audit


def test_file_is_not_plain_sqlite(db_path):
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("select * from sqlite_master").fetchall()


def test_other_key_does_not_open(db_path):
    engine = make_engine(db_path, b"\x01" * 32)
    with pytest.raises(Exception) as info:
        with engine.connect():
            pass
    assert isinstance(info.value.__cause__ or info.value, DatabaseOpenError) or "DatabaseOpenError" in repr(info.value)


def test_tuyet_mat_summary_refused_by_database_under_2025(sessionmaker_):
    with pytest.raises(IntegrityError, match="Tuyệt mật"):
        with sessionmaker_.begin() as s:
            s.add(Document(book="di", year=2026, number=1, regime="2025", do_mat="tuyet_mat", trich_yeu="Kế hoạch"))
    # the 2018 regime kept summaries, and the 2025 regime allows them for other levels
    with sessionmaker_.begin() as s:
        s.add(Document(book="di", year=2025, number=1, regime="2018", do_mat="tuyet_mat", trich_yeu="Kế hoạch"))
        s.add(Document(book="di", year=2026, number=1, regime="2025", do_mat="toi_mat", trich_yeu="Kế hoạch"))
    with pytest.raises(IntegrityError, match="Tuyệt mật"):
        with sessionmaker_.begin() as s:
            doc = s.query(Document).filter_by(regime="2025").one()
            doc.do_mat = "tuyet_mat"


def test_documents_and_audit_rows_cannot_be_deleted_or_edited(sessionmaker_):
    with sessionmaker_.begin() as s:
        s.add(Document(book="den", year=2026, number=1, regime="2025", do_mat="mat"))
        audit.record(s, "test", actor="a")
    for stmt in ("DELETE FROM document", "DELETE FROM audit_event", "UPDATE audit_event SET actor='b'"):
        with pytest.raises(IntegrityError):
            with sessionmaker_.begin() as s:
                s.execute(text(stmt))


def test_audit_chain_verifies_and_detects_tampering_and_truncation(sessionmaker_):
    with sessionmaker_.begin() as s:
        for i in range(5):
            audit.record(s, "dang_ky", actor="vanthu", entity="document", entity_id=i, so=str(i))
    with sessionmaker_() as s:
        result = audit.verify_chain(s)
        assert result.ok and result.count == 5
        head = result.head
    # tamper: drop the trigger (an attacker with the key could) and edit row 3
    with sessionmaker_.begin() as s:
        s.execute(text("DROP TRIGGER audit_event_no_update"))
        s.execute(text("UPDATE audit_event SET actor='ke_gian' WHERE id=3"))
    with sessionmaker_() as s:
        result = audit.verify_chain(s)
        assert not result.ok and result.first_broken_id == 3
    # truncation: only visible against the head kept outside
    with sessionmaker_.begin() as s:
        s.execute(text("UPDATE audit_event SET actor='vanthu' WHERE id=3"))
        s.execute(text("DROP TRIGGER audit_event_no_delete"))
        s.execute(text("DELETE FROM audit_event WHERE id=5"))
    with sessionmaker_() as s:
        assert audit.verify_chain(s).ok
        result = audit.verify_chain(s, expected_head=head)
        assert not result.ok and result.first_broken_id == 5
        assert s.query(AuditEvent).count() == 4
