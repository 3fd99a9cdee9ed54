"""The whole chain of trust of the audit log: signatures, certificates, the root key, the stored
head, anchors from paper, roles and data rows (``verify_all``), the signed boundary over the
unsigned chain of a registry made before 0.3 (``sign_boundary``), and alarms (``check_head``,
``record_alarm``).

Every entry from the boundary on must be signed by the key of a certified user (or the root key,
in a session opened with the recovery code) and, unless it is a system action or a failed login,
by the very user it names as actor: a clerk cannot write, rewrite or re-sign an entry as the admin.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEvent, User
from app.services import audit, audit_rows, keystore, signing

BOUNDARY = "audit.signing_start"
ALARM = "audit.alarm"
UNATTRIBUTED_ACTORS = frozenset({"he_thong", "?"})  # system actions, unknown failed logins
ANY_ACTOR_ACTIONS = frozenset({"login.failed"})  # the unlocking user records others' failures


def sign_boundary(session: Session, actor: str, *, root_key_id: str, reason: str) -> None:
    """The first signed entry: binds the unsigned chain before it (count and head) and every data
    row as it is now. Written at creation and by the first unlock after the upgrade from 0.2."""
    head = audit.chain_head(session)
    audit.record(session, BOUNDARY, actor=actor, reason=reason, unsigned_count=head.count,
                 unsigned_head=head.hash, root_key_id=root_key_id)
    audit_rows.baseline(session, actor)


def record_alarm(session: Session, actor: str, kind: str, **details) -> None:
    audit.record(session, ALARM, actor=actor, kind=kind, **details)


def stored_head(session: Session, kf: keystore.KeyFile, db_key: bytes) -> tuple[int, str] | None:
    """The head kept beside the database, authenticated by its signature (0.3) or its HMAC (0.2);
    ``ValueError`` when it does not verify."""
    raw = kf.data.get("audit_head") or {}
    if not isinstance(raw, dict):
        raise ValueError("malformed audit head")
    if not raw.get("sig"):
        return keystore.read_audit_head(kf, db_key)
    root = keystore.root_public(kf)
    if _head_problem(kf, signing.load_trust(session, root) if root else None, root):
        raise ValueError("bad head signature")
    try:
        return int(raw["count"]), str(raw["hash"])
    except (KeyError, TypeError, ValueError):
        raise ValueError("malformed audit head") from None


def check_head(session: Session, kf: keystore.KeyFile, db_key: bytes) -> dict | None:
    """Compare the head kept beside the database with the database; ``None`` when they agree, else
    the details of the mismatch (for the alarm). Run at every unlock before anything is written."""
    head = audit.chain_head(session)
    try:
        stored = stored_head(session, kf, db_key)
    except (ValueError, TypeError, KeyError):  # a damaged or edited sidecar head
        return {"stored": "hong", "count": head.count, "hash": head.hash}
    if stored is None:
        return None if head.count == 0 else {"stored": None, "count": head.count, "hash": head.hash}
    if not kf.data["audit_head"].get("sig") and _has_boundary(session):
        # from 0.3 every stored head is signed; an HMAC-only head was written by someone with the key
        return {"stored": "khong_chu_ky", "stored_count": stored[0], "count": head.count, "hash": head.hash}
    if (stored[0], stored[1]) != (head.count, head.hash):
        return {"stored_count": stored[0], "stored_hash": stored[1], "count": head.count, "hash": head.hash}
    return None


def _has_boundary(session: Session) -> bool:
    return session.scalar(select(AuditEvent.id).where(AuditEvent.action == BOUNDARY).limit(1)) is not None


@dataclass
class _Walk:
    boundary_id: int | None = None
    alarms: list[str] = None
    problems: list[str] = None


def _walk(session: Session, trust: signing.Trust | None, root: bytes | None, paper_head: str | None) -> _Walk:
    walk = _Walk(None, [], [])
    paper_found = paper_head is None
    current_key: dict[str, str] = {}
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)).scalars()
    for ev in rows:
        if not paper_found and ev.hash.startswith(paper_head):
            paper_found = True
        if walk.boundary_id is None and ev.action == BOUNDARY:
            walk.boundary_id = ev.id
        if walk.boundary_id is None:
            continue
        if ev.action == ALARM:
            walk.alarms.append(f"cảnh báo số {ev.id} lúc {ev.at:%d/%m/%Y %H:%M}: {_alarm_text(ev.details)}")
        problem = _entry_problem(ev, trust, root)
        if not problem and ev.signer in current_key and ev.key_id != current_key[ev.signer]:
            problem = f"ký bằng khóa cũ của «{ev.signer}» (khóa đã được thay khi đặt lại mật khẩu)"
        if problem:
            walk.problems.append(f"Bản ghi số {ev.id}: {problem}")
        elif ev.action == "cert.issue":  # from here on, this user signs with the certified key
            details = json.loads(ev.details)
            current_key[details.get("username")] = details.get("key_id")
    if not paper_found:
        walk.problems.append("Đầu chuỗi chép từ giấy không có trong nhật ký: sổ đã bị thay bằng bản cũ hơn "
                             "hoặc nhật ký đã bị viết lại")
    return walk


def _alarm_text(details: str) -> str:
    try:
        return str(json.loads(details).get("kind", "?"))
    except ValueError:
        return "?"


def _entry_problem(ev: AuditEvent, trust: signing.Trust | None, root: bytes | None) -> str | None:
    if not ev.signature or not ev.signer or not ev.key_id:
        return "không có chữ ký"
    public = _public(ev.signer, ev.key_id, trust, root)
    if public is None:
        return f"khóa ký của «{ev.signer}» không có chứng thư hợp lệ"
    if not signing.verify(public, audit.signed_message(ev.hash, ev.signer, ev.key_id), ev.signature):
        return "chữ ký không đúng (bản ghi bị sửa hoặc ký giả)"
    if ev.signer != signing.ROOT and ev.actor != ev.signer and ev.actor not in UNATTRIBUTED_ACTORS \
            and ev.action not in ANY_ACTOR_ACTIONS:
        return f"ghi tên «{ev.actor}» nhưng do «{ev.signer}» ký"
    return None


def _public(signer: str | None, key_id: str | None, trust: signing.Trust | None, root: bytes | None) -> bytes | None:
    if signer == signing.ROOT and root is not None and key_id == signing.fingerprint(root):
        return root
    return trust.public_of(signer, key_id) if trust else None


def _head_problem(kf: keystore.KeyFile, trust: signing.Trust | None, root: bytes | None) -> str | None:
    head = kf.data.get("audit_head") or {}
    if not isinstance(head, dict) or "sig" not in head:
        return "Bản lưu đầu chuỗi bên ngoài cơ sở dữ liệu không có chữ ký"
    public = _public(head.get("signer"), str(head.get("key_id", "")), trust, root)
    message = keystore.head_message(kf, int(head.get("count", -1)), str(head.get("hash")))
    if public is None or not signing.verify(public, message, head.get("sig")):
        return "Chữ ký của bản lưu đầu chuỗi bên ngoài cơ sở dữ liệu không đúng"
    return None


def _role_problems(session: Session, trust: signing.Trust, kf: keystore.KeyFile) -> list[str]:
    problems = []
    logins = set(kf.usernames())
    for user in session.scalars(select(User).order_by(User.id)):
        cert = trust.current(user.username)
        if cert is None:
            if user.username in logins and user.can_login and user.active:
                problems.append(f"Người dùng «{user.username}» có quyền đăng nhập nhưng không có chứng thư khóa ký")
            continue
        if (cert.role, cert.is_head) != (user.role, bool(user.is_head)):
            problems.append(f"Vai trò của «{user.username}» trong sổ ({user.role}"
                            f"{', người đứng đầu' if user.is_head else ''}) khác chứng thư ({cert.role}"
                            f"{', người đứng đầu' if cert.is_head else ''}): đã bị sửa ngoài chương trình")
    return problems


PROTECTING_TRIGGERS = ("audit_event_no_update", "audit_event_no_delete", "user_certificate_no_update",
                       "user_certificate_no_delete", "document_no_delete", "copy_record_no_delete",
                       "transfer_no_delete")


def _missing_triggers(session: Session) -> list[str]:
    present = set(session.connection().exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    return [name for name in PROTECTING_TRIGGERS if name not in present]


def verify_unsigned(session: Session, kf: keystore.KeyFile, db_key: bytes, *,
                    paper_head: str | None = None) -> audit.VerifyResult:
    """A registry of release 0.2 not yet upgraded (opened read-only): its hash chain, the stored head
    and the head from paper only. ``root_fingerprint`` is ``None``: nothing is signed yet."""
    problems = []
    try:
        stored = keystore.read_audit_head(kf, db_key)
    except ValueError:
        stored = None
        problems.append("Bản lưu đầu chuỗi nhật ký bên ngoài cơ sở dữ liệu đã bị sửa hoặc hỏng")
    base = audit.verify_chain(session, audit.ChainHead(*stored) if stored else None)
    if not base.ok:
        problems.append(base.reason)
    if paper_head and not session.scalar(select(AuditEvent.id).where(AuditEvent.hash.startswith(paper_head))):
        problems.append("Đầu chuỗi chép từ giấy không có trong nhật ký")
    return audit.VerifyResult(not problems, base.count, base.head, base.first_broken_id,
                              problems[0] if problems else None, tuple(problems), None)


def verify_all(session: Session, kf: keystore.KeyFile, db_key: bytes, *, paper_head: str | None = None,
               root_fingerprint: str | None = None) -> audit.VerifyResult:
    """Every check; ``ok`` only when the chain, the signatures, the certificates, the stored head,
    the anchors given from paper, the roles and the data rows all agree."""
    problems: list[str] = []
    try:
        stored = stored_head(session, kf, db_key)
    except (ValueError, TypeError, KeyError):  # a damaged or edited sidecar head
        stored = None
        problems.append("Bản lưu đầu chuỗi nhật ký bên ngoài cơ sở dữ liệu đã bị sửa hoặc hỏng")
    base = audit.verify_chain(session, audit.ChainHead(*stored) if stored else None)
    if not base.ok:
        problems.append(base.reason + (f" (bản ghi số {base.first_broken_id})" if base.first_broken_id else ""))
    root = keystore.root_public(kf)
    root_id = signing.fingerprint(root) if root else None
    if root is None:
        problems.append("Tệp khóa không có khóa gốc của sổ")
    if root_fingerprint and root_fingerprint != root_id:
        problems.append("Khóa gốc của sổ không khớp với dấu vân tay in trên tờ mã khôi phục: chuỗi tin cậy đã "
                        "bị thay")
    trust = signing.load_trust(session, root) if root else None
    if trust:
        problems += [f"Chứng thư số {c.id} («{c.username}») không hợp lệ: {c.problem}" for c in trust.invalid()]
    walk = _walk(session, trust, root, paper_head)
    if walk.boundary_id is None:
        problems.append("Nhật ký chưa có bản ghi mở đầu phần có chữ ký")
    problems += walk.problems[:20]
    if len(walk.problems) > 20:
        problems.append(f"… và {len(walk.problems) - 20} bản ghi khác không đúng chữ ký")
    try:
        head_problem = _head_problem(kf, trust, root) if walk.boundary_id is not None else None
    except (ValueError, TypeError):
        head_problem = "Bản lưu đầu chuỗi nhật ký bên ngoài cơ sở dữ liệu bị hỏng"
    if head_problem:
        problems.append(head_problem)
    if trust:
        problems += _role_problems(session, trust, kf)
    problems += audit_rows.verify(session)
    missing = _missing_triggers(session)
    if missing:
        problems.append("Các ràng buộc chống sửa/xóa trong cơ sở dữ liệu đã bị gỡ ngoài chương trình: "
                        + ", ".join(missing))
    if walk.alarms:
        problems.append("Nhật ký ghi nhận " + "; ".join(walk.alarms))
    return audit.VerifyResult(not problems, base.count, base.head, base.first_broken_id,
                              problems[0] if problems else None, tuple(problems), root_id)
