"""A partnership's commitments framework and its review tool, chosen apart (issue 14, item 2).

Changing either never deletes or rewrites an answer: ratings and reviews keep the framework
and version they were given under, and an old review shows the wording it was asked in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.frameworks import DEFAULT_FRAMEWORK_ID, FrameworkError, clear_builtin_cache
from desktop.services import commitments, frameworks
from desktop.services.review_outcomes import review_outcome
from desktop.services.review_reads import list_reviews
from desktop.services.reviews import (
    ReviewError,
    finish_review,
    load_review_draft,
    save_answers,
    start_review,
)
from desktop.store import sqlite
from desktop.store.models import CommitmentRating, FrameworkFile, Partnership, Review
from tests.conftest import FIXED_TODAY
from tests.review_tool_support import FIRST_TITLE, TOOL_ID, review_tool_text

TODAY = FIXED_TODAY
KEPT_DEVON = (
    Path(__file__).parents[2]
    / "desktop/store/migrations/kept/compact-devon-partnership-2008_2008.1.toml"
)
TOOL_ANSWERS = {
    "2(a)": ("agree", "We agreed it at the AGM"),
    "2(b)": ("strongly_disagree", ""),
    "2E(a)": ("dont_know", ""),
}

DEVON_ANSWERS = {f"4.8({c})": ("yes", "") for c in "abcdefgh"} | {
    f"4.8E({c})": ("mostly", "") for c in "abcde"
}


def _partnership(session, name: str = "Rural Transport Forum") -> int:  # type: ignore[no-untyped-def]
    partnership = Partnership(name=name, status="active")
    session.add(partnership)
    session.flush()
    return partnership.id


def _answers(session, review_id: int) -> set[tuple[int, str, str, str]]:  # type: ignore[no-untyped-def]
    review = session.get(Review, review_id)
    return {(a.respondent_key, a.question_ref, a.answer, a.comment) for a in review.answers}


def test_devon_commitments_and_another_tool_for_reviews(database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        frameworks.import_framework(session, review_tool_text(), "tool.toml")
        pid = _partnership(session)
        frameworks.choose_frameworks(
            session, pid, commitments=DEFAULT_FRAMEWORK_ID, reviews=TOOL_ID
        )

        rated = frameworks.framework_for_partnership(session, pid)
        assert rated.id == DEFAULT_FRAMEWORK_ID
        rows = commitments.commitment_rows(session, pid)
        assert "3.1(a)" in {r.ref for r in rows} and "1.1(a)" not in {r.ref for r in rows}
        commitments.set_rating(session, pid, "3.1(a)", "we_do_this")

        review = start_review(session, pid, TODAY, TODAY, ["Our chair"])
        assert (review.framework_id, review.framework_version) == (TOOL_ID, "2024.1")
        draft = load_review_draft(session, review.id)
        assert draft.framework.id == TOOL_ID
        with pytest.raises(ReviewError, match=r"no question 4\.8\(a\)"):
            save_answers(session, review.id, {"4.8(a)": ("yes", "")})
        with pytest.raises(ReviewError, match="Strongly agree"):
            save_answers(session, review.id, {"2(a)": ("yes", "")})
        save_answers(session, review.id, TOOL_ANSWERS)
        finish_review(session, review.id, TODAY)
        outcome = review_outcome(session, review.id)
        # (75 + 0) / 2, "don't know" left out: below the tool's "Sound" band at 60.
        assert outcome.result.overall == pytest.approx(37.5)
        assert outcome.result.band.label == "Weak"

        rating = session.scalars(select(CommitmentRating)).one()
        assert (rating.framework_id, rating.framework_version) == (DEFAULT_FRAMEWORK_ID, "2008.1")
        partnership = session.get(Partnership, pid)
        assert (partnership.framework_id, partnership.review_framework_id) == (
            DEFAULT_FRAMEWORK_ID,
            TOOL_ID,
        )


def test_changing_the_review_tool_keeps_old_answers_and_their_wording(database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        frameworks.import_framework(session, review_tool_text(), "tool-2024.1.toml")
        pid = _partnership(session)
        frameworks.choose_review_tool(session, pid, TOOL_ID)
        old = start_review(session, pid, TODAY, TODAY)
        save_answers(session, old.id, TOOL_ANSWERS)
        finish_review(session, old.id, TODAY)
        old_id = old.id
        before = _answers(session, old_id)
        assert len(before) == 3

    with database.session() as session:
        # A newer version rewords question 2(a); then the partnership goes back to Devon.
        frameworks.import_framework(
            session, review_tool_text("2024.2", "We agree what we are for"), "tool-2024.2.toml"
        )
        frameworks.choose_review_tool(session, pid, DEFAULT_FRAMEWORK_ID)
        assert frameworks.framework_for_partnership(session, pid).id == DEFAULT_FRAMEWORK_ID
        devon = start_review(session, pid, TODAY, TODAY)
        assert devon.framework_id == DEFAULT_FRAMEWORK_ID
        save_answers(session, devon.id, DEVON_ANSWERS)
        finish_review(session, devon.id, TODAY)
        # Answers to another tool are no "last time" for it, nor a point on its trend.
        devon_outcome = review_outcome(session, devon.id)
        assert devon_outcome.previous_date is None and len(devon_outcome.trend) == 1

    with database.session() as session:
        assert _answers(session, old_id) == before
        review = session.get(Review, old_id)
        assert (review.framework_id, review.framework_version, review.status) == (
            TOOL_ID,
            "2024.1",
            "complete",
        )
        shown = review_outcome(session, old_id)
        assert shown.framework.version == "2024.1"
        assert shown.framework.item("2(a)").title == FIRST_TITLE
        assert shown.result.overall == pytest.approx(37.5)
        # Back to the tool: a new review asks the newest wording, the old one keeps its own.
        frameworks.choose_review_tool(session, pid, TOOL_ID)
        newer = start_review(session, pid, TODAY, TODAY)
        assert newer.framework_version == "2024.2"
        assert load_review_draft(session, newer.id).framework.item("2(a)").title == (
            "We agree what we are for"
        )
        assert load_review_draft(session, old_id).framework.item("2(a)").title == FIRST_TITLE

    conn = sqlite.connect(database.path)
    listed = {r.id: r for r in list_reviews(conn, pid)}
    assert listed[old_id].overall == pytest.approx(37.5) and listed[old_id].band_label == "Weak"


def test_an_unknown_framework_changes_neither_choice(database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        frameworks.import_framework(session, review_tool_text(), "tool.toml")
        pid = _partnership(session)
        with pytest.raises(FrameworkError, match="no framework with the id nothing-like-it"):
            frameworks.choose_frameworks(
                session, pid, commitments=TOOL_ID, reviews="nothing-like-it"
            )
        partnership = session.get(Partnership, pid)
        assert (partnership.framework_id, partnership.review_framework_id) == (
            DEFAULT_FRAMEWORK_ID,
            DEFAULT_FRAMEWORK_ID,
        )


@pytest.fixture
def newer_builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Swap in a release whose built-in Devon Code is 2009.1, with 4.8(a) reworded."""
    import desktop.domain.frameworks as domain

    folder = tmp_path / "frameworks"
    folder.mkdir()
    text = KEPT_DEVON.read_text(encoding="utf-8")
    text = text.replace('version = "2008.1"', 'version = "2009.1"', 1)
    text = text.replace('title = "Everyone takes part equally"', 'title = "All partners join in"')
    (folder / f"{DEFAULT_FRAMEWORK_ID}.toml").write_text(text, encoding="utf-8")

    def swap() -> None:
        monkeypatch.setattr(domain, "frameworks_dir", lambda: folder)
        clear_builtin_cache()

    yield swap
    clear_builtin_cache()
    monkeypatch.undo()
    clear_builtin_cache()


