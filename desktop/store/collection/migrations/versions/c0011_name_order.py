"""An index giving a server the groups in the order the long lists show them (issue 19)

Revision ID: c0011_name_order
Revises: c0010_find_indexes
Create Date: 2026-12-05 12:25:00

Index only; no row changes. How it is run lists partnership rows by group name (ASCII case
folded, as SQLite's NOCASE: ``lower(latest_name) COLLATE "C"`` on a server, see
server.translate). Without an index in that order a server sorted all 50,000 groups of a
county for every screenful, also when Find's word is common and the first groups in the
order already fill it. ``ix_collected_group_name_order`` lets it walk the groups in order
and stop (plain list 40-70 ms to about 10 ms, a common word's Find 50-120 ms to 10-60 ms at
100,000 returns).

Server only: its expression must be written exactly as server.translate writes the list's
ORDER BY, or the server would not use it (tests/store/test_name_order_migration.py checks).
A file's lists already meet their budgets, and SQLite would weigh the index for other
queries' plans too, so a file is left as it is.
"""

from __future__ import annotations

from alembic import op

revision = "c0011_name_order"
down_revision = "c0010_find_indexes"
branch_labels = None
depends_on = None

NAME_ORDER = '(lower(latest_name) COLLATE "C")'


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE INDEX ix_collected_group_name_order ON collected_group ({NAME_ORDER})")
    op.execute("ANALYZE collected_group")  # the planner's figures for the expression


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_collected_group_name_order")
