"""SQLCipher engines for SQLAlchemy.

The database is keyed with a raw 256-bit key (``PRAGMA key = "x'…'"``); the key itself is never
derived from a password here — see ``app.services.keystore``. Right after keying, the connection reads
``sqlite_master`` so a wrong key or a damaged file fails at once, not at the first query.

Runtime errors are classified in ONE place, ``classify``: an SQLite/SQLCipher error that the machine
caused (disk full, I/O error, database locked by another program, file that cannot be opened,
read-only file or disk) becomes an ``app.errors.EnvironmentFault`` with a clear Vietnamese sentence;
anything else stays as it is ("our bug"). Every engine made here applies it to each statement and
commit (SQLAlchemy's ``handle_error`` event); code that uses a raw DB-API connection wraps its work in
``environment_errors()``.
"""
from __future__ import annotations

import contextlib
import errno
import os
import sqlite3 as _sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.errors import (
    CannotOpenFile,
    DatabaseLocked,
    DiskFull,
    DiskIOError,
    EnvironmentFault,
    ReadOnlyFile,
    os_fault,
)

KEY_BYTES = 32
CACHE_SIZE = -262144  # KiB: up to 256 MiB of decrypted pages per connection (filled only as pages are read)
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another program's lock before "database is locked"

# Primary SQLite result codes (extended code & 0xFF) → the fault the user is told about.
_FAULT_BY_CODE: dict[int, type[EnvironmentFault]] = {
    13: DiskFull,        # SQLITE_FULL
    10: DiskIOError,     # SQLITE_IOERR (and its extended codes)
    5: DatabaseLocked,   # SQLITE_BUSY
    6: DatabaseLocked,   # SQLITE_LOCKED
    14: CannotOpenFile,  # SQLITE_CANTOPEN
    8: ReadOnlyFile,     # SQLITE_READONLY
}
# OSErrors on the registry's own files (lock, key sidecar, backups) that are the machine's doing.
_ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS}
# When a driver gives no code: SQLite's own messages.
_FAULT_BY_MESSAGE: tuple[tuple[str, type[EnvironmentFault]], ...] = (
    ("database or disk is full", DiskFull),
    ("disk i/o error", DiskIOError),
    ("database is locked", DatabaseLocked),
    ("database table is locked", DatabaseLocked),
    ("unable to open database", CannotOpenFile),
    ("readonly database", ReadOnlyFile),
    ("read-only", ReadOnlyFile),
)


class DatabaseOpenError(Exception):
    """The key did not open the file (wrong key, not a database, or damaged)."""


def classify(exc: BaseException) -> EnvironmentFault | None:
    """The environment fault behind a database error (SQLAlchemy-wrapped or raw DB-API) or an OSError
    (disk full, read-only, I/O error), else None: then it is our bug."""
    if isinstance(exc, EnvironmentFault):
        return exc
    if isinstance(exc, OSError) and exc.errno in _ENVIRONMENT_ERRNOS:  # the registry's other files
        return os_fault(exc)
    original = getattr(exc, "orig", None) or exc  # sqlalchemy.exc.DBAPIError keeps the driver's error
    if not isinstance(original, (sqlcipher3.DatabaseError, _sqlite3.DatabaseError)):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    fault = _FAULT_BY_CODE.get(code & 0xFF) if isinstance(code, int) else None
    if fault is None:
        text = str(original).lower()
        fault = next((f for needle, f in _FAULT_BY_MESSAGE if needle in text), None)
    if fault is None:
        return None
    out = fault()
    out.__cause__ = original
    return out


@contextlib.contextmanager
def environment_errors() -> Iterator[None]:
    """Raise database errors the machine caused as ``EnvironmentFault`` (for raw DB-API work)."""
    try:
        yield
    except (sqlcipher3.DatabaseError, _sqlite3.DatabaseError) as exc:
        fault = classify(exc)
        if fault is None:
            raise
        raise fault from exc


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    return "PRAGMA key = \"x'%s'\"" % key.hex()


def connect_raw(path: str | os.PathLike, key: bytes) -> sqlcipher3.Connection:
    """A keyed DB-API connection, verified by reading ``sqlite_master``."""
    with environment_errors():  # a vanished folder or file: "unable to open database file"
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store = MEMORY")  # never spill temp tables to plaintext temp files
        conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")  # decrypted pages kept: fewer decryptions
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        fault = classify(exc)  # locked, unreadable or vanished: the machine, not a wrong key
        if fault is not None:
            raise fault from exc
        raise DatabaseOpenError(str(exc)) from exc
    return conn


def make_engine(path: str | os.PathLike, key: bytes, *, plain: bool = False) -> Engine:
    """Engine over an encrypted registry file (``plain=True`` only for benchmarks' baseline)."""
    path = Path(path)
    if plain:
        def creator():
            conn = _sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
            return conn
    else:
        def creator():
            return connect_raw(path, key)

    module = None if plain else sqlcipher3  # so SQLAlchemy wraps sqlcipher3's exceptions
    engine = create_engine("sqlite://", creator=creator, module=module, poolclass=QueuePool,
                           pool_size=2, max_overflow=2,  # few connections: each has its own cache
                           hide_parameters=True)  # never document content in an exception or a log
    _use_explicit_transactions(engine)
    _classify_errors(engine)
    return engine


def _classify_errors(engine: Engine) -> None:
    @event.listens_for(engine, "handle_error")
    def _handle(context):
        fault = classify(context.original_exception)
        if fault is not None:
            raise fault from context.original_exception


def _use_explicit_transactions(engine: Engine) -> None:
    # The DB-API module runs in autocommit mode (isolation_level=None); SQLAlchemy issues BEGIN
    # itself, so SAVEPOINTs work and every unit of work is one real transaction.
    @event.listens_for(engine, "begin")
    def _begin(conn):  # pragma: no cover - trivial
        conn.exec_driver_sql("BEGIN")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, future=True)