def test_built_in_wording_is_kept_when_a_release_ships_a_newer_version(  # type: ignore[no-untyped-def]
    database, newer_builtin
) -> None:
    answers = DEVON_ANSWERS
    with database.session() as session:
        pid = _partnership(session)
        review = start_review(session, pid, TODAY, TODAY)
        save_answers(session, review.id, answers)
        finish_review(session, review.id, TODAY)
        review_id = review.id
        commitments.set_rating(session, pid, "3.1(a)", "need_help")
        kept = session.scalars(select(FrameworkFile)).one()
        assert (kept.framework_id, kept.version, kept.origin) == (
            DEFAULT_FRAMEWORK_ID,
            "2008.1",
            "built-in",
        )
        # Listed once: it is still the version built in.
        listed = [(f.id, f.version) for f in frameworks.list_frameworks(session)]
        assert listed.count((DEFAULT_FRAMEWORK_ID, "2008.1")) == 1

    newer_builtin()
    with database.session() as session:
        assert frameworks.review_tool_for_partnership(session, pid).version == "2009.1"
        shown = review_outcome(session, review_id)
        assert shown.framework.version == "2008.1"
        assert shown.framework.item("4.8(a)").title == "Everyone takes part equally"
        row = next(r for r in commitments.commitment_rows(session, pid) if r.ref == "3.1(a)")
        assert (row.version, row.older_wording, row.rating) == ("2008.1", True, "need_help")
        new = start_review(session, pid, TODAY, TODAY)
        draft = load_review_draft(session, new.id)
        assert draft.framework.item("4.8(a)").title == "All partners join in"
        origins = {(f.version, f.origin) for f in frameworks.list_frameworks(session)}
        assert {("2009.1", "built-in"), ("2008.1", "built-in")} <= origins
    conn = sqlite.connect(database.path)
    listed_reviews = {r.id: r for r in list_reviews(conn, pid)}
    assert listed_reviews[review_id].overall is not None
