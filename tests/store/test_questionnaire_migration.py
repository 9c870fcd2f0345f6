"""0006_questionnaires: the demo group at schema 0002 upgrades with every review, viewpoint
and answer kept; the questionnaire tables start empty and take a questionnaire and a reply
for an old review (and go when the review is deleted)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from desktop.paths import AppPaths
from desktop.store.database import Database
from desktop.store.models.reviews import Questionnaire, QuestionnaireReply, Review
from desktop.store.opening import open_database

FIXTURE = Path(__file__).parent / "fixtures" / "schema_0002_review_tool.db"


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_schema_0002_upgrades_with_reviews_kept_and_questionnaires_usable(
    app_paths: AppPaths,
) -> None:
    shutil.copy(FIXTURE, app_paths.database)
    reviews = _rows(app_paths.database, "SELECT * FROM review ORDER BY id")
    respondents = _rows(app_paths.database, "SELECT * FROM review_respondent ORDER BY id")
    answers = _rows(app_paths.database, "SELECT * FROM review_answer ORDER BY id")
    assert reviews and respondents and answers

    open_database(app_paths.database, app_paths.backups)

    path = app_paths.database
    assert _rows(path, "SELECT * FROM review ORDER BY id") == reviews
    assert _rows(path, "SELECT * FROM review_respondent ORDER BY id") == respondents
    assert _rows(path, "SELECT * FROM review_answer ORDER BY id") == answers
    assert _rows(path, "SELECT count(*) FROM questionnaire") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM questionnaire_reply") == [(0,)]

    database = Database(path)
    try:
        with database.session() as session:
            review = session.get(Review, reviews[0][0])
            assert review is not None
            sent = Questionnaire(review_id=review.id, seal_key="ab" * 32, sent_on=date(2026, 11, 1))
            session.add(sent)
            session.flush()
            sent.replies.append(
                QuestionnaireReply(
                    organisation="District council",
                    received_on=date(2026, 11, 20),
                    fingerprint="0" * 64,
                )
            )
        assert _rows(path, "SELECT partner_name, deadline FROM questionnaire") == [("", None)]
        assert _rows(path, "SELECT anonymous, respondent_id FROM questionnaire_reply") == [
            (0, None)
        ]
        with database.session() as session:
            session.delete(session.get(Review, reviews[0][0]))
        assert _rows(path, "SELECT count(*) FROM questionnaire_reply") == [(0,)]
        assert _rows(path, "PRAGMA foreign_key_check") == []
    finally:
        database.dispose()
