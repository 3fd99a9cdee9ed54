"""Migrations: same schema as create_schema, upgrade of each released fixture, backup first,
refusal of a database newer than the app."""
import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import paths
from app.migrations import runner
from app.models import AuditEvent, Document
from app.services.backup import list_backups
from app.services.registry import DatabaseTooNew, open_registry
from tests.registry_fixtures import REGISTRY_ADMIN, REGISTRY_PASSWORD, copy_registry

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "registry"
FIXTURE_PASSWORD = "Sổ Mật fixture 2026"  # see tests/fixtures/registry/make_fixture.py
RELEASES = ["0.1.0", "0.2.0"]


def _split_top_level(body: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        current += ch
    return parts + [current.strip()]


def schema_of(engine) -> dict:
    """Tables (columns in order, constraints as a set), indexes, foreign keys, triggers, virtual tables."""
    out = {}
    with engine.connect() as c:
        rows = c.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name <> 'alembic_version'").fetchall()
        for type_, name, sql in rows:
            sql = re.sub(r"\s+", " ", sql or "").strip()
            if type_ == "table" and sql.upper().startswith("CREATE TABLE"):
                body = sql[sql.index("(") + 1:sql.rindex(")")]
                clauses = _split_top_level(body)
                constraints = sorted(x for x in clauses if x.upper().startswith(("CONSTRAINT", "PRIMARY", "UNIQUE",
                                                                                "FOREIGN", "CHECK")))
                cols = c.exec_driver_sql(f'PRAGMA table_xinfo("{name}")').fetchall()
                fks = sorted(tuple(r[2:]) for r in c.exec_driver_sql(f'PRAGMA foreign_key_list("{name}")'))
                indexes = sorted(
                    (r[2], r[3], r[4], tuple(i[2] for i in c.exec_driver_sql(f'PRAGMA index_info("{r[1]}")')),
                     r[1] if r[3] == "c" else "")
                    for r in c.exec_driver_sql(f'PRAGMA index_list("{name}")'))
                out[(type_, name)] = (cols, constraints, fks, indexes)
            elif type_ != "index":  # triggers, virtual tables, views
                out[(type_, name)] = sql
    return out


def test_migrated_schema_equals_create_schema(registry, sessionmaker_):
    migrated, direct = schema_of(registry.engine), schema_of(sessionmaker_.kw["bind"])
    assert sorted(migrated) == sorted(direct)
    for key in direct:
        assert migrated[key] == direct[key], key
    assert any(kind == "trigger" for kind, _ in direct)


def test_new_registry_is_at_head(registry):
    with registry.engine.connect() as conn:
        assert runner.current(conn) == runner.head()
        assert runner.state(conn) == runner.CURRENT


@pytest.mark.parametrize("release", RELEASES)
def test_release_fixture_opens_and_upgrades(release, tmp_path, sessionmaker_):
    path = copy_registry(FIXTURES / f"release-{release}.somat", tmp_path / f"release-{release}.somat")
    reg = open_registry(path, "quantri", FIXTURE_PASSWORD)
    try:
        with reg.engine.connect() as conn:
            assert runner.current(conn) == runner.head()
        assert schema_of(reg.engine) == schema_of(sessionmaker_.kw["bind"])
        with reg.session() as s:
            assert s.scalars(select(Document.number).order_by(Document.number)).all() == [1, 2, 3]
            assert s.scalar(select(AuditEvent.action).where(AuditEvent.id == 1)) == "registry.create"
            hits = s.execute(text("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'hoach'")).scalar()
            assert hits == 1
            # 0002: every document has its narrow ordering row with a recomputed (compact) key
            order = s.execute(text("SELECT o.id, o.sort_key, d.sort_key FROM document_order o "
                                   "JOIN document d ON d.id = o.id ORDER BY o.id")).all()
            assert len(order) == 3
            if release == "0.1.0":  # 0002 recomputed the keys; 0.2.0 kept what its fixture wrote
                assert all(key == doc_key and not key.startswith("00000") for _, key, doc_key in order)
            else:
                assert all(key == doc_key for _, key, doc_key in order)
        assert reg.verify_audit().ok
    finally:
        reg.close()
    other = open_registry(path, "vanthu", FIXTURE_PASSWORD)
    other.close()


NEXT_REVISION = '''
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("migration_probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("migration_probe")
'''


def test_pending_migration_runs_after_an_encrypted_backup(registry_path, tmp_path, monkeypatch):
    versions = tmp_path / "next_versions"
    versions.mkdir()
    (versions / "9001_probe.py").write_text(NEXT_REVISION.format(head=runner.head()))
    monkeypatch.setattr(runner, "extra_version_locations", [versions])
    assert list_backups(paths.backup_dir(), registry_path.stem) == []
    reg = open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    try:
        with reg.engine.connect() as conn:
            assert runner.current(conn) == "9001"
            conn.exec_driver_sql("SELECT count(*) FROM migration_probe").scalar()
    finally:
        reg.close()
    backups = list_backups(paths.backup_dir(), registry_path.stem)
    assert len(backups) == 1
    open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD).close()  # nothing pending: no backup
    assert len(list_backups(paths.backup_dir(), registry_path.stem)) == 1
    # without the newer revision, this build refuses the upgraded file
    monkeypatch.setattr(runner, "extra_version_locations", [])
    with pytest.raises(DatabaseTooNew, match="phiên bản Sổ Mật mới hơn"):
        open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    # the lock was released by the refusal
    shutil.copyfile(registry_path, tmp_path / "still-readable")


def test_database_too_new(registry, registry_path):
    with registry.begin() as s:
        s.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    registry.close()
    with pytest.raises(DatabaseTooNew):
        open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD)
    with pytest.raises(DatabaseTooNew):
        open_registry(registry_path, REGISTRY_ADMIN, REGISTRY_PASSWORD, read_only=True)
