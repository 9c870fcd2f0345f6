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
    score_reviews,
    score_tool,
    suggest_actions,
)
from desktop.resource_paths import resources_dir

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
    # The headline is the check-up alone; the evaluation (9M) is scored apart, never mixed in.
    assert result.overall == 100 and result.band.key == "high"
    low = score_review(other, {AGREED: {"9(a)": "disagree", "9M(a)": "agree"}})
    assert low.overall == 0 and low.band.key == "low"  # "high" starts at 60.5 in this file
    unsure = score_review(other, {AGREED: {"9(a)": "unsure", "9M(a)": "agree"}})
    assert unsure.overall is None and unsure.band is None  # "Unsure" is not scored here
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


# --------------------------------------------------------------------------------------
# Format 2 tools: sums and means, domains, bands that do not start at 0
# --------------------------------------------------------------------------------------

EXAMPLES = resources_dir() / "frameworks" / "examples"


@pytest.fixture(scope="module")
def check35():  # type: ignore[no-untyped-def]
    return load_framework(EXAMPLES / "health-check-35.toml")


@pytest.fixture(scope="module")
def mean_check():  # type: ignore[no-untyped-def]
    return load_framework(EXAMPLES / "mean-scored-check.toml")


def _all(tool, key: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {item.ref: key for item in tool.items}


def test_a_sum_scored_tool_totals_35_to_175_with_bands_that_start_at_35(check35) -> None:
    tool = check35.section("health_check")
    lowest = score_tool(tool, {i.ref: "5" if i.reversed else "1" for i in tool.items})
    assert lowest.score == 35 and (lowest.lowest, lowest.highest) == (35, 175)
    assert lowest.band.key == "poor" and lowest.band.range_text == "35-84"
    highest = score_tool(tool, {i.ref: "1" if i.reversed else "5" for i in tool.items})
    assert highest.score == 175 and highest.band.key == "good"
    assert [d.score for d in highest.domains] == [25] * 7
    assert {d.band.key for d in highest.domains} == {"good"}
    assert highest.domains[0].band.meaning == "This area is working well."


@pytest.mark.parametrize(
    ("total", "band"), [(84, "poor"), (85, "fair"), (126, "fair"), (127, "good")]
)
def test_sum_bands_change_exactly_at_their_boundaries(check35, total: int, band: str) -> None:
    tool = check35.section("health_check")
    # Every question 3 (105 in all, reversed or not), then move single answers to reach total.
    answers = {i.ref: "3" for i in tool.items}
    forward = [i for i in tool.items if not i.reversed]
    step = 1 if total > 105 else -1
    for item in forward[: abs(total - 105) // 2]:
        answers[item.ref] = "5" if step > 0 else "1"
    if abs(total - 105) % 2:
        answers[forward[-1].ref] = "4" if step > 0 else "2"
    result = score_tool(tool, answers)
    assert result.score == total
    assert result.band.key == band


def test_domain_subtotals_are_sums_with_their_own_bands(check35) -> None:
    tool = check35.section("health_check")
    answers = _all(tool, "4")
    # Domain 1: items 1-4 forward, item 5 reversed ("Partners pull in different directions").
    answers.update({f"Domain 1, item {n}": "1" for n in range(1, 5)})
    answers["Domain 1, item 5"] = "5"  # strongly agree with a reversed item scores 1
    result = score_tool(tool, answers)
    first = result.domain("D1")
    assert result.item("Domain 1, item 5").value == 1
    assert first.score == 5 and first.band.key == "poor" and first.band.label == "Weak"
    assert result.domain("D2").score == 20 and result.domain("D2").band.key == "good"
    # Reversed items in other domains: "4" scores 2 there.
    assert result.domain("D3").score == 4 * 4 + 2
    assert result.score == 5 + 20 + 18 + 20 + 18 + 18 + 20


def test_dont_know_is_left_out_and_a_short_sum_is_scaled_up(check35) -> None:
    tool = check35.section("health_check")
    answers = {i.ref: "2" if i.reversed else "4" for i in tool.items}  # every item scores 4
    answers["Domain 2, item 1"] = "dont_know"
    answers["Domain 2, item 2"] = ""
    result = score_tool(tool, answers)
    assert result.item("Domain 2, item 1").value is None
    assert result.counted == 33 and result.prorated
    assert result.score == pytest.approx(4 * 35)  # the mean (4) times 35, not 33 * 4
    assert result.domain("D2").score == pytest.approx(20) and not result.domain("D2").complete
    nothing = score_tool(tool, {})
    assert nothing.score is None and nothing.band is None and nothing.counted == 0


def test_an_answer_not_on_the_tools_scale_is_refused(check35) -> None:
    tool = check35.section("health_check")
    with pytest.raises(AnswerNotOnScale, match="Strongly disagree, Disagree"):
        score_tool(tool, {"Domain 1, item 1": "yes"})


@pytest.mark.parametrize(
    ("answers", "mean", "band"),
    [
        (("5", "4", "2", "5"), 4.5, "good"),  # Q3 is reversed: "2" scores 4
        (("4", "4", "2", "4"), 4.0, "good"),  # exactly 4: "4 or more"
        (("4", "4", "3", "3"), 3.5, "fair"),
        (("4", "3", "3", "5"), 3.75, "fair"),
        (("3", "3", "3", "3"), 3.0, "fair"),  # exactly 3: "3 to 3.9"
        (("3", "3", "4", "3"), 2.75, "low"),  # reversed "4" scores 2: below 3
        (("1", "1", "5", "1"), 1.0, "low"),
    ],
)
def test_a_mean_scored_tool_with_bands_of_4_or_more_3_to_39_and_below_3(
    mean_check, answers: tuple[str, ...], mean: float, band: str
) -> None:
    tool = mean_check.section("check")
    result = score_tool(tool, dict(zip(("Q1", "Q2", "Q3", "Q4"), answers, strict=True)))
    assert result.score == pytest.approx(mean)
    assert result.band.key == band
    assert result.method == "mean" and not result.prorated


def test_a_mean_between_39_and_4_stays_in_the_lower_band(mean_check) -> None:
    tool = mean_check.section("check")
    # 3.95 is above the "3.9" written in the file but below 4, where "Good" starts.
    assert tool.band_for(3.95, "tool").key == "fair"
    assert [b.range_text for b in tool.bands_at("tool")] == ["1-2.9", "3-3.9", "4 or more"]


def test_dont_know_does_not_count_in_a_mean(mean_check) -> None:
    tool = mean_check.section("check")
    result = score_tool(tool, {"Q1": "5", "Q2": "dk", "Q4": "3"})
    assert result.score == 4 and result.counted == 2


def test_the_review_of_a_sum_tool_uses_its_total_and_weak_domains_suggest_actions(
    check35,
) -> None:
    tool = check35.section("health_check")
    answers = {i.ref: "2" if i.reversed else "4" for i in tool.items}  # every item scores 4
    answers.update({f"Domain 5, item {n}": "1" for n in range(1, 5)})
    answers["Domain 5, item 5"] = "5"
    result = score_review(check35, {AGREED: answers})
    assert result.overall == 4 * 30 + 5
    assert result.band.key == "fair"  # 125: "85-126"
    assert result.question("Domain 1, item 5").score == 4  # reversed, answered "2"
    assert overall_score(check35, {AGREED: answers}) == result.overall
    suggestions = suggest_actions(check35, result)
    assert {s.ref for s in suggestions} == {f"Domain 5, item {n}" for n in range(1, 6)}
    assert all(s.band.level == "domain" and s.band.key == "poor" for s in suggestions)
    assert "Put this area on the next agenda" in suggestions[0].description


def test_the_devon_evaluation_is_scored_apart_from_the_health_check(devon) -> None:
    answers = {f"4.8({c})": "yes" for c in "abcdefgh"} | {f"4.8E({c})": "no" for c in "abcde"}
    health, evaluation = score_reviews(devon, answers)
    assert (health.section_key, health.score, health.band.key) == ("health_check", 100, "strength")
    assert (evaluation.section_key, evaluation.score) == ("evaluation", 0)
    assert evaluation.band.key == "concern"
    assert "apart from the health check" in devon.section("evaluation").intro


def test_an_answer_is_checked_against_its_own_questions_scale(check35, devon) -> None:
    assert check_answer(check35, "Domain 1, item 1", "5") == []
    refused = check_answer(check35, "Domain 1, item 1", "yes")
    assert refused[0].field == "answer:Domain 1, item 1"
    assert "Strongly disagree, Disagree, Neither" in refused[0].message
    assert check_answer(devon, "4.8E(a)", "dont_know") == []
