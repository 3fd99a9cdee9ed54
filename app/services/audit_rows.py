"""Binding the data to the audit log: every row a session inserts, changes or deletes is named in a
``data.rows`` audit entry with the SHA-256 of its canonical content (``None`` once deleted).

``install(sessionmaker)`` hooks the registry's sessions: ``after_flush`` notes the rows touched
(ORM unit of work: the services write through it), ``before_commit`` re-reads each from the
database and appends one entry for the transaction. ``baseline`` records every covered row (the
boundary written by the upgrade from 0.2). ``verify`` recomputes each current row's hash and
compares it with the latest hash the log holds for it, so a row edited, inserted or deleted behind
the application (sqlcipher with the key) is reported.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import AuditEvent, Base

ROWS_ACTION = "data.rows"
BASELINE_ACTION = "data.baseline"
# Not covered: the log itself, the certificates (signed on their own), rule tables rebuilt from the
# packs at each unlock.
EXCLUDED = frozenset({"audit_event", "user_certificate", "rule_summary_forbidden"})
CHUNK = 500


def covered_tables() -> dict[str, list[str]]:
    """Covered table name → primary-key column names."""
    return {t.name: [c.name for c in t.primary_key] for t in Base.metadata.sorted_tables
            if t.name not in EXCLUDED}


def _plain(value: Any) -> Any:
    return value.hex() if isinstance(value, (bytes, bytearray, memoryview)) else value


def row_hash(mapping: dict[str, Any]) -> str:
    content = json.dumps({k: _plain(v) for k, v in mapping.items()}, ensure_ascii=False, sort_keys=True,
                         separators=(",", ":"), default=str)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _pk_key(pk: list[Any]) -> str:
    return json.dumps(list(pk), ensure_ascii=False, default=str)


def _current(session: Session, table: str, pk_cols: list[str], pk: list[Any]) -> str | None:
    where = " AND ".join(f'"{c}" = ?' for c in pk_cols)
    cursor = session.connection().exec_driver_sql(f'SELECT * FROM "{table}" WHERE {where}', tuple(pk))
    row = cursor.mappings().first()
    return row_hash(dict(row)) if row is not None else None


# --- recording ------------------------------------------------------------------------------------

def install(factory: sessionmaker, actor_name) -> None:
    """Hook ``factory``'s sessions; ``actor_name()`` names who acts (the registry's actor)."""
    tables = covered_tables()

    def after_flush(session: Session, _ctx) -> None:
        touched = session.info.setdefault("_rows_touched", {})
        tx = session.get_nested_transaction() or session.get_transaction()
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table not in tables:
                continue
            pk = [getattr(obj, _attr(obj, c)) for c in tables[table]]
            if None not in pk:
                touched.setdefault((table, _pk_key(pk)), (table, pk, tx))

    def before_commit(session: Session) -> None:
        if session.in_nested_transaction():
            return
        session.flush()
        touched = session.info.pop("_rows_touched", None)
        if not touched:
            return
        rows = [[table, pk, _current(session, table, tables[table], pk)] for table, pk, _tx in touched.values()]
        from app.services import audit

        for start in range(0, len(rows), CHUNK):
            audit.record(session, ROWS_ACTION, actor=actor_name(), rows=rows[start:start + CHUNK])
        session.info.pop("_rows_touched", None)

    def after_rollback(session: Session, previous) -> None:
        if previous.parent is None:
            session.info.pop("_rows_touched", None)
            return
        touched = session.info.get("_rows_touched") or {}
        for key, (_t, _pk, tx) in list(touched.items()):  # rows first touched inside the savepoint
            while tx is not None and tx is not previous:
                tx = tx.parent
            if tx is previous:
                del touched[key]

    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "before_commit", before_commit)
    event.listen(factory, "after_soft_rollback", after_rollback)


def _attr(obj, column: str) -> str:
    prop = obj.__mapper__.get_property_by_column(obj.__table__.c[column])
    return prop.key


def baseline(session: Session, actor: str) -> int:
    """Record every covered row as it is now (the boundary of an upgrade); returns the row count."""
    from app.services import audit

    rows = []
    for table, pk_cols in covered_tables().items():
        for row in session.connection().exec_driver_sql(f'SELECT * FROM "{table}"').mappings():
            rows.append([table, [row[c] for c in pk_cols], row_hash(dict(row))])
    for start in range(0, len(rows), CHUNK):
        audit.record(session, BASELINE_ACTION, actor=actor, rows=rows[start:start + CHUNK])
    return len(rows)


# --- verifying ------------------------------------------------------------------------------------

def verify(session: Session, limit: int = 20) -> list[str]:
    """Rows whose content differs from what the audit log recorded (Vietnamese sentences)."""
    latest: dict[tuple[str, str], str | None] = {}
    query = select(AuditEvent.details).where(AuditEvent.action.in_((ROWS_ACTION, BASELINE_ACTION))) \
        .order_by(AuditEvent.id)
    for details in session.scalars(query):
        try:
            for table, pk, digest in json.loads(details).get("rows", []):
                latest[(table, _pk_key(pk))] = digest
        except (ValueError, TypeError, AttributeError):
            continue  # a malformed entry is the chain's and the signature's business
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    for table, pk_cols in covered_tables().items():
        for row in session.connection().exec_driver_sql(f'SELECT * FROM "{table}"').mappings():
            key = (table, _pk_key([row[c] for c in pk_cols]))
            seen.add(key)
            recorded = latest.get(key)
            if recorded is None:
                problems.append(f"Dòng {key[1]} của bảng «{table}» không được ghi trong nhật ký (thêm ngoài chương trình)")
            elif recorded != row_hash(dict(row)):
                problems.append(f"Dòng {key[1]} của bảng «{table}» bị sửa ngoài chương trình")
    for key, digest in latest.items():
        if digest is not None and key not in seen:
            problems.append(f"Dòng {key[1]} của bảng «{key[0]}» bị xóa ngoài chương trình")
    if len(problems) > limit:
        problems = problems[:limit] + [f"… và {len(problems) - limit} dòng khác"]
    return problems
