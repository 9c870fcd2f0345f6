"""The words a return uses, shared by its PDF, HTML and CSV so all three say the same.

Choices travel as keys; these turn them into the labels people read. Sentences are our
own plain English.
"""

from __future__ import annotations

import contextlib
import functools
from datetime import date
from typing import Any

from desktop.domain import vocab
from desktop.domain.charts import radar_plan
from desktop.domain.frameworks import Framework, FrameworkError, load_builtin
from desktop.domain.numbers import count, score_text

LABELS: dict[str, type[vocab.Choice]] = {
    "status": vocab.PartnershipStatus,
    "scale": vocab.Scale,
    "formality": vocab.Formality,
    "basis": vocab.Basis,
    "duration": vocab.Duration,
    "our_role": vocab.OurRole,
    "represents": vocab.Represents,
    "sector": vocab.Sector,
    "rep_role": vocab.RepresentativeRole,
    "action_status": vocab.ActionStatus,
    "action_source": vocab.ActionSource,
    "term": vocab.OutcomeTerm,
    "phase": vocab.FundingPhase,
    "category": vocab.ResourceCategory,
    "need_status": vocab.ResourceStatus,
    "section": vocab.CommitmentSection,
    "size_band": vocab.SizeBand,
    "setting": vocab.Setting,
}
NONE_RECORDED = "None recorded for this period."
LABELS_ATTENDANCE = {m.value: m.label for m in vocab.AttendanceStatus}


def label(kind: str, key: str | None) -> str:
    """The English label of a stored key (the key itself if it is not known)."""
    return LABELS[kind].label_of(key)


@functools.cache
def framework(framework_id: str, version: str | None = None) -> Framework | None:
    """The built-in framework, if it is the one (and version) the return names."""
    try:
        found = load_builtin(framework_id)
    except FrameworkError:
        return None
    return found if version is None or found.version == version else None


def needs_help(rating: dict[str, Any]) -> bool:
    """The rating is its framework's "we need help" option (older returns: need_help)."""
    return bool(rating.get("need_help", rating["rating"] == "need_help"))


def rating_label(rating: dict[str, Any]) -> str:
    if rating.get("rating_label"):
        return rating["rating_label"]
    found = framework(rating["framework_id"], rating["framework_version"])
    if found is not None:
        with contextlib.suppress(KeyError):
            return found.rating(rating["rating"]).label
    return str(rating["rating"]).replace("_", " ").capitalize()


def day(value: str | None, blank: str = "–") -> str:
    """ "2026-11-28" as "28 November 2026", the way letters write dates in the UK."""
    if not value:
        return blank
    parsed = date.fromisoformat(value)
    return f"{parsed.day} {parsed:%B %Y}"


def yes_no(value: bool | None, unknown: str = "Not known") -> str:
    return unknown if value is None else ("Yes" if value else "No")


def score(value: float | None) -> str:
    return score_text(value)


def privacy_statement(include_contacts: bool, sealed_for: str = "") -> str:
    if sealed_for:
        return (
            f"Contact details sealed for {sealed_for}: the names and contact details of the "
            "people who represent the group travel inside this file encrypted, so that only "
            f"{sealed_for}'s Partnerbook collection can read them. They are not printed here; "
            "people appear by their role."
        )
    if include_contacts:
        return (
            "Contact details included: the person who exported this return chose to include "
            "the names and contact details of the people who represent the group. Keep it "
            "safe, share it only with those who need it, and delete it when it is no longer "
            "needed."
        )
    return (
        "No contact details: this return leaves out people's names and contact details. "
        "Representatives, the people who own actions and the person signing it off appear "
        "by their role, and a person's name typed into any box is replaced by their role. "
        "Organisations are named."
    )


def superseded_reference(payload: dict[str, Any]) -> str | None:
    """The reference of the return this one replaces (it is made from the same parts)."""
    old = payload.get("supersedes")
    if not old:
        return None
    prefix = payload["reference"].rsplit("-", 1)[0]
    return f"{prefix}-{old[:8].upper()}"


