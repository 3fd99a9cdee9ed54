"""Running the migrations programmatically (no alembic.ini at run time).

``state(connection)`` says whether a database is at the head, behind it, or newer than this build
(its revision is unknown here); ``upgrade(connection)`` brings it to the head inside the caller's
engine. The registry service decides what to do with each state (backup first, refuse too new).

Developer use: ``python -m app.migrations.runner revision "message"`` autogenerates a revision
against a scratch plain SQLite database upgraded to the current head.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

HERE = Path(__file__).resolve().parent
VERSIONS = HERE / "versions"
# Tests add a folder with a later revision here to exercise a pending upgrade.
extra_version_locations: list[Path] = []

CURRENT, PENDING, TOO_NEW, EMPTY = "current", "pending", "too_new", "empty"


def _escape(text: str) -> str:
    return text.replace("%", "%%")  # configparser interpolation


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", _escape(str(HERE)))
    cfg.set_main_option("path_separator", "os")
    locations = [str(VERSIONS), *(str(p) for p in extra_version_locations)]
    cfg.set_main_option("version_locations", _escape(os.pathsep.join(locations)))
    cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    heads = script().get_heads()
    if len(heads) != 1:  # pragma: no cover - a development mistake
        raise RuntimeError(f"migrations must be linear, found heads {heads}")
    return heads[0]


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def state(connection: Connection) -> str:
    rev = current(connection)
    if rev is None:
        return EMPTY
    if rev == head():
        return CURRENT
    try:
        known = script().get_revision(rev) is not None
    except Exception:  # alembic raises for unknown ids
        known = False
    return PENDING if known else TOO_NEW


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade on a connection already in a transaction (the caller commits)."""
    command.upgrade(config(connection), target)


def upgrade_engine(engine: Engine, target: str = "head") -> None:
    """Upgrade in one transaction with foreign keys off (batch mode recreates tables), then check
    the foreign keys before committing."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # only effective outside a transaction
        try:
            with conn.begin():
                upgrade(conn, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"foreign key check failed after migration: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _autogenerate(message: str) -> None:  # pragma: no cover - developer tool
    import tempfile

    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{tmp}/scratch.db")
        with engine.begin() as conn:
            if script().get_heads():
                upgrade(conn)
            cfg = config(conn)
            command.revision(cfg, message=message, autogenerate=True,
                             rev_id=f"{len(list(script().walk_revisions())) + 1:04d}")
        engine.dispose()


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _autogenerate(sys.argv[2])
    else:
        print("usage: python -m app.migrations.runner revision MESSAGE", file=sys.stderr)
        sys.exit(2)
