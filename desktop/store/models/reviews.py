"""Health-check reviews (Code 4.8) with several respondents, and the joining check (4.1)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.vocab import ReviewStatus
from desktop.store.models.base import Base, IdMixin, TimestampMixin, UuidMixin


class Review(IdMixin, UuidMixin, TimestampMixin, Base):
    __tablename__ = "review"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    framework_id: Mapped[str] = mapped_column(String(120))
    framework_version: Mapped[str] = mapped_column(String(40))
    review_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(32), default=ReviewStatus.DRAFT.value)
    what_to_change: Mapped[str] = mapped_column(Text, default="")
    link_with: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Where the wizard was left, so a draft resumes on the same page.
    resume_page: Mapped[int] = mapped_column(Integer, default=0)

    respondents: Mapped[list[ReviewRespondent]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="ReviewRespondent.id"
    )
    answers: Mapped[list[ReviewAnswer]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="ReviewAnswer.id"
    )


class ReviewRespondent(IdMixin, UuidMixin, Base):
    """One viewpoint: our trustee, our representative, a partner who sent answers."""

    __tablename__ = "review_respondent"

    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(300))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    organisation: Mapped[str] = mapped_column(String(300), default="")

    review: Mapped[Review] = relationship(back_populates="respondents")


class ReviewAnswer(IdMixin, Base):
    """An answer to one question; respondent ``None`` is the answer the group agreed."""

    __tablename__ = "review_answer"
    __table_args__ = (UniqueConstraint("review_id", "respondent_key", "question_ref"),)

    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    respondent_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_respondent.id", ondelete="CASCADE"), default=None
    )
    # SQLite lets NULLs repeat in a unique index; this copy (0 = agreed) keeps one per slot.
    respondent_key: Mapped[int] = mapped_column(Integer, default=0)
    question_ref: Mapped[str] = mapped_column(String(40))
    answer: Mapped[str] = mapped_column(String(40), default="")
    comment: Mapped[str] = mapped_column(Text, default="")

    review: Mapped[Review] = relationship(back_populates="answers")


class JoiningCheck(IdMixin, UuidMixin, TimestampMixin, Base):
    """The questions to ask before joining a partnership (Code 4.1 and 3.1 e)."""

    __tablename__ = "joining_check"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), unique=True
    )
    done_already: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    done_elsewhere: Mapped[str] = mapped_column(Text, default="")
    existing_host: Mapped[str] = mapped_column(Text, default="")
    constraints: Mapped[str] = mapped_column(Text, default="")
    why_join: Mapped[str] = mapped_column(Text, default="")
    what_we_bring: Mapped[str] = mapped_column(Text, default="")
    cost_notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(32), default="undecided")
    decision_date: Mapped[date | None] = mapped_column(Date, default=None)


class Questionnaire(IdMixin, UuidMixin, TimestampMixin, Base):
    """A fillable PDF made for a review, to be answered by one partner or by anyone.

    ``uuid`` travels inside the PDF; ``seal_key`` never leaves this database: the PDF's
    identity field is sealed with it, so a form edited to claim another questionnaire,
    tool or version is found when it comes back.
    """

    __tablename__ = "questionnaire"

    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    # The organisation it was made for; blank for one generic questionnaire anyone may fill.
    partner_name: Mapped[str] = mapped_column(String(300), default="")
    seal_key: Mapped[str] = mapped_column(String(64))
    sent_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    # The What's due reminder to chase the answers; ticked done when they come back.
    reminder_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="SET NULL"), default=None
    )

    replies: Mapped[list[QuestionnaireReply]] = relationship(
        back_populates="questionnaire",
        cascade="all, delete-orphan",
        order_by="QuestionnaireReply.id",
    )


class QuestionnaireReply(IdMixin, Base):
    """A filled questionnaire that came back, and the viewpoint its answers became."""

    __tablename__ = "questionnaire_reply"

    questionnaire_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire.id", ondelete="CASCADE"), index=True
    )
    respondent_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_respondent.id", ondelete="SET NULL"), default=None, index=True
    )
    organisation: Mapped[str] = mapped_column(String(300), default="")
    person_name: Mapped[str] = mapped_column(String(300), default="")
    # The partner asked to be shown without a name (and only among three or more partners).
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    received_on: Mapped[date] = mapped_column(Date)
    fingerprint: Mapped[str] = mapped_column(String(64))  # same answers, same fingerprint
    file_name: Mapped[str] = mapped_column(String(300), default="")

    questionnaire: Mapped[Questionnaire] = relationship(back_populates="replies")
