"""Release 0.3.0: signed audit entries and users' key certificates.

* ``audit_event`` gains ``signer``, ``key_id`` and ``signature`` (Ed25519 over the entry's hash);
  rows written before this release stay unsigned — the first unlock after the upgrade writes a
  signed boundary entry over the unsigned chain (``app.services.audit_trust.sign_boundary``);
* ``user_certificate``: admin-signed certificates binding a username to a public key and a role,
  append only (triggers, frozen copies of ``app.models.triggers``).

Never edit after release.

Revision ID: 0003
Revises: 0002
Create Date: release 0.3.0
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS user_certificate_no_update BEFORE UPDATE ON user_certificate
    BEGIN SELECT RAISE(ABORT, 'Chứng thư khóa ký chỉ được ghi thêm, không được sửa'); END""",
    """CREATE TRIGGER IF NOT EXISTS user_certificate_no_delete BEFORE DELETE ON user_certificate
    BEGIN SELECT RAISE(ABORT, 'Chứng thư khóa ký chỉ được ghi thêm, không được xóa'); END""",
)


def upgrade() -> None:
    op.add_column("audit_event", sa.Column("signer", sa.String(length=80), nullable=True))
    op.add_column("audit_event", sa.Column("key_id", sa.String(length=64), nullable=True))
    op.add_column("audit_event", sa.Column("signature", sa.String(length=128), nullable=True))
    op.create_table(
        "user_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_certificate")),
    )
    with op.batch_alter_table("user_certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_certificate_username"), ["username"], unique=False)
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Sổ Mật never downgrades a registry; restore the backup made before upgrading.")
