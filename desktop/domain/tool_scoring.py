"""Scoring one tool (a scored section): questions, domain subtotals, the whole tool.

A tool is scored as its file says: each question is the score of its answer (reversed
questions the other way round; answers such as "Don't know" are left out, never counted
as zero); each domain's subtotal and the whole tool's score are the sum or the mean of
their questions; each is placed in the band the file defines at that level, if any.

Plain Python: the review screens, the returns, the collection and the command line all
score with these functions, so they agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.framework_model import (
    LEVEL_DOMAIN,
    LEVEL_ITEM,
    LEVEL_TOOL,
    METHOD_SUM,
    Band,
    Framework,
    Item,
    Section,
)
from desktop.domain.problems import UserError

__all__ = [
    "AnswerNotOnScale",
    "DomainScore",
    "ItemScore",
    "ToolScore",
    "item_value",
    "score_reviews",
    "score_tool",
    "score_values",
]


class AnswerNotOnScale(UserError, ValueError):
    """An answer key that the framework's answer scale does not have."""


@dataclass(frozen=True)
class ItemScore:
    """One question: ``value`` is its score (reversed where the question is), or None."""

    ref: str
    title: str
    domain: str
    answer: str
    value: float | None
    band: Band | None


@dataclass(frozen=True)
class DomainScore:
    """A domain's subtotal (a sum or a mean, as the tool says) and its band."""

    key: str
    title: str
    score: float | None
    counted: int  # questions with a scored answer
    size: int  # questions in the domain
    band: Band | None

    @property
    def complete(self) -> bool:
        return self.counted == self.size


@dataclass(frozen=True)
class ToolScore:
    """A whole tool's result.

    ``score`` is the sum or mean of the question scores. Answers that do not count
    ("Don't know") are left out; where a sum is short of some questions it is scaled up
    to the whole tool (the mean of the scored questions times their number) so its bands
    still apply, and ``prorated`` says so.
    """

    section_key: str
    title: str
    method: str
    score: float | None
    band: Band | None
    items: tuple[ItemScore, ...]
    domains: tuple[DomainScore, ...]
    counted: int
    size: int
    lowest: float  # the lowest and highest whole-tool scores possible
    highest: float

    @property
    def prorated(self) -> bool:
        return self.method == METHOD_SUM and 0 < self.counted < self.size

    def item(self, ref: str) -> ItemScore:
        for found in self.items:
            if found.ref == ref:
                return found
        raise KeyError(ref)

    def domain(self, key: str) -> DomainScore:
        for found in self.domains:
            if found.key == key:
                return found
        raise KeyError(key)


def item_value(section: Section, item: Item, key: str) -> float | None:
    """The score of answer ``key`` to ``item``: None when it does not count; a reversed
    question scores lowest-plus-highest minus the option's score (5 becomes 1 on 1-5)."""
    if not key or section.scale is None:
        return None
    option = section.scale.option(key)
    if option.score is None:
        return None
    if item.reversed:
        return section.scale.lowest + section.scale.highest - option.score
    return option.score


def _aggregate(values: list[float], method: str, size: int) -> float | None:
    if not values:
        return None
    mean = sum(values) / len(values)
    return mean * size if method == METHOD_SUM else mean


def score_tool(section: Section, answers: Mapping[str, str]) -> ToolScore:
    """Score a tool from ``{question ref: answer key}`` (refs of other sections ignored).

    Raises ``AnswerNotOnScale`` for a key the section's scale does not have.
    """
    values: dict[str, float | None] = {}
    for item in section.items:
        key = answers.get(item.ref, "")
        if key and (section.scale is None or key not in {o.key for o in section.scale.options}):
            known = ", ".join(o.label for o in section.scale.options) if section.scale else ""
            raise AnswerNotOnScale(
                '"{answer}" is not one of the answers this framework allows ({known}).',
                answer=key,
                known=known,
            )
        values[item.ref] = item_value(section, item, key)
    return score_values(section, values, answers)


def score_values(
    section: Section,
    values: Mapping[str, float | None],
    answers: Mapping[str, str] | None = None,
) -> ToolScore:
    """Score a tool from question scores already worked out (reversal applied), such as
    the mean of several respondents' answers."""
    answers = answers or {}
    items = tuple(
        ItemScore(
            ref=item.ref,
            title=item.title,
            domain=item.domain,
            answer=answers.get(item.ref, ""),
            value=values.get(item.ref),
            band=section.band_for(values.get(item.ref), LEVEL_ITEM),
        )
        for item in section.items
    )
    by_ref = {score.ref: score for score in items}
    domains = []
    for domain in section.domains:
        scored = [v for ref in domain.refs if (v := by_ref[ref].value) is not None]
        subtotal = _aggregate(scored, section.domain_method, len(domain.refs))
        domains.append(
            DomainScore(
                key=domain.key,
                title=domain.title,
                score=subtotal,
                counted=len(scored),
                size=len(domain.refs),
                band=section.band_for(subtotal, LEVEL_DOMAIN, domain.key),
            )
        )
    scored = [score.value for score in items if score.value is not None]
    total = _aggregate(scored, section.method, len(items))
    low = section.scale.lowest if section.scale else 0.0
    high = section.scale.highest if section.scale else 0.0
    if section.method == METHOD_SUM:
        low, high = low * len(items), high * len(items)
    return ToolScore(
        section_key=section.key,
        title=section.title,
        method=section.method,
        score=total,
        band=section.band_for(total, LEVEL_TOOL),
        items=items,
        domains=tuple(domains),
        counted=len(scored),
        size=len(items),
        lowest=low,
        highest=high,
    )


def score_reviews(framework: Framework, answers: Mapping[str, str]) -> tuple[ToolScore, ...]:
    """Each review section scored on its own (the Devon Code's evaluation criteria apart
    from its health check), from one set of answers ``{question ref: answer key}``."""
    return tuple(score_tool(section, answers) for section in framework.review_sections)
