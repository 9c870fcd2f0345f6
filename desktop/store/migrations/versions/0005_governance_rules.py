"""how a partnership is run: rules, offices, membership, partners' attendance, decisions
(issue 17, items 1-5)

Revision ID: 0005_governance_rules
Revises: 0004_signing
Create Date: 2026-12-04 18:10:00

- ``partner``: ``joined_on``, ``joined_reason``, ``left_on``, ``left_reason``. Old partners
  have no dates (members from the start, still members) and empty reasons.
- New tables, empty for old databases: governance_rules, office, partner_contact,
  partner_attendance, decision, decision_action.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_governance_rules"
down_revision = "0004_signing"
branch_labels = None
depends_on = None


def _common(uuid: bool = True) -> list[sa.Column]:
    columns = [sa.Column("id", sa.Integer(), nullable=False)]
    if uuid:
        columns.append(sa.Column("uuid", sa.String(length=36), nullable=False))
    columns += [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]
    return columns


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, column: str, unique: bool = False) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=unique)


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (no rebuild): nothing that points at partner is touched.
    # The server default only fills old rows; the model gives "" for new ones.
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("joined_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("joined_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("left_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("left_reason", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "governance_rules",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("has_terms", sa.Boolean(), nullable=True),
        sa.Column("terms_date", sa.Date(), nullable=True),
        sa.Column("terms_review_date", sa.Date(), nullable=True),
        sa.Column("terms_covers", sa.Text(), nullable=False),
        sa.Column("quorum_kind", sa.String(length=16), nullable=False),
        sa.Column("quorum_value", sa.Integer(), nullable=True),
        sa.Column("decision_method", sa.String(length=32), nullable=False),
        sa.Column("meetings_a_year", sa.Integer(), nullable=True),
        sa.Column("membership_rule", sa.Text(), nullable=False),
        *_common(uuid=False),
        _fk("governance_rules", "partnership_id", "partnership", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_governance_rules")),
        sa.UniqueConstraint("partnership_id", name=op.f("uq_governance_rules_partnership_id")),
    )
    op.create_table(
        "office",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("from_date", sa.Date(), nullable=True),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("how_chosen", sa.String(length=32), nullable=False),
        sa.Column("next_election", sa.Date(), nullable=True),
        *_common(),
        _fk("office", "partnership_id", "partnership", "CASCADE"),
        _fk("office", "person_id", "person", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("uuid", name=op.f("uq_office_uuid")),
    )
    for column in ("partnership_id", "person_id", "next_election"):
        _index("office", column)
    op.create_table(
        "partner_contact",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=300), nullable=False),
        *_common(),
        _fk("partner_contact", "partner_id", "partner", "CASCADE"),
        _fk("partner_contact", "person_id", "person", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_contact")),
        sa.UniqueConstraint("uuid", name=op.f("uq_partner_contact_uuid")),
    )
    for column in ("partner_id", "person_id"):
        _index("partner_contact", column)
    op.create_table(
        "partner_attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        _fk("partner_attendance", "meeting_id", "meeting", "CASCADE"),
        _fk("partner_attendance", "partner_id", "partner", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_attendance")),
        sa.UniqueConstraint(
            "meeting_id", "partner_id", name=op.f("uq_partner_attendance_meeting_id_partner_id")
        ),
    )
    _index("partner_attendance", "partner_id")
    op.create_table(
        "decision",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("how", sa.String(length=32), nullable=False),
        sa.Column("responsible", sa.String(length=300), nullable=False),
        *_common(),
        _fk("decision", "partnership_id", "partnership", "CASCADE"),
        _fk("decision", "meeting_id", "meeting", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("uuid", name=op.f("uq_decision_uuid")),
    )
    for column in ("partnership_id", "meeting_id"):
        _index("decision", column)
    op.create_table(
        "decision_action",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        _fk("decision_action", "decision_id", "decision", "CASCADE"),
        _fk("decision_action", "action_id", "action", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_action")),
        sa.UniqueConstraint("action_id", name=op.f("uq_decision_action_action_id")),
    )
    _index("decision_action", "decision_id")


def downgrade() -> None:
    for table in (
        "decision_action",
        "decision",
        "partner_attendance",
        "partner_contact",
        "office",
        "governance_rules",
    ):
        op.drop_table(table)
    with op.batch_alter_table("partner", schema=None) as batch_op:
        for column in ("left_reason", "left_on", "joined_reason", "joined_on"):
            batch_op.drop_column(column)
