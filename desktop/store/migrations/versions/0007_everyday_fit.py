"""what partnerships really have: a partner may be a kind of organisation; support in kind
(issue 21)

Revision ID: 0007_everyday_fit
Revises: 0006_questionnaires
Create Date: 2026-12-04 18:25:00

Two new columns, each false for every row that exists (what every older record was):
- ``organisation.is_kind``: the partner is a kind of organisation ("GP practices", "faith
  groups") rather than one named organisation;
- ``funding_line.in_kind``: support given in kind (coaching, a room), its amount being an
  estimated value rather than money.
New choices need no change to the database (they are stored as their keys): scale "city",
action status "in_progress", sector "not_known".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_everyday_fit"
down_revision = "0006_questionnaires"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Foreign keys are off while migrating (store/migrate.py), so rebuilding these tables
    # cannot cascade; the server default fills the old rows and is then taken off again,
    # as the model gives the default in Python.
    for table, column in (("organisation", "is_kind"), ("funding_line", "in_kind")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(column, sa.Boolean(), nullable=False, server_default=sa.false())
            )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=sa.Boolean(), server_default=None)


def downgrade() -> None:
    for table, column in (("funding_line", "in_kind"), ("organisation", "is_kind")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
