"""Reviews as the services keep them: drafts, viewpoints, finishing, reads, actions, settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.services.joining import load_joining_check, save_joining_check
from desktop.services.review_outcomes import AcceptedAction, accept_actions, review_outcome
from desktop.services.review_reads import (
    latest_review_bands,
    list_reviews,
    partnerships_overdue_review,
    review_due_months,
)
from desktop.services.reviews import (
    ReviewError,
    add_respondent,
    finish_review,
    get_review_due_months,
    remove_respondent,
    reopen_review,
    save_answers,
    set_review_due_months,
    start_review,
    update_review,
)
from desktop.store import sqlite
from desktop.store.models import Action, Partnership, Review, ReviewAnswer
from tests.conftest import FIXED_TODAY

TODAY = FIXED_TODAY
ALL_YES = {f"4.8({c})": ("yes", "") for c in "abcdefgh"} | {
    f"4.8E({c})": ("yes", "") for c in "abcde"
}


def _pid(session, status: str = "active", index: int = 1) -> int:  # type: ignore[no-untyped-def]
    ids = session.scalars(
        select(Partnership.id).where(Partnership.status == status).order_by(Partnership.id)
    ).all()
    return ids[index]


def test_demo_has_two_reviews_a_year_apart_one_with_two_viewpoints(demo_database) -> None:
    conn = sqlite.connect(demo_database.path)
    reviews = list_reviews(conn)
    assert len(reviews) == 2
    later, earlier = reviews
    assert (later.review_date - earlier.review_date).days == 365
    assert later.respondents == ("Our representative", "Our chair")
    assert not later.is_draft and later.overall is not None and later.band_label
    with demo_database.session() as session:
        outcome = review_outcome(session, later.id)
        assert outcome.previous_date == earlier.review_date
        assert outcome.result.question("4.8(a)").differs
        assert outcome.result.question("4.8(a)").source == "agreed"
        assert [c.change.value for c in outcome.changes][:3] == ["better", "worse", "better"]
        assert len(outcome.trend) == 2
        joining = load_joining_check(session, _pid(session, "considering", 0))
        assert "survey" in joining.texts["done_already"]


def test_a_draft_keeps_partial_answers_and_its_page(database) -> None:
    with database.session() as session:
        pid = _add_partnership(session)
        review = start_review(session, pid, TODAY, TODAY, ["Our trustee"])
        save_answers(session, review.id, {"4.8(a)": ("mostly", "Chair asks us")}, resume_page=3)
        review_id = review.id
    with database.session() as session, pytest.raises(ReviewError, match="12 question"):
        finish_review(session, review_id, TODAY)
    with database.session() as session:
        finish_review(session, review_id, TODAY, keep_as_draft=True)
        review = session.get(Review, review_id)
        assert review.status == "draft" and review.resume_page == 3
        assert [(a.answer, a.comment) for a in review.answers] == [("mostly", "Chair asks us")]
        save_answers(session, review_id, ALL_YES)
        assert finish_review(session, review_id, TODAY).status == "complete"


def test_bad_inputs_are_refused_whole(database) -> None:
    with database.session() as session:
        pid = _add_partnership(session)
        with pytest.raises(ReviewError, match="future"):
            start_review(session, pid, TODAY + timedelta(days=1), TODAY)
        review = start_review(session, pid, TODAY, TODAY)
        with pytest.raises(ReviewError) as refused:
            save_answers(session, review.id, {"4.8(a)": ("yes", ""), "4.8(b)": ("maybe", "")})
        assert refused.value.problems[0].field == "answer:4.8(b)"
        assert session.scalars(select(ReviewAnswer)).all() == []  # nothing half saved
        with pytest.raises(ReviewError, match="no question"):
            save_answers(session, review.id, {"3.1(a)": ("yes", "")})
        with pytest.raises(ReviewError, match="future"):
            update_review(session, review.id, TODAY, review_date=TODAY + timedelta(days=3))
        with pytest.raises(ReviewError, match="respondent"):
            add_respondent(session, review.id, "  ")


def test_respondents_side_by_side_and_the_agreed_answer(database) -> None:
    with database.session() as session:
        pid = _add_partnership(session)
        review = start_review(session, pid, TODAY, TODAY)
        ours = add_respondent(session, review.id, "Our trustee")
        theirs = add_respondent(session, review.id, "District council", "Torridge DC")
        save_answers(session, review.id, {"4.8(a)": ("yes", "")}, respondent_id=ours.id)
        save_answers(session, review.id, {"4.8(a)": ("no", "")}, respondent_id=theirs.id)
        outcome = review_outcome(session, review.id)
        question = outcome.result.question("4.8(a)")
        assert question.differs and question.score == 50
        save_answers(session, review.id, {"4.8(a)": ("partly", "Agreed at the board")})
        outcome = review_outcome(session, review.id)
        assert outcome.result.question("4.8(a)").score == 33
        assert outcome.comments[(0, "4.8(a)")] == "Agreed at the board"
        remove_respondent(session, theirs.id)
        assert review_outcome(session, review.id).respondents == ((ours.id, "Our trustee"),)


def test_latest_band_overdue_flags_and_the_period_setting(database) -> None:
    with database.session() as session:
        pid = _add_partnership(session)
        never = _add_partnership(session, "Never reviewed")
        old = start_review(session, pid, TODAY - timedelta(days=800), TODAY)
        save_answers(session, old.id, {k: ("no", "") for k in ALL_YES})
        finish_review(session, old.id, TODAY)
        recent = start_review(session, pid, TODAY - timedelta(days=200), TODAY)
        save_answers(session, recent.id, ALL_YES)
        finish_review(session, recent.id, TODAY)
        start_review(session, pid, TODAY, TODAY)  # a draft never counts
    conn = sqlite.connect(database.path)
    assert latest_review_bands(conn) == {
        pid: ("strength", "Working well", TODAY - timedelta(days=200))
    }
    assert partnerships_overdue_review(conn, TODAY) == {never: None}
    assert partnerships_overdue_review(conn, TODAY, months=6) == {
        never: None,
        pid: TODAY - timedelta(days=200),
    }
    assert review_due_months(conn) == 12
    with database.session() as session:
        set_review_due_months(session, 6)
        assert get_review_due_months(session) == 6
        with pytest.raises(ReviewError):
            set_review_due_months(session, 0)
    assert review_due_months(conn) == 6
    assert pid in partnerships_overdue_review(conn, TODAY)


def test_weak_answers_become_actions_for_whats_due(database) -> None:
    with database.session() as session:
        pid = _add_partnership(session)
        review = start_review(session, pid, TODAY, TODAY)
        save_answers(session, review.id, ALL_YES | {"4.8(f)": ("no", "")})
        outcome = review_outcome(session, review.id)
        assert [s.ref for s in outcome.suggestions] == ["4.8(f)"]
        suggestion = outcome.suggestions[0]
        accept_actions(
            session,
            review.id,
            [
                AcceptedAction(
                    "4.8(f)", "Ask for a travel budget", TODAY + timedelta(days=30), None, "Chair"
                )
            ],
        )
        action = session.scalars(select(Action)).one()
        assert (action.source, action.review_id, action.status) == ("review", review.id, "open")
        assert action.description == "Ask for a travel budget (4.8(f))"
        assert action.owner_label == "Chair" and action.due_date == TODAY + timedelta(days=30)
        assert review_outcome(session, review.id).already_actioned == {suggestion.ref}
        with pytest.raises(ReviewError):
            accept_actions(session, review.id, [AcceptedAction("4.8(f)", " ", None)])


def test_joining_check_saves_field_by_field_and_checks_the_decision(database) -> None:
    with database.session() as session:
        pid = _add_partnership(session, status="considering")
        assert load_joining_check(session, pid).decision == "undecided"
        save_joining_check(session, pid, TODAY, why_join="Young people need it")
        save_joining_check(session, pid, TODAY, constraints="Evenings only")
        with pytest.raises(ReviewError, match="date the decision"):
            save_joining_check(session, pid, TODAY, decision="join")
        with pytest.raises(ReviewError, match="future"):
            save_joining_check(session, pid, TODAY, decision="join", decision_date=date(2030, 1, 1))
        save_joining_check(session, pid, TODAY, decision="join", decision_date=TODAY)
        data = load_joining_check(session, pid)
        assert data.texts["why_join"] == "Young people need it"
        assert data.texts["constraints"] == "Evenings only"
        assert (data.decision, data.decision_date) == ("join", TODAY)


def _add_partnership(session, name: str = "Rural Forum", status: str = "active") -> int:  # type: ignore[no-untyped-def]
    partnership = Partnership(name=name, status=status)
    session.add(partnership)
    session.flush()
    return partnership.id


def test_a_review_against_an_imported_framework_with_a_three_point_scale(database) -> None:
    import hashlib
    from pathlib import Path

    from desktop.store.models.compact import FrameworkFile

    text = (Path(__file__).parents[1] / "domain" / "data" / "other-compact.toml").read_text()
    with database.session() as session:
        session.add(
            FrameworkFile(
                framework_id="compact-example-partnership-2024",
                version="2024.1",
                title="Example Code",
                content=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
            )
        )
        pid = _add_partnership(session)
        # Reviews use the partnership's review tool, chosen apart from its commitments.
        session.get(Partnership, pid).review_framework_id = "compact-example-partnership-2024"
        session.flush()
        review = start_review(session, pid, TODAY, TODAY, ["Our trustee"])
        assert review.framework_version == "2024.1"
        with pytest.raises(ReviewError, match="Agree, Unsure, Disagree"):
            save_answers(session, review.id, {"9(a)": ("yes", "")})
        save_answers(session, review.id, {"9(a)": ("agree", ""), "9M(a)": ("disagree", "")})
        finish_review(session, review.id, TODAY)
        outcome = review_outcome(session, review.id)
        # The headline is the check-up (9) alone: the evaluation's "disagree" does not lower
        # it, but still brings a suggested action.
        assert outcome.result.overall == 100 and outcome.result.band.label == "High"
        assert [s.ref for s in outcome.suggestions] == ["9M(a)"]
    conn = sqlite.connect(database.path)
    assert latest_review_bands(conn)[pid] == ("high", "High", TODAY)
    assert list_reviews(conn)[0].band_label == "High"


def test_a_reopened_review_counts_as_a_draft_until_finished_again(demo_database) -> None:
    conn = sqlite.connect(demo_database.path)
    later, earlier = list_reviews(conn)
    pid = later.partnership_id
    assert latest_review_bands(conn)[pid][2] == later.review_date

    def answers() -> set[tuple[int, str, str]]:
        with demo_database.session() as session:
            review = session.get(Review, later.id)
            return {(a.respondent_key, a.question_ref, a.answer) for a in review.answers}

    before = answers()
    with demo_database.session() as session:
        reopen_review(session, later.id)
    reviews = {r.id: r for r in list_reviews(conn)}
    assert reviews[later.id].is_draft and not reviews[earlier.id].is_draft
    # The earlier review stands in for it meanwhile; nothing else about it changed.
    assert latest_review_bands(conn)[pid][2] == earlier.review_date
    with demo_database.session() as session:
        review = session.get(Review, later.id)
        assert review.resume_page == 0
    assert answers() == before and len(before) > 13
    with demo_database.session() as session:
        finish_review(session, later.id, TODAY)
    assert latest_review_bands(conn)[pid][2] == later.review_date
