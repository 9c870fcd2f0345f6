"""The rows ``services.collection.normalise`` writes at import: each return's partnerships,
ratings, answers and needs, copied into the tables the views read. The statements run once
per return (executemany for the lists), so an import stays as fast as one statement each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.store.collection.db import Connection

__all__ = [
    "add_answers",
    "add_needs",
    "add_partnership",
    "add_ratings",
    "merged_keys",
]


def merged_keys(conn: Connection) -> dict[str, str]:
    """Confirmed merges: alias key -> the key it was merged into."""
    return dict(conn.execute("SELECT alias_key, canonical_key FROM partnership_merge"))


def add_partnership(conn: Connection, values: Sequence[Any]) -> int:
    """A new collected_partnership row from its 24 values (in the order below); its id."""
    cursor = conn.execute(
        "INSERT INTO collected_partnership (return_id, uuid, name, short_name, name_key,"
        " canonical_key, status, scale, area, our_role, meetings, meetings_attended,"
        " review_date, review_score, review_band, need_help_count, requested_pence,"
        " unmet_pence, review_framework_id, review_framework_title, review_framework_version,"
        " review_sections, review_partners, how_run)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )
    return int(cursor.lastrowid or 0)


def add_ratings(conn: Connection, rows: Sequence[Sequence[Any]]) -> None:
    """collected_rating rows: (partnership_id, kind, section, clause_ref, title, rating,
    evidence, framework_id, framework_title, framework_version, section_title,
    rating_label, need_help)."""
    conn.executemany(
        "INSERT INTO collected_rating (partnership_id, kind, section, clause_ref, title, rating,"
        " evidence, framework_id, framework_title, framework_version, section_title,"
        " rating_label, need_help) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def add_answers(conn: Connection, rows: Sequence[Sequence[Any]]) -> None:
    """collected_answer rows: (partnership_id, section, question_ref, title, answer, score,
    answer_label)."""
    conn.executemany(
        "INSERT INTO collected_answer (partnership_id, section, question_ref, title, answer,"
        " score, answer_label) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def add_needs(conn: Connection, rows: Sequence[Sequence[Any]]) -> None:
    """collected_need rows: (return_id, partnership_id, category, description, status,
    estimated_pence, agreed_pence, received_pence)."""
    conn.executemany(
        "INSERT INTO collected_need (return_id, partnership_id, category, description, status,"
        " estimated_pence, agreed_pence, received_pence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
