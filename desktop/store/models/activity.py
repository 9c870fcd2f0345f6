"""What happens in a partnership: meetings, the plan, actions, outcomes and funding."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, IdMixin, TimestampMixin, UuidMixin


class Meeting(IdMixin, UuidMixin, TimestampMixin, Base):
    __tablename__ = "meeting"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # How long it took, for turning a meeting's cost into a resource need.
    hours: Mapped[float | None] = mapped_column(Float, default=None)

    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.id"
    )


class Attendance(IdMixin, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(32), default="attended")
    miles: Mapped[float | None] = mapped_column(Float, default=None)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")


class Milestone(IdMixin, UuidMixin, TimestampMixin, Base):
    """A step on the partnership's journey with a date to aim for (Code 4.3)."""

    __tablename__ = "milestone"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    done_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class AimOutput(IdMixin, UuidMixin, TimestampMixin, Base):
    """One row of an "aims and outputs" plan."""

    __tablename__ = "aim_output"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    area_for_action: Mapped[str] = mapped_column(String(300))
    aims: Mapped[str] = mapped_column(Text, default="")
    outputs: Mapped[str] = mapped_column(Text, default="")
    use_of_funding: Mapped[str] = mapped_column(Text, default="")
    use_of_support: Mapped[str] = mapped_column(Text, default="")
    build_on: Mapped[str] = mapped_column(Text, default="")


class Priority(IdMixin, UuidMixin, TimestampMixin, Base):
    __tablename__ = "priority"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")


class Action(IdMixin, UuidMixin, TimestampMixin, Base):
    """Something someone has to do, wherever it came from; the What's due list reads these."""

    __tablename__ = "action"

    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True, default=None
    )
    source: Mapped[str] = mapped_column(String(32), default="other")
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), default=None
    )
    priority_id: Mapped[int | None] = mapped_column(
        ForeignKey("priority.id", ondelete="CASCADE"), default=None
    )
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("review.id", ondelete="SET NULL"), default=None
    )
    commitment_rating_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment_rating.id", ondelete="SET NULL"), default=None
    )
    # For priorities: an immediate action or a future step.
    step: Mapped[str] = mapped_column(String(32), default="immediate")
    description: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None, index=True
    )
    # An organisation or a role when the owner is not one of our people ("the council").
    owner_label: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    status: Mapped[str] = mapped_column(String(32), default="open", index=True)
    done_date: Mapped[date | None] = mapped_column(Date, default=None)


class Outcome(IdMixin, UuidMixin, TimestampMixin, Base):
    __tablename__ = "outcome"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    term: Mapped[str] = mapped_column(String(32), default="short")
    description: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    achieved: Mapped[bool] = mapped_column(Boolean, default=False)


class FundingLine(IdMixin, UuidMixin, TimestampMixin, Base):
    __tablename__ = "funding_line"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(300))
    # For support in kind (coaching, a room, leadership time) the amount is its estimated
    # value: money not handed over, but worth counting. Issue 21.
    amount_pence: Mapped[int] = mapped_column(Integer, default=0)
    in_kind: Mapped[bool] = mapped_column(Boolean, default=False)
    phase: Mapped[str] = mapped_column(String(32), default="other")
    period_label: Mapped[str] = mapped_column(String(120), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    fundholder: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
