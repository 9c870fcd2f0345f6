"""Summary tables the Dashboard, Resources and review scores read (issue 19)

Revision ID: c0009_view_summaries
Revises: c0008_binary_text
Create Date: 2026-12-05 11:50:00

At 100,000 returns the views added up 5.7 million ratings, every review's sections and
every need each time they opened (seconds). Two tables keep those figures ready:
``summary_part`` (each group's share, from its current rows) and ``summary_total`` (the
area's totals and group counts), kept right by every import, withdrawal and group merge
in the same transaction (desktop/store/collection/queries/summaries.py). They are filled
here from the rows already collected, so an older collection shows the same figures.
Text columns use the "C" collation on PostgreSQL, as every other (c0008_binary_text).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0009_view_summaries"
down_revision = "c0008_binary_text"
branch_labels = None
depends_on = None


def _columns(text: sa.types.TypeEngine[str], key: sa.types.TypeEngine[str]) -> list[sa.Column]:
    def short(length: int) -> sa.String:
        return sa.String(length, collation=getattr(key, "collation", None))

    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("digest", short(40), nullable=False),
        sa.Column("topic", short(16), nullable=False),
        sa.Column("period_start", short(10), nullable=False),
        sa.Column("period_end", short(10), nullable=False),
        *(sa.Column(f"k{n}", text, nullable=False) for n in range(1, 8)),
        sa.Column("x1", sa.Float(), nullable=True),
        sa.Column("x2", sa.Float(), nullable=True),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.Column("v1", sa.BigInteger(), nullable=True),
        sa.Column("v2", sa.BigInteger(), nullable=True),
        sa.Column("v3", sa.BigInteger(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    server = bind.dialect.name == "postgresql"
    collation = "C" if server else None
    text, key = sa.Text(collation=collation), sa.String(collation=collation)
    op.create_table(
        "summary_part",
        *_columns(text, key),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_part")),
    )
    op.create_index("ix_summary_part_group", "summary_part", ["group_id"])
    op.create_index(
        "ix_summary_part_key", "summary_part", ["topic", "period_start", "period_end", "k1"]
    )
    op.create_table(
        "summary_total",
        *_columns(text, key),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_total")),
        sa.UniqueConstraint("digest", name=op.f("uq_summary_total_digest")),
    )
    op.create_index(
        "ix_summary_total_period", "summary_total", ["topic", "period_start", "period_end"]
    )
    _fill(bind, server)


def _fill(bind: sa.Connection, server: bool) -> None:
    """The figures of the rows already collected, worked out as an import would."""
    from desktop.store.collection.queries.summaries import rebuild

    raw = bind.connection.dbapi_connection
    if server:
        from desktop.store.collection.server import ServerConnection

        rebuild(ServerConnection(raw, "postgresql:///collection"))
    else:
        rebuild(raw)


def downgrade() -> None:
    op.drop_table("summary_total")
    op.drop_table("summary_part")
