"""What unlock does with signing keys and certificates (called by ``app.services.registry``).

- ``new_keys`` / ``certify``: a login's key pair, sealed in its slot and certified by the issuer;
- ``upgrade_keys``: the first unlock of a registry made before 0.3 gives every login a key pair and
  the recovery slot a root key, certifies the logins' current roles with the root key and writes the
  signed boundary over the unsigned chain;
- ``resolve``: the actor's role from their newest valid certificate (never from ``user.role``
  alone); a role column that differs from the certificate is an alarm;
- ``install_recertify``: a role change made through the services is certified by the acting
  administrator in the same transaction.
"""
from __future__ import annotations

import json

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import AuditAlarm
from app.models import AuditEvent, User
from app.services import audit, audit_trust, keystore, login_guard, signing
from app.services.actor import Actor
from app.services.errors import PermissionDenied


def certify(session: Session, issuer: signing.Signer, actor: str, user: User, public: bytes) -> None:
    cert = signing.issue(session, issuer, username=user.username, role=user.role, is_head=bool(user.is_head),
                         public=public)
    audit.record(session, "cert.issue", actor=actor, entity="user", entity_id=user.id, username=user.username,
                 role=user.role, is_head=bool(user.is_head), key_id=cert.key_id, issuer=issuer.username,
                 certificate=cert.id)


def new_keys(kf: keystore.KeyFile, username: str) -> bytes:
    """A fresh key pair for ``username``'s existing slot; returns the public key (to certify)."""
    seed = signing.new_seed()
    keystore.seal_signing(kf, "user", username, seed)
    return signing.seed_public(seed)


def has_boundary(session: Session) -> bool:
    return session.scalar(select(AuditEvent.id).where(AuditEvent.action == audit_trust.BOUNDARY).limit(1)) is not None


def upgrade_keys(kf: keystore.KeyFile) -> tuple[signing.Signer, dict[str, bytes]]:
    """Keys for a registry written before 0.3 (see module doc): the root signer and each login's
    seed. The sidecar is written first: a crash before the boundary commit redoes the whole step."""
    root_seed = signing.new_seed()
    keystore.seal_signing(kf, keystore.RECOVERY_SLOT, keystore.RECOVERY_SLOT, root_seed)
    kf.data["root_public"] = signing.seed_public(root_seed).hex()
    seeds = {}
    for username in kf.usernames():
        seeds[username] = signing.new_seed()
        keystore.seal_signing(kf, "user", username, seeds[username])
    kf.save()
    return signing.Signer.from_seed(signing.ROOT, root_seed), seeds


def write_upgrade_boundary(registry, root: signing.Signer, seeds: dict[str, bytes]) -> None:
    """The boundary entry and the logins' certificates (their roles as the 0.2 rows state them)."""
    with registry.begin() as s:
        audit_trust.sign_boundary(s, registry.actor.username, root_key_id=root.key_id, reason="nang_cap_0_3")
        for user in s.scalars(select(User).where(User.username.in_(list(seeds))).order_by(User.id)):
            certify(s, root, registry.actor.username, user, signing.seed_public(seeds[user.username]))


def resolve(session: Session, kf: keystore.KeyFile, kind: str, name: str,
            signer: signing.Signer | None) -> tuple[Actor, list[AuditAlarm]]:
    """The actor from the certificates; refuses a login whose key has no valid certificate."""
    root = keystore.root_public(kf)
    trust = signing.load_trust(session, root) if root else signing.Trust("", [])
    alarms: list[AuditAlarm] = []
    if kind == "user":
        user = session.scalar(select(User).where(User.username == name))
        if user is None or not user.active or not user.can_login:
            raise PermissionDenied("Tài khoản này đã bị khóa hoặc không còn quyền đăng nhập.")
        cert = trust.current(name)
        if cert is None or signer is None or cert.key_id != signer.key_id:
            raise PermissionDenied(code="audit.no_certificate", params={"username": name})
    else:  # recovery: the head of the agency, else the first administrator — as certified
        if signer is not None and root is not None and signer.key_id != signing.fingerprint(root) \
                and trust.public_of(signing.ROOT, signer.key_id) is None:
            raise PermissionDenied(code="audit.no_certificate", params={"username": keystore.RECOVERY_SLOT})
        user = cert = None
        for candidate in session.scalars(select(User).where(User.active).order_by(User.id)):
            c = trust.current(candidate.username)
            if c is not None and (c.is_head or (user is None and c.role == "quan_tri")):
                user, cert = candidate, c
                if c.is_head:
                    break
        if user is None:
            return Actor.system(), alarms
    if (cert.role, cert.is_head) != (user.role, bool(user.is_head)):
        alarms.append(AuditAlarm(code="audit.role_mismatch", params={"username": user.username}))
    return Actor(user.username, user.id, user.full_name, role=cert.role, is_head=cert.is_head), alarms


