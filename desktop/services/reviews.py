"""Health-check reviews (Code 4.8): start, answer part-way, add viewpoints, agree, finish.

Every function takes a Session first and is one thing a person does; the wizard, the
results view, the command line and the tests all call these. Rules live in
``desktop.domain.review_checks`` and ``desktop.domain.scoring``; this module applies them
and refuses a bad change whole, with the problems listed in ``ReviewError.problems``.

Answers: the wizard records the group's answer to each question as the *agreed* answer
(respondent key 0). A respondent (a viewpoint: our trustee, a partner who sent answers in)
has answers stored under their own key, the respondent's id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.frameworks import Framework, FrameworkError
from desktop.domain.review_checks import (
    MAX_FREE_TEXT_CHARS,
    Problem,
    check_answer,
    check_respondents,
    check_review_date,
    check_review_due_months,
    check_unanswered,
)
from desktop.domain.scoring import (
    AGREED,
    Change,
    QuestionChange,
    ReviewResult,
    SuggestedAction,
    compare_results,
    score_review,
    suggest_actions,
)
from desktop.services.review_reads import (
    REVIEW_DUE_MONTHS_KEY,
    latest_review_bands,
    parse_review_due_months,
    partnerships_overdue_review,
    resolve_framework,
)
from desktop.store.models import (
    Action,
    Partnership,
    Review,
    ReviewAnswer,
    ReviewRespondent,
    SettingValue,
)
from desktop.store.models.compact import FrameworkFile

__all__ = [
    "AcceptedAction",
    "ReviewError",
    "ReviewOutcome",
    "accept_actions",
    "add_respondent",
    "delete_review",
    "finish_review",
    "framework_of",
    "get_review_due_months",
    "latest_review_bands",
    "partnerships_overdue_review",
    "remove_respondent",
    "review_answers",
    "review_outcome",
    "save_answers",
    "set_review_due_months",
    "start_review",
    "update_review",
]


class ReviewError(ValueError):
    """The change was refused; ``problems`` say why, field by field, in plain English."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(p.message for p in self.problems))


def _refuse_if(problems: list[Problem]) -> None:
    if problems:
        raise ReviewError(problems)


def _framework(session: Session, framework_id: str, version: str = "") -> Framework:
    def fetch(fid: str, ver: str) -> tuple[str, str] | None:
        row = session.execute(
            select(FrameworkFile.content, FrameworkFile.sha256)
            .where(FrameworkFile.framework_id == fid)
            .order_by((FrameworkFile.version == ver).desc(), FrameworkFile.imported_at.desc())
            .limit(1)
        ).first()
        return (row[0], row[1]) if row else None

    framework = resolve_framework(framework_id, version, fetch)
    if framework is None:
        raise FrameworkError(
            f"The framework {framework_id} is not on this computer, so this review cannot be "
            "scored. Import the framework file from your CVS."
        )
    return framework


def framework_of(session: Session, review: Review) -> Framework:
    return _framework(session, review.framework_id, review.framework_version)


def _review(session: Session, review_id: int) -> Review:
    review = session.get(Review, review_id)
    if review is None:
        raise ReviewError([Problem("review", "This review no longer exists.")])
    return review


def _clean_text(value: str, field: str) -> str:
    value = value.replace("\r\n", "\n").strip()
    _refuse_if(
        [Problem(field, f"This is limited to {MAX_FREE_TEXT_CHARS:,} characters.")]
        if len(value) > MAX_FREE_TEXT_CHARS
        else []
    )
    return value


