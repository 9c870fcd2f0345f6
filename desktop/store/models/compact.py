"""Commitments rated clause by clause, the framework files we hold, resource needs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, IdMixin, TimestampMixin, UuidMixin, utcnow


class FrameworkFile(IdMixin, Base):
    """A framework file imported from a CVS, kept whole so old answers keep their wording."""

    __tablename__ = "framework_file"
    __table_args__ = (UniqueConstraint("framework_id", "version"),)

    framework_id: Mapped[str] = mapped_column(String(120))
    version: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # "imported" (a CVS sent it) or "built-in" (a copy of a version built into Partnerbook,
    # kept because answers were given against it: a later release may ship a newer one).
    origin: Mapped[str] = mapped_column(String(20), default="imported")


class CommitmentRating(IdMixin, UuidMixin, TimestampMixin, Base):
    """How we rate one clause in one partnership, against the framework version we read."""

    __tablename__ = "commitment_rating"
    __table_args__ = (UniqueConstraint("partnership_id", "framework_id", "clause_ref"),)

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    framework_id: Mapped[str] = mapped_column(String(120))
    framework_version: Mapped[str] = mapped_column(String(40))
    section: Mapped[str] = mapped_column(String(40))
    clause_ref: Mapped[str] = mapped_column(String(40))
    rating: Mapped[str] = mapped_column(String(40), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(Text, default="")
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    due_date: Mapped[date | None] = mapped_column(Date, default=None)


class ResourceNeed(IdMixin, UuidMixin, TimestampMixin, Base):
    """Something we need in order to take part, costed and followed to agreed or declined."""

    __tablename__ = "resource_need"

    # None: a general need, not tied to one partnership.
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True, default=None
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), default=None
    )
    category: Mapped[str] = mapped_column(String(32), default="other")
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[float] = mapped_column(Float, default=1.0)
    unit: Mapped[str] = mapped_column(String(32), default="items")
    unit_cost_pence: Mapped[int | None] = mapped_column(Integer, default=None)
    estimated_pence: Mapped[int] = mapped_column(Integer, default=0)
    asked_of: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(32), default="identified", index=True)
    identified_date: Mapped[date | None] = mapped_column(Date, default=None)
    requested_date: Mapped[date | None] = mapped_column(Date, default=None)
    decided_date: Mapped[date | None] = mapped_column(Date, default=None)
    received_date: Mapped[date | None] = mapped_column(Date, default=None)
    agreed_pence: Mapped[int | None] = mapped_column(Integer, default=None)
    received_pence: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