def install_recertify(factory: sessionmaker, registry) -> None:
    """Certify, in the same transaction, a role or head-of-agency change made through the services."""

    def after_flush(session: Session, _ctx) -> None:
        from sqlalchemy import inspect

        for obj in session.dirty:
            if isinstance(obj, User):
                state = inspect(obj)
                if state.attrs.role.history.has_changes() or state.attrs.is_head.history.has_changes():
                    session.info.setdefault("_recertify", set()).add(obj.id)

    def before_commit(session: Session) -> None:
        if session.in_nested_transaction() or registry.signer is None:
            return
        session.flush()
        ids = session.info.pop("_recertify", None)
        if not ids:
            return
        root = keystore.root_public(registry.keyfile)
        trust = signing.load_trust(session, root) if root else None
        mine = trust.current(registry.signer.username) if trust else None
        if registry.signer.username != signing.ROOT and not (mine and (mine.role in signing.ISSUER_ROLES or mine.is_head)):
            return  # not an issuer: the row changes, the certificate does not (verify reports it)
        for user in session.scalars(select(User).where(User.id.in_(ids))):
            current = trust.current(user.username)
            if current is not None:
                certify(session, registry.signer, registry.actor.username, user, current.public)

    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "before_commit", before_commit)


def establish(registry, kind: str, name: str, seed: bytes | None, *, upgradable: bool) -> None:
    """Signer and actor: from the certificates once the registry has its signed boundary; a registry
    written before 0.3 first gets its keys (``upgrade_keys``) when it may be written."""
    with Session(registry.engine) as s:
        signed = has_boundary(s)
    if not signed:
        registry.actor = legacy_actor(registry.engine, kind, name)  # the 0.2 rows, trusted once
        if not upgradable:
            return
        root, seeds = upgrade_keys(registry.keyfile)
        registry.signer = root if kind == keystore.RECOVERY_SLOT else signing.Signer.from_seed(name, seeds[name])
        write_upgrade_boundary(registry, root, seeds)
    elif seed is not None:
        registry.signer = signing.Signer.from_seed(signing.ROOT if kind == keystore.RECOVERY_SLOT else name, seed)
    with Session(registry.engine) as s:
        registry.actor, alarms = resolve(s, registry.keyfile, kind, name, registry.signer)
    registry.alarms.extend(alarms)


def guard_rolled_back(s: Session, keyfile: keystore.KeyFile) -> bool:
    """The failure counter beside the registry is lower than the last unlock recorded in the log."""
    last = s.execute(select(AuditEvent.action, AuditEvent.details).where(
        AuditEvent.action.in_(("login", "login.recovery", "registry.restore"))).order_by(AuditEvent.id.desc())
        .limit(1)).first()
    if last is None or last.action == "registry.restore":
        return False
    recorded = json.loads(last.details).get("guard_seq")
    return recorded is not None and login_guard.sequence(keyfile.data.get("login_guard", {})) < int(recorded)


def legacy_actor(engine, kind: str, name: str) -> Actor:
    """The actor as the user row states it (release 0.2): trusted once, to write the boundary."""
    with Session(engine) as s:
        if kind == "user":
            user = s.scalar(select(User).where(User.username == name))
            if user is None or not user.active or not user.can_login:
                raise PermissionDenied("Tài khoản này đã bị khóa hoặc không còn quyền đăng nhập.")
        else:  # recovery: the head of the agency, else the first administrator
            user = s.scalar(select(User).where(User.active, User.is_head).order_by(User.id)) or \
                s.scalar(select(User).where(User.active, User.role == "quan_tri").order_by(User.id))
            if user is None:
                return Actor.system()
        return Actor(user.username, user.id, user.full_name, role=user.role, is_head=user.is_head)
