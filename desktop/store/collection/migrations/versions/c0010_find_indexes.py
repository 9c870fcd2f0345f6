"""Indexes for the collection window's long lists and their Find boxes (issue 19)

Revision ID: c0010_find_indexes
Revises: c0009_view_summaries
Create Date: 2026-12-05 11:40:00

Indexes only; no row changes. At 100,000 returns each list's screenful, its sort and its
Find read these instead of every return's or partnership's wide row:

* ``ix_collected_return_listed`` (status, period_start, period_end, period_label,
  group_id, id, created_at, reference, app_version), both back ends: the Groups page
  chooses, sorts and searches its returns from the index alone (each return's row holds
  its whole payload).
* ``ix_collected_partnership_names`` (canonical_key, name, short_name, return_id,
  superseded_by, id), both back ends: the merge suggestions count every partnership's
  names in the index's order, from the index alone, and a server chooses How it is run's
  rows from it (its ix_collected_partnership_current lacks the row's id).
* On a server where the ``pg_trgm`` extension is there or may be created (it is trusted
  since PostgreSQL 13, so the database's owner running ``collect init-server`` may), three
  trigram indexes: the groups' and the partnerships' names, and the import log's searched
  text as one string.
  Find then answers from them instead of reading every row. Where the extension cannot
  be created, the indexes are left out and Find still finds the same rows, more slowly;
  running ``collect init-server`` again once it is there does not add them (this
  revision is done), so an administrator adds the extension first (README).

The log's expression must be written exactly as ``view_queries._LOG_TEXT`` writes it, or
the server would not use the index (tests/store/test_find_indexes_migration.py checks).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0010_find_indexes"
down_revision = "c0009_view_summaries"
branch_labels = None
depends_on = None

RETURN_LISTED = (
    "status",
    "period_start",
    "period_end",
    "period_label",
    "group_id",
    "id",
    "created_at",
    "reference",
    "app_version",
)
PARTNERSHIP_NAMES = ("canonical_key", "name", "short_name", "return_id", "superseded_by", "id")
LOG_TEXT = (
    "(path || ' ' || outcome || ' ' || reason || ' ' || file_sha256 || ' ' || key_fingerprint)"
)


def _trigrams_available(bind: sa.Connection) -> bool:
    """Whether pg_trgm is (now) in the database: created here if it may be, inside a
    savepoint, so a refusal (not the owner, not installed) leaves the upgrade going."""
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first():
        return True
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    op.create_index("ix_collected_return_listed", "collected_return", list(RETURN_LISTED))
    op.create_index(
        "ix_collected_partnership_names", "collected_partnership", list(PARTNERSHIP_NAMES)
    )
    if bind.dialect.name != "postgresql":
        return
    if _trigrams_available(bind):
        op.execute(
            "CREATE INDEX ix_collected_group_find ON collected_group"
            " USING gin (latest_name gin_trgm_ops)"
        )
        op.execute(
            "CREATE INDEX ix_collected_partnership_find ON collected_partnership"
            " USING gin (name gin_trgm_ops)"
        )
        op.execute(
            f"CREATE INDEX ix_import_log_find ON import_log USING gin ({LOG_TEXT} gin_trgm_ops)"
        )
    # The planner's figures for the new indexes (the log's text is an expression).
    op.execute("ANALYZE collected_group")
    op.execute("ANALYZE collected_partnership")
    op.execute("ANALYZE import_log")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_import_log_find")
        op.execute("DROP INDEX IF EXISTS ix_collected_partnership_find")
        op.execute("DROP INDEX IF EXISTS ix_collected_group_find")
    op.drop_index("ix_collected_partnership_names", table_name="collected_partnership")
    op.drop_index("ix_collected_return_listed", table_name="collected_return")
