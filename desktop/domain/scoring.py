"""Scoring a review: per question, overall, bands, change since last time, actions.

Plain Python on purpose: the review screens, the PDF return, the CVS collection and the
command line all score reviews, and they must agree to the last decimal. One tool (a
scored section) on its own, with domain subtotals, is scored by ``tool_scoring``.

How a question is scored (the rule is written here once, and shown in the app's help):

* Each answer is looked up on its question's scale (each scored section of a format 2
  framework has its own). An answer whose option has no score ("Don't know") is *not
  scored*: it is left out, never counted as zero, because a group that does not know has
  not said the partnership is failing. A reversed question is scored the other way round.
* Where the group recorded an **agreed answer** for a question, that answer is the score,
  whatever individual respondents said.
* Where there is no agreed answer, the question scores the **average of the respondents'
  scored answers**, so a review with several viewpoints still has a result before the group
  has met to agree. The average may fall between two options (for example 50).
* A question's band is its section's question-level band, if the tool has such bands.
* The overall score is the average of the scored questions where every review section is
  scored by the mean (every format 1 file, and the Devon Code); otherwise it is the first
  review section's whole-tool score (a sum, say). It is placed in a band with
  ``Framework.band_for``. ``score_reviews`` scores each review section on its own, so the
  Devon Code's evaluation criteria have a score apart from its health check.
* Weak questions suggest actions with their own band's next step (see ``suggest_actions``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.framework_model import LEVEL_DOMAIN, LEVEL_ITEM
from desktop.domain.frameworks import Band, Framework, Item, ScaleOption
from desktop.domain.tool_scoring import (
    AnswerNotOnScale,
    DomainScore,
    ItemScore,
    ToolScore,
    item_value,
    score_reviews,
    score_tool,
    score_values,
)

__all__ = [
    "AGREED",
    "REVIEW_SECTION_KEYS",
    "AnswerNotOnScale",
    "Change",
    "DomainScore",
    "ItemScore",
    "QuestionChange",
    "QuestionResult",
    "ReviewResult",
    "SuggestedAction",
    "ToolScore",
    "compare_results",
    "concern_band",
    "item_value",
    "overall_score",
    "review_questions",
    "score_review",
    "score_reviews",
    "score_tool",
    "score_values",
    "suggest_actions",
]

AGREED = 0
"""The respondent key of the answer the group agreed (stored as ``respondent_key`` 0)."""

REVIEW_SECTION_KEYS: tuple[str, ...] = ("health_check", "evaluation")
"""The framework sections a review asks about, in the order the wizard asks them."""

# Scores closer than this count as "the same": the average of respondents can wobble by
# a fraction without anything having changed in the partnership.
SAME_TOLERANCE = 0.5


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
    """The questions a review asks: those of the sections the framework uses for reviews
    (for the Devon Code, the health check and then the evaluation criteria)."""
    return framework.review_items()


def _options(framework: Framework, item: Item | None) -> tuple[ScaleOption, ...]:
    if item is not None:
        scale = framework.sections[item.section_key].scale
        if scale is not None:
            return scale.options
    return framework.answer_scale


def answer_score(framework: Framework, key: str, item: Item | None = None) -> float | None:
    """The score of an answer key; None for no answer or an unscored option.

    With ``item``, the key is looked up on that question's own scale and a reversed
    question is scored the other way round.
    """
    if not key:
        return None
    options = _options(framework, item)
    for option in options:
        if option.key == key:
            if item is None or option.score is None:
                return option.score
            return item_value(framework.sections[item.section_key], item, key)
    known = ", ".join(option.label for option in options)
    raise AnswerNotOnScale(
        '"{answer}" is not one of the answers this framework allows ({known}).',
        answer=key,
        known=known,
    )


def _refuse_unknown(framework: Framework, answers: Mapping[int, Mapping[str, str]]) -> None:
    """Refuse a bad key anywhere, even where it is outvoted: a score would be wrong."""
    items = {item.ref: item for item in review_questions(framework)}
    for given in answers.values():
        for ref, key in given.items():
            if key:
                answer_score(framework, key, items.get(ref))


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def _question_score(
    framework: Framework,
    item: Item,
    agreed_key: str,
    given: Iterable[str],
) -> float | None:
    """The agreed answer's score, or else the mean of the respondents' scored answers."""
    if agreed_key:
        return answer_score(framework, agreed_key, item)
    return _mean(
        value for key in given if key and (value := answer_score(framework, key, item)) is not None
    )


def _overall(framework: Framework, scores: Mapping[str, float | None]) -> float | None:
    """The review's one headline number: the first review section's whole-tool score.

    Only the first section counts. A tool whose later sections measure something else (the
    Devon Code's 4.8 evaluation of the partnership's work beside its health check) is shown
    section by section; adding the two into one number would mix two different questions.
    """
    return score_values(framework.review_sections[0], scores).score


def _overall_band(framework: Framework, overall: float | None) -> Band | None:
    if overall is None or not framework.bands:
        return None
    return framework.band_for(overall)


def score_review(framework: Framework, answers: Mapping[int, Mapping[str, str]]) -> ReviewResult:
    """Score a review from ``{respondent key: {question ref: answer key}}`` (0 = agreed).

    Answers to refs the framework does not ask are ignored (a question removed in a later
    version of a framework must not break an old review); an answer key not on the scale
    raises ``AnswerNotOnScale``, because the score would otherwise be silently wrong.
    A question's band is its section's question-level band (None where it has none).
    """
    _refuse_unknown(framework, answers)
    agreed = answers.get(AGREED, {})
    others = sorted((key, given) for key, given in answers.items() if key != AGREED)
    results: list[QuestionResult] = []
    for item in review_questions(framework):
        agreed_key = agreed.get(item.ref, "")
        by_respondent = {key: given.get(item.ref, "") for key, given in others}
        score = _question_score(framework, item, agreed_key, by_respondent.values())
        if agreed_key:
            source = "agreed"
        else:
            source = "respondents" if any(by_respondent.values()) else "none"
        section = framework.sections[item.section_key]
        results.append(
            QuestionResult(
                ref=item.ref,
                title=item.title,
                score=score,
                band=section.band_for(score, LEVEL_ITEM),
                agreed=agreed_key,
                answers=by_respondent,
                source=source,
            )
        )
    overall = _overall(framework, {q.ref: q.score for q in results})
    return ReviewResult(
        questions=tuple(results),
        overall=overall,
        band=_overall_band(framework, overall),
    )


def overall_score(framework: Framework, answers: Mapping[int, Mapping[str, str]]) -> float | None:
    """The overall score alone, by the same rules as ``score_review`` but without building
    every question's result: the register asks this for every partnership at once."""
    _refuse_unknown(framework, answers)
    agreed = answers.get(AGREED, {})
    others = [given for key, given in answers.items() if key != AGREED]
    scores = {
        item.ref: _question_score(
            framework,
            item,
            agreed.get(item.ref, ""),
            (given.get(item.ref, "") for given in others),
        )
        for item in review_questions(framework)
    }
    return _overall(framework, scores)


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
    """One suggested action for each weak question, with the advice of its own band.

    A question is weak when it scores in its section's lowest question-level band. In a
    tool whose bands are only for domains, the answered questions below the middle of
    the scale in a domain that scores in its lowest band are the weak ones, with that
    domain band's advice. A tool with bands only for the whole tool suggests nothing
    question by question: its whole-tool band says what to do.
    """
    scores = {q.ref: q for q in result.questions}
    suggestions: list[SuggestedAction] = []
    for section in framework.review_sections:
        item_bands = section.bands_at(LEVEL_ITEM)
        if item_bands:
            concern = item_bands[0]
            for item in section.items:
                q = scores.get(item.ref)
                if q is None or q.score is None or q.band is None or q.band.key != concern.key:
                    continue
                suggestions.append(_suggestion(q, q.score, concern))
            continue
        if not section.domains or section.scale is None:
            continue
        middle = (section.scale.lowest + section.scale.highest) / 2
        tool = score_values(section, {ref: q.score for ref, q in scores.items()})
        for domain in tool.domains:
            lowest = section.bands_at(LEVEL_DOMAIN, domain.key)
            if domain.band is None or not lowest or domain.band.key != lowest[0].key:
                continue
            for ref in section.domain(domain.key).refs:
                q = scores.get(ref)
                if q is not None and q.score is not None and q.score < middle:
                    suggestions.append(_suggestion(q, q.score, domain.band))
    return tuple(suggestions)


def _suggestion(q: QuestionResult, score: float, band: Band) -> SuggestedAction:
    return SuggestedAction(
        ref=q.ref,
        title=q.title,
        score=score,
        band=band,
        description=f"{q.title} ({q.ref}): {band.action_hint}",
    )
