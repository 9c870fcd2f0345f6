"""How a partnership is run (issue 17, items 1-5): its rules, offices, the people we deal
with at each partner, every partner's attendance at each meeting, and decisions.

A partner's joining and leaving are columns of ``partner`` (models/partnership.py). People
(office holders, contacts at partners) are ``person`` rows, so they are exported, left out
of returns and forgotten under the same rules as our own representatives.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, IdMixin, TimestampMixin, UuidMixin


class GovernanceRules(IdMixin, TimestampMixin, Base):
    """The partnership's terms of reference (or agreement) and the key rules in it: one row
    per partnership, made the first time any of it is recorded."""

    __tablename__ = "governance_rules"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), unique=True
    )
    has_terms: Mapped[bool | None] = mapped_column(Boolean, default=None)
    terms_date: Mapped[date | None] = mapped_column(Date, default=None)
    terms_review_date: Mapped[date | None] = mapped_column(Date, default=None)
    terms_covers: Mapped[str] = mapped_column(Text, default="")
    # "number" (quorum_value members) or "share" (quorum_value per cent); "" not recorded.
    quorum_kind: Mapped[str] = mapped_column(String(16), default="")
    quorum_value: Mapped[int | None] = mapped_column(Integer, default=None)
    decision_method: Mapped[str] = mapped_column(String(32), default="")
    # The least number of meetings a year the rules ask for; None when they do not say.
    meetings_a_year: Mapped[int | None] = mapped_column(Integer, default=None)
    membership_rule: Mapped[str] = mapped_column(Text, default="")


class Office(IdMixin, UuidMixin, TimestampMixin, Base):
    """A chair, vice-chair or other office, who holds it and for how long."""

    __tablename__ = "office"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32), default="chair")
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    # The person holding it, when known; their name lives in ``person`` only.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None, index=True
    )
    from_date: Mapped[date | None] = mapped_column(Date, default=None)
    to_date: Mapped[date | None] = mapped_column(Date, default=None)
    how_chosen: Mapped[str] = mapped_column(String(32), default="")
    next_election: Mapped[date | None] = mapped_column(Date, default=None, index=True)


class PartnerContact(IdMixin, UuidMixin, TimestampMixin, Base):
    """Someone we deal with at a partner organisation (a person record, with their role)."""

    __tablename__ = "partner_contact"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(300), default="")


class PartnerAttendance(IdMixin, Base):
    """Whether a partner organisation was at a meeting: present, apologies or absent."""

    __tablename__ = "partner_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "partner_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="present")


class Decision(IdMixin, UuidMixin, TimestampMixin, Base):
    """A decision made at a meeting: what, how, and who is responsible for carrying it out."""

    __tablename__ = "decision"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    how: Mapped[str] = mapped_column(String(32), default="")
    responsible: Mapped[str] = mapped_column(String(300), default="")


class DecisionAction(IdMixin, Base):
    """An action that carries out a decision (an action belongs to one decision at most)."""

    __tablename__ = "decision_action"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), unique=True)
