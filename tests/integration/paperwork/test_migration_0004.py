"""Migration 0004 marks the back-dated rows already in a book as "ghi bổ sung" and leaves old commitments
pending (nobody confirmed their paper in the registry)."""
import sqlalchemy as sa

from app.migrations import runner


def test_0004_marks_existing_back_dated_rows_and_keeps_commitments_pending(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        runner.upgrade_engine(engine, "0002")
        with engine.begin() as c:
            c.execute(sa.text("INSERT INTO user (id, username, full_name, full_name_fold, role, is_head, can_login, active) "
                              "VALUES (1, 'a', 'Nguyễn Văn A', 'nguyen van a', 'van_thu', 0, 0, 1)"))
            c.execute(sa.text("INSERT INTO commitment (user_id, kind, signed_on, regime) "
                              "VALUES (1, 'nhan_nhiem_vu', '2025-01-06', '2018')"))
            rows = [("den", 1, "2025-03-05", None), ("den", 2, "2025-03-09", None), ("den", 3, "2025-03-02", None),
                    ("den", 4, "2025-03-09", None), ("di", 1, None, "2025-01-02"), ("di", 2, None, "2025-03-01")]
            for book, number, den, vb in rows:
                c.execute(sa.text(
                    "INSERT INTO document (book, year, number, volume, regime, do_mat, status, ngay_den, "
                    "ngay_van_ban, recall_required, search_fold, sort_key) VALUES (:b, 2025, :n, 1, '2018', "
                    "'mat', 'dang_quan_ly', :den, :vb, 0, '', '')"), {"b": book, "n": number, "den": den, "vb": vb})
        runner.upgrade_engine(engine, "0004")
        with engine.connect() as c:
            flags = c.execute(sa.text("SELECT book, number, ghi_bo_sung FROM document ORDER BY book, number")).all()
            pending = c.execute(sa.text("SELECT paper_confirmed_on, paper_confirmed_by FROM commitment")).all()
            columns = {r[1] for r in c.exec_driver_sql("PRAGMA table_info(destruction_case)")}
            columns |= {r[1] for r in c.exec_driver_sql("PRAGMA table_info(handover)")}
            columns |= {r[1] for r in c.exec_driver_sql("PRAGMA table_info(transfer)")}
        assert flags == [("den", 1, 0), ("den", 2, 0), ("den", 3, 1), ("den", 4, 0), ("di", 1, 0), ("di", 2, 0)]
        assert pending == [(None, None)]
        assert {"destroyed_time", "handed_time", "authoriser_title"} <= columns
    finally:
        engine.dispose()
