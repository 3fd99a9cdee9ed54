"""Release 0.3.0: paper an inspector accepts — stored facts instead of guesses.

* ``document.ghi_bo_sung``: an entry written into the book after later-dated ones on purpose
  ("ghi bổ sung"); existing rows dated before an earlier-numbered row of the same book and year are
  marked, as the printed book already flagged them;
* ``commitment.paper_confirmed_by`` / ``paper_confirmed_on`` / ``paper_scan_ref``: a commitment counts
  as signed only when the signed paper was confirmed or scanned. Existing rows stay unconfirmed
  (pending) — nobody confirmed their paper in the registry, so the clerk confirms each one;
* ``transfer.authoriser_title``: the title code of who authorised a transfer (checked against the pack);
* ``destruction_case.destroyed_time`` and ``handover.handed_time``: the hour printed on the records.

Columns are appended after ``created_at`` (the models declare them with ``sort_order``).

Never edit after release.

Revision ID: 0004
Revises: 0003
Create Date: release 0.3.0
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("document", sa.Column("ghi_bo_sung", sa.Boolean(), nullable=False, server_default=sa.text("0")))
    op.add_column("commitment", sa.Column("paper_confirmed_by", sa.String(200)))
    op.add_column("commitment", sa.Column("paper_confirmed_on", sa.Date()))
    op.add_column("commitment", sa.Column("paper_scan_ref", sa.String(200)))
    op.add_column("transfer", sa.Column("authoriser_title", sa.String(40)))
    op.add_column("destruction_case", sa.Column("destroyed_time", sa.Time()))
    op.add_column("handover", sa.Column("handed_time", sa.Time()))
    # Mark the back-dated rows already in the books (the same rule the documents service applies).
    rows = bind.execute(sa.text(
        "SELECT id, book, year, CASE WHEN book = 'den' THEN ngay_den ELSE ngay_van_ban END AS day "
        "FROM document ORDER BY book, year, number")).all()
    latest: dict[tuple[str, int], str] = {}
    for row in rows:
        key = (row.book, row.year)
        if row.day is None:
            continue
        if key in latest and row.day < latest[key]:
            bind.execute(sa.text("UPDATE document SET ghi_bo_sung = 1 WHERE id = :i"), {"i": row.id})
        else:
            latest[key] = row.day


def downgrade() -> None:
    raise NotImplementedError("Sổ Mật never downgrades a registry; restore the backup made before upgrading.")
