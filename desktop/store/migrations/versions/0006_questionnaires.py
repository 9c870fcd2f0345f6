"""questionnaires sent to partners for a review, and the replies that came back (issue 18)

Revision ID: 0006_questionnaires
Revises: 0005_governance_rules
Create Date: 2026-12-04 18:20:00

Two new tables, empty for an older database: nothing that exists is rebuilt or changed.
- ``questionnaire``: one fillable PDF made for a review (for one partner, or generic), with
  the key its identity is sealed with, when it was sent, the deadline and the What's due
  reminder to chase the answers.
- ``questionnaire_reply``: a filled questionnaire brought back, and the viewpoint it became.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_questionnaires"
down_revision = "0005_governance_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "questionnaire",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("partner_name", sa.String(length=300), nullable=False),
        sa.Column("seal_key", sa.String(length=64), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("reminder_action_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["review.id"],
            name=op.f("fk_questionnaire_review_id_review"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reminder_action_id"],
            ["action.id"],
            name=op.f("fk_questionnaire_reminder_action_id_action"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire")),
        sa.UniqueConstraint("uuid", name=op.f("uq_questionnaire_uuid")),
    )
    with op.batch_alter_table("questionnaire", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_questionnaire_review_id"), ["review_id"])
    op.create_table(
        "questionnaire_reply",
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=True),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("person_name", sa.String(length=300), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["questionnaire_id"],
            ["questionnaire.id"],
            name=op.f("fk_questionnaire_reply_questionnaire_id_questionnaire"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["review_respondent.id"],
            name=op.f("fk_questionnaire_reply_respondent_id_review_respondent"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_reply")),
    )
    with op.batch_alter_table("questionnaire_reply", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_questionnaire_reply_questionnaire_id"), ["questionnaire_id"]
        )
        batch_op.create_index(batch_op.f("ix_questionnaire_reply_respondent_id"), ["respondent_id"])


def downgrade() -> None:
    op.drop_table("questionnaire_reply")
    op.drop_table("questionnaire")
