"""Record a whole review from a file of answers (the command line's ``reviews record``).

The same steps as the wizard, through the same services: start a review of the
partnership with its review tool, save the answers (the agreed answers, or one
viewpoint's), and finish it if asked, by the same rules as finishing in the window. The
file is read and checked whole before anything is written, and everything happens in the
caller's one session: if any step is refused, nothing at all is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from os import PathLike
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.answers_file import (
    MAX_ANSWERS_FILE_BYTES,
    AnswersFileError,
    AnswersRead,
    match_answers,
    parse_csv,
    parse_json,
    question_options,
)
from desktop.domain.frameworks import Framework, Item
from desktop.domain.problems import Problem
from desktop.domain.scoring import review_questions, score_review
from desktop.domain.vocab import ReviewStatus
from desktop.services.frameworks import review_tool_for_partnership
from desktop.services.reviews import (
    ReviewError,
    add_respondent,
    finish_review,
    framework_of,
    review_answers,
    save_answers,
    start_review,
    update_review,
)
from desktop.store.models import Partnership, Review

__all__ = ["AnswersFileError", "RecordedReview", "read_answers_file", "record_review"]


@dataclass(frozen=True)
class RecordedAnswer:
    reference: str
    answer: str  # the key stored
    label: str  # as the tool shows it
    note: str


@dataclass(frozen=True)
class RecordedReview:
    review_id: int
    partnership_id: int
    partnership: str
    tool_id: str
    tool_version: str
    tool_title: str
    review_date: date
    status: str
    viewpoint: str
    answers: tuple[RecordedAnswer, ...]
    unanswered: tuple[str, ...]
    overall: float | None
    band_key: str
    band_label: str


def read_answers_file(path: str | PathLike[str]) -> AnswersRead:
    """The answers in a .csv or .json file, checked for shape; refuses the file whole."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise AnswersFileError(
            [
                Problem(
                    "file",
                    "{name}: the answers file must be a .csv or a .json file. Save it as one "
                    "of those and give its name again.",
                    name=path.name,
                )
            ]
        )
    try:
        size = path.stat().st_size
        if size > MAX_ANSWERS_FILE_BYTES:
            raise AnswersFileError(
                [
                    Problem(
                        "file",
                        "{name} is {size:,} bytes; an answers file may be at most {limit:,}. "
                        "Check it is the right file.",
                        name=path.name,
                        size=size,
                        limit=MAX_ANSWERS_FILE_BYTES,
                    )
                ]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise AnswersFileError(
            [
                Problem(
                    "file",
                    "{name} cannot be read ({why}). Check the name and that the file is there.",
                    name=path.name,
                    why=exc.strerror or type(exc).__name__,
                )
            ]
        ) from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AnswersFileError(
            [
                Problem(
                    "file",
                    "{name} is not saved as UTF-8 text (the first unreadable character is on "
                    "line {line}). Save it as UTF-8 and try again.",
                    name=path.name,
                    line=data[: exc.start].count(b"\n") + 1,
                )
            ]
        ) from exc
    return parse_csv(text) if suffix == ".csv" else parse_json(text)


def record_review(
    session: Session,
    partnership_id: int,
    tool_id: str,
    read: AnswersRead,
    *,
    today: date,
    review_date: date | None = None,
    viewpoint: str = "",
    finish: bool = False,
    draft_id: int | None = None,
) -> RecordedReview:
    """A new review of the partnership from ``read``: a draft, or finished if ``finish``.

    With ``draft_id`` the answers go into that draft instead (another viewpoint on the same
    review, say). ``tool_id`` must be the tool the review asks about: answers written for
    one tool must never be filed under another whose questions share a reference.
    """
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise ReviewError([Problem("partnership", "This partnership no longer exists.")])
    draft = _draft(session, partnership, draft_id) if draft_id is not None else None
    tool = (
        framework_of(session, draft)
        if draft is not None
        else review_tool_for_partnership(session, partnership_id)
    )
    if tool.id != tool_id:
        raise ReviewError(
            [
                Problem(
                    "tool",
                    "{partnership} uses “{title}” ({id}) for its reviews, not {asked}. Make "
                    "{asked} its review tool first, or give answers for {id}.",
                    partnership=partnership.name,
                    title=tool.short_title,
                    id=tool.id,
                    asked=tool_id,
                )
                if draft is None
                else Problem(
                    "tool",
                    "Review {review} asks the questions of “{title}” ({id}), not {asked}.",
                    review=draft.id,
                    title=tool.short_title,
                    id=tool.id,
                    asked=tool_id,
                )
            ]
        )
    answers = match_answers(tool, review_questions(tool), read)
    viewpoint = viewpoint.strip()
    if draft is None:
        review = start_review(
            session,
            partnership_id,
            review_date or today,
            today,
            respondents=[viewpoint] if viewpoint else [],
        )
        respondent_id = review.respondents[0].id if viewpoint else None
    else:
        review = draft
        if review_date is not None:
            update_review(session, review.id, today, review_date=review_date)
        respondent_id = None
        if viewpoint:
            named = next((r for r in review.respondents if r.label == viewpoint), None)
            respondent_id = (named or add_respondent(session, review.id, viewpoint)).id
    save_answers(session, review.id, answers, respondent_id)
    if finish:
        finish_review(session, review.id, today)
    framework = framework_of(session, review)
    result = score_review(framework, review_answers(review))
    questions = {item.ref: item for item in review_questions(framework)}
    return RecordedReview(
        review_id=review.id,
        partnership_id=partnership_id,
        partnership=partnership.name,
        tool_id=framework.id,
        tool_version=framework.version,
        tool_title=framework.title,
        review_date=review.review_date,
        status=review.status,
        viewpoint=viewpoint,
        answers=tuple(
            RecordedAnswer(ref, key, _label(framework, questions[ref], key), note)
            for ref, (key, note) in answers.items()
        ),
        unanswered=result.unanswered,
        overall=result.overall,
        band_key=result.band.key if result.band else "",
        band_label=result.band.label if result.band else "",
    )


def _label(framework: Framework, item: Item, key: str) -> str:
    return next((o.label for o in question_options(framework, item) if o.key == key), key)


def _draft(session: Session, partnership: Partnership, review_id: int) -> Review:
    review = session.get(Review, review_id)
    if review is None or review.partnership_id != partnership.id:
        raise ReviewError(
            [
                Problem(
                    "review",
                    "{partnership} has no review {review}. Give the number printed when its "
                    "draft was recorded (or the id in the list of reviews).",
                    partnership=partnership.name,
                    review=review_id,
                )
            ]
        )
    if review.status == ReviewStatus.COMPLETE:
        raise ReviewError(
            [
                Problem(
                    "review",
                    "Review {review} is finished, so answers are not added to it. Reopen it "
                    "in the window first (Change this review), or record a new review.",
                    review=review_id,
                )
            ]
        )
    return review
