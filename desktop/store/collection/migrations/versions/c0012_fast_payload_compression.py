"""A server keeps each return's data compressed with lz4 (issue 19)

Revision ID: c0012_fast_payload_compression
Revises: c0011_name_order
Create Date: 2026-12-06 03:50:00

Every return keeps its whole data as text (about 50 KB), which PostgreSQL compresses as it
stores it. Its own method, pglz, took 1.5 ms of the server's processor time a return (a
sixth of an import's work on the server then); lz4 takes 0.25 ms and stores a third less
(measured on the benchmark's returns). The columns holding a return's data are set to lz4
where the server has it (PostgreSQL 14 and later, built with lz4 as Debian's and the usual
packages are); a server without it keeps pglz, which works the same, only slower. Rows
already stored stay as they are (lz4 applies to what is written from now on); no row
changes.

A file is left alone: SQLite does not compress.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0012_fast_payload_compression"
down_revision = "c0011_name_order"
branch_labels = None
depends_on = None

# (table, column): every column holding a whole return's data.
PAYLOAD_COLUMNS = (("collected_return", "payload"), ("held_return", "payload"))


def _compress(method: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, column in PAYLOAD_COLUMNS:
        try:
            with bind.begin_nested():  # a server built without lz4 refuses: keep pglz
                change = f'ALTER COLUMN "{column}" SET COMPRESSION {method}'
                bind.execute(sa.text(f'ALTER TABLE "{table}" {change}'))
        except sa.exc.DBAPIError:
            return


def upgrade() -> None:
    _compress("lz4")


def downgrade() -> None:
    _compress("DEFAULT")  # as before: the server's default_toast_compression
