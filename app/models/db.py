"""SQLCipher engines for SQLAlchemy.

The database is keyed with a raw 256-bit key (``PRAGMA key = "x'…'"``); the key itself is never
derived from a password here — see ``app.services.keystore``. Right after keying, the connection reads
``sqlite_master`` so a wrong key or a damaged file fails at once, not at the first query.
"""
from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

KEY_BYTES = 32
CACHE_SIZE = -262144  # KiB: up to 256 MiB of decrypted pages per connection (filled only as pages are read)


class DatabaseOpenError(Exception):
    """The key did not open the file (wrong key, not a database, or damaged)."""


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    return "PRAGMA key = \"x'%s'\"" % key.hex()


def connect_raw(path: str | os.PathLike, key: bytes) -> sqlcipher3.Connection:
    """A keyed DB-API connection, verified by reading ``sqlite_master``."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA temp_store = MEMORY")  # never spill temp tables to plaintext temp files
        conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")  # decrypted pages kept: fewer decryptions
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DatabaseOpenError(str(exc)) from exc
    return conn


def make_engine(path: str | os.PathLike, key: bytes, *, plain: bool = False) -> Engine:
    """Engine over an encrypted registry file (``plain=True`` only for benchmarks' baseline)."""
    path = Path(path)
    if plain:
        import sqlite3

        def creator():
            conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
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
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    # The DB-API module runs in autocommit mode (isolation_level=None); SQLAlchemy issues BEGIN
    # itself, so SAVEPOINTs work and every unit of work is one real transaction.
    @event.listens_for(engine, "begin")
    def _begin(conn):  # pragma: no cover - trivial
        conn.exec_driver_sql("BEGIN")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, future=True)
