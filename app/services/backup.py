"""Encrypted backups (``.somatbak``) with rotation, and a restore that verifies before replacing.

A backup is a zip (stored, not compressed — the content is ciphertext) of:
``registry.somat`` — a SQLCipher copy made with ``sqlcipher_export`` into a new file keyed with the
same key (never plaintext, not even in a temp file); ``registry.somat.keys`` — the key sidecar
(slots, audit head; failed-login state cleared); ``manifest.json`` — format, UUID, time, app and
schema versions, reason. ``restore`` opens the backup with the password, runs the integrity checks
and re-walks the audit chain against the backup's head before touching the target; the replaced
files are kept as ``<target>.before-restore`` (+ its ``.keys``).
"""
from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__, paths
from app.errors import os_fault
from app.migrations import runner
from app.models import User
from app.models.db import environment_errors, make_engine
from app.services import audit, keystore, login_guard, registry_trust, signing
from app.services.actor import Actor
from app.services.errors import SomatError
from app.services.instance_lock import InstanceLock
from app.services.registry import (
    DamagedFile,
    DatabaseTooNew,
    NotSomatFile,
    Registry,
    check_database,
    file_salt,
    normalise_password,
)
from app.services.roles import require

SUFFIX = ".somatbak"
DB_MEMBER, KEYS_MEMBER, MANIFEST_MEMBER = "registry.somat", "registry.somat.keys", "manifest.json"
FORMAT = "somat-backup"
BEFORE_RESTORE = ".before-restore"


class BadBackup(NotSomatFile):
    code = "backup.invalid"

    def __init__(self, message: str | None = None, *, code: str | None = None, params: dict | None = None):
        SomatError.__init__(self, message, code=code, params=params, field="path")


