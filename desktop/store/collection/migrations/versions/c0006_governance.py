"""How each collected partnership is run, kept small beside its row (issue 17)

Revision ID: c0006_governance
Revises: c0005_partner_answers
Create Date: 2026-12-04 18:35:00

One column on ``collected_partnership``: ``how_run`` (JSON: where it sits, terms of
reference, quorate meetings, attendance, next election, open high risks, report backs,
closing), taken at import from the return so the "How it is run" view never has to parse
every return again. Rows imported before are filled here from their return's own data
(with the same ``run_summary`` the import uses: it is derived data, like a cache); a
version-1 return gives an empty summary, which the view shows as "Not recorded".
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "c0006_governance"
down_revision = "c0005_partner_answers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN only: no table is rebuilt, so nothing that points at it is touched.
    with op.batch_alter_table("collected_partnership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("how_run", sa.Text(), server_default="", nullable=False))
    from desktop.services.collection.run_view import run_summary

    bind = op.get_bind()
    returns = bind.execute(sa.text("SELECT id, payload FROM collected_return")).fetchall()
    update = sa.text(
        "UPDATE collected_partnership SET how_run = :summary "
        "WHERE return_id = :rid AND uuid = :uuid"
    )
    for rid, payload in returns:
        try:
            entries = json.loads(payload).get("partnerships") or []
        except (ValueError, AttributeError):
            continue  # a payload that cannot be read keeps "" (shown as "Not recorded")
        values = [
            {"rid": rid, "uuid": str(e.get("id", "")), "summary": json.dumps(run_summary(e))}
            for e in entries
            if isinstance(e, dict)
        ]
        if values:
            bind.execute(update, values)


def downgrade() -> None:
    with op.batch_alter_table("collected_partnership", schema=None) as batch_op:
        batch_op.drop_column("how_run")
