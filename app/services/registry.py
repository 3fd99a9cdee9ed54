"""Creating and opening a registry file: keys, checks, migrations, the audit chain head.

``open_registry`` checks, in order: the key sidecar is ours (``NotSomatFile``), no other instance
has the file (``RegistryInUse``), no lockout is running (``TooManyAttempts``), the password opens a
slot (``WrongPassword``, counted), the database opens with that key and passes
``cipher_integrity_check`` and ``quick_check`` (``DamagedFile``), its schema is not newer than this
build (``DatabaseTooNew``); the audit head kept beside it matches the database (else an alarm,
``Registry.alarms``, recorded — never silently re-anchored); then it backs up and migrates if needed,
gives a pre-0.3 registry its signing keys (``app.services.registry_trust``), takes the actor's role
from their certificate, syncs the rule tables, and copies failed attempts into the audit log. Key-slot management (``add_login``, ``change_password``,
``remove_login``, ``rekey``) lives in ``app.services.registry_keys`` and is re-exported here.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import threading
import unicodedata
import uuid as uuidlib
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.errors import AuditAlarm
from app.migrations import runner
from app.models import Agency, Setting, User
from app.models.db import DatabaseOpenError, connect_raw, make_engine, make_sessionmaker
from app.models.schema import sync_rule_tables
from app.rules import current_pack
from app.services import audit, audit_rows, audit_trust, keystore, login_guard, registry_trust, signing
from app.services.actor import Actor
from app.services.errors import SomatError, ValidationError
from app.services.instance_lock import InstanceLock, RegistryInUse  # noqa: F401 - re-exported
from app.services.keystore import InvalidRecoveryCode, NotSomatFile, WrongPassword  # noqa: F401
from app.services.login_guard import TooManyAttempts  # noqa: F401 - re-exported
from app.textnorm import fold

UUID_SETTING = "registry.uuid"
MIN_PASSWORD = 8
Progress = Callable[[int, int, str], None]


class DamagedFile(SomatError):
    code = "registry.damaged"

    def __init__(self, message: str | None = None):
        super().__init__(message, field="path")


class DatabaseTooNew(SomatError):
    code = "registry.too_new"

    def __init__(self, message: str | None = None):
        super().__init__(message, field="path")


def normalise_password(password: str) -> bytes:
    """Vietnamese input methods may send composed or decomposed text: hash the NFC form."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def check_new_password(password: str) -> None:
    if len(unicodedata.normalize("NFC", password)) < MIN_PASSWORD:
        raise ValidationError(code="password.too_short", params={"min": MIN_PASSWORD}, field="password")


