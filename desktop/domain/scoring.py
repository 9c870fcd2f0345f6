"""Scoring a health-check review (Code 4.8): per question, overall, bands, change, actions.

Plain Python on purpose: the review screens, the PDF return, the CVS collection and the
command line all score reviews, and they must agree to the last decimal.

How a question is scored (the rule is written here once, and shown in the app's help):

* Each answer is looked up on the framework's answer scale. An answer whose option has no
  score ("Don't know") is *not scored*: it is left out, never counted as zero, because a
  group that does not know has not said the partnership is failing.
* Where the group recorded an **agreed answer** for a question, that answer is the score,
  whatever individual respondents said.
* Where there is no agreed answer, the question scores the **average of the respondents'
  scored answers**, so a review with several viewpoints still has a result before the group
  has met to agree. The average may fall between two options (for example 50).
* The overall score is the average of the scored questions. Each score is placed in a band
  with ``Framework.band_for``.
* The lowest band is the *concern* band: a question scored there suggests an action, using
  the band's own action hint, because a framework names its bands as it likes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.frameworks import Band, Framework, Item
from desktop.domain.problems import UserError

__all__ = [
    "AGREED",
    "REVIEW_SECTION_KEYS",
    "AnswerNotOnScale",
    "Change",
    "QuestionChange",
    "QuestionResult",
    "ReviewResult",
    "SuggestedAction",
    "compare_results",
    "concern_band",
    "overall_score",
    "review_questions",
    "score_review",
    "suggest_actions",
]

AGREED = 0
"""The respondent key of the answer the group agreed (stored as ``respondent_key`` 0)."""

REVIEW_SECTION_KEYS: tuple[str, ...] = ("health_check", "evaluation")
"""The framework sections a review asks about, in the order the wizard asks them."""

# Scores closer than this count as "the same": the average of respondents can wobble by
# a fraction without anything having changed in the partnership.
SAME_TOLERANCE = 0.5


class AnswerNotOnScale(UserError, ValueError):
    """An answer key that the framework's answer scale does not have."""


class Change(StrEnum):
    """How a question moved since the previous finished review."""

    BETTER = "better"
    WORSE = "worse"
    SAME = "same"
    NEW = "new"  # no score last time (not asked, not answered, or not scored)
    NOT_SCORED = "not_scored"  # no score this time

    @property
    def label(self) -> str:
        return _CHANGE_LABELS[self]


_CHANGE_LABELS = {
    Change.BETTER: "Better",
    Change.WORSE: "Worse",
    Change.SAME: "Same",
    Change.NEW: "New this time",
    Change.NOT_SCORED: "Not scored",
}


@dataclass(frozen=True)
class QuestionResult:
    """One question's score; ``score`` None means nothing scored was said about it."""

    ref: str
    title: str
    score: float | None
    band: Band | None
    agreed: str  # the agreed answer key, or "" when there is none
    answers: Mapping[int, str]  # respondent key -> answer key, agreed answer left out
    source: str  # "agreed", "respondents" or "none": where the score came from

    @property
    def answered(self) -> bool:
        """Said anything at all (a "Don't know" counts: it is an answer, just not scored)."""
        return bool(self.agreed) or any(self.answers.values())

    @property
    def differs(self) -> bool:
        """Respondents gave different answers: the question to talk about and agree on."""
        given = {key for key in self.answers.values() if key}
        return len(given) > 1


@dataclass(frozen=True)
class ReviewResult:
    questions: tuple[QuestionResult, ...]
    overall: float | None
    band: Band | None

    def question(self, ref: str) -> QuestionResult:
        for result in self.questions:
            if result.ref == ref:
                return result
        raise KeyError(ref)

    @property
    def unanswered(self) -> tuple[str, ...]:
        return tuple(q.ref for q in self.questions if not q.answered)


@dataclass(frozen=True)
class QuestionChange:
    ref: str
    title: str
    previous: float | None
    current: float | None
    change: Change

    @property
    def difference(self) -> float | None:
        if self.previous is None or self.current is None:
            return None
        return self.current - self.previous


@dataclass(frozen=True)
class SuggestedAction:
    ref: str
    title: str
    score: float
    band: Band
    description: str


def review_questions(framework: Framework) -> tuple[Item, ...]:
    """The questions a review asks: the health check, then the evaluation criteria."""
    return tuple(
        item
        for key in REVIEW_SECTION_KEYS
        if key in framework.sections
        for item in framework.sections[key].items
    )


