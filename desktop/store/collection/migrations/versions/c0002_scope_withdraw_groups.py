"""A return's scope, the latest word per partnership, withdrawn returns, merged groups

Revision ID: c0002_scope_withdraw_groups
Revises: c0001_collection
Create Date: 2026-12-04 16:00:00

Existing rows keep their meaning: every return received so far is taken to speak for its
whole group (returns said nothing else), and a return already marked superseded stays so,
so the views show exactly what they showed before the upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0002_scope_withdraw_groups"
down_revision = "c0001_collection"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("collected_return", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("whole_group", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.add_column(sa.Column("general_superseded_by", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("withdrawn_reason", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("withdrawn_at", sa.DateTime(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_collected_return_general_superseded_by"),
            ["general_superseded_by"],
            unique=False,
        )
    with op.batch_alter_table("collected_partnership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("superseded_by", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_collected_partnership_superseded_by"), ["superseded_by"], unique=False
        )
    op.create_table(
        "group_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alias_uuid", sa.String(length=36), nullable=False),
        sa.Column("canonical_uuid", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_merge")),
        sa.UniqueConstraint("alias_uuid", name=op.f("uq_group_merge_alias_uuid")),
    )
    with op.batch_alter_table("group_merge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_merge_canonical_uuid"), ["canonical_uuid"], unique=False
        )
    # A superseded return's partnerships and general needs were replaced by the return
    # that replaced it: say so row by row, as the importer now does.
    op.execute(
        "UPDATE collected_partnership SET superseded_by = (SELECT r.superseded_by"
        " FROM collected_return r WHERE r.id = collected_partnership.return_id"
        " AND r.status = 'superseded')"
    )
    op.execute(
        "UPDATE collected_return SET general_superseded_by = superseded_by"
        " WHERE status = 'superseded'"
    )


def downgrade() -> None:
    with op.batch_alter_table("group_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_merge_canonical_uuid"))
    op.drop_table("group_merge")
    with op.batch_alter_table("collected_partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collected_partnership_superseded_by"))
        batch_op.drop_column("superseded_by")
    with op.batch_alter_table("collected_return", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collected_return_general_superseded_by"))
        batch_op.drop_column("withdrawn_at")
        batch_op.drop_column("withdrawn_reason")
        batch_op.drop_column("general_superseded_by")
        batch_op.drop_column("whole_group")
