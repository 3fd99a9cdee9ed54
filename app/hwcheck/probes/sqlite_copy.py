"""Query a browser database on a private copy, read-only, with its WAL or hot journal replayed.

A database without a non-empty ``-wal``/``-journal`` beside it (the usual case: Chromium's files
between writes, any browser after a clean quit) is read into memory and opened there
(``sqlite3.Connection.deserialize``): no temporary file, nothing written to disk. Otherwise the
files are copied to a private 0700 folder so SQLite can replay the WAL or roll back the journal.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from app.hwcheck.probes.common import PrivateCopy, open_regular

MAX_IN_MEMORY = 64 << 20  # larger databases go through a private copy on disk


def _pending(original: Path) -> bool:
    """True when a ``-wal`` or ``-journal`` beside the file holds data SQLite must apply."""
    for suffix in ("-wal", "-journal"):
        try:
            if os.stat(f"{original}{suffix}").st_size > 0:
                return True
        except FileNotFoundError:
            continue
    return False


def query_copy(original: Path, sql: str) -> list[tuple]:
    """Run ``sql`` on a private copy of ``original`` (plus ``-wal``/``-shm``/``-journal``).

    The copy is opened with ``mode=ro`` — not ``immutable=1``, which would ignore the WAL and hide the
    most recent visits. If a hot rollback journal needs replaying, which a read-only connection cannot
    do, the *copy* is reopened read-write; the original is never opened by SQLite.
    """
    # open_regular: links resolved inside the inspected root, FIFOs/devices/sockets refused (UnsafeFile)
    with open_regular(original) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size <= MAX_IN_MEMORY and not _pending(original):
            data = fh.read(MAX_IN_MEMORY + 1)
            if len(data) <= MAX_IN_MEMORY:
                return _run_in_memory(data, sql)
    return _run_copied(original, sql)  # large, growing, or with a WAL/journal to replay


def _run_copied(original: Path, sql: str) -> list[tuple]:
    with PrivateCopy(original) as copy:
        try:
            return _run(copy, sql, "ro")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc).lower() and "read-only" not in str(exc).lower():
                raise
            return _run(copy, sql, "rw")


def _run_in_memory(data: bytes, sql: str) -> list[tuple]:
    if data[:16] == b"SQLite format 3\x00" and data[18:20] == b"\x02\x02":
        # WAL mode with an empty WAL: the same content, read as a rollback-journal database
        data = data[:18] + b"\x01\x01" + data[20:]
    con = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        con.text_factory = lambda b: b.decode("utf-8", "replace")
        con.deserialize(data)
        con.execute("PRAGMA query_only=1")
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _run(copy: Path, sql: str, mode: str) -> list[tuple]:
    uri = f"file:{quote(str(copy))}?mode={mode}"
    con = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        con.text_factory = lambda b: b.decode("utf-8", "replace")
        # Our private copy: memory-map it and sort in memory (faster GROUP BY on large histories).
        con.execute("PRAGMA mmap_size=1073741824")
        con.execute("PRAGMA temp_store=MEMORY")
        con.execute("PRAGMA cache_size=-65536")
        return con.execute(sql).fetchall()
    finally:
        con.close()
