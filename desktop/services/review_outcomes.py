"""What a review says: scores, change since the last one, trend, and actions to take.

Kept apart from ``reviews`` (which records answers) because the results view, the PDF
return and the What's due list read these without changing anything else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.frameworks import Framework, FrameworkError
from desktop.domain.problems import Problem
from desktop.domain.scoring import (
    Change,
    QuestionChange,
    ReviewResult,
    SuggestedAction,
    compare_results,
    score_review,
    suggest_actions,
)
from desktop.domain.vocab import ReviewStatus
from desktop.services.partner_answers import held_back_respondents
from desktop.services.reviews import (
    _clean_text,
    _refuse_if,
    _review,
    framework_of,
    review_answers,
)
from desktop.store.models import Action, Review


@dataclass(frozen=True)
class ReviewOutcome:
    """Everything the results view and the return show about one review."""

    review_id: int
    partnership_id: int
    review_date: date
    status: str
    framework: Framework
    result: ReviewResult
    previous_date: date | None
    changes: tuple[QuestionChange, ...]
    overall_change: Change
    suggestions: tuple[SuggestedAction, ...]
    already_actioned: frozenset[str]  # refs whose suggestion is already an action
    respondents: tuple[tuple[int, str], ...]  # (respondent key, label)
    comments: Mapping[tuple[int, str], str]  # (respondent key, ref) -> comment
    trend: tuple[tuple[date, float | None], ...]  # every finished review (and this one)


def review_outcome(session: Session, review_id: int) -> ReviewOutcome:
    review = _review(session, review_id)
    framework = framework_of(session, review)
    result = score_review(framework, review_answers(review))
    finished = list(
        session.scalars(
            select(Review)
            .where(
                Review.partnership_id == review.partnership_id,
                Review.status == ReviewStatus.COMPLETE,
                # Only reviews with the same tool compare: the review tool can be changed.
                Review.framework_id == review.framework_id,
            )
            .order_by(Review.review_date, Review.id)
        )
    )
    earlier = [r for r in finished if (r.review_date, r.id) < (review.review_date, review.id)]
    previous = earlier[-1] if earlier else None
    previous_result = None
    if previous is not None:
        try:
            previous_result = score_review(
                framework_of(session, previous), review_answers(previous)
            )
        except (FrameworkError, ValueError):
            previous_result = None
    changes, overall_change = compare_results(result, previous_result)
    trend: list[tuple[date, float | None]] = []
    for other in finished if review in finished else [*finished, review]:
        score = result.overall if other is review else _overall(session, other)
        trend.append((other.review_date, score))
    actioned = set(session.scalars(select(Action.description).where(Action.review_id == review.id)))
    held = held_back_respondents(session, review)
    return ReviewOutcome(
        review_id=review.id,
        partnership_id=review.partnership_id,
        review_date=review.review_date,
        status=review.status,
        framework=framework,
        result=result,
        previous_date=previous.review_date if previous else None,
        changes=changes,
        overall_change=overall_change,
        suggestions=suggest_actions(framework, result),
        already_actioned=frozenset(
            s.ref
            for s in suggest_actions(framework, result)
            if any(f"({s.ref})" in d for d in actioned)
        ),
        # An anonymous partner is not shown one by one until three partners have answered.
        respondents=tuple((r.id, r.label) for r in review.respondents if r.id not in held),
        comments={
            (a.respondent_key, a.question_ref): a.comment for a in review.answers if a.comment
        },
        trend=tuple(sorted(trend, key=lambda pair: pair[0])),
    )


def _overall(session: Session, review: Review) -> float | None:
    try:
        return score_review(framework_of(session, review), review_answers(review)).overall
    except (FrameworkError, ValueError):
        return None


@dataclass(frozen=True)
class AcceptedAction:
    ref: str
    description: str
    due_date: date | None
    owner_person_id: int | None = None
    owner_label: str = ""


def accept_actions(
    session: Session, review_id: int, accepted: Sequence[AcceptedAction]
) -> list[Action]:
    """Turn accepted suggestions into actions; they appear in the What's due list."""
    review = _review(session, review_id)
    problems = [
        Problem(f"action:{a.ref}", "Describe the action for {ref}.", ref=a.ref)
        for a in accepted
        if not a.description.strip()
    ]
    _refuse_if(problems)
    actions = [
        Action(
            partnership_id=review.partnership_id,
            source="review",
            review_id=review.id,
            description=_with_ref(_clean_text(a.description, f"action:{a.ref}"), a.ref),
            owner_person_id=a.owner_person_id,
            owner_label=a.owner_label.strip(),
            due_date=a.due_date,
            status="open",
        )
        for a in accepted
    ]
    session.add_all(actions)
    session.flush()
    return actions


def _with_ref(description: str, ref: str) -> str:
    # The clause ref stays in the text: it shows where the action came from in the What's
    # due list, and it is how the results view knows a suggestion was already taken up.
    return description if f"({ref})" in description else f"{description} ({ref})"
