"""Managing key slots of an open registry: logins, password changes and resets, revocation, rekey.

Each function writes the key sidecar first and then the audit event in the database, so a crash in
between never leaves a user without a slot they are recorded as having.

``rekey`` decision (recovery slot): the slots hold public keys (see ``app.services.keystore``), so
the new database key is sealed to every remaining slot — users keep their passwords and the printed
recovery code keeps working — without anybody's password or the code. Pass
``new_recovery_code=True`` when the printed code may have been seen by someone: a new code is
issued (returned, shown once) and the old one stops working.

Signing keys: a new login and a password reset get a fresh Ed25519 key pair sealed in the slot and
certified by the acting administrator or head (by the root key in a session opened with the
recovery code); the old public keys stay certified, so older entries keep verifying. A password
change keeps the user's key (it is unsealed with the old password and sealed with the new one).
A new recovery code gets the same root key (the fingerprint on paper stays true).
"""
from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User
from app.models.db import connect_raw, make_engine
from app.services import audit, keystore, people, registry_trust, signing
from app.services.errors import NotFound, ValidationError
from app.services.registry import Registry, check_new_password, normalise_password
from app.services.roles import require


def _user(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(code="user.not_found", params={"username": username}, field="username")
    return user


def add_login(registry: Registry, username: str, password: str) -> None:
    """Give an existing person a login (a key slot). Replacing an existing slot sets a new password
    without the old one, so it is a reset (``logins.reset``, head of the agency only)."""
    require(registry.actor, "logins.grant")
    if registry.keyfile.slot("user", username) is not None:
        require(registry.actor, "logins.reset")
    _set_login_slot(registry, username, password, "login.grant")


def add_person_with_login(registry: Registry, username: str, password: str, *, full_name: str,
                          role: str = "van_thu") -> None:
    """Create a person and give them a login. Every check (role of the actor, the person's values, the
    password) runs before anything is written, so a refusal leaves neither a person nor a slot."""
    require(registry.actor, "logins.grant")
    check_new_password(password)
    with registry.session() as s, audit.dry_run(s):  # the people service's own checks, rolled back
        people.add_user(s, registry.actor, username=username, full_name=full_name, role=role, can_login=True)
    if registry.keyfile.slot("user", username) is not None:  # a slot left by an interrupted grant
        require(registry.actor, "logins.reset")
    seed = signing.new_seed()
    keystore.set_slot(registry.keyfile, "user", username, normalise_password(password), registry.key,
                      signing_seed=seed)
    registry.keyfile.save()
    with registry.begin() as s:
        user = people.add_user(s, registry.actor, username=username, full_name=full_name, role=role,
                               can_login=True)
        audit.record(s, "login.grant", actor=registry.actor.username, entity="user", entity_id=user.id,
                     username=username)
        _certify(registry, s, user, seed)


def _certify(registry: Registry, s: Session, user: User, seed: bytes) -> None:
    if registry.signer is not None:
        registry_trust.certify(s, registry.signer, registry.actor.username, user, signing.seed_public(seed))


def _set_login_slot(registry: Registry, username: str, password: str, action: str, **details) -> None:
    """(Re)write an active person's key slot with ``password``, allow their login, audit ``action``."""
    check_new_password(password)
    with registry.session() as s:
        user = _user(s, username)
        if not user.active:
            raise ValidationError(code="user.inactive", field="username")
    seed = signing.new_seed()  # a reset or a new login: a new key pair, certified by the actor
    keystore.set_slot(registry.keyfile, "user", username, normalise_password(password), registry.key,
                      signing_seed=seed)
    registry.keyfile.save()
    with registry.begin() as s:
        user = _user(s, username)
        user.can_login = True
        audit.record(s, action, actor=registry.actor.username, entity="user", entity_id=user.id,
                     username=username, **details)
        _certify(registry, s, user, seed)


def change_password(registry: Registry, username: str, old: str, new: str) -> None:
    """Rewrap one slot: the old password must open it."""
    require(registry.actor, "password.change_own" if registry.actor.username == username else "password.change_other")
    check_new_password(new)
    _, seed = keystore.unlock_slot_keys(registry.keyfile, "user", username, normalise_password(old))  # WrongPassword
    new_pair = seed is None
    seed = signing.new_seed() if new_pair else seed
    keystore.set_slot(registry.keyfile, "user", username, normalise_password(new), registry.key, signing_seed=seed)
    registry.keyfile.save()
    with registry.begin() as s:
        user = _user(s, username)
        audit.record(s, "login.password_change", actor=registry.actor.username, entity="user",
                     entity_id=user.id, username=username)
        if new_pair:
            _certify(registry, s, user, seed)


def reset_password(registry: Registry, username: str, new_password: str) -> None:
    """Set a new password for ``username`` without the old one, replacing their key slot.

    Allowed only when the registry was opened with the recovery code (the head of agency who forgot the
    password) or by the head of the agency. Audited as ``login.reset``."""
    by_recovery = registry.opened_with == keystore.RECOVERY_SLOT
    if not by_recovery:
        require(registry.actor, "logins.reset")
    _set_login_slot(registry, username, new_password, "login.reset", via="recovery" if by_recovery else "head")


def remove_login(registry: Registry, username: str) -> None:
    """Remove a person's slot (their password opens nothing any more). Follow with ``rekey`` if
    they may have kept a copy of the files."""
    require(registry.actor, "logins.revoke")
    if username == registry.actor.username:
        raise ValidationError(code="login.self_revoke", field="username")
    if registry.keyfile.slot("user", username) is None:
        raise NotFound(code="login.no_slot", params={"username": username}, field="username")
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
    require(registry.actor, "registry.rekey")
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
    keystore.store_audit_head(kf, new_key, head.count, head.hash, registry.signer)
    kf.save()
    code = None
    if new_recovery_code:
        code = keystore.new_recovery_code()
        carried = registry.opened_with == keystore.RECOVERY_SLOT and registry.signer is not None
        # the recovery key: the one in use (a recovery session), else a new key the head certifies
        root_seed = registry.signer.private.private_bytes_raw() if carried else signing.new_seed()
        keystore.set_slot(kf, keystore.RECOVERY_SLOT, keystore.RECOVERY_SLOT, code.encode("ascii"), new_key,
                          signing_seed=root_seed)
        kf.save()
    with registry.begin() as s:
        audit.record(s, "registry.rekey", actor=registry.actor.username, slots=len(kf.slots),
                     new_recovery_code=new_recovery_code)
        if code:
            audit.record(s, "recovery.issue", actor=registry.actor.username)
            if not carried and registry.signer is not None:
                cert = signing.issue(s, registry.signer, username=signing.ROOT, role="quan_tri", is_head=True,
                                     public=signing.seed_public(root_seed))
                audit.record(s, "cert.issue", actor=registry.actor.username, username=signing.ROOT,
                             key_id=cert.key_id, issuer=registry.signer.username, certificate=cert.id)
    return code