def start_review(
    session: Session,
    partnership_id: int,
    review_date: date,
    today: date,
    respondents: Sequence[str] = (),
) -> Review:
    """A new draft review of a partnership, against the partnership's framework."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise ReviewError([Problem("partnership", "This partnership no longer exists.")])
    labels = [label.strip() for label in respondents]
    _refuse_if(check_review_date(review_date, today) + check_respondents(labels))
    framework = _framework(session, partnership.framework_id)
    review = Review(
        partnership_id=partnership_id,
        framework_id=framework.id,
        framework_version=framework.version,
        review_date=review_date,
        status="draft",
    )
    review.respondents = [ReviewRespondent(label=label) for label in labels]
    session.add(review)
    session.flush()
    return review


def update_review(
    session: Session,
    review_id: int,
    today: date,
    *,
    review_date: date | None = None,
    what_to_change: str | None = None,
    link_with: str | None = None,
    notes: str | None = None,
    resume_page: int | None = None,
) -> Review:
    """Change the details of a review; only what is passed changes."""
    review = _review(session, review_id)
    if review_date is not None:
        _refuse_if(check_review_date(review_date, today))
        review.review_date = review_date
    if what_to_change is not None:
        review.what_to_change = _clean_text(what_to_change, "what_to_change")
    if link_with is not None:
        review.link_with = _clean_text(link_with, "link_with")
    if notes is not None:
        review.notes = _clean_text(notes, "notes")
    if resume_page is not None:
        review.resume_page = max(0, int(resume_page))
    session.flush()
    return review


def add_respondent(
    session: Session,
    review_id: int,
    label: str,
    organisation: str = "",
    person_id: int | None = None,
) -> ReviewRespondent:
    """Another viewpoint on the same review (a partner who sent their answers, say)."""
    review = _review(session, review_id)
    labels = [r.label for r in review.respondents] + [label.strip()]
    _refuse_if(check_respondents(labels))
    respondent = ReviewRespondent(
        label=label.strip(), organisation=organisation.strip(), person_id=person_id
    )
    review.respondents.append(respondent)
    session.flush()
    return respondent


def rename_respondent(session: Session, respondent_id: int, label: str) -> None:
    respondent = session.get(ReviewRespondent, respondent_id)
    if respondent is None:
        raise ReviewError([Problem("respondents", "This respondent no longer exists.")])
    _refuse_if(check_respondents([label]))
    respondent.label = label.strip()


def remove_respondent(session: Session, respondent_id: int) -> None:
    """Remove a viewpoint and its answers (the agreed answers stay)."""
    respondent = session.get(ReviewRespondent, respondent_id)
    if respondent is not None:
        review = respondent.review
        for answer in [a for a in review.answers if a.respondent_id == respondent_id]:
            review.answers.remove(answer)
        review.respondents.remove(respondent)  # delete-orphan removes the row
        session.flush()


def save_answers(
    session: Session,
    review_id: int,
    answers: Mapping[str, tuple[str, str]],
    respondent_id: int | None = None,
    resume_page: int | None = None,
) -> None:
    """Save ``{question ref: (answer key, comment)}`` for the agreed answer or a respondent.

    A blank answer and comment removes the stored one. Every answer is checked against the
    scale first, so a bad one refuses the lot and nothing is half saved.
    """
    review = _review(session, review_id)
    framework = framework_of(session, review)
    asked = {
        item.ref for key in ("health_check", "evaluation") for item in framework.sections[key].items
    }
    problems: list[Problem] = []
    for ref, (key, _comment) in answers.items():
        if ref not in asked:
            problems.append(Problem(f"answer:{ref}", f"This review has no question {ref}."))
        problems += check_answer(framework, ref, key)
    if respondent_id is not None and not any(r.id == respondent_id for r in review.respondents):
        problems.append(Problem("respondents", "That respondent is not part of this review."))
    _refuse_if(problems)
    slot = AGREED if respondent_id is None else respondent_id
    existing = {a.question_ref: a for a in review.answers if a.respondent_key == slot}
    for ref, (key, comment) in answers.items():
        comment = _clean_text(comment, f"comment:{ref}")
        row = existing.get(ref)
        if not key and not comment:
            if row is not None:
                review.answers.remove(row)
            continue
        if row is None:
            review.answers.append(
                ReviewAnswer(
                    respondent_id=respondent_id,
                    respondent_key=slot,
                    question_ref=ref,
                    answer=key,
                    comment=comment,
                )
            )
        else:
            row.answer, row.comment = key, comment
    if resume_page is not None:
        review.resume_page = max(0, int(resume_page))
    session.flush()


def review_answers(review: Review) -> dict[int, dict[str, str]]:
    """``{respondent key: {ref: answer key}}`` as the scoring wants it."""
    found: dict[int, dict[str, str]] = {}
    for answer in review.answers:
        if answer.answer:
            found.setdefault(answer.respondent_key, {})[answer.question_ref] = answer.answer
    return found


def finish_review(
    session: Session, review_id: int, today: date, keep_as_draft: bool = False
) -> Review:
    """Finish a review, or keep it as a draft (which is allowed with questions unanswered).

    Finishing refuses a date in the future and any unanswered question: a result built on
    half the questions would read as better or worse than the partnership really is.
    """
    review = _review(session, review_id)
    framework = framework_of(session, review)
    problems = check_review_date(review.review_date, today)
    result = score_review(framework, review_answers(review))
    if not keep_as_draft:
        problems += check_unanswered(result.unanswered)
    _refuse_if(problems)
    review.status = "draft" if keep_as_draft else "complete"
    session.flush()
    return review


def delete_review(session: Session, review_id: int) -> None:
    review = session.get(Review, review_id)
    if review is not None:
        session.delete(review)
        session.flush()


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
            .where(Review.partnership_id == review.partnership_id, Review.status == "complete")
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
        respondents=tuple((r.id, r.label) for r in review.respondents),
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
        Problem(f"action:{a.ref}", f"Describe the action for {a.ref}.")
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


def get_review_due_months(session: Session) -> int:
    row = session.get(SettingValue, REVIEW_DUE_MONTHS_KEY)
    return parse_review_due_months(row.value if row else None)


def set_review_due_months(session: Session, months: int) -> None:
    _refuse_if(check_review_due_months(months))
    row = session.get(SettingValue, REVIEW_DUE_MONTHS_KEY)
    if row is None:
        session.add(SettingValue(key=REVIEW_DUE_MONTHS_KEY, value=str(months)))
    else:
        row.value = str(months)
    session.flush()
