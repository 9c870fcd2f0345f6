"""The register's review columns: latest band and "review due" for many partnerships.

200 partnerships with five finished reviews each (three viewpoints and agreed answers on
13 questions: about 52,000 answers). Run with ``pytest -m benchmark tests/benchmarks``.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

import pytest

from desktop.domain.frameworks import load_builtin
from desktop.domain.scoring import review_questions
from desktop.services.review_reads import latest_review_bands, partnerships_overdue_review
from desktop.store import sqlite

pytestmark = pytest.mark.benchmark

PARTNERSHIPS = 200
REVIEWS_EACH = 5
TODAY = date(2026, 11, 28)


def _fill(conn) -> None:  # type: ignore[no-untyped-def]
    framework = load_builtin()
    refs = [item.ref for item in review_questions(framework)]
    keys = [option.key for option in framework.answer_scale]
    conn.execute("BEGIN")
    review_id = 0
    respondent_id = 0
    for p in range(1, PARTNERSHIPS + 1):
        conn.execute(
            "INSERT INTO partnership (id, uuid, name, short_name, purpose, current_focus, scale,"
            " area, formality, basis, duration, status, lead_body, fundholder, meeting_frequency,"
            " papers_location, vcs_budget_notes, framework_id, review_framework_id, vision, goal,"
            " principles, created_at, updated_at) VALUES"
            " (?, ?, ?, '', '', '', '', '', '', '', 'ongoing', 'active', '', '', '', '', '', ?, ?,"
            " '', '', '', '2026-01-01', '2026-01-01')",
            (p, f"p-{p}", f"Partnership {p}", framework.id, framework.id),
        )
        for r in range(REVIEWS_EACH):
            review_id += 1
            when = TODAY - timedelta(days=365 * r + p)
            conn.execute(
                "INSERT INTO review (id, uuid, partnership_id, framework_id, framework_version,"
                " review_date, status, what_to_change, link_with, notes, resume_page, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, 'complete', '', '', '', 0, '2026-01-01',"
                " '2026-01-01')",
                (review_id, f"r-{review_id}", p, framework.id, framework.version, when.isoformat()),
            )
            slots = [0]
            for _ in range(3):
                respondent_id += 1
                conn.execute(
                    "INSERT INTO review_respondent (id, uuid, review_id, label, organisation)"
                    " VALUES (?, ?, ?, 'Viewpoint', '')",
                    (respondent_id, f"v-{respondent_id}", review_id),
                )
                slots.append(respondent_id)
            for n, ref in enumerate(refs):
                for slot in slots:
                    conn.execute(
                        "INSERT INTO review_answer (review_id, respondent_id, respondent_key,"
                        " question_ref, answer, comment) VALUES (?, ?, ?, ?, ?, '')",
                        (review_id, slot or None, slot, ref, keys[(n + slot + p) % len(keys)]),
                    )
    conn.execute("COMMIT")


def test_latest_bands_and_overdue_for_200_partnerships(database, capsys) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite.connect(database.path)
    _fill(conn)
    latest_review_bands(conn)  # warm: the framework is parsed once per process
    bands_times, overdue_times = [], []
    for _ in range(7):
        start = time.perf_counter()
        bands = latest_review_bands(conn)
        bands_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        overdue = partnerships_overdue_review(conn, TODAY)
        overdue_times.append(time.perf_counter() - start)
    assert len(bands) == PARTNERSHIPS and all(label for _k, label, _d in bands.values())
    assert overdue == {}  # every latest review is under a year old
    bands_ms = statistics.median(bands_times) * 1000
    overdue_ms = statistics.median(overdue_times) * 1000
    with capsys.disabled():
        print(f"\nlatest_review_bands, 200 partnerships: {bands_ms:.1f} ms (median of 7)")
        print(f"partnerships_overdue_review, 200 partnerships: {overdue_ms:.1f} ms")
    # Generous limits: the figures are for the report; the limits catch a quadratic slip.
    assert bands_ms < 500 and overdue_ms < 50
