"""Release 0.2.0: search filters and sorts on a narrow table, with a compact Vietnamese sort key.

* ``document_order`` (id, book, year, number, level, status, sort key) kept in step with ``document``
  by triggers, so a search over a million rows never reads the wide, encrypted document rows;
* the sort key becomes one character per letter (``app.textnorm.sort_key_str``): every existing key
  is recomputed;
* the redundant index on (book, year, number) — the unique constraint already has one — and the large
  index on the old sort key are dropped.

Never edit after release. ORDER_DDL is a frozen copy of ``app.models.search_index.ORDER_DDL``.

Revision ID: 0002
Revises: 0001
Create Date: release 0.2.0
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ORDER_DDL = (
    "CREATE TABLE IF NOT EXISTS document_order (\n        id INTEGER PRIMARY KEY,\n        book VARCHAR(4) NOT NULL,\n        year INTEGER NOT NULL,\n        number INTEGER NOT NULL,\n        do_mat VARCHAR(12) NOT NULL,\n        status VARCHAR(20) NOT NULL,\n        sort_key TEXT NOT NULL\n    )",
    "CREATE INDEX IF NOT EXISTS ix_document_order_browse\n        ON document_order (book, year, number, do_mat, status)",
    "CREATE TRIGGER IF NOT EXISTS document_order_after_insert AFTER INSERT ON document\n    BEGIN\n        INSERT INTO document_order (id, book, year, number, do_mat, status, sort_key)\n            VALUES (NEW.id, NEW.book, NEW.year, NEW.number, NEW.do_mat, NEW.status, COALESCE(NEW.sort_key, ''));\n    END",
    "CREATE TRIGGER IF NOT EXISTS document_order_after_update\n        AFTER UPDATE OF book, year, number, do_mat, status, sort_key ON document\n    BEGIN\n        UPDATE document_order SET book = NEW.book, year = NEW.year, number = NEW.number, do_mat = NEW.do_mat,\n            status = NEW.status, sort_key = COALESCE(NEW.sort_key, '') WHERE id = NEW.id;\n    END",
    "CREATE TRIGGER IF NOT EXISTS document_order_after_delete AFTER DELETE ON document\n    BEGIN\n        DELETE FROM document_order WHERE id = OLD.id;\n    END",
)


def upgrade() -> None:
    from app.textnorm import register_sort_key as sort_key_for  # the running version's key, by definition

    bind = op.get_bind()
    op.execute("DROP INDEX IF EXISTS ix_document_book_year_number")
    op.execute("DROP INDEX IF EXISTS ix_document_sort")
    rows = bind.execute(sa.text("SELECT id, loai_van_ban, trich_yeu, co_quan_ban_hanh FROM document")).all()
    for row in rows:
        bind.execute(sa.text("UPDATE document SET sort_key = :k WHERE id = :i"),
                     {"k": sort_key_for(row.loai_van_ban, row.trich_yeu, row.co_quan_ban_hanh), "i": row.id})
    for statement in ORDER_DDL:
        op.execute(statement)
    op.execute("INSERT OR REPLACE INTO document_order (id, book, year, number, do_mat, status, sort_key) "
               "SELECT id, book, year, number, do_mat, status, COALESCE(sort_key, '') FROM document")


def downgrade() -> None:
    raise NotImplementedError("Sổ Mật never downgrades a registry; restore the backup made before upgrading.")
