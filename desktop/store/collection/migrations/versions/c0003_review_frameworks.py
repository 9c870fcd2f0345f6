"""Which framework each collected review and rating was made with, in its own words

Revision ID: c0003_review_frameworks
Revises: c0002_scope_withdraw_groups
Create Date: 2026-12-04 16:40:00

Scores from different review tools do not compare, so the collection keeps, per review,
the tool's id, title and version and its sections' scores with their ranges and bands, and
per rating its framework, label and whether its framework counts it as "need help".
Rows imported before keep blank columns (need_help NULL): the views read them as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0003_review_frameworks"
down_revision = "c0002_scope_withdraw_groups"
branch_labels = None
depends_on = None


def _text(name: str, length: int | None = None) -> sa.Column:  # type: ignore[type-arg]
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, server_default="", nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("collected_partnership", schema=None) as batch_op:
        batch_op.add_column(_text("review_framework_id", 120))
        batch_op.add_column(_text("review_framework_title", 300))
        batch_op.add_column(_text("review_framework_version", 40))
        batch_op.add_column(_text("review_sections"))
    with op.batch_alter_table("collected_rating", schema=None) as batch_op:
        batch_op.add_column(_text("framework_id", 120))
        batch_op.add_column(_text("framework_title", 300))
        batch_op.add_column(_text("framework_version", 40))
        batch_op.add_column(_text("section_title", 500))
        batch_op.add_column(_text("rating_label", 120))
        batch_op.add_column(sa.Column("need_help", sa.Integer(), nullable=True))
    with op.batch_alter_table("collected_answer", schema=None) as batch_op:
        batch_op.add_column(_text("answer_label", 120))


def downgrade() -> None:
    with op.batch_alter_table("collected_answer", schema=None) as batch_op:
        batch_op.drop_column("answer_label")
    with op.batch_alter_table("collected_rating", schema=None) as batch_op:
        for name in (
            "need_help",
            "rating_label",
            "section_title",
            "framework_version",
            "framework_title",
            "framework_id",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("collected_partnership", schema=None) as batch_op:
        for name in (
            "review_sections",
            "review_framework_version",
            "review_framework_title",
            "review_framework_id",
        ):
            batch_op.drop_column(name)
