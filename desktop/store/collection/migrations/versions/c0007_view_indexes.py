"""Indexes the views read through, so a collection of 100,000 returns opens fast (issue 19)

Revision ID: c0007_view_indexes
Revises: c0006_governance
Create Date: 2026-12-05 07:30:00

Two covering indexes, nothing else changes:

* ``ix_collected_return_period`` (status, period_start, period_end, period_label,
  group_id): which periods the collection holds, and the returns and groups of one, are
  read from the index alone, never from the returns' rows (each holds its whole payload,
  about 50 KB, so a scan of them read gigabytes).
* ``ix_collected_partnership_current`` (return_id, superseded_by, canonical_key, name,
  need_help_count, requested_pence, unmet_pence, review_score): the partnerships' totals
  are read from it, not from rows carrying their review and governance JSON.
"""

from __future__ import annotations

from alembic import op

revision = "c0007_view_indexes"
down_revision = "c0006_governance"
branch_labels = None
depends_on = None

RETURN_PERIOD = ("status", "period_start", "period_end", "period_label", "group_id")
PARTNERSHIP_CURRENT = (
    "return_id",
    "superseded_by",
    "canonical_key",
    "name",
    "need_help_count",
    "requested_pence",
    "unmet_pence",
    "review_score",
)


def upgrade() -> None:
    op.create_index("ix_collected_return_period", "collected_return", list(RETURN_PERIOD))
    op.create_index(
        "ix_collected_partnership_current", "collected_partnership", list(PARTNERSHIP_CURRENT)
    )


def downgrade() -> None:
    op.drop_index("ix_collected_partnership_current", table_name="collected_partnership")
    op.drop_index("ix_collected_return_period", table_name="collected_return")
