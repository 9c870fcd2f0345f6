"""Trust between groups and their CVS: CVS keys, group keys, held returns, packs made

Revision ID: c0004_trust
Revises: c0003_review_frameworks
Create Date: 2026-12-04 18:30:00

Issue 20. New tables start empty: the CVS's keys are made with its first pack, a group's key
is recorded from its first signed return. Every return imported before is a version 1 or
an unsigned return: ``signature_state`` "unsigned", no fingerprint, no pack; the import
log's earlier entries have no fingerprint either.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0004_trust"
down_revision = "c0003_review_frameworks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cvs_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sign_public", sa.String(length=60), nullable=False),
        sa.Column("seal_public", sa.String(length=60), nullable=False),
        sa.Column("fingerprint", sa.String(length=24), nullable=False),
        sa.Column("private_keys", sa.Text(), nullable=False),
        sa.Column("cvs_name", sa.String(length=300), nullable=False),
        sa.Column("cvs_contact", sa.Text(), nullable=False),
        sa.Column("endorsed_by", sa.String(length=60), server_default="", nullable=False),
        sa.Column("endorsement", sa.String(length=100), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cvs_key")),
        sa.UniqueConstraint("sign_public", name=op.f("uq_cvs_key_sign_public")),
    )
    op.create_table(
        "group_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_uuid", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=60), nullable=False),
        sa.Column("fingerprint", sa.String(length=24), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("how", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_key")),
        sa.UniqueConstraint(
            "group_uuid", "public_key", name=op.f("uq_group_key_group_uuid_public_key")
        ),
    )
    op.create_index(op.f("ix_group_key_group_uuid"), "group_key", ["group_uuid"], unique=False)
    op.create_table(
        "held_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("offered_at", sa.DateTime(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("return_uuid", sa.String(length=36), nullable=False),
        sa.Column("group_uuid", sa.String(length=36), nullable=False),
        sa.Column("group_name", sa.String(length=300), nullable=False),
        sa.Column("period_label", sa.String(length=80), nullable=False),
        sa.Column("public_key", sa.String(length=60), nullable=False),
        sa.Column("fingerprint", sa.String(length=24), nullable=False),
        sa.Column("known_fingerprints", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_return")),
    )
    op.create_index(
        op.f("ix_held_return_return_uuid"), "held_return", ["return_uuid"], unique=False
    )
    op.create_index(op.f("ix_held_return_status"), "held_return", ["status"], unique=False)
    op.create_table(
        "return_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.String(length=36), nullable=False),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("period_label", sa.String(length=80), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["key_id"], ["cvs_key.id"], name=op.f("fk_return_pack_key_id_cvs_key")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_pack")),
        sa.UniqueConstraint("pack_id", name=op.f("uq_return_pack_pack_id")),
    )
    # New columns with defaults: SQLite adds them in place, no table rebuild.
    with op.batch_alter_table("collected_return", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "signature_state", sa.String(length=16), server_default="unsigned", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("key_fingerprint", sa.String(length=24), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("pack_id", sa.String(length=36), nullable=True))
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("key_fingerprint", sa.String(length=24), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_column("key_fingerprint")
    with op.batch_alter_table("collected_return", schema=None) as batch_op:
        batch_op.drop_column("pack_id")
        batch_op.drop_column("key_fingerprint")
        batch_op.drop_column("signature_state")
    op.drop_table("return_pack")
    op.drop_index(op.f("ix_held_return_status"), table_name="held_return")
    op.drop_index(op.f("ix_held_return_return_uuid"), table_name="held_return")
    op.drop_table("held_return")
    op.drop_index(op.f("ix_group_key_group_uuid"), table_name="group_key")
    op.drop_table("group_key")
    op.drop_table("cvs_key")
