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
from desktop.domain.problems import Problem, ProblemsError
from desktop.domain.review_checks import (
    MAX_FREE_TEXT_CHARS,
    check_answer,
    check_respondents,
    check_review_date,
    check_review_due_months,
    check_unanswered,
)
from desktop.domain.scoring import (
    AGREED,
    review_questions,
    score_review,
)
from desktop.domain.vocab import ReviewStatus
from desktop.services.frameworks import keep_wording, latest_framework
from desktop.services.review_reads import (
    REVIEW_DUE_MONTHS_KEY,
    latest_review_bands,
    parse_review_due_months,
    partnerships_overdue_review,
    resolve_framework,
)
from desktop.store.models import (
    Partnership,
    Review,
    ReviewAnswer,
    ReviewRespondent,
    SettingValue,
)
from desktop.store.models.activity import Action
from desktop.store.models.compact import FrameworkFile
from desktop.store.models.reviews import Questionnaire

__all__ = [
    "ReviewError",
    "add_respondent",
    "delete_review",
    "finish_review",
    "framework_for_partnership",
    "framework_of",
    "get_review_due_months",
    "latest_review_bands",
    "load_review_draft",
    "partnerships_overdue_review",
    "remove_respondent",
    "review_answers",
    "save_answers",
    "set_respondents",
    "set_review_due_months",
    "start_review",
    "update_review",
]


class ReviewError(ProblemsError):
    """The change was refused; ``problems`` say why, field by field, in plain English."""


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
            "The framework {framework} is not on this computer, so this review cannot be "
            "scored. Import the framework file from your CVS.",
            framework=framework_id,
        )
    return framework


def framework_of(session: Session, review: Review) -> Framework:
    return _framework(session, review.framework_id, review.framework_version)


def framework_for_partnership(session: Session, partnership_id: int) -> Framework:
    """The tool a new review of this partnership will ask about: its review tool, which is
    chosen apart from the framework its commitments are rated against."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise ReviewError([Problem("partnership", "This partnership no longer exists.")])
    try:
        return latest_framework(session, partnership.review_framework_id)
    except FrameworkError:
        return _framework(session, partnership.review_framework_id)


@dataclass(frozen=True)
class ReviewDraft:
    """A plain copy of a review for the wizard to resume (no ORM object leaves the session)."""

    review_id: int
    partnership_id: int
    review_date: date
    status: str
    framework: Framework
    respondents: tuple[tuple[int, str], ...]
    agreed: Mapping[str, tuple[str, str]]  # ref -> (answer key, comment)
    what_to_change: str
    link_with: str
    resume_page: int


def load_review_draft(session: Session, review_id: int) -> ReviewDraft:
    review = _review(session, review_id)
    return ReviewDraft(
        review_id=review.id,
        partnership_id=review.partnership_id,
        review_date=review.review_date,
        status=review.status,
        framework=framework_of(session, review),
        respondents=tuple((r.id, r.label) for r in review.respondents),
        agreed={
            a.question_ref: (a.answer, a.comment)
            for a in review.answers
            if a.respondent_key == AGREED
        },
        what_to_change=review.what_to_change,
        link_with=review.link_with,
        resume_page=review.resume_page,
    )


def set_respondents(session: Session, review_id: int, labels: Sequence[str]) -> None:
    """Make the review's respondents these labels, in this order of adding.

    A respondent no longer listed is removed only when none of their answers are stored:
    taking a name off the "who took part" box must never throw answers away.
    """
    review = _review(session, review_id)
    wanted = [label.strip() for label in labels if label.strip()]
    _refuse_if(check_respondents(wanted))
    answered = {a.respondent_id for a in review.answers if a.respondent_id is not None}
    for respondent in list(review.respondents):
        if respondent.label not in wanted and respondent.id not in answered:
            review.respondents.remove(respondent)
    have = {r.label for r in review.respondents}
    for label in wanted:
        if label not in have:
            review.respondents.append(ReviewRespondent(label=label))
            have.add(label)
    session.flush()


def review_exists(session: Session, review_id: int) -> bool:
    return session.get(Review, review_id) is not None


def _review(session: Session, review_id: int) -> Review:
    review = session.get(Review, review_id)
    if review is None:
        raise ReviewError([Problem("review", "This review no longer exists.")])
    return review


def _clean_text(value: str, field: str) -> str:
    value = value.replace("\r\n", "\n").strip()
    _refuse_if(
        [Problem(field, "This is limited to {limit:,} characters.", limit=MAX_FREE_TEXT_CHARS)]
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
    """A new draft review of a partnership, against the newest version of its review tool.

    The review keeps that tool's id and version for good: choosing another tool later, or
    importing a newer version, changes neither its questions nor its answers' wording.
    """
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise ReviewError([Problem("partnership", "This partnership no longer exists.")])
    labels = [label.strip() for label in respondents]
    _refuse_if(check_review_date(review_date, today) + check_respondents(labels))
    framework = framework_for_partnership(session, partnership_id)
    keep_wording(session, framework)
    review = Review(
        partnership_id=partnership_id,
        framework_id=framework.id,
        framework_version=framework.version,
        review_date=review_date,
        status=ReviewStatus.DRAFT,
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
    asked = {item.ref for item in review_questions(framework)}
    problems: list[Problem] = []
    for ref, (key, _comment) in answers.items():
        if ref not in asked:
            problems.append(Problem(f"answer:{ref}", "This review has no question {ref}.", ref=ref))
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
    review.status = ReviewStatus.DRAFT if keep_as_draft else ReviewStatus.COMPLETE
    session.flush()
    return review


def reopen_review(session: Session, review_id: int) -> Review:
    """Make a finished review a draft again, to correct it; it opens at its first page.

    Until it is finished again it counts as a draft everywhere: left out of the charts, of
    What's due and of returns, exactly as a review never finished would be.
    """
    review = _review(session, review_id)
    review.status = ReviewStatus.DRAFT
    review.resume_page = 0
    session.flush()
    return review


def delete_review(session: Session, review_id: int) -> None:
    review = session.get(Review, review_id)
    if review is not None:
        # Its questionnaires go with it, and so do their open reminders to chase answers
        # that could no longer be brought back.
        for reminder in session.scalars(
            select(Action)
            .join(Questionnaire, Questionnaire.reminder_action_id == Action.id)
            .where(Questionnaire.review_id == review_id, Action.status == "open")
        ):
            session.delete(reminder)
        session.delete(review)
        session.flush()


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
