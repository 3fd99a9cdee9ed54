"""Managing key slots of an open registry: logins, password changes and resets, revocation, rekey.

Each function writes the key sidecar first and then the audit event in the database, so a crash in
between never leaves a user without a slot they are recorded as having.

``rekey`` decision (recovery slot): the slots hold public keys (see ``app.services.keystore``), so
the new database key is sealed to every remaining slot — users keep their passwords and the printed
recovery code keeps working — without anybody's password or the code. Pass
``new_recovery_code=True`` when the printed code may have been seen by someone: a new code is
issued (returned, shown once) and the old one stops working.
"""
from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User
from app.models.db import connect_raw, make_engine
from app.services import audit, keystore
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.registry import Registry, check_new_password, normalise_password


def _user(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"Không có người dùng «{username}» trong sổ.", field="username")
    return user


def _require(registry: Registry, *, head: bool) -> None:
    with registry.session() as s:
        me = s.get(User, registry.actor.user_id) if registry.actor.user_id else None
        if me is None or not me.active:
            raise PermissionDenied("Không xác định được người thực hiện.")
        if head and not me.is_head:
            raise PermissionDenied("Chỉ người đứng đầu cơ quan mới được đổi khóa của sổ.")
        if not head and not (me.is_head or me.role == "quan_tri"):
            raise PermissionDenied("Chỉ người quản trị hoặc người đứng đầu cơ quan được cấp, thu hồi quyền đăng nhập.")


def add_login(registry: Registry, username: str, password: str) -> None:
    """Give an existing person a login (a key slot); replaces their slot if they had one."""
    _require(registry, head=False)
    _set_login_slot(registry, username, password, "login.grant")


def _set_login_slot(registry: Registry, username: str, password: str, action: str, **details) -> None:
    """(Re)write an active person's key slot with ``password``, allow their login, audit ``action``."""
    check_new_password(password)
    with registry.session() as s:
        user = _user(s, username)
        if not user.active:
            raise ValidationError("Người này đã thôi việc hoặc không còn hoạt động.", field="username")
    keystore.set_slot(registry.keyfile, "user", username, normalise_password(password), registry.key)
    registry.keyfile.save()
    with registry.begin() as s:
        user = _user(s, username)
        user.can_login = True
        audit.record(s, action, actor=registry.actor.username, entity="user", entity_id=user.id,
                     username=username, **details)


def change_password(registry: Registry, username: str, old: str, new: str) -> None:
    """Rewrap one slot: the old password must open it."""
    if registry.actor.username != username:
        _require(registry, head=False)
    check_new_password(new)
    keystore.unlock_slot(registry.keyfile, "user", username, normalise_password(old))  # WrongPassword
    keystore.set_slot(registry.keyfile, "user", username, normalise_password(new), registry.key)
    registry.keyfile.save()
    with registry.begin() as s:
        user = _user(s, username)
        audit.record(s, "login.password_change", actor=registry.actor.username, entity="user",
                     entity_id=user.id, username=username)


def reset_password(registry: Registry, username: str, new_password: str) -> None:
    """Set a new password for ``username`` without the old one, replacing their key slot.

    Allowed only when the registry was opened with the recovery code (the head of agency who forgot the
    password) or by the head of the agency. Audited as ``login.reset``."""
    by_recovery = registry.opened_with == keystore.RECOVERY_SLOT
    if not by_recovery:
        with registry.session() as s:
            me = s.get(User, registry.actor.user_id) if registry.actor.user_id else None
            if me is None or not me.active or not me.is_head:
                raise PermissionDenied("Chỉ người đứng đầu cơ quan, hoặc người mở sổ bằng mã khôi phục, mới được "
                                       "đặt lại mật khẩu mà không cần mật khẩu cũ.")
    _set_login_slot(registry, username, new_password, "login.reset", via="recovery" if by_recovery else "head")


def remove_login(registry: Registry, username: str) -> None:
    """Remove a person's slot (their password opens nothing any more). Follow with ``rekey`` if
    they may have kept a copy of the files."""
    _require(registry, head=False)
    if username == registry.actor.username:
        raise ValidationError("Không thể tự thu hồi quyền đăng nhập của chính mình.", field="username")
    if registry.keyfile.slot("user", username) is None:
        raise NotFound(f"«{username}» không có quyền đăng nhập.", field="username")
    keystore.remove_slot(registry.keyfile, "user", username)
    registry.keyfile.save()
    with registry.begin() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is not None:
            user.can_login = False
        audit.record(s, "login.revoke", actor=registry.actor.username, entity="user",
                     entity_id=user.id if user else None, username=username)


def rekey(registry: Registry, *, new_recovery_code: bool = False) -> str | None:
    """``PRAGMA rekey`` to a fresh random key, sealed to every slot. Head of the agency only.
    Returns the new recovery code when one was asked for. No other session may be in use."""
    _require(registry, head=True)
    kf = registry.keyfile
    old_key, new_key = registry.key, secrets.token_bytes(keystore.KEY_BYTES)
    keystore.seal_next(kf, new_key)
    kf.save()
    registry.engine.dispose()
    conn = connect_raw(registry.path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA rekey = \"x'%s'\"" % new_key.hex())
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    keystore.promote_next(kf)
    registry._replace_engine(make_engine(registry.path, new_key), new_key)  # noqa: SLF001
    with registry.session() as s:
        head = audit.chain_head(s)
    keystore.store_audit_head(kf, new_key, head.count, head.hash)
    kf.save()
    code = None
    if new_recovery_code:
        code = keystore.new_recovery_code()
        keystore.set_slot(kf, keystore.RECOVERY_SLOT, keystore.RECOVERY_SLOT, code.encode("ascii"), new_key)
        kf.save()
    with registry.begin() as s:
        audit.record(s, "registry.rekey", actor=registry.actor.username, slots=len(kf.slots),
                     new_recovery_code=new_recovery_code)
        if code:
            audit.record(s, "recovery.issue", actor=registry.actor.username)
    return code
