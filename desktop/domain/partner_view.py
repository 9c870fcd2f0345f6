"""The partnership's view: each partner's answers side by side, and where they disagree.

Built on the shared scoring (``score_reviews`` scores each partner's answers exactly as the
review screens do), so nothing here decides what a score is. What it adds:

* the **spread** of a question: the distance between the lowest and the highest scored
  answer the partners gave, on the tool's own scale, so the questions where partners
  disagree most come first when the group meets to agree its answer;
* the **anonymity rule**: a partner who asked to stay anonymous is shown without a name, and
  only once at least ``MIN_PARTNERS_FOR_ANONYMOUS`` partners have answered, so nobody can
  tell whose answers they are by elimination;
* the anonymised summary a return carries: counts and spread, never a name unless the
  respondent allowed it, and no counts at all below the same threshold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.frameworks import Framework
from desktop.domain.scoring import answer_score, review_questions, score_reviews

MIN_PARTNERS_FOR_ANONYMOUS = 3
"""Below this many partners' answers, anonymous answers are held back (and a return carries
no counts), since with one or two partners everyone knows whose answers they are."""


@dataclass(frozen=True)
class PartnerReply:
    """One partner's answers, as the group holds them."""

    respondent_key: int
    label: str  # the viewpoint's label (organisation, and the name if allowed)
    anonymous: bool
    answers: Mapping[str, str]  # ref -> answer key


@dataclass(frozen=True)
class PartnerColumn:
    """One partner as the view shows them: ``label`` is "Anonymous partner 2" if asked."""

    respondent_key: int
    label: str
    anonymous: bool
    answers: Mapping[str, str]
    domain_scores: Mapping[str, float | None]  # "section/domain" or "section" -> score


@dataclass(frozen=True)
class QuestionSpread:
    ref: str
    title: str
    answered: int  # partners with a scored answer
    counts: Mapping[str, int]  # answer key -> how many partners gave it (shown partners)
    lowest: float | None
    highest: float | None

    @property
    def spread(self) -> float | None:
        if self.lowest is None or self.highest is None:
            return None
        return self.highest - self.lowest


@dataclass(frozen=True)
class PartnersView:
    columns: tuple[PartnerColumn, ...]  # the partners shown
    held_back: int  # anonymous partners not shown (fewer than the minimum answered)
    partners: int  # every partner who answered
    spreads: tuple[QuestionSpread, ...]  # in question order
    groups: tuple[tuple[str, str], ...]  # ("section/domain", title) for the domain rows

    def most_disagreed(self, count: int = 5) -> tuple[QuestionSpread, ...]:
        """The questions partners disagree on most (largest spread first; ties by order)."""
        ranked = [s for s in self.spreads if s.spread]
        ranked.sort(key=lambda s: -(s.spread or 0.0))
        return tuple(ranked[:count])


def _group_scores(framework: Framework, answers: Mapping[str, str]) -> dict[str, float | None]:
    scores: dict[str, float | None] = {}
    for tool in score_reviews(framework, answers):
        scores[tool.section_key] = tool.score
        for domain in tool.domains:
            scores[f"{tool.section_key}/{domain.key}"] = domain.score
    return scores


def _groups(framework: Framework) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for section in framework.review_sections:
        found.append((section.key, section.title))
        found.extend((f"{section.key}/{d.key}", f"    {d.title}") for d in section.domains)
    return tuple(found)


def partners_view(framework: Framework, replies: Sequence[PartnerReply]) -> PartnersView:
    """Each partner's answers and subtotals, and the spread of every question.

    The spread is worked out over the partners shown only: counts over held-back anonymous
    answers could give them away.
    """
    shown_all = len(replies) >= MIN_PARTNERS_FOR_ANONYMOUS
    columns: list[PartnerColumn] = []
    anonymous_number = 0
    for reply in replies:
        if reply.anonymous:
            if not shown_all:
                continue
            anonymous_number += 1
            label = f"Anonymous partner {anonymous_number}"
        else:
            label = reply.label
        columns.append(
            PartnerColumn(
                reply.respondent_key,
                label,
                reply.anonymous,
                dict(reply.answers),
                _group_scores(framework, reply.answers),
            )
        )
    spreads = []
    for item in review_questions(framework):
        counts: dict[str, int] = {}
        values: list[float] = []
        for column in columns:
            key = column.answers.get(item.ref, "")
            if not key:
                continue
            counts[key] = counts.get(key, 0) + 1
            value = answer_score(framework, key, item)
            if value is not None:
                values.append(value)
        spreads.append(
            QuestionSpread(
                item.ref,
                item.title,
                len(values),
                counts,
                min(values) if values else None,
                max(values) if values else None,
            )
        )
    return PartnersView(
        columns=tuple(columns),
        held_back=len(replies) - len(columns),
        partners=len(replies),
        spreads=tuple(spreads),
        groups=_groups(framework),
    )


def anonymised_summary(view: PartnersView, named: Sequence[str]) -> dict[str, object]:
    """What a return may carry: how many partners answered, and (from the minimum up) the
    counts and spread of each question; ``named`` lists only those who allowed their name."""
    summary: dict[str, object] = {
        "partners": view.partners,
        "named_partners": list(named),
        "questions": [],
    }
    if view.partners < MIN_PARTNERS_FOR_ANONYMOUS:
        return summary
    summary["questions"] = [
        {
            "question_ref": s.ref,
            "answered": s.answered,
            "counts": dict(sorted(s.counts.items())),
            "lowest": _number(s.lowest),
            "highest": _number(s.highest),
            "spread": _number(s.spread),
        }
        for s in view.spreads
    ]
    return summary


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    rounded = round(float(value) + 0.0, 1)
    return int(rounded) if rounded == int(rounded) else rounded
