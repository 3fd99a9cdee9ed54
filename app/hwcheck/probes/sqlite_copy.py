"""Query a browser database on a private copy, read-only, with its WAL replayed."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from app.hwcheck.probes.common import PrivateCopy


def query_copy(original: Path, sql: str) -> list[tuple]:
    """Run ``sql`` on a private copy of ``original`` (plus ``-wal``/``-shm``/``-journal``).

    The copy is opened with ``mode=ro`` — not ``immutable=1``, which would ignore the WAL and hide the
    most recent visits. If a hot rollback journal needs replaying, which a read-only connection cannot
    do, the *copy* is reopened read-write; the original is never opened by SQLite.
    """
    with PrivateCopy(original) as copy:
        try:
            return _run(copy, sql, "ro")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc).lower() and "read-only" not in str(exc).lower():
                raise
            return _run(copy, sql, "rw")


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
