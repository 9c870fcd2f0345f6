"""Copy the parts of a return the views need into their own tables, in bulk.

The payload has passed the schema, but each value is still coerced (``_text``, ``_int``) so
that a surprise in a future minor version becomes a blank cell, never a crash mid-import.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.services.collection.names import name_key
from desktop.services.collection.run_view import run_summary
from desktop.store.collection.queries import normalise as queries

NEED_HELP = "need_help"


def _text(value: Any, limit: int = 2000) -> str:
    return "" if value is None else str(value)[:limit]


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def canonical_keys(conn: sqlite3.Connection) -> dict[str, str]:
    """Confirmed merges: alias key -> the key it was merged into."""
    return queries.merged_keys(conn)


def _need_help(rating: dict[str, Any]) -> int | None:
    """1 or 0 as the rating's own framework says; None for an older return, which named the
    Devon Code's "need_help" option only (read as before)."""
    flag = rating.get("need_help")
    return int(flag) if isinstance(flag, bool) else None


def _titles(payload: dict[str, Any]) -> dict[tuple[str, str], str]:
    """The frameworks the return names: (id, version) -> title, and (id, "") -> a title."""
    titles: dict[tuple[str, str], str] = {}
    for framework in payload.get("frameworks") or []:
        if isinstance(framework, dict) and framework.get("title"):
            key = _text(framework.get("id"), 120)
            titles[(key, _text(framework.get("version"), 40))] = _text(framework["title"], 300)
            titles.setdefault((key, ""), _text(framework["title"], 300))
    return titles


def _sections(review: dict[str, Any]) -> str:
    """The review's sections, each scored on its own (JSON, only what the views read)."""
    kept = []
    for section in review.get("sections") or []:
        if not isinstance(section, dict):
            continue
        band = section.get("band") if isinstance(section.get("band"), dict) else {}
        kept.append(
            {
                "key": _text(section.get("key"), 40),
                "title": _text(section.get("title"), 300),
                "method": _text(section.get("method"), 16),
                "score": _number(section.get("score")),
                "lowest": _number(section.get("lowest")),
                "highest": _number(section.get("highest")),
                "band": _text((band or {}).get("label"), 120),
            }
        )
    return json.dumps(kept) if kept else ""


def _partners(review: dict[str, Any]) -> str:
    """Partners' own answers as the return carries them (JSON), or "" (none, or a version
    1 return); only what the schema allows is kept, re-coerced."""
    found = review.get("partner_answers")
    if not isinstance(found, dict):
        return ""
    questions = []
    for question in found.get("questions") or []:
        if not isinstance(question, dict):
            continue
        counts = question.get("counts") if isinstance(question.get("counts"), dict) else {}
        questions.append(
            {
                "question_ref": _text(question.get("question_ref"), 40),
                "answered": _int(question.get("answered")) or 0,
                "counts": {_text(k, 40): _int(v) or 0 for k, v in (counts or {}).items()},
                "spread": _number(question.get("spread")),
            }
        )
    kept = {
        "partners": _int(found.get("partners")) or 0,
        "named_partners": [_text(n, 300) for n in found.get("named_partners") or []],
        "questions": questions,
    }
    return json.dumps(kept)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def store_rows(conn: sqlite3.Connection, return_row: int, payload: dict[str, Any]) -> None:
    merges = canonical_keys(conn)
    titles = _titles(payload)
    # Every partnership's ratings, answers and needs go in one statement a table (on a
    # server each is a round trip), in the order they would have gone one by one.
    rows: _Rows = ([], [], [])
    for entry in payload.get("partnerships") or []:
        _store_partnership(conn, return_row, entry, merges, titles, rows)
    general = payload.get("general_resource_needs") or []
    rows[2].extend(_need_rows(return_row, None, general))
    queries.add_ratings(conn, rows[0])
    queries.add_answers(conn, rows[1])
    queries.add_needs(conn, rows[2])


