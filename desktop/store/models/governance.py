"""How a partnership is run (issue 17, items 6-9): registers, reporting back, closing.

The partnership's place in a structure (``partnership.parent_id``), its vision, goal and
principles, and the seat's report-back rhythm are columns of ``partnership`` and ``seat``
(see desktop/store/models/partnership.py); the lists live here, one table each.

Names: "declared by", "owner" and "shared with" are what the group types (a role, an
organisation or a person); people's names are scrubbed from a return without contact
details like any other text (services.return_plan.without_names), and the person export
and forgetting read these tables too (services.governance.people).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, IdMixin, TimestampMixin, UuidMixin


class _PartnershipRow(IdMixin, UuidMixin, TimestampMixin):
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )


class Risk(_PartnershipRow, Base):
    __tablename__ = "risk"

    description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[int | None] = mapped_column(Integer, default=None)  # 1-5
    impact: Mapped[int | None] = mapped_column(Integer, default=None)  # 1-5
    owner_label: Mapped[str] = mapped_column(String(300), default="")
    mitigation: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(32), default="open")


class InterestDeclaration(_PartnershipRow, Base):
    """A conflict of interest declared: by whom, about what, how it was handled."""

    __tablename__ = "interest_declaration"

    declared_on: Mapped[date | None] = mapped_column(Date, default=None)
    declared_by: Mapped[str] = mapped_column(String(300), default="")
    about: Mapped[str] = mapped_column(Text, default="")
    handled: Mapped[str] = mapped_column(Text, default="")


class Disagreement(_PartnershipRow, Base):
    __tablename__ = "disagreement"

    raised_on: Mapped[date | None] = mapped_column(Date, default=None)
    about: Mapped[str] = mapped_column(Text, default="")
    between: Mapped[str] = mapped_column(String(300), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date, default=None)


class EqualityNote(_PartnershipRow, Base):
    """Equality impact: who might be left out, and what is being done about it."""

    __tablename__ = "equality_note"

    noted_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_out: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")


class LearningEntry(_PartnershipRow, Base):
    __tablename__ = "learning_entry"

    noted_on: Mapped[date | None] = mapped_column(Date, default=None)
    learned: Mapped[str] = mapped_column(Text, default="")
    do_differently: Mapped[str] = mapped_column(Text, default="")
    shared_with: Mapped[str] = mapped_column(String(300), default="")


class ReportBack(_PartnershipRow, Base):
    """One time we reported back to the people we represent."""

    __tablename__ = "report_back"

    reported_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    to_whom: Mapped[str] = mapped_column(String(300), default="")
    how: Mapped[str] = mapped_column(String(32), default="meeting")
    note: Mapped[str] = mapped_column(Text, default="")


class Closure(IdMixin, UuidMixin, TimestampMixin, Base):
    """How a partnership, or our part in it, came to an end. One per partnership."""

    __tablename__ = "closure"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), unique=True
    )
    scope: Mapped[str] = mapped_column(String(32), default="partnership")
    closed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    work_after: Mapped[str] = mapped_column(Text, default="")
    money_after: Mapped[str] = mapped_column(Text, default="")
    records_after: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    # The status before closing, so reopening puts it back as it was.
    status_before: Mapped[str] = mapped_column(String(32), default="active")