class Registry:
    """An open registry. Use ``begin()`` / ``session()``; ``close()`` when done."""

    def __init__(self, path: Path, engine: Engine, key: bytes, keyfile: keystore.KeyFile,
                 lock: InstanceLock, actor: Actor):
        self.path = path
        self.engine = engine
        self.actor = actor
        self.opened_with = "user"  # "user" (a password) or keystore.RECOVERY_SLOT (the printed recovery code)
        self._key = bytearray(key)
        self._keyfile = keyfile
        self._lock = lock
        self._head_lock = threading.Lock()
        self.signer: signing.Signer | None = None  # signs every audit entry of this session
        self.alarms: list[AuditAlarm] = []  # tampering found at unlock (shown by the GUI and the CLI)
        self._sessionmaker = make_sessionmaker(engine)
        self._sessionmaker.configure(info={"audit": self})  # audit.record signs with self.signer
        registry_trust.install_recertify(self._sessionmaker, self)
        audit_rows.install(self._sessionmaker, lambda: self.actor.username)
        self._head_tracker = audit.HeadTracker(self._sessionmaker, self.store_audit_head)

    # --- sessions ---------------------------------------------------------------------------------
    def session(self) -> Session:
        """A Session (use as a context manager); commit yourself."""
        return self._sessionmaker()

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        """A Session in a transaction, committed on exit (rolled back on error)."""
        with self._sessionmaker.begin() as session:
            yield session

    @property
    def uuid(self) -> str:
        return self._keyfile.uuid

    @property
    def pack(self):
        return current_pack()

    @property
    def keyfile(self) -> keystore.KeyFile:
        return self._keyfile

    @property
    def root_fingerprint(self) -> str:
        """The root key's fingerprint as printed on the recovery-code sheet ("" before 0.3)."""
        root = keystore.root_public(self._keyfile)
        return signing.display_fingerprint(signing.fingerprint(root)) if root else ""

    @property
    def key(self) -> bytes:
        """The raw database key (backups, rekey). Never log or display it."""
        return bytes(self._key)

    # --- audit head -------------------------------------------------------------------------------
    def store_audit_head(self) -> None:
        with self._head_lock, Session(self.engine) as s:
            head = audit.chain_head(s)
            keystore.store_audit_head(self._keyfile, self.key, head.count, head.hash, self.signer)
            self._keyfile.save()

    def verify_audit(self, *, paper_head: str | None = None, root_fingerprint: str | None = None) -> audit.VerifyResult:
        """The whole chain of trust (``audit_trust.verify_all``); ``paper_head`` (hex, at least 16
        digits, copied from a printed page) and ``root_fingerprint`` (from the recovery-code sheet)
        check it against anchors outside the machine."""
        with Session(self.engine) as s:
            if runner.state(s.connection()) == runner.PENDING:  # a 0.2 file opened read-only: no signatures yet
                return audit_trust.verify_unsigned(s, self._keyfile, self.key, paper_head=paper_head)
            return audit_trust.verify_all(s, self._keyfile, self.key, paper_head=paper_head,
                                          root_fingerprint=root_fingerprint)

    # --- lifecycle --------------------------------------------------------------------------------
    def _replace_engine(self, engine: Engine, key: bytes) -> None:
        self.engine = engine
        self._sessionmaker.configure(bind=engine)
        self._zero_key()
        self._key = bytearray(key)

    def _zero_key(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0

    def close(self) -> None:
        if self._lock is None:
            return
        try:
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.engine.dispose()
        finally:
            self._zero_key()
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- opening the database file --------------------------------------------------------------------

# Registries up to this size get a full page-by-page check (HMAC of every page) at each unlock.
FULL_CHECK_LIMIT = 256 * 1024 * 1024


def file_salt(path: Path) -> str:
    with open(path, "rb") as fh:
        return fh.read(16).hex()


def check_database(path: Path, key: bytes, keyfile: keystore.KeyFile | None = None, *,
                   full: bool | None = None) -> None:
    """Open ``path`` with ``key`` and run the integrity checks; the three-way error sorting.

    ``full=None`` checks every page only up to FULL_CHECK_LIMIT; backups and restores pass ``True``."""
    if not path.is_file():
        raise NotSomatFile(f"Không tìm thấy tệp sổ «{path.name}».")
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header.startswith(b"SQLite format 3") or len(header) < 16:
        raise NotSomatFile()
    hint = keyfile.data.get("db_salt") if keyfile else None
    try:
        conn = connect_raw(path, key)
    except DatabaseOpenError:
        if hint and hint != header.hex():
            raise NotSomatFile("Tệp khóa «.keys» đi kèm không thuộc về tệp sổ này.") from None
        raise DamagedFile() from None
    try:
        if full or (full is None and path.stat().st_size <= FULL_CHECK_LIMIT):
            bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            quick = conn.execute("PRAGMA quick_check").fetchall()
        else:
            # A large registry: checking every page would take seconds at each unlock. The header and
            # schema pages were just read; the whole file is verified by every backup (verify_backup).
            bad_pages, quick = [], [("ok",)]
    except sqlcipher3.DatabaseError:
        raise DamagedFile() from None
    finally:
        conn.close()
    if bad_pages or quick != [("ok",)]:
        raise DamagedFile()


def _stored_uuid(engine: Engine) -> str | None:
    with Session(engine) as s:
        try:
            return s.scalar(select(Setting.value).where(Setting.key == UUID_SETTING))
        except Exception:
            return None


def _unlock(path: Path, keyfile: keystore.KeyFile, kind: str, name: str, secret: bytes) -> tuple[bytes, bytes | None]:
    """Unlock one slot with the lockout rules; the key is checked against the database. Returns the
    database key and the slot's signing seed."""
    guard = keyfile.data.setdefault("login_guard", {})
    login_guard.check(guard)
    try:
        key, seed = keystore.unlock_slot_keys(keyfile, kind, name, secret)
    except WrongPassword as exc:
        login_guard.record_failure(guard, name if kind == "user" else "(mã khôi phục)")
        keyfile.save()
        if kind == keystore.RECOVERY_SLOT:
            raise WrongPassword("Mã khôi phục không đúng với sổ này.") from None
        raise exc from None
    try:
        check_database(path, key, keyfile)
    except DamagedFile:
        if not keystore.has_next(keyfile):
            raise
        key = keystore.unlock_slot(keyfile, kind, name, secret, "next")  # a rekey was interrupted
        check_database(path, key, keyfile)
        keystore.promote_next(keyfile)
        keyfile.save()
        return key, seed
    if keystore.has_next(keyfile):  # a rekey stopped before the database was rekeyed
        keystore.drop_next(keyfile)
        keyfile.save()
    return key, seed


def _open(path, kind: str, name: str, secret: bytes, *, read_only: bool) -> Registry:
    path = Path(path)
    keystore.load_keyfile(path)  # NotSomatFile before any lock file is made beside a stranger's file
    if not path.is_file():
        raise NotSomatFile(f"Không tìm thấy tệp sổ «{path.name}».")
    lock = InstanceLock(path).acquire()
    engine = None
    try:
        keyfile = keystore.load_keyfile(path)  # read again under the lock: every write is read-modify-write
        key, seed = _unlock(path, keyfile, kind, name, secret)
        engine = make_engine(path, key)
        if _stored_uuid(engine) != keyfile.uuid:
            raise NotSomatFile()
        with engine.connect() as conn:
            state = runner.state(conn)
        if state == runner.TOO_NEW:
            raise DatabaseTooNew()
        if state == runner.EMPTY:
            raise NotSomatFile()
        registry = Registry(path, engine, key, keyfile, lock, Actor.system())
        with Session(engine) as s:  # before anything is written: the stored head against the database
            mismatch = audit_trust.check_head(s, keyfile, key)
            guard_rollback = registry_trust.guard_rolled_back(s, keyfile) if state != runner.PENDING else False
        if state == runner.PENDING and not read_only:
            from app.services.backup import backup_now

            backup_now(registry, reason="truoc_nang_cap")
            runner.upgrade_engine(engine)
            state = runner.CURRENT
        registry.opened_with = kind
        registry_trust.establish(registry, kind, name, seed, upgradable=state == runner.CURRENT and not read_only)
        if mismatch:
            registry.alarms.insert(0, AuditAlarm(code="audit.head_mismatch", params={
                "stored_count": mismatch.get("stored_count", "?"), "count": mismatch["count"]}))
        if guard_rollback:
            registry.alarms.append(AuditAlarm(code="audit.guard_rollback"))
        if not read_only:
            _after_unlock(registry, kind, mismatch)
        return registry
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        raise


def _after_unlock(registry: Registry, kind: str, mismatch: dict | None = None) -> None:
    guard = registry.keyfile.data.setdefault("login_guard", {})
    pending, dropped = login_guard.take_pending(guard)
    with registry.begin() as s:
        sync_rule_tables(s)
        for alarm in registry.alarms:
            audit_trust.record_alarm(s, registry.actor.username, alarm.code, **alarm.params,
                                     **({"mismatch": mismatch} if alarm.code == "audit.head_mismatch" else {}))
        for failure in pending:
            audit.record(s, "login.failed", actor=failure["username"] or "?", at_utc=failure["at"],
                         via=failure.get("via", "mo_so"))
        if dropped:
            audit.record(s, "login.failed", actor="?", not_detailed=dropped)
        audit.record(s, "login.recovery" if kind == keystore.RECOVERY_SLOT else "login",
                     actor=registry.actor.username, entity="user", entity_id=registry.actor.user_id,
                     guard_seq=login_guard.sequence(guard))
    registry.keyfile.save()


def open_registry(path, username: str, password: str, *, read_only: bool = False) -> Registry:
    """Open a registry with a user's password. ``read_only`` skips migrations and start-up writes
    (used by ``somat audit verify``)."""
    return _open(path, "user", username, normalise_password(password), read_only=read_only)


def open_with_recovery(path, recovery_code: str) -> Registry:
    code = keystore.normalise_recovery_code(recovery_code)
    return _open(path, keystore.RECOVERY_SLOT, keystore.RECOVERY_SLOT, code.encode("ascii"), read_only=False)


# --- creating a registry --------------------------------------------------------------------------

def create_registry(path, *, agency_name: str, superior_body: str | None, admin_username: str,
                    admin_full_name: str, password: str, place: str | None = None, unit_level: str = "tinh",
                    progress: Progress | None = None, admin_is_head: bool = True,
                    kdf: dict | None = None) -> tuple[Registry, str]:
    """Create a new registry file and its key sidecar; returns the open registry and the recovery
    code (show it once, then forget it). ``progress(done, total, message)`` is called per step."""
    path = Path(path)
    report = progress or (lambda done, total, message: None)
    check_new_password(password)
    admin_username = admin_username.strip()
    if not admin_username or not agency_name.strip():
        raise ValidationError("Cần nhập tên cơ quan và tên đăng nhập của người quản trị.", field="admin_username")
    if path.exists() or keystore.sidecar_path(path).exists():
        raise ValidationError(f"Tệp «{path.name}» đã tồn tại; hãy chọn tên khác.", field="path")
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(path).acquire()
    engine = None
    try:
        report(0, 4, "Đo tốc độ máy để chọn tham số bảo vệ mật khẩu…")
        keyfile = keystore.new_keyfile(path, str(uuidlib.uuid4()), kdf or keystore.default_kdf())
        key = secrets.token_bytes(keystore.KEY_BYTES)
        admin_seed, root_seed = signing.new_seed(), signing.new_seed()
        keystore.set_slot(keyfile, "user", admin_username, normalise_password(password), key, signing_seed=admin_seed)
        code = keystore.new_recovery_code()
        keystore.set_slot(keyfile, keystore.RECOVERY_SLOT, keystore.RECOVERY_SLOT, code.encode("ascii"), key,
                          signing_seed=root_seed)
        keyfile.data["root_public"] = signing.seed_public(root_seed).hex()
        report(1, 4, "Tạo tệp sổ mã hóa…")
        engine = make_engine(path, key)
        with engine.connect() as conn:  # writes the encrypted header; the sidecar remembers its salt
            conn.exec_driver_sql("PRAGMA user_version = 0")
        lock.cover_database()
        keyfile.data["db_salt"] = file_salt(path)
        keyfile.save()
        runner.upgrade_engine(engine)
        report(2, 4, "Ghi thông tin cơ quan và người quản trị…")
        registry = Registry(path, engine, key, keyfile, lock, Actor.system())
        registry.signer = signing.Signer.from_seed(admin_username, admin_seed)
        root = signing.Signer.from_seed(signing.ROOT, root_seed)
        registry.actor = Actor(admin_username, None, admin_full_name, role="quan_tri", is_head=admin_is_head)
        with registry.begin() as s:
            audit_trust.sign_boundary(s, admin_username, root_key_id=root.key_id, reason="tao_so")
            s.add(Setting(key=UUID_SETTING, value=keyfile.uuid))
            sync_rule_tables(s)
            registry.actor = _populate(s, agency_name=agency_name.strip(), superior_body=superior_body,
                                       place=place, unit_level=unit_level, admin_username=admin_username,
                                       admin_full_name=admin_full_name, admin_is_head=admin_is_head,
                                       registry_uuid=keyfile.uuid)
            registry_trust.certify(s, root, admin_username, s.get(User, registry.actor.user_id),
                                   signing.seed_public(admin_seed))
        report(4, 4, "Đã tạo sổ.")
        return registry, code
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keystore.sidecar_path(path)):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise



