"""A server collection compares text byte for byte, as a collection file does (issue 19)

Revision ID: c0008_binary_text
Revises: c0007_view_indexes
Create Date: 2026-12-05 08:10:00

SQLite compares text byte for byte. PostgreSQL compares it by the database's collation,
which on many servers (en_GB.UTF-8, say) ignores punctuation and case at first, so a server
listed clause 3.1(a) before 3(b) where a file lists 3(b) first, and broke ties between names
differently. On PostgreSQL every text column of the collection gets the "C" collation
(byte order, and ASCII-only case folding, as SQLite's LIKE and lower()); on SQLite nothing
changes. Text columns added by later migrations must say ``COLLATE "C"`` on PostgreSQL too
(tests/services/collection/test_collection_server_collation.py checks).
"""

from __future__ import annotations

from collections import defaultdict

from alembic import op

revision = "c0008_binary_text"
down_revision = "c0007_view_indexes"
branch_labels = None
depends_on = None

# The collection's own tables only: not the views and tables an extension the server's
# administrator installed keeps in the same schema (pg_stat_statements' view, PostGIS's
# spatial_ref_sys), which cannot or must not be altered.
_TEXT_COLUMNS = (
    "SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length"
    " FROM information_schema.columns c JOIN information_schema.tables t"
    " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
    " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
    " AND c.data_type IN ('text', 'character varying') AND c.table_name <> 'alembic_version'"
    " AND c.collation_name IS DISTINCT FROM %(collation)s"
    " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
    " AND d.objid = format('%%I.%%I', c.table_schema, c.table_name)::regclass"
    " AND d.deptype = 'e')"
    " ORDER BY c.table_name, c.ordinal_position"
)


def _collate(collation: str, spelled: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # SQLite already compares text byte for byte
    found = bind.exec_driver_sql(_TEXT_COLUMNS, {"collation": collation}).fetchall()
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, column, kind, length in found:
        kind_spelled = "text" if kind == "text" else f"varchar({length})" if length else "varchar"
        by_table[table].append(f'ALTER COLUMN "{column}" TYPE {kind_spelled} COLLATE {spelled}')
    for table, changes in by_table.items():  # one statement a table: its indexes built once
        op.execute(f'ALTER TABLE "{table}" ' + ", ".join(changes))


def upgrade() -> None:
    _collate("C", '"C"')


def downgrade() -> None:
    _collate("default", '"default"')
