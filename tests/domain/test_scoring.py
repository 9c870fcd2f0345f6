"""Review scores, bands, change since last time and suggested actions, from framework files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.domain.frameworks import load_builtin, load_framework
from desktop.domain.review_checks import (
    check_answer,
    check_review_date,
    check_review_due_months,
    check_unanswered,
    months_before,
)
from desktop.domain.scoring import (
    AGREED,
    AnswerNotOnScale,
    Change,
    compare_results,
    concern_band,
    overall_score,
    review_questions,
    score_review,
    suggest_actions,
)

OTHER = Path(__file__).parent / "data" / "other-compact.toml"


@pytest.fixture(scope="module")
def devon():  # type: ignore[no-untyped-def]
    return load_builtin()


@pytest.fixture(scope="module")
def other():  # type: ignore[no-untyped-def]
    return load_framework(OTHER)


def test_a_review_asks_the_health_check_then_the_evaluation_criteria(devon) -> None:
    refs = [item.ref for item in review_questions(devon)]
    assert refs[:8] == [f"4.8({c})" for c in "abcdefgh"]
    assert refs[8:] == [f"4.8E({c})" for c in "abcde"]


def test_agreed_answers_score_per_question_and_overall_with_bands(devon) -> None:
    answers = {AGREED: {"4.8(a)": "yes", "4.8(b)": "mostly", "4.8(c)": "no", "4.8(d)": "partly"}}
    result = score_review(devon, answers)
    assert result.question("4.8(a)").score == 100
    assert result.question("4.8(a)").band.key == "strength"
    assert result.question("4.8(b)").band.key == "borderline"  # 67
    assert result.question("4.8(c)").band.key == "concern"
    assert result.question("4.8(e)").score is None and not result.question("4.8(e)").answered
    assert result.overall == pytest.approx((100 + 67 + 0 + 33) / 4)
    assert result.band.key == "borderline"  # exactly 50: a band includes where it starts
    assert len(result.unanswered) == 13 - 4


def test_dont_know_is_an_answer_but_is_left_out_of_the_score(devon) -> None:
    result = score_review(devon, {AGREED: {"4.8(a)": "dont_know", "4.8(b)": "yes"}})
    assert result.question("4.8(a)").answered
    assert result.question("4.8(a)").score is None
    assert result.overall == 100  # not 50: "don't know" is not zero


def test_the_agreed_answer_overrides_the_respondents(devon) -> None:
    answers = {AGREED: {"4.8(a)": "partly"}, 7: {"4.8(a)": "yes"}, 9: {"4.8(a)": "yes"}}
    question = score_review(devon, answers).question("4.8(a)")
    assert question.score == 33 and question.source == "agreed"
    assert question.answers == {7: "yes", 9: "yes"}
    assert not question.differs


def test_without_an_agreed_answer_the_respondents_average_counts(devon) -> None:
    answers = {7: {"4.8(a)": "yes", "4.8(b)": "no"}, 9: {"4.8(a)": "no", "4.8(b)": "dont_know"}}
    result = score_review(devon, answers)
    assert result.question("4.8(a)").score == 50
    assert result.question("4.8(a)").source == "respondents"
    assert result.question("4.8(a)").differs
    assert result.question("4.8(b)").score == 0  # the "don't know" is left out
    assert result.question("4.8(b)").differs


def test_an_answer_outside_the_scale_is_refused(devon) -> None:
    with pytest.raises(AnswerNotOnScale, match="Yes, Mostly, Partly, No, Don't know"):
        score_review(devon, {AGREED: {"4.8(a)": "maybe"}})
    with pytest.raises(AnswerNotOnScale):
        score_review(devon, {AGREED: {"4.8(a)": "yes"}, 3: {"4.8(a)": "perhaps"}})
    assert check_answer(devon, "4.8(a)", "maybe")[0].field == "answer:4.8(a)"
    assert check_answer(devon, "4.8(a)", "yes") == []


def test_a_made_up_framework_with_a_three_point_scale(other) -> None:
    assert [i.ref for i in review_questions(other)] == ["9(a)", "9M(a)"]
    result = score_review(other, {AGREED: {"9(a)": "agree", "9M(a)": "disagree"}})
    assert result.overall == 50
    assert result.band.key == "low"  # "high" starts at 60.5 in this file
    assert score_review(other, {AGREED: {"9(a)": "agree", "9M(a)": "unsure"}}).band.key == "high"
    with pytest.raises(AnswerNotOnScale):
        score_review(other, {AGREED: {"9(a)": "yes"}})  # the Devon scale's key
    assert concern_band(other).key == "low"
    suggestions = suggest_actions(other, result)
    assert [s.ref for s in suggestions] == ["9M(a)"]
    assert "Talk about it at the next meeting." in suggestions[0].description


def test_change_since_the_previous_review_question_by_question(devon) -> None:
    before = score_review(
        devon, {AGREED: {"4.8(a)": "partly", "4.8(b)": "yes", "4.8(c)": "mostly"}}
    )
    after = score_review(
        devon,
        {AGREED: {"4.8(a)": "yes", "4.8(b)": "mostly", "4.8(c)": "mostly", "4.8(d)": "no"}},
    )
    changes, overall = compare_results(after, before)
    by_ref = {c.ref: c for c in changes}
    assert by_ref["4.8(a)"].change is Change.BETTER and by_ref["4.8(a)"].difference == 67
    assert by_ref["4.8(b)"].change is Change.WORSE
    assert by_ref["4.8(c)"].change is Change.SAME
    assert by_ref["4.8(d)"].change is Change.NEW
    assert by_ref["4.8(e)"].change is Change.NOT_SCORED
    assert overall is Change.WORSE  # 66.7 before, 58.3 after
    first_changes, first_overall = compare_results(before, None)
    assert {c.change for c in first_changes} <= {Change.NEW, Change.NOT_SCORED}
    assert first_overall is Change.NEW


def test_concern_answers_suggest_actions_with_the_band_hint(devon) -> None:
    result = score_review(devon, {AGREED: {"4.8(a)": "no", "4.8(b)": "partly", "4.8(c)": "yes"}})
    suggestions = suggest_actions(devon, result)
    assert [s.ref for s in suggestions] == ["4.8(a)", "4.8(b)"]
    assert suggestions[0].description.startswith("Everyone takes part equally (4.8(a)): Raise")


def test_review_dates_and_unanswered_questions_and_the_period() -> None:
    today = date(2026, 11, 28)
    assert check_review_date(today, today) == []
    assert "future" in check_review_date(date(2026, 11, 29), today)[0].message
    assert check_review_date(None, today)[0].field == "review_date"
    assert "draft" in check_unanswered(["4.8(a)"])[0].message
    assert check_unanswered([]) == []
    assert check_review_due_months(12) == [] and check_review_due_months(0)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 11, 28), 12) == date(2025, 11, 28)


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {AGREED: {"4.8(a)": "yes", "4.8(b)": "dont_know"}},
        {7: {"4.8(a)": "yes", "4.8(c)": "no"}, 9: {"4.8(a)": "partly", "4.8E(a)": "mostly"}},
        {AGREED: {"4.8(a)": "no"}, 7: {"4.8(a)": "yes", "4.8(b)": "mostly"}, 9: {"4.8(b)": "no"}},
    ],
)
def test_the_fast_overall_score_agrees_with_the_full_scoring(devon, answers) -> None:
    assert overall_score(devon, answers) == score_review(devon, answers).overall
    with pytest.raises(AnswerNotOnScale):
        overall_score(devon, {**answers, 3: {"4.8(a)": "perhaps"}})
