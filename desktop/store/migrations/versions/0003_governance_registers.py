"""how a partnership is run: structure, registers, reporting back, closing (issue 17, 6-9)

Revision ID: 0003_governance_registers
Revises: 0002_review_tool
Create Date: 2026-12-04 18:05:00

- ``partnership.parent_id``: the partnership it sits under (a board above its sub-groups);
  ``vision``, ``goal``, ``principles``. Old partnerships sit at the top, with empty text.
- ``seat.report_back_every``: how often we report back; "" (not chosen) for old seats, so
  What's due keeps following the written duty as "after each meeting".
- New tables, empty for old databases: risk, interest_declaration, disagreement,
  equality_note, learning_entry, report_back, closure.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_governance_registers"
down_revision = "0002_review_tool"
branch_labels = None
depends_on = None


def _row_columns() -> list[sa.Column]:
    """The columns every register row shares (id, uuid, partnership, timestamps)."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
    ]


def _register(name: str, *columns: sa.Column, unique_partnership: bool = False) -> None:
    op.create_table(
        name,
        *_row_columns(),
        *columns,
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f(f"fk_{name}_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{name}_uuid")),
        *(
            [sa.UniqueConstraint("partnership_id", name=op.f(f"uq_{name}_partnership_id"))]
            if unique_partnership
            else []
        ),
    )
    if not unique_partnership:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f(f"ix_{name}_partnership_id"), ["partnership_id"], unique=False
            )


def upgrade() -> None:
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("vision", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("goal", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("principles", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_partnership_parent_id"), ["parent_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_partnership_parent_id_partnership"),
            "partnership",
            ["parent_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # The model gives defaults in Python; the server defaults were only to fill old rows.
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        for column in ("vision", "goal", "principles"):
            batch_op.alter_column(column, existing_type=sa.Text(), server_default=None)
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("report_back_every", sa.String(length=32), nullable=False, server_default="")
        )
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.alter_column(
            "report_back_every", existing_type=sa.String(length=32), server_default=None
        )

    _register(
        "risk",
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=True),
        sa.Column("owner_label", sa.String(length=300), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
    )
    _register(
        "interest_declaration",
        sa.Column("declared_on", sa.Date(), nullable=True),
        sa.Column("declared_by", sa.String(length=300), nullable=False),
        sa.Column("about", sa.Text(), nullable=False),
        sa.Column("handled", sa.Text(), nullable=False),
    )
    _register(
        "disagreement",
        sa.Column("raised_on", sa.Date(), nullable=True),
        sa.Column("about", sa.Text(), nullable=False),
        sa.Column("between", sa.String(length=300), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
    )
    _register(
        "equality_note",
        sa.Column("noted_on", sa.Date(), nullable=True),
        sa.Column("left_out", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
    )
    _register(
        "learning_entry",
        sa.Column("noted_on", sa.Date(), nullable=True),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("do_differently", sa.Text(), nullable=False),
        sa.Column("shared_with", sa.String(length=300), nullable=False),
    )
    _register(
        "report_back",
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("to_whom", sa.String(length=300), nullable=False),
        sa.Column("how", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    with op.batch_alter_table("report_back", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_back_reported_on"), ["reported_on"])
    _register(
        "closure",
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("work_after", sa.Text(), nullable=False),
        sa.Column("money_after", sa.Text(), nullable=False),
        sa.Column("records_after", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("status_before", sa.String(length=32), nullable=False),
        unique_partnership=True,
    )


def downgrade() -> None:
    for name in (
        "closure",
        "report_back",
        "learning_entry",
        "equality_note",
        "disagreement",
        "interest_declaration",
        "risk",
    ):
        op.drop_table(name)
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.drop_column("report_back_every")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_constraint("fk_partnership_parent_id_partnership", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_partnership_parent_id"))
        for column in ("principles", "goal", "vision", "parent_id"):
            batch_op.drop_column(column)