def supersedes_sentence(payload: dict[str, Any]) -> str | None:
    reference = superseded_reference(payload)
    if reference is None:
        return None
    return (
        f"This return replaces return {reference} (id {payload['supersedes']}) for the same "
        "period. Please use this one instead."
    )


def change_text(latest: dict[str, Any], previous: dict[str, Any] | None) -> str:
    """How the overall score moved since the previous review, in words."""
    now = latest.get("overall_score")
    if previous is None:
        return "This is the first finished review."
    if previous["framework_id"] != latest["framework_id"]:
        return (
            f"The review of {day(previous['date'])} was made with another tool, so the "
            "scores are not compared."
        )
    before = previous.get("overall_score")
    if now is None or before is None:
        return f"The review of {day(previous['date'])} has no score to compare with."
    difference = round(now - before, 1)
    if abs(difference) <= 0.5:
        return f"About the same as the review of {day(previous['date'])} ({score(before)})."
    direction = "Up" if difference > 0 else "Down"
    when = day(previous["date"])
    return f"{direction} {abs(difference):g} since the review of {when} ({score(before)})."


def question_change(now: float | None, before: float | None, short: bool = False) -> str:
    if now is None:
        return "Not scored"
    if before is None:
        return "New"
    difference = round(now - before, 1)
    if abs(difference) <= 0.5:
        return "Same"
    if short:
        return f"+{difference:g}" if difference > 0 else f"{difference:g}"
    return f"Better (+{difference:g})" if difference > 0 else f"Worse ({difference:g})"


def change_short(latest: dict[str, Any], previous: dict[str, Any] | None) -> str:
    """ "Up 14.8", "Down 3", "Same", "First review": for tables."""
    if previous is None:
        return "First review"
    if previous["framework_id"] != latest["framework_id"]:
        return "Another tool before"
    now, before = latest.get("overall_score"), previous.get("overall_score")
    if now is None or before is None:
        return "Not comparable"
    difference = round(now - before, 1)
    if abs(difference) <= 0.5:
        return "About the same"
    return f"{'Up' if difference > 0 else 'Down'} {abs(difference):g}"


def representatives_text(seat: dict[str, Any]) -> str:
    parts = []
    for rep in seat["representatives"]:
        role = f"{label('rep_role', rep['role'])} representative"
        contact = rep.get("contact")
        if contact:
            details = ", ".join(v for v in (contact["email"], contact["phone"]) if v)
            parts.append(f"{contact['name']} ({role}{'; ' + details if details else ''})")
        else:
            parts.append(role)
    return "; ".join(parts) or "None named for this period"


def attendance_sentence(attendance: dict[str, Any]) -> str:
    held, went = attendance["meetings"], attendance["meetings_attended"]
    if not held:
        return "No meetings recorded in this period."
    entered = sum(
        1
        for m in attendance.get("meeting_list", [])
        if m.get("attended") or m.get("apologies") or m.get("absent")
    )
    said = f"{count(held, 'meeting')} in this period"
    if attendance["rate_percent"] is None:
        return f"{said}; attendance not entered yet."
    if entered and entered < held:
        said += f" ({count(entered, 'meeting')} with attendance entered)"
    return f"{said}; someone from our group attended {went} ({attendance['rate_percent']}%)."


def general_totals(payload: dict[str, Any]) -> dict[str, int]:
    """Totals of the needs not tied to a partnership: all needs less the partnerships'."""
    totals = dict(payload["resource_totals"])
    for entry in payload["partnerships"]:
        for key, value in entry["resource_totals"].items():
            totals[key] -= value
    return totals


def overall_range(review: dict[str, Any]) -> tuple[float, float]:
    """The range of a review's overall score: its first section's (0 to 100 before the
    return carried sections, and for the Devon Code)."""
    sections = review.get("sections") or []
    if sections and sections[0]["lowest"] is not None and sections[0]["highest"] is not None:
        return sections[0]["lowest"], sections[0]["highest"]
    return 0, 100


