"""a partnership's review tool chosen apart from its commitments framework; built-in wording kept

Revision ID: 0002_review_tool
Revises: 0001_initial
Create Date: 2026-12-04 15:20:00

- ``partnership.review_framework_id``: the tool its health-check reviews use. Until now one
  framework served both, so every partnership starts with the one it had for both roles.
- ``framework_file.origin``: "imported" for a file a CVS sent; "built-in" for a kept copy
  of a version built into Partnerbook. Answers given against the built-in Devon Code
  2008.1 get that copy now, so they keep their wording when a release ships a newer one.
  The copy sits beside this script (kept/), frozen: it is the text those answers were
  given against, whatever the resources folder holds later.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0002_review_tool"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

KEPT = Path(__file__).parents[1] / "kept"
# (framework id, version, file beside this script) of built-in versions shipped before now.
BUILT_IN_BEFORE = (
    (
        "compact-devon-partnership-2008",
        "2008.1",
        "compact-devon-partnership-2008_2008.1.toml",
        "Compact for Devon: Partnership Code of Good Practice",
        "Devon Compact Hub, A Compact for Devon: Partnership Code of Good Practice, June 2008",
    ),
)


def upgrade() -> None:
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_framework_id", sa.String(length=120), nullable=True))
    op.execute("UPDATE partnership SET review_framework_id = framework_id")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.alter_column(
            "review_framework_id", existing_type=sa.String(length=120), nullable=False
        )

    with op.batch_alter_table("framework_file", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin", sa.String(length=20), nullable=True))
    op.execute("UPDATE framework_file SET origin = 'imported'")
    with op.batch_alter_table("framework_file", schema=None) as batch_op:
        batch_op.alter_column("origin", existing_type=sa.String(length=20), nullable=False)

    bind = op.get_bind()
    for framework_id, version, name, title, source in BUILT_IN_BEFORE:
        used = bind.execute(
            sa.text(
                "SELECT 1 FROM review WHERE framework_id = :id AND framework_version = :v "
                "UNION SELECT 1 FROM commitment_rating "
                "WHERE framework_id = :id AND framework_version = :v LIMIT 1"
            ),
            {"id": framework_id, "v": version},
        ).first()
        held = bind.execute(
            sa.text("SELECT 1 FROM framework_file WHERE framework_id = :id AND version = :v"),
            {"id": framework_id, "v": version},
        ).first()
        if used is None or held is not None:
            continue
        content = (KEPT / name).read_text(encoding="utf-8")
        bind.execute(
            sa.text(
                "INSERT INTO framework_file "
                "(framework_id, version, title, source, content, sha256, imported_at, origin) "
                "VALUES (:id, :v, :title, :source, :content, :sha, :at, 'built-in')"
            ),
            {
                "id": framework_id,
                "v": version,
                "title": title,
                "source": source,
                "content": content,
                "sha": hashlib.sha256(content.encode("utf-8")).hexdigest(),
                "at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
            },
        )


def downgrade() -> None:
    op.execute("DELETE FROM framework_file WHERE origin = 'built-in'")
    with op.batch_alter_table("framework_file", schema=None) as batch_op:
        batch_op.drop_column("origin")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_column("review_framework_id")
