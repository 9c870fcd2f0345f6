"""Health-check reviews, their answers and stored frameworks, read on the fast sqlite3
connection.

Plain rows only; ``services.review_reads`` scores them with the framework. The register and
Home ask these for every partnership at once, before the ORM has been imported, so each is
one or two plain queries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

# SQLite limits how many ? one statement may hold.
_CHUNK = 500

# (review id, respondent key, question ref, answer)
AnswerRow = tuple[int, int, str, str]
# (review id, partnership id, partnership name, review ISO date, status, framework id,
#  framework version)
ReviewRow = tuple[int, int, str, str, str, str, str]
# (review id, partnership id, review ISO date, framework id, framework version)
LatestRow = tuple[int, int, str, str, str]

# Each partnership's latest review with the given status (newest date, then newest id).
_LATEST = (
    "SELECT id, partnership_id, review_date, framework_id, framework_version FROM ("
    " SELECT id, partnership_id, review_date, framework_id, framework_version,"
    " row_number() OVER (PARTITION BY partnership_id ORDER BY review_date DESC, id DESC) AS n"
    " FROM review WHERE status = ?) WHERE n = 1"
)


def stored_framework(
    conn: sqlite3.Connection, framework_id: str, version: str
) -> tuple[str, str] | None:
    """(content, sha256) of the stored framework file of that id, that version first, else
    the newest imported; None when none is stored."""
    row = conn.execute(
        "SELECT content, sha256 FROM framework_file WHERE framework_id = ? "
        "ORDER BY (version = ?) DESC, imported_at DESC, id DESC LIMIT 1",
        (framework_id, version),
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def answers_of(conn: sqlite3.Connection, review_ids: Iterable[int]) -> Iterator[AnswerRow]:
    """The given answers (not blank ones) of those reviews."""
    ids = list(review_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(
            "SELECT review_id, respondent_key, question_ref, answer FROM review_answer "
            f"WHERE review_id IN ({marks}) AND answer != ''",
            chunk,
        )


def reviews(conn: sqlite3.Connection, partnership_id: int | None) -> list[ReviewRow]:
    """The reviews of one partnership, or of all when ``partnership_id`` is None, newest
    first."""
    where, params = (
        ("WHERE r.partnership_id = ?", (partnership_id,)) if partnership_id else ("", ())
    )
    return conn.execute(
        "SELECT r.id, r.partnership_id, p.name, r.review_date, r.status, r.framework_id, "
        "r.framework_version FROM review r JOIN partnership p ON p.id = r.partnership_id "
        f"{where} ORDER BY r.review_date DESC, r.id DESC",
        params,
    ).fetchall()


def respondent_labels(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(review id, label) of every review's respondents, in the order they were added."""
    return conn.execute("SELECT review_id, label FROM review_respondent ORDER BY id").fetchall()


def latest_reviews(conn: sqlite3.Connection, status: str) -> list[LatestRow]:
    """Each partnership's latest review with ``status``."""
    return conn.execute(_LATEST, (status,)).fetchall()


def latest_reviews_answers(conn: sqlite3.Connection, status: str) -> Iterator[AnswerRow]:
    """The given answers of each partnership's latest review with ``status``: one pass,
    joined in SQL (no list of ids)."""
    yield from conn.execute(
        f"SELECT a.review_id, a.respondent_key, a.question_ref, a.answer FROM ({_LATEST}) l"
        " JOIN review_answer a ON a.review_id = l.id WHERE a.answer != ''",
        (status,),
    )


def last_review_dates(conn: sqlite3.Connection, status: str) -> list[tuple[int, str | None]]:
    """(partnership id, ISO date of its last review with ``status`` or None) of every active
    partnership not archived."""
    return conn.execute(
        "SELECT p.id, max(r.review_date) FROM partnership p "
        "LEFT JOIN review r ON r.partnership_id = p.id AND r.status = ? "
        "WHERE p.archived_at IS NULL AND p.status = 'active' GROUP BY p.id",
        (status,),
    ).fetchall()