def out_of(value: float | None, low: float, high: float) -> str:
    """ "62 out of 100", or "62 (from 24 to 96)" where the lowest score is not 0."""
    if value is None:
        return "Not scored"
    if low == 0:
        return f"{value:g} out of {high:g}"
    return f"{value:g} (from {low:g} to {high:g})"


def band_words(band: dict[str, str] | None) -> str:
    return band["label"] if band else "no band"


def answer_text(answer: dict[str, Any]) -> str:
    """The agreed answer in words (older returns carry only the key)."""
    if not answer["answer"]:
        return "No agreed answer"
    return answer.get("answer_label") or str(answer["answer"]).replace("_", " ").capitalize()


def framework_name(review: dict[str, Any]) -> str:
    """The review's framework by title and version, never by its id alone."""
    title = review.get("framework_title") or ""
    if not title:
        found = framework(review["framework_id"], review["framework_version"])
        title = found.title if found is not None else review["framework_id"]
    return f"{title} (version {review['framework_version']})"


def section_lines(review: dict[str, Any]) -> list[str]:
    """Each part of the review scored on its own, then its domains: plain sentences."""
    lines = []
    for section in review.get("sections") or []:
        total = out_of(section["score"], section["lowest"] or 0, section["highest"] or 0)
        lines.append(f"{section['title']}: {total}, {band_words(section['band'])}.")
        for domain in section["domains"]:
            score_of = out_of(domain["score"], domain["lowest"] or 0, domain["highest"] or 0)
            lines.append(f"{domain['title']}: {score_of}, {band_words(domain['band'])}.")
    return lines


def radar_data(
    latest: dict[str, Any], previous: dict[str, Any] | None
) -> tuple[list[str], list[list[float | None]], tuple[Any, ...], float, float]:
    """Axes, series, band rings and range of a review's radar, as the app draws it: one
    axis per domain where the tool has domains, else one per question. The previous
    review is drawn only when it was made with the same tool."""
    same_tool = previous is not None and previous["framework_id"] == latest["framework_id"]
    found = framework(latest["framework_id"], latest["framework_version"])
    reviews = [latest, previous] if same_tool and previous is not None else [latest]
    if found is not None:
        plans = [
            radar_plan(found, {a["question_ref"]: a["score"] for a in review["answers"]})
            for review in reviews
        ]
        first = plans[0]
        return (
            list(first.labels),
            [list(plan.values) for plan in plans],
            first.bands,
            first.low,
            first.high,
        )
    # A framework this copy of the app does not hold: read what the return carries.
    with_domains = next((s for s in latest.get("sections") or [] if s["domains"]), None)
    if with_domains is not None:
        keys = [d["key"] for d in with_domains["domains"]]
        series = []
        for review in reviews:
            section = next(
                (s for s in review.get("sections") or [] if s["key"] == with_domains["key"]),
                None,
            )
            by_key = {d["key"]: d for d in (section["domains"] if section else [])}
            series.append([_share(by_key.get(key)) for key in keys])
        return [d["title"] for d in with_domains["domains"]], series, (), 0, 100
    refs = [a["question_ref"] for a in latest["answers"]]
    series = [
        [{a["question_ref"]: a["score"] for a in review["answers"]}.get(ref) for ref in refs]
        for review in reviews
    ]
    low, high = 0, 100
    sections = latest.get("sections") or []
    if sections and sections[0]["method"] == "mean" and sections[0]["highest"] is not None:
        low, high = sections[0]["lowest"], sections[0]["highest"]
    return refs, series, (), low, high


def _share(domain: dict[str, Any] | None) -> float | None:
    """A domain's subtotal as a share (0 to 100) of its own range."""
    if domain is None or domain["score"] is None:
        return None
    low, high = domain["lowest"], domain["highest"]
    if low is None or high is None or high <= low:
        return None
    return 100 * (domain["score"] - low) / (high - low)


def sealed_for(payload: dict[str, Any]) -> str:
    """Who the return's contact details are sealed for ("" when none are sealed)."""
    if not payload.get("sealed_contacts"):
        return ""
    return str(payload["group"].get("cvs_name") or "") or "the CVS"
