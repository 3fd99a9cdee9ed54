"""Writing and verifying the audit hash chain.

``record`` appends one event in the caller's transaction. The hash of a row is
SHA-256(prev_hash || canonical JSON of its content), so changing, removing or reordering any row
breaks the chain at that row; cutting rows off the end is detected against the chain head kept
outside the database (see ``app.services.keystore``).

Keeping that outside head in step is explicit: ``HeadTracker(sessionmaker, store)`` calls ``store()``
after every commit of a session that appended events (``appended(session)`` tells whether the
current transaction did), and forgets them on rollback; ``dry_run(session)`` runs writes in a
savepoint that is always rolled back (import preview) without marking the session.

Signatures (release 0.3): a session whose ``info["audit"]`` holds a context with a ``signer``
(``app.services.signing.Signer``, set by the registry at unlock) signs every row it appends with that
user's Ed25519 key: ``signer``, ``key_id`` and ``signature`` over ``signed_message(hash, …)``. The
whole chain of trust is checked by ``app.services.audit_trust``.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import EnvironmentFault, HeadNotStored
from app.models import GENESIS_HASH, AuditEvent, utcnow


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _row_hash(prev_hash: str, *, id: int, at: dt.datetime, actor: str, action: str,
              entity: str | None, entity_id: int | None, details: str) -> str:
    content = canonical_json({
        "id": id, "at": at.isoformat(timespec="microseconds"), "actor": actor, "action": action,
        "entity": entity, "entity_id": entity_id, "details": details,
    })
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def signed_message(hash_: str, signer: str, key_id: str) -> bytes:
    """What an entry's signature covers: its hash (hence the whole chain before it) and who signed."""
    return canonical_json({"hash": hash_, "signer": signer, "key_id": key_id}).encode("utf-8")


def signer_of(session: Session):
    ctx = session.info.get("audit")
    return getattr(ctx, "signer", None)


def record(session: Session, action: str, *, actor: str, entity: str | None = None,
           entity_id: int | None = None, **details: Any) -> AuditEvent:
    """Append an audit event in the current transaction (signed when the session has a signer).
    Never pass secrets or keys in details."""
    last = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS_HASH
    new_id = (last.id + 1) if last else 1
    at = utcnow()
    details_json = canonical_json(details)
    event = AuditEvent(
        id=new_id, at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
        details=details_json, prev_hash=prev_hash,
        hash=_row_hash(prev_hash, id=new_id, at=at, actor=actor, action=action, entity=entity,
                       entity_id=entity_id, details=details_json),
    )
    signer = signer_of(session)
    if signer is not None:
        event.signer, event.key_id = signer.username, signer.key_id
        event.signature = signer.sign(signed_message(event.hash, signer.username, signer.key_id))
    session.add(event)
    session.flush()
    _APPENDED[session] = True
    return event


# Sessions whose open transaction appended events (weak: a closed, dropped session leaves no trace).
_APPENDED: weakref.WeakKeyDictionary[Session, bool] = weakref.WeakKeyDictionary()


def appended(session: Session) -> bool:
    """True when the session's current transaction appended audit events not yet committed."""
    return _APPENDED.get(session, False)


@contextlib.contextmanager
def dry_run(session: Session) -> Iterator[Session]:
    """Run writes in a savepoint that is always rolled back; events appended inside do not count."""
    before = appended(session)
    nested = session.begin_nested()
    try:
        yield session
    finally:
        nested.rollback()
        if before:
            _APPENDED[session] = True
        else:
            _APPENDED.pop(session, None)


class HeadTracker:
    """Calls ``store()`` after each commit that appended audit events (to keep the chain head outside
    the database in step); a rolled-back transaction's events are forgotten."""

    def __init__(self, factory: sessionmaker, store: Callable[[], None]):
        self._store = store
        event.listen(factory, "after_commit", self._after_commit)
        event.listen(factory, "after_soft_rollback", self._after_rollback)

    def _after_commit(self, session: Session) -> None:
        if session.in_nested_transaction():  # a savepoint: the outer transaction may still roll back
            return
        if _APPENDED.pop(session, False):
            try:
                self._store()
            except EnvironmentFault as exc:  # committed already: say so, not "nothing was saved"
                raise HeadNotStored() from exc

    @staticmethod
    def _after_rollback(session: Session, previous_transaction) -> None:
        if previous_transaction.parent is None:
            _APPENDED.pop(session, None)


@dataclass(frozen=True)
class ChainHead:
    count: int
    hash: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    head: ChainHead
    first_broken_id: int | None = None
    reason: str | None = None
    problems: tuple[str, ...] = ()
    root_fingerprint: str | None = None


def chain_head(session: Session) -> ChainHead:
    count = session.scalar(select(func.count(AuditEvent.id))) or 0
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return ChainHead(count, last or GENESIS_HASH)


def verify_chain(session: Session, expected_head: ChainHead | None = None) -> VerifyResult:
    """Re-walk the whole chain; compare with the head kept outside the database when given."""
    prev = GENESIS_HASH
    count = 0
    expected_id = 1
    columns = (AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity,
               AuditEvent.entity_id, AuditEvent.details, AuditEvent.prev_hash, AuditEvent.hash)  # 0.2's too
    rows = session.execute(select(*columns).order_by(AuditEvent.id).execution_options(yield_per=2000))
    for ev in rows:
        count += 1
        if ev.id != expected_id:
            return VerifyResult(False, count, ChainHead(count, prev), ev.id,
                                f"Thiếu bản ghi trước bản ghi số {ev.id} (mong đợi số {expected_id})")
        if ev.prev_hash != prev:
            return VerifyResult(False, count, ChainHead(count, prev), ev.id,
                                f"Bản ghi số {ev.id} không nối với bản ghi trước")
        actual = _row_hash(prev, id=ev.id, at=ev.at, actor=ev.actor, action=ev.action, entity=ev.entity,
                           entity_id=ev.entity_id, details=ev.details)
        if actual != ev.hash:
            return VerifyResult(False, count, ChainHead(count, prev), ev.id,
                                f"Nội dung bản ghi số {ev.id} đã bị thay đổi")
        prev = ev.hash
        expected_id += 1
    head = ChainHead(count, prev)
    if expected_head is not None and (expected_head.count, expected_head.hash) != (head.count, head.hash):
        if expected_head.count > head.count:
            reason = (f"Nhật ký bị cắt bớt: lần ghi cuối có {expected_head.count} bản ghi, "
                      f"nay chỉ còn {head.count}")
            return VerifyResult(False, count, head, head.count + 1, reason)
        return VerifyResult(False, count, head, None,
                            "Đầu chuỗi nhật ký không khớp với bản lưu bên ngoài cơ sở dữ liệu")
    return VerifyResult(True, count, head)