def _populate(s: Session, *, agency_name, superior_body, place, unit_level, admin_username, admin_full_name,
              admin_is_head, registry_uuid) -> Actor:
    """The Agency (with its Ed25519 signing key pair), the administrator, and the creation events."""
    signing = Ed25519PrivateKey.generate()
    agency = Agency(
        name=agency_name, superior_body=superior_body, place=place, unit_level=unit_level,
        signing_key_public=signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
        signing_key_private=signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))
    admin = User(username=admin_username, full_name=admin_full_name, full_name_fold=fold(admin_full_name),
                 role="quan_tri", is_head=admin_is_head, can_login=True, active=True)
    s.add_all([agency, admin])
    s.flush()
    actor = Actor(admin.username, admin.id, admin.full_name, role=admin.role, is_head=admin.is_head)
    audit.record(s, "registry.create", actor=actor.username, entity="agency", entity_id=agency.id,
                 registry_uuid=registry_uuid, agency=agency_name, schema=runner.head())
    audit.record(s, "user.add", actor=actor.username, entity="user", entity_id=admin.id,
                 username=admin.username, full_name=admin.full_name, role=admin.role, is_head=admin_is_head)
    audit.record(s, "login.grant", actor=actor.username, entity="user", entity_id=admin.id,
                 username=admin.username)
    audit.record(s, "recovery.issue", actor=actor.username, entity="agency", entity_id=agency.id)
    audit.record(s, "agency.signing_key", actor=actor.username, entity="agency", entity_id=agency.id,
                 algorithm="Ed25519")
    return actor


from app.services.registry_keys import (  # noqa: E402,F401
    add_login, add_person_with_login, change_password, rekey, remove_login, reset_password,
)

_resolve_actor = registry_trust.legacy_actor  # the 0.2 way (the user row), used once before the boundary
