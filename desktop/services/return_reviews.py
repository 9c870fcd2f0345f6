"""A review as it appears in a return: agreed answers and scores, using the shared scoring.

Scores follow ``desktop.domain.scoring`` (the same rules as the review screens), rounded
to one decimal place and written as whole numbers where they are whole, so the canonical
JSON reads the same in any language that re-computes the hash.

Everything is read from the framework the review was made with (its id and version, kept
on the review), and the entry carries the words people read beside the keys (the answer's
label, each section's and domain's title and band), so a CVS without that framework, and
the PDF, HTML and CSV made from the entry, never have to show a key.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import object_session

from desktop.domain.framework_model import METHOD_SUM, Band, Framework, Section
from desktop.domain.numbers import round_score
from desktop.domain.scoring import AnswerNotOnScale, score_review, score_values
from desktop.services.partner_answers import partner_answers_entry
from desktop.store.models import Review

if TYPE_CHECKING:
    from desktop.services.return_sections import PartnershipRows


def number(value: float | None) -> int | float | None:
    """One decimal place, halves up, as the window and the PDFs show scores
    (``domain.numbers``); an int when whole (66.7, 100 — never 100.0)."""
    if value is None:
        return None
    rounded = round_score(float(value))
    return int(rounded) if rounded == int(rounded) else rounded


def _band(band: Band | None) -> dict[str, str] | None:
    return None if band is None else {"key": band.key, "label": band.label}


def _answer_label(section: Section | None, key: str) -> str:
    if not key or section is None or section.scale is None:
        return ""
    for option in section.scale.options:
        if option.key == key:
            return option.label
    return key


def _range(section: Section, size: int, method: str) -> tuple[int | float | None, ...]:
    if section.scale is None:
        return (None, None)
    low, high = section.scale.lowest, section.scale.highest
    if method == METHOD_SUM:
        low, high = low * size, high * size
    return (number(low), number(high))


def section_entries(framework: Framework, scores: dict[str, float | None]) -> list[dict[str, Any]]:
    """Each review section (tool) scored on its own, with its domains' subtotals."""
    entries = []
    for section in framework.review_sections:
        tool = score_values(section, scores)
        low, high = _range(section, len(section.items), section.method)
        domains = []
        for domain in tool.domains:
            d_low, d_high = _range(section, domain.size, section.domain_method)
            domains.append(
                {
                    "key": domain.key,
                    "title": domain.title,
                    "score": number(domain.score),
                    "lowest": d_low,
                    "highest": d_high,
                    "band": _band(domain.band),
                }
            )
        entries.append(
            {
                "key": section.key,
                "clause": section.clause,
                "title": section.title,
                "method": section.method,
                "score": number(tool.score),
                "lowest": low,
                "highest": high,
                "band": _band(tool.band),
                "domains": domains,
            }
        )
    return entries


def review_entry(review: Review, rows: PartnershipRows) -> dict[str, Any]:
    """The review's per-question scores, per-section and overall score, and band."""
    framework = rows.framework(review.framework_id, review.framework_version)
    given: dict[int, dict[str, str]] = defaultdict(dict)
    for answer in review.answers:
        given[answer.respondent_key][answer.question_ref] = answer.answer
    answers: list[dict[str, Any]] = []
    overall: float | None = None
    band = None
    sections: list[dict[str, Any]] = []
    result = None
    if framework is not None:
        try:
            result = score_review(framework, given)
        except AnswerNotOnScale:
            result = None  # a broken answer: report the answers without scores
    if result is not None and framework is not None:
        for question in result.questions:
            section = framework.sections[framework.item(question.ref).section_key]
            answers.append(
                {
                    "question_ref": question.ref,
                    "section": section.key,
                    "title": question.title,
                    "answer": question.agreed,
                    "answer_label": _answer_label(section, question.agreed),
                    "score": number(question.score),
                    "band": _band(question.band),
                }
            )
        overall = result.overall
        band = _band(result.band)
        sections = section_entries(framework, {q.ref: q.score for q in result.questions})
    else:
        answers = [
            {
                "question_ref": ref,
                "section": "",
                "title": "",
                "answer": key,
                "answer_label": "",
                "score": None,
                "band": None,
            }
            for ref, key in sorted(given.get(0, {}).items())
        ]
    entry = {
        "id": review.uuid,
        "date": review.review_date.isoformat(),
        "framework_id": review.framework_id,
        "framework_version": review.framework_version,
        "framework_title": framework.title if framework is not None else "",
        "scale_note": framework.scale_note if framework is not None else "",
        "answers": answers,
        "section_scores": {entry["key"]: entry["score"] for entry in sections},
        "sections": sections,
        "overall_score": number(overall),
        "band": band,
        "what_to_change": review.what_to_change,
        "link_with": review.link_with,
    }
    # Partners' own answers, anonymised, where questionnaires were sent (issue 18).
    session = object_session(review)
    if framework is not None and session is not None and result is not None:
        partners = partner_answers_entry(session, review, framework)
        if partners is not None:
            entry["partner_answers"] = partners
    return entry