# A return's ratings, answers and needs rows, gathered before they are written.
_Rows = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _store_partnership(
    conn: sqlite3.Connection,
    return_row: int,
    entry: dict[str, Any],
    merges: dict[str, str],
    titles: dict[tuple[str, str], str],
    rows: _Rows,
) -> None:
    name = _text(entry.get("name"), 300)
    key = name_key(name) or "(no name)"
    ratings = [("commitment", r) for r in entry.get("commitments") or []]
    ratings += [("undertaking", r) for r in entry.get("undertakings") or []]
    review = entry.get("latest_review") or {}
    band = review.get("band") or {}
    totals = entry.get("resource_totals") or {}
    attendance = entry.get("attendance") or {}
    seat = entry.get("seat") or {}
    review_id = _text(review.get("framework_id"), 120)
    review_version = _text(review.get("framework_version"), 40)
    review_title = _text(review.get("framework_title"), 300) or titles.get(
        (review_id, review_version), titles.get((review_id, ""), "")
    )
    row = queries.add_partnership(
        conn,
        (
            return_row,
            _text(entry.get("id"), 36),
            name,
            _text(entry.get("short_name"), 120),
            key,
            merges.get(key, key),
            _text(entry.get("status"), 32),
            _text(entry.get("scale"), 32),
            _text(entry.get("area"), 300),
            _text(seat.get("our_role"), 64),
            _int(attendance.get("meetings")) or 0,
            _int(attendance.get("meetings_attended")) or 0,
            _text(review.get("date"), 10) or None,
            _int(review.get("overall_score")),
            _text(band.get("label"), 120),
            sum(1 for _, r in ratings if _is_need_help(r)),
            _int(totals.get("requested_pence")) or 0,
            _int(totals.get("unmet_pence")) or 0,
            review_id,
            review_title,
            review_version,
            _sections(review),
            _partners(review),
            json.dumps(run_summary(entry)),  # how it is run (issue 17)
        ),
    )
    rows[0].extend(_rating_row(row, kind, r, titles) for kind, r in ratings)
    rows[1].extend(
        [
            (
                row,
                _text(a.get("section"), 40),
                _text(a.get("question_ref"), 40),
                _text(a.get("title"), 500),
                _text(a.get("answer"), 40),
                _int(a.get("score")),
                _text(a.get("answer_label"), 120),
            )
            for a in review.get("answers") or []
        ],
    )
    rows[2].extend(_need_rows(return_row, row, entry.get("resource_needs") or []))


def _rating_row(
    row: int, kind: str, r: dict[str, Any], titles: dict[tuple[str, str], str]
) -> tuple[Any, ...]:
    """A collected_rating row (a return holds ~60: each value worked out once)."""
    framework = _text(r.get("framework_id"), 120)
    version = _text(r.get("framework_version"), 40)
    title = titles.get((framework, version))
    return (
        row,
        kind,
        _text(r.get("section"), 40),
        _text(r.get("clause_ref"), 40),
        _text(r.get("title"), 500),
        _text(r.get("rating"), 40),
        _text(r.get("evidence")),
        framework,
        titles.get((framework, ""), "") if title is None else title,
        version,
        _text(r.get("section_title"), 500),
        _text(r.get("rating_label"), 120),
        _need_help(r),
    )


def _is_need_help(rating: dict[str, Any]) -> bool:
    flag = _need_help(rating)
    return bool(flag) if flag is not None else rating.get("rating") == NEED_HELP


def _need_rows(
    return_row: int, partnership_row: int | None, needs: list[Any]
) -> list[tuple[Any, ...]]:
    return [
        (
            return_row,
            partnership_row,
            _text(n.get("category"), 32),
            _text(n.get("description")),
            _text(n.get("status"), 32),
            _int(n.get("estimated_pence")) or 0,
            _int(n.get("agreed_pence")),
            _int(n.get("received_pence")),
        )
        for n in needs
    ]
