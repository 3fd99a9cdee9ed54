"""Alembic environment. The caller passes an open SQLAlchemy connection in
``config.attributes["connection"]`` (``app.migrations.runner``); no alembic.ini, no URL."""
from __future__ import annotations

from alembic import context

from app.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - misuse
    raise RuntimeError("app.migrations must be run through app.migrations.runner")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