def _backup_name(stem: str, dest: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate, n = dest / f"{stem}-{stamp}{SUFFIX}", 1
    while candidate.exists():
        n += 1
        candidate = dest / f"{stem}-{stamp}-{n}{SUFFIX}"
    return candidate


def list_backups(dest_dir: str | os.PathLike, stem: str) -> list[Path]:
    """Backups of the registry named ``stem`` in ``dest_dir``, oldest first."""
    pattern = re.compile(rf"^{re.escape(stem)}-\d{{8}}-\d{{6}}(-\d+)?{re.escape(SUFFIX)}$")
    found = [p for p in Path(dest_dir).glob(f"{stem}-*{SUFFIX}") if pattern.match(p.name)]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def _export(registry: Registry, target: Path) -> None:
    key_sql = "\"x'%s'\"" % registry.key.hex()
    with registry.engine.connect() as conn, environment_errors():
        raw = conn.connection.driver_connection  # no SQLAlchemy transaction is open yet
        raw.execute(f"ATTACH DATABASE ? AS somat_backup KEY {key_sql}", (str(target),))
        try:
            raw.execute("BEGIN")  # one consistent snapshot of the source
            raw.execute("SELECT count(*) FROM main.sqlite_master").fetchone()  # reload a changed schema
            try:
                raw.execute("SELECT sqlcipher_export('somat_backup')")
                raw.execute("COMMIT")
            except BaseException:
                raw.execute("ROLLBACK")
                raise
        finally:
            raw.execute("DETACH DATABASE somat_backup")


def backup_now(registry: Registry, dest_dir: str | os.PathLike | None = None, keep: int = 10, *,
               reason: str = "thu_cong") -> Path:
    """Write an encrypted backup of an open registry; keep the newest ``keep`` backups of it."""
    require(registry.actor, "registry.backup")
    dest = Path(dest_dir) if dest_dir else paths.backup_dir()
    dest.mkdir(parents=True, exist_ok=True)
    final = _backup_name(registry.path.stem, dest)
    work = Path(tempfile.mkdtemp(prefix=".somat-backup-", dir=dest))
    try:
        db_copy = work / DB_MEMBER
        _export(registry, db_copy)
        check_database(db_copy, registry.key, full=True)
        keys = copy.deepcopy(registry.keyfile.data)
        keys["login_guard"] = {}
        keys["db_salt"] = file_salt(db_copy)
        engine = make_engine(db_copy, registry.key)
        try:
            with engine.connect() as conn:
                revision = runner.current(conn)
        finally:
            engine.dispose()
        manifest = {"format": FORMAT, "version": 1, "registry_uuid": registry.uuid,
                    "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    "app_version": __version__, "schema_revision": revision, "reason": reason,
                    "source_name": registry.path.name}
        partial = work / (final.name + ".part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST_MEMBER, json.dumps(manifest, ensure_ascii=False, indent=1))
            zf.writestr(KEYS_MEMBER, json.dumps(keys, ensure_ascii=False, indent=1))
            zf.write(db_copy, DB_MEMBER)
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, final)
    except OSError as exc:  # the backup folder's disk is full, read-only or failing
        raise os_fault(exc) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for old in list_backups(dest, registry.path.stem)[:-keep] if keep > 0 else []:
        if old != final:
            old.unlink(missing_ok=True)
    return final


def _extract(backup: Path, work: Path) -> tuple[Path, dict]:
    try:
        with zipfile.ZipFile(backup) as zf:
            names = set(zf.namelist())
            if names != {DB_MEMBER, KEYS_MEMBER, MANIFEST_MEMBER}:
                raise BadBackup()
            manifest = json.loads(zf.read(MANIFEST_MEMBER))
            if manifest.get("format") != FORMAT:
                raise BadBackup()
            for name in (DB_MEMBER, KEYS_MEMBER):
                with zf.open(name) as src, open(work / name, "wb") as dst:
                    shutil.copyfileobj(src, dst)
    except (OSError, zipfile.BadZipFile, ValueError, KeyError):
        raise BadBackup() from None
    return work / DB_MEMBER, manifest


def verify_backup(db: Path, username: str, password: str, *, seed_out: list | None = None) -> tuple[bytes, keystore.KeyFile]:
    """Password, integrity checks, schema version and the audit chain of an extracted backup.
    ``seed_out`` receives the user's signing seed (to sign the restore entry)."""
    kf = keystore.load_keyfile(db)
    key, seed = keystore.unlock_slot_keys(kf, "user", username, normalise_password(password))
    if seed_out is not None:
        seed_out.append(seed)
    check_database(db, key, kf, full=True)
    engine = make_engine(db, key)
    try:
        with Session(engine) as s:
            if runner.state(s.connection()) == runner.TOO_NEW:
                raise DatabaseTooNew()
            try:
                stored = keystore.read_audit_head(kf, key)
            except ValueError:
                raise DamagedFile("Bản sao lưu có đầu chuỗi nhật ký kiểm toán không hợp lệ.") from None
            result = audit.verify_chain(s, audit.ChainHead(*stored) if stored else None)
            if not result.ok:
                raise DamagedFile(f"Nhật ký kiểm toán trong bản sao lưu không toàn vẹn: {result.reason}.")
    finally:
        engine.dispose()
    return key, kf


def restore(backup: str | os.PathLike, target: str | os.PathLike, username: str, password: str) -> Path:
    """Replace ``target`` with a verified backup; the old files become ``<target>.before-restore``."""
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise BadBackup(code="backup.not_found", params={"name": backup.name})
    target.parent.mkdir(parents=True, exist_ok=True)
    with InstanceLock(target):
        work = Path(tempfile.mkdtemp(prefix=".somat-restore-", dir=target.parent))
        try:
            db, manifest = _extract(backup, work)
            seeds: list = []
            try:
                key, kf = verify_backup(db, username, password, seed_out=seeds)
            except keystore.WrongPassword:
                _record_failed_restore(target, username)
                raise
            _require_restorer(db, key, kf, username, seeds[0])
            _record_restore(db, key, kf, username, backup.name, manifest, seeds[0])
            _replace(target, db)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return target


def _record_failed_restore(target: Path, username: str) -> None:
    """A wrong password given to ``restore`` counts as a failed unlock of the live registry (it is
    written into the signed audit log at the next successful unlock). The caller holds the lock."""
    with contextlib.suppress(SomatError, OSError):
        live = keystore.load_keyfile(target)
        login_guard.record_failure(live.data.setdefault("login_guard", {}), username, via="khoi_phuc")
        live.save()


class _Signing:  # what ``audit.record`` looks for in ``session.info["audit"]``
    def __init__(self, signer):
        self.signer = signer


def _require_restorer(db: Path, key: bytes, kf: keystore.KeyFile, username: str, seed: bytes | None) -> None:
    """Restoring replaces the live registry: an administrator's action (``registry.restore``), judged by
    the user's certificate in the backup being restored (the row alone for a backup made before 0.3) —
    checked before the target is touched."""
    engine = make_engine(db, key)
    try:
        with Session(engine) as s:
            if registry_trust.has_boundary(s):
                signer = signing.Signer.from_seed(username, seed) if seed else None
                actor, _alarms = registry_trust.resolve(s, kf, "user", username, signer)
            else:
                user = s.scalar(select(User).where(User.username == username))
                actor = None if user is None or not user.active else Actor(
                    user.username, user.id, user.full_name, role=user.role, is_head=user.is_head)
    finally:
        engine.dispose()
    require(actor, "registry.restore")


def _record_restore(db: Path, key: bytes, kf: keystore.KeyFile, username: str, name: str, manifest: dict,
                    seed: bytes | None = None) -> None:
    engine = make_engine(db, key)
    signer = signing.Signer.from_seed(username, seed) if seed else None
    try:
        with engine.connect() as conn:
            pending = runner.state(conn) == runner.PENDING
        if pending:  # a backup of an older release: its schema first (the .somatbak itself is untouched)
            runner.upgrade_engine(engine)
        with Session(engine, info={"audit": _Signing(signer)}) as s, s.begin():
            audit.record(s, "registry.restore", actor=username, backup=name,
                         backup_created_at=manifest.get("created_at"))
        with Session(engine) as s:
            head = audit.chain_head(s)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    keystore.store_audit_head(kf, key, head.count, head.hash, signer)
    kf.data["login_guard"] = {}
    kf.save()


def _replace(target: Path, restored: Path) -> None:
    keep = target.with_name(target.name + BEFORE_RESTORE)
    moves = [(Path(f"{target}{s}"), Path(f"{keep}{s}")) for s in ("", "-wal", "-shm")]
    moves.append((keystore.sidecar_path(target), keystore.sidecar_path(keep)))
    for src, dst in moves:
        if src.exists():
            os.replace(src, dst)
        else:
            with contextlib.suppress(FileNotFoundError):
                dst.unlink()
    os.replace(keystore.sidecar_path(restored), keystore.sidecar_path(target))
    os.replace(restored, target)

