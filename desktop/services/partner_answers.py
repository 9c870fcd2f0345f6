"""The partnership's view of a review: every viewpoint side by side, anonymity kept.

Each viewpoint on a review (a partner's returned questionnaire, answers typed from a paper
copy, our own representative's) is a partner's view here; those that came back on a
questionnaire with "keep my answers anonymous" ticked are shown as "Anonymous partner N",
and only when at least three partners have answered (``domain.partner_view``). The agreed
answer stays the group's to choose, on the Viewpoints tab; nothing here changes it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.frameworks import Framework
from desktop.domain.partner_view import (
    PartnerReply,
    PartnersView,
    anonymised_summary,
    partners_view,
)
from desktop.services.reviews import _review, framework_of
from desktop.store.models.reviews import Questionnaire, QuestionnaireReply, Review

__all__ = ["held_back_respondents", "partner_answers_entry", "review_partners_view"]


def _replies(session: Session, review: Review) -> dict[int, QuestionnaireReply]:
    """The questionnaire reply behind each viewpoint that came back on one."""
    rows = session.scalars(
        select(QuestionnaireReply)
        .join(Questionnaire, Questionnaire.id == QuestionnaireReply.questionnaire_id)
        .where(Questionnaire.review_id == review.id)
    ).all()
    return {row.respondent_id: row for row in rows if row.respondent_id is not None}


def _partner_replies(session: Session, review: Review) -> list[PartnerReply]:
    replies = _replies(session, review)
    given: dict[int, dict[str, str]] = {}
    for answer in review.answers:
        if answer.respondent_id is not None and answer.answer:
            given.setdefault(answer.respondent_id, {})[answer.question_ref] = answer.answer
    return [
        PartnerReply(
            respondent_key=respondent.id,
            label=respondent.label,
            anonymous=bool(replies[respondent.id].anonymous) if respondent.id in replies else False,
            answers=given[respondent.id],
        )
        for respondent in review.respondents
        if respondent.id in given
    ]


def review_partners_view(session: Session, review_id: int) -> tuple[Framework, PartnersView]:
    review = _review(session, review_id)
    framework = framework_of(session, review)
    return framework, partners_view(framework, _partner_replies(session, review))


def held_back_respondents(session: Session, review: Review) -> frozenset[int]:
    """Viewpoints not to show one by one: anonymous, while fewer than three answered."""
    framework = framework_of(session, review)
    replies = _partner_replies(session, review)
    shown = {c.respondent_key for c in partners_view(framework, replies).columns}
    return frozenset(r.respondent_key for r in replies if r.respondent_key not in shown)


def partner_answers_entry(
    session: Session, review: Review, framework: Framework
) -> dict[str, Any] | None:
    """What a return carries of the partners' answers, or None when no questionnaire was
    sent for the review: counts and spread, and only organisations that allowed it named
    (never a person's name)."""
    replies_by_respondent = _replies(session, review)
    sent = session.scalars(
        select(Questionnaire.id).where(Questionnaire.review_id == review.id).limit(1)
    ).first()
    if sent is None:
        return None
    replies = _partner_replies(session, review)
    answered = {r.respondent_key for r in replies}
    named = sorted(
        {
            row.organisation
            for key, row in replies_by_respondent.items()
            if key in answered and not row.anonymous and row.organisation
        }
    )
    return anonymised_summary(partners_view(framework, replies), named)
