"""The review results screen reads the tool the review was made with (issue 14, item 3).

A review is recorded through the command line, as a CVS would script it, then shown on the
results screen: the six-principles check (sum-scored domains, bands from 4 and 24) and
the Devon Code (health check and evaluation scored apart, item-level bands).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.frameworks import load_builtin
from desktop.store.models import Review
from desktop.ui.review_results import ReviewResultsView
from tests.conftest import FIXED_TODAY

SIX = "partnership-assessment-six-principles"
DEVON = "compact-devon-partnership-2008"
FORUM = "Torridge Rural Transport Forum"

# Principle 1 as bad as it can be (1.4 is reversed); principle 2 as good as it can be.
SIX_ANSWERS = {
    "1.1": "1",
    "1.2": "1",
    "1.3": "1",
    "1.4": "4",
    **{f"2.{n}": "4" for n in range(1, 5)},
    **{f"{d}.{n}": "3" for d in (3, 5, 6) for n in range(1, 5)},
    "4.1": "3",
    "4.2": "2",
    "4.3": "dont_know",
    "4.4": "2",
}


def record(tmp_path: Path, capsys, tool: str, answers: dict[str, str], day: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{tool}-{day}.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    for argv in (
        ["partnerships", "set-framework", FORUM, "--reviews", tool],
        [
            *("reviews", "record", FORUM, "--tool", tool, "--answers", str(path)),
            *("--finish", "--date", day),
        ],
    ):
        code = main(argv)
        assert code == 0, capsys.readouterr().err
    capsys.readouterr()


def review_id(database, tool: str) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.scalars(
            select(Review.id).where(Review.framework_id == tool).order_by(Review.id.desc())
        ).first()


@pytest.fixture
def view(demo_database, hub, qtbot):  # type: ignore[no-untyped-def]
    widget = ReviewResultsView(hub, FIXED_TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_sum_scored_tool_shows_domains_its_own_bands_and_no_trend_across_tools(
    view, demo_database, data_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    devon = load_builtin(DEVON)
    record(tmp_path, capsys, DEVON, {i.ref: "yes" for i in devon.review_items()}, "2026-06-01")
    record(tmp_path, capsys, SIX, SIX_ANSWERS, "2026-11-20")
    tool = load_builtin(SIX)
    view.show_review(review_id(demo_database, SIX))

    summary = view.summary.text()
    assert f"Made with {tool.title} (version {tool.version})." in summary
    assert "Accept the need for partnership: 4 · Needs work" in summary
    assert "Clear, realistic purpose: 16 · In place" in summary
    assert "(from 24 to 96)" in summary and "Mixed" in summary
    assert view.scale_note.text() == tool.scale_note and not view.scale_note.isHidden()

    # Answers by their labels; a question shows its score alone (this tool bands its
    # domains and the whole check, not single questions): no band on every line.
    rows = {view.scores.item(r, 0).text().split()[0]: r for r in range(view.scores.rowCount())}
    assert len(rows) == 24
    assert view.scores.item(rows["1.4"], 1).text() == "Strongly agree"
    assert view.scores.item(rows["1.4"], 2).text() == "1"  # reversed
    assert view.scores.item(rows["4.3"], 1).text() == "Don't know"
    assert view.scores.item(rows["4.3"], 2).text() == "Not scored"
    assert not any("·" in view.scores.item(r, 2).text() for r in rows.values())

    # The radar's axes are the six principles, each running from 4 to 16.
    assert view.radar.labels == [d.title for d in tool.review_sections[0].domains]
    assert (view.radar.low, view.radar.high) == (4, 16)
    assert view.radar.series[0][:2] == [4, 16]
    # The trend holds this tool's reviews only: the Devon review before it is not joined.
    assert [when.isoformat() for when, _score in view.trend.reviews] == ["2026-11-20"]
    assert (view.trend.low, view.trend.high) == (24, 96)

    # Weak answers: principle 1's four statements, each with its own band's next step.
    step = tool.review_sections[0].bands_at("domain")[0].next_step
    assert [ref for ref, *_ in view.rows] == ["1.1", "1.2", "1.3", "1.4"]
    assert all(step in text.text() for _ref, _tick, text, *_ in view.rows)
    assert '"Needs work"' in view.actions_note.text()
    assert "questioned" not in " ".join(text.text() for _r, _t, text, *_ in view.rows)

    # The viewpoints table offers this question's own scale, by label.
    combo = view.viewpoints.cellWidget(rows["1.1"], view.viewpoints.columnCount() - 2)
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        o.label for o in tool.review_sections[0].scale.options
    ]


def test_the_devon_code_scores_its_evaluation_apart_and_says_whose_scale_it_is(
    view, demo_database, data_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    devon = load_builtin(DEVON)
    health, evaluation = devon.section("health_check"), devon.section("evaluation")
    answers = {i.ref: "yes" for i in health.items} | {i.ref: "no" for i in evaluation.items}
    record(tmp_path, capsys, DEVON, answers, "2026-11-20")
    view.show_review(review_id(demo_database, DEVON))
    summary = view.summary.text()
    assert f"{health.title}: 100 · Working well (from 0 to 100)" in summary
    assert f"{evaluation.title}: 0 · Needs attention (from 0 to 100)" in summary
    assert "Partnerbook's, not the Code's" in view.scale_note.text()
    assert view.radar.labels[0] == health.items[0].ref  # no domains: one axis per question
    rows = {view.scores.item(r, 0).text().split()[0]: r for r in range(view.scores.rowCount())}
    first = evaluation.items[0].ref
    assert view.scores.item(rows[first], 2).text() == "0 · Needs attention"


def test_the_review_list_names_each_reviews_tool(
    demo_database, hub, qtbot, data_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.reviews import ReviewListModel, ReviewsArea

    devon = load_builtin(DEVON)
    record(tmp_path, capsys, DEVON, {i.ref: "yes" for i in devon.review_items()}, "2026-06-01")
    record(tmp_path, capsys, SIX, SIX_ANSWERS, "2026-11-20")
    area = ReviewsArea(hub, FIXED_TODAY)
    qtbot.addWidget(area)
    with demo_database.session() as session:
        pid = session.scalars(select(Review.partnership_id).where(Review.framework_id == SIX)).one()
    area.select_partnership(pid)
    model = area.model
    tools = {
        model.data(model.index(row, ReviewListModel.DATE)): model.data(
            model.index(row, ReviewListModel.TOOL)
        )
        for row in range(model.rowCount())
    }
    assert set(tools.values()) == {devon.title, load_builtin(SIX).title}
    assert model.headerData(ReviewListModel.TOOL, Qt.Orientation.Horizontal) == "Review tool"
