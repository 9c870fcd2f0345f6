"""A review as it appears in a return: agreed answers and scores, using the shared scoring.

Scores follow ``desktop.domain.scoring`` (the same rules as the review screens), rounded
to one decimal place and written as whole numbers where they are whole, so the canonical
JSON reads the same in any language that re-computes the hash.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from desktop.domain.scoring import REVIEW_SECTION_KEYS, AnswerNotOnScale, score_review
from desktop.store.models import Review

if TYPE_CHECKING:
    from desktop.services.return_sections import PartnershipRows


def number(value: float | None) -> int | float | None:
    """One decimal place; an int when whole (66.7, 100 — never 100.0)."""
    if value is None:
        return None
    rounded = round(float(value) + 0.0, 1)
    return int(rounded) if rounded == int(rounded) else rounded


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def review_entry(review: Review, rows: PartnershipRows) -> dict[str, Any]:
    """The review's per-question scores, per-section and overall score, and band."""
    framework = rows.framework(review.framework_id, review.framework_version)
    given: dict[int, dict[str, str]] = defaultdict(dict)
    for answer in review.answers:
        given[answer.respondent_key][answer.question_ref] = answer.answer
    answers: list[dict[str, Any]] = []
    overall: float | None = None
    band = None
    by_section: dict[str, list[float]] = defaultdict(list)
    result = None
    if framework is not None:
        try:
            result = score_review(framework, given)
        except AnswerNotOnScale:
            result = None  # a broken answer: report the answers without scores
    if result is not None and framework is not None:
        for question in result.questions:
            section = framework.item(question.ref).section_key
            if question.score is not None:
                by_section[section].append(question.score)
            answers.append(
                {
                    "question_ref": question.ref,
                    "section": section,
                    "title": question.title,
                    "answer": question.agreed,
                    "score": number(question.score),
                }
            )
        overall = result.overall
        if result.band is not None:
            band = {"key": result.band.key, "label": result.band.label}
    else:
        answers = [
            {"question_ref": ref, "section": "", "title": "", "answer": key, "score": None}
            for ref, key in sorted(given.get(0, {}).items())
        ]
    return {
        "id": review.uuid,
        "date": review.review_date.isoformat(),
        "framework_id": review.framework_id,
        "framework_version": review.framework_version,
        "answers": answers,
        "section_scores": {
            key: number(_mean(by_section.get(key, []))) for key in REVIEW_SECTION_KEYS
        },
        "overall_score": number(overall),
        "band": band,
        "what_to_change": review.what_to_change,
        "link_with": review.link_with,
    }
