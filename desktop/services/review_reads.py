"""Fast read-only questions about reviews, with sqlite3 alone (no ORM import).

The partnership register and the home screen ask these for every partnership at once, on
a slow laptop, before SQLAlchemy has been imported; so each is one or two plain queries
(``store/queries/reviews.py``) and the scoring is done in Python with the (cached) framework.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.frameworks import Framework, FrameworkError, load_builtin, parse_framework
from desktop.domain.review_checks import (
    REVIEW_DUE_MONTHS_DEFAULT,
    check_review_due_months,
    months_before,
)
from desktop.domain.scoring import AnswerNotOnScale, overall_score
from desktop.domain.vocab import ReviewStatus
from desktop.store.queries import reviews as queries
from desktop.store.queries.settings import setting_value

REVIEW_DUE_MONTHS_KEY = "review_due_months"

FetchFramework = Callable[[str, str], "tuple[str, str] | None"]


@functools.lru_cache(maxsize=16)
def _parse_cached(content: str, sha256: str, source: str) -> Framework:
    # The sha256 is in the key so two imports with the same text share one parse.
    return parse_framework(content, source)


def resolve_framework(framework_id: str, version: str, fetch: FetchFramework) -> Framework | None:
    """The framework a review was answered against: built in, or imported from a CVS.

    ``fetch(id, version)`` returns the stored file's (content, sha256) or None. None back
    means the framework is not on this computer: the review is shown unscored, never wrong.
    The version the review was given under wins: the built-in one when it is that version,
    else a stored copy of it (imported, or kept when a newer one was built in), else the
    closest there is.
    """
    builtin: Framework | None
    try:
        builtin = load_builtin(framework_id)
    except FrameworkError:
        builtin = None
    if builtin is not None and (not version or builtin.version == version):
        return builtin
    found = fetch(framework_id, version)
    stored: Framework | None = None
    if found is not None:
        try:
            stored = _parse_cached(found[0], found[1], f"framework {framework_id}")
        except FrameworkError:
            stored = None
    if stored is not None and (stored.version == version or builtin is None):
        return stored
    return builtin or stored


def sqlite_fetcher(conn: sqlite3.Connection) -> FetchFramework:
    def fetch(framework_id: str, version: str) -> tuple[str, str] | None:
        return queries.stored_framework(conn, framework_id, version)

    return fetch


def overall_or_none(
    framework: Framework | None, answers: dict[int, dict[str, str]]
) -> float | None:
    """The overall score alone, or None (no scored answers, framework missing, bad answer)."""
    if framework is None:
        return None
    try:
        return overall_score(framework, answers)
    except AnswerNotOnScale:
        return None


def _answers_by_review(
    conn: sqlite3.Connection, review_ids: Iterable[int]
) -> dict[int, dict[int, dict[str, str]]]:
    ids = list(review_ids)
    found: dict[int, dict[int, dict[str, str]]] = {rid: {} for rid in ids}
    for review_id, key, ref, answer in queries.answers_of(conn, ids):
        found[review_id].setdefault(key, {})[ref] = answer
    return found


@dataclass(frozen=True)
class ReviewSummary:
    id: int
    partnership_id: int
    partnership: str
    review_date: date
    status: str
    respondents: tuple[str, ...]
    overall: float | None
    band_key: str
    band_label: str
    band_colour: str
    framework_id: str = ""  # the tool the review was made with

    @property
    def is_draft(self) -> bool:
        return self.status != ReviewStatus.COMPLETE


def list_reviews(
    conn: sqlite3.Connection, partnership_id: int | None = None
) -> list[ReviewSummary]:
    """Reviews, newest first, scored; all partnerships' when ``partnership_id`` is None."""
    rows = queries.reviews(conn, partnership_id)
    ids = [int(row[0]) for row in rows]
    respondents: dict[int, list[str]] = {rid: [] for rid in ids}
    if ids:
        for review_id, label in queries.respondent_labels(conn):
            if int(review_id) in respondents:
                respondents[int(review_id)].append(str(label))
    answers = _answers_by_review(conn, ids)
    fetch = sqlite_fetcher(conn)
    summaries = []
    for rid, pid, name, when, status, fid, version in rows:
        framework = resolve_framework(fid, version, fetch)
        overall = overall_or_none(framework, answers[int(rid)])
        band = framework.band_for(overall) if framework and overall is not None else None
        summaries.append(
            ReviewSummary(
                id=int(rid),
                partnership_id=int(pid),
                partnership=str(name),
                review_date=date.fromisoformat(when),
                status=str(status),
                respondents=tuple(respondents[int(rid)]),
                overall=overall,
                band_key=band.key if band else "",
                band_label=band.label if band else "",
                band_colour=band.colour if band else "",
                framework_id=str(fid),
            )
        )
    return summaries


def latest_review_bands(conn: sqlite3.Connection) -> dict[int, tuple[str, str, date]]:
    """For each partnership with a finished review: (band key, band label, review date).

    Only finished reviews count (a draft is not a result). A finished review whose score
    cannot be worked out (no scored answers, framework missing) gives ("", "", date), so the
    register can still say when the last review was.
    """
    finished = ReviewStatus.COMPLETE.value
    rows = queries.latest_reviews(conn, finished)
    answers: dict[int, dict[int, dict[str, str]]] = {row[0]: {} for row in rows}
    for review_id, key, ref, answer in queries.latest_reviews_answers(conn, finished):
        answers[review_id].setdefault(key, {})[ref] = answer
    fetch = sqlite_fetcher(conn)
    bands: dict[int, tuple[str, str, date]] = {}
    for rid, pid, when, fid, version in rows:
        framework = resolve_framework(fid, version, fetch)
        overall = overall_or_none(framework, answers[rid])
        band = framework.band_for(overall) if framework and overall is not None else None
        bands[int(pid)] = (
            band.key if band else "",
            band.label if band else "",
            date.fromisoformat(when),
        )
    return bands


def review_due_months(conn: sqlite3.Connection) -> int:
    """The "no review in N months" period from settings (default 12; bad values ignored)."""
    return parse_review_due_months(setting_value(conn, REVIEW_DUE_MONTHS_KEY))


def parse_review_due_months(value: str | None) -> int:
    try:
        months = int(str(value).strip())
    except (TypeError, ValueError):
        return REVIEW_DUE_MONTHS_DEFAULT
    return REVIEW_DUE_MONTHS_DEFAULT if check_review_due_months(months) else months


def partnerships_overdue_review(
    conn: sqlite3.Connection, today: date, months: int | None = None
) -> dict[int, date | None]:
    """Active partnerships with no finished review in ``months`` (default: the setting).

    Returns partnership id -> date of the last finished review (None: never reviewed).
    Only active, not archived partnerships are flagged: one we are still considering, or
    that has paused or ended, is not due a health check.
    """
    if months is None:
        months = review_due_months(conn)
    cutoff = months_before(today, months)
    overdue: dict[int, date | None] = {}
    for pid, last in queries.last_review_dates(conn, ReviewStatus.COMPLETE.value):
        last_date = date.fromisoformat(last) if last else None
        if last_date is None or last_date <= cutoff:
            overdue[int(pid)] = last_date
    return overdue
