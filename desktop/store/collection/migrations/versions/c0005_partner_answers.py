"""Partners' own answers to each collected review, anonymised as the return carries them

Revision ID: c0005_partner_answers
Revises: c0004_trust
Create Date: 2026-12-04 18:40:00

Issue 18. One column on ``collected_partnership``: ``review_partners`` (JSON: how many
partners answered the review, the organisations that allowed their name, and from three
partners up each question's counts and spread). Rows imported before, and returns whose
review sent no questionnaire, keep it blank; the views read blank as "none".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0005_partner_answers"
down_revision = "c0004_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN only: no table is rebuilt, so nothing that points at it is touched.
    with op.batch_alter_table("collected_partnership", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("review_partners", sa.Text(), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("collected_partnership", schema=None) as batch_op:
        batch_op.drop_column("review_partners")
