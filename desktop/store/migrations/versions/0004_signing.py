"""the group's signing key, the return packs it opened, and a return's pack

Revision ID: 0004_signing
Revises: 0003_governance_registers
Create Date: 2026-12-04 18:10:00

- ``signing_key``: the group's own key pair for signing returns (issue 20). Empty after the
  upgrade: the key is made the first time a return is exported.
- ``return_pack``: return packs from the CVS, as opened. Empty after the upgrade.
- ``return_record.pack_id``: the pack a return answered; NULL for every earlier return.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_signing"
down_revision = "0003_governance_registers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("data_key", sa.Text(), nullable=False),
        sa.Column("pdf_key", sa.Text(), nullable=False),
        sa.Column("pdf_certificate", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
    )
    op.create_table(
        "return_pack",
        sa.Column("pack_id", sa.String(length=36), nullable=False),
        sa.Column("cvs_name", sa.String(length=300), nullable=False),
        sa.Column("cvs_contact", sa.Text(), nullable=False),
        sa.Column("sign_key", sa.String(length=60), nullable=False),
        sa.Column("seal_key", sa.String(length=60), nullable=False),
        sa.Column("period_label", sa.String(length=80), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_pack")),
        sa.UniqueConstraint("pack_id", name=op.f("uq_return_pack_pack_id")),
    )
    # A new nullable column needs no table rebuild, so no foreign keys are at risk here.
    with op.batch_alter_table("return_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pack_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("return_record", schema=None) as batch_op:
        batch_op.drop_column("pack_id")
    op.drop_table("return_pack")
    op.drop_table("signing_key")