def answer_score(framework: Framework, key: str) -> float | None:
    """The score of an answer key; None for no answer or an unscored option."""
    if not key:
        return None
    for option in framework.answer_scale:
        if option.key == key:
            return option.score
    known = ", ".join(option.label for option in framework.answer_scale)
    raise AnswerNotOnScale(
        '"{answer}" is not one of the answers this framework allows ({known}).',
        answer=key,
        known=known,
    )


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def score_review(framework: Framework, answers: Mapping[int, Mapping[str, str]]) -> ReviewResult:
    """Score a review from ``{respondent key: {question ref: answer key}}`` (0 = agreed).

    Answers to refs the framework does not ask are ignored (a question removed in a later
    version of a framework must not break an old review); an answer key not on the scale
    raises ``AnswerNotOnScale``, because the score would otherwise be silently wrong.
    """
    scale = {option.key: option.score for option in framework.answer_scale}
    for given in answers.values():  # refuse a bad key anywhere, even where it is outvoted
        for key in given.values():
            if key and key not in scale:
                answer_score(framework, key)  # raises with the plain message
    agreed = answers.get(AGREED, {})
    others = sorted((key, given) for key, given in answers.items() if key != AGREED)
    results: list[QuestionResult] = []
    for item in review_questions(framework):
        agreed_key = agreed.get(item.ref, "")
        by_respondent = {key: given.get(item.ref, "") for key, given in others}
        if agreed_key:
            score = scale[agreed_key]
            source = "agreed"
        else:
            score = _mean(
                value for k in by_respondent.values() if k and (value := scale[k]) is not None
            )
            source = "respondents" if any(by_respondent.values()) else "none"
        results.append(
            QuestionResult(
                ref=item.ref,
                title=item.title,
                score=score,
                band=framework.band_for(score) if score is not None else None,
                agreed=agreed_key,
                answers=by_respondent,
                source=source,
            )
        )
    overall = _mean(q.score for q in results if q.score is not None)
    return ReviewResult(
        questions=tuple(results),
        overall=overall,
        band=framework.band_for(overall) if overall is not None else None,
    )


def overall_score(framework: Framework, answers: Mapping[int, Mapping[str, str]]) -> float | None:
    """The overall score alone, by the same rules as ``score_review`` but without building
    every question's result: the register asks this for every partnership at once."""
    scale = {option.key: option.score for option in framework.answer_scale}
    for given in answers.values():
        for key in given.values():
            if key and key not in scale:
                answer_score(framework, key)  # raises with the plain message
    agreed = answers.get(AGREED, {})
    others = [given for key, given in answers.items() if key != AGREED]
    total = 0.0
    count = 0
    for item in review_questions(framework):
        agreed_key = agreed.get(item.ref, "")
        if agreed_key:
            score = scale[agreed_key]
        else:
            score = _mean(
                value
                for given in others
                if (k := given.get(item.ref, "")) and (value := scale[k]) is not None
            )
        if score is not None:
            total += score
            count += 1
    return total / count if count else None


def _change(previous: float | None, current: float | None) -> Change:
    if current is None:
        return Change.NOT_SCORED
    if previous is None:
        return Change.NEW
    if current - previous > SAME_TOLERANCE:
        return Change.BETTER
    if previous - current > SAME_TOLERANCE:
        return Change.WORSE
    return Change.SAME


def compare_results(
    current: ReviewResult, previous: ReviewResult | None
) -> tuple[tuple[QuestionChange, ...], Change]:
    """The change question by question, and overall, since ``previous`` (None: the first)."""
    before = {q.ref: q.score for q in previous.questions} if previous else {}
    changes = tuple(
        QuestionChange(
            q.ref, q.title, before.get(q.ref), q.score, _change(before.get(q.ref), q.score)
        )
        for q in current.questions
    )
    overall = _change(previous.overall if previous else None, current.overall)
    return changes, overall


def concern_band(framework: Framework) -> Band:
    """The lowest band: a framework may call it anything, but it is always the worry."""
    return framework.bands[0]


def suggest_actions(framework: Framework, result: ReviewResult) -> tuple[SuggestedAction, ...]:
    """One suggested action for each question that scored in the concern band."""
    concern = concern_band(framework)
    suggestions = []
    for q in result.questions:
        if q.score is None or q.band is None or q.band.key != concern.key:
            continue
        suggestions.append(
            SuggestedAction(
                ref=q.ref,
                title=q.title,
                score=q.score,
                band=q.band,
                description=f"{q.title} ({q.ref}): {concern.action_hint}",
            )
        )
    return tuple(suggestions)
