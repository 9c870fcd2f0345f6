"""A partnership and who sits on it: partners, stakeholders, our seat, representatives."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, IdMixin, TimestampMixin, UuidMixin


class Partnership(IdMixin, UuidMixin, TimestampMixin, Base):
    __tablename__ = "partnership"

    name: Mapped[str] = mapped_column(String(300), index=True)
    short_name: Mapped[str] = mapped_column(String(80), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    current_focus: Mapped[str] = mapped_column(Text, default="")
    scale: Mapped[str] = mapped_column(String(32), default="")
    area: Mapped[str] = mapped_column(String(300), default="")
    formality: Mapped[str] = mapped_column(String(32), default="")
    basis: Mapped[str] = mapped_column(String(32), default="")
    duration: Mapped[str] = mapped_column(String(32), default="ongoing")
    status: Mapped[str] = mapped_column(String(32), default="active", index=True)
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    lead_body: Mapped[str] = mapped_column(String(300), default="")
    fundholder: Mapped[str] = mapped_column(String(300), default="")
    meeting_frequency: Mapped[str] = mapped_column(String(80), default="")
    next_meeting: Mapped[date | None] = mapped_column(Date, default=None)
    papers_location: Mapped[str] = mapped_column(Text, default="")
    # Code 4.4: is there a budget for voluntary sector involvement, and how much.
    has_vcs_budget: Mapped[bool | None] = mapped_column(Boolean, default=None)
    vcs_budget_pence: Mapped[int | None] = mapped_column(Integer, default=None)
    vcs_budget_notes: Mapped[str] = mapped_column(Text, default="")
    # The framework its commitments are rated against (the column kept its first name), and
    # the tool its health-check reviews use: chosen apart, since a CVS's Compact and the
    # review tool it recommends are often different documents.
    framework_id: Mapped[str] = mapped_column(String(120), default="compact-devon-partnership-2008")
    review_framework_id: Mapped[str] = mapped_column(
        String(120), default="compact-devon-partnership-2008"
    )
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, index=True)
    # Issue 17, item 6: a sub-group, task force or outcome board sits under another
    # partnership (its board); a shared vision, goal and principles of its own.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="SET NULL"), default=None, index=True
    )
    vision: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    principles: Mapped[str] = mapped_column(Text, default="")

    themes: Mapped[list[PartnershipTheme]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", order_by="PartnershipTheme.id"
    )
    partners: Mapped[list[Partner]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", order_by="Partner.id"
    )
    seat: Mapped[Seat | None] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", uselist=False
    )


class PartnershipTheme(IdMixin, Base):
    __tablename__ = "partnership_theme"
    __table_args__ = (UniqueConstraint("partnership_id", "theme"),)

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    theme: Mapped[str] = mapped_column(String(120))

    partnership: Mapped[Partnership] = relationship(back_populates="themes")


class Organisation(IdMixin, UuidMixin, TimestampMixin, Base):
    """An organisation that may sit on many partnerships (the county council, say)."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(300), unique=True)
    sector: Mapped[str] = mapped_column(String(32), default="not_known")
    notes: Mapped[str] = mapped_column(Text, default="")
    # A kind of organisation rather than a named one: "GP practices", "faith groups" (the
    # papers often list partners so). Issue 21.
    is_kind: Mapped[bool] = mapped_column(Boolean, default=False)


class Partner(IdMixin, UuidMixin, TimestampMixin, Base):
    """An organisation's place in one partnership."""

    __tablename__ = "partner"
    __table_args__ = (UniqueConstraint("partnership_id", "organisation_id"),)

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(300), default="")
    # Membership over time (issue 17, item 3): a partner that has left stays, with why,
    # so the record of who sat on the partnership when is kept.
    joined_on: Mapped[date | None] = mapped_column(Date, default=None)
    joined_reason: Mapped[str] = mapped_column(Text, default="")
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_reason: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership] = relationship(back_populates="partners")
    organisation: Mapped[Organisation] = relationship()


class Stakeholder(IdMixin, UuidMixin, TimestampMixin, Base):
    """Someone with a stake in the partnership, by the framework's category (Code 4.2)."""

    __tablename__ = "stakeholder"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    category_ref: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    involved: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Seat(IdMixin, UuidMixin, TimestampMixin, Base):
    """Our place at the table in one partnership."""

    __tablename__ = "seat"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), unique=True
    )
    our_role: Mapped[str] = mapped_column(String(32), default="member")
    represents: Mapped[str] = mapped_column(String(32), default="ourselves")
    report_back_duty: Mapped[str] = mapped_column(Text, default="")
    report_back_to: Mapped[str] = mapped_column(String(300), default="")
    induction_received: Mapped[bool | None] = mapped_column(Boolean, default=None)
    induction_date: Mapped[date | None] = mapped_column(Date, default=None)
    induction_notes: Mapped[str] = mapped_column(Text, default="")
    # How often we report back (issue 17, item 8): "" when not chosen; What's due reads it.
    report_back_every: Mapped[str] = mapped_column(String(32), default="")

    partnership: Mapped[Partnership] = relationship(back_populates="seat")
    representatives: Mapped[list[Representative]] = relationship(
        back_populates="seat", cascade="all, delete-orphan", order_by="Representative.id"
    )


class Representative(IdMixin, UuidMixin, TimestampMixin, Base):
    __tablename__ = "representative"

    seat_id: Mapped[int] = mapped_column(ForeignKey("seat.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(32), default="lead")
    term_start: Mapped[date | None] = mapped_column(Date, default=None)
    term_end: Mapped[date | None] = mapped_column(Date, default=None)

    seat: Mapped[Seat] = relationship(back_populates="representatives")
