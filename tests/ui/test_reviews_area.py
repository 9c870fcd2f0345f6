"""The Reviews area on the demo data: list, results, charts, viewpoints, actions, joining."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QWizard
from sqlalchemy import select

from desktop.domain.dates import format_date
from desktop.store.models import Action, JoiningCheck, Partnership, Review, ReviewAnswer
from desktop.ui.charts import RadarChart, TrendChart
from desktop.ui.reviews import ReviewListModel, ReviewsArea
from tests.conftest import FIXED_TODAY


def _distinct_colours(image: QImage) -> int:
    colours = set()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.fixture
def area(demo_database, hub, qtbot):  # type: ignore[no-untyped-def]
    widget = ReviewsArea(hub, FIXED_TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pid(database, status: str, index: int = 0) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.scalars(
            select(Partnership.id).where(Partnership.status == status).order_by(Partnership.id)
        ).all()[index]


def _show_first(area, qtbot, demo_database) -> None:  # type: ignore[no-untyped-def]
    area.select_partnership(_pid(demo_database, "active"))
    qtbot.waitUntil(lambda: "Overall" in area.results.heading.text())


def test_reviews_listed_with_status_score_and_band(area, qtbot, demo_database) -> None:
    _show_first(area, qtbot, demo_database)
    model = area.model
    assert model.rowCount() == 2
    cell = lambda r, c: model.index(r, c).data()  # noqa: E731
    assert cell(0, ReviewListModel.DATE) == format_date(FIXED_TODAY - timedelta(days=21))
    assert cell(0, ReviewListModel.STATUS) == "Finished"
    assert cell(0, ReviewListModel.BAND) in {"Needs attention", "Could be better", "Working well"}
    assert cell(0, ReviewListModel.RESPONDENTS) == "Our representative, Our chair"
    assert float(cell(0, ReviewListModel.SCORE)) > float(cell(1, ReviewListModel.SCORE))
    heading = area.results.heading.text()
    # One rounding rule: the list shows the same figure as the heading (50.1, not 50).
    assert f"Overall: {cell(0, ReviewListModel.SCORE)} ·" in heading
    assert "▲ Better than the review of" in heading
    scores = area.results.scores
    assert scores.rowCount() == 13
    assert scores.item(0, 0).text().startswith("4.8(a)")
    # Words beside colour: the band is named in the cell, and the change is in words.
    assert "·" in scores.item(0, 2).text()
    assert scores.item(0, 3).text().startswith("▲ Better")


def test_a_draft_is_clearly_marked_and_resumes_on_its_page(area, qtbot, demo_database) -> None:
    area.select_partnership(_pid(demo_database, "active", 1))
    assert area.model.rowCount() == 0
    assert "never been reviewed" in area.due_note.text()
    qtbot.mouseClick(area.start_button, Qt.MouseButton.LeftButton)
    wizard = area.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.start_page.who.setPlainText("Our representative")
    wizard.next()
    wizard.question_pages[0].choice.buttons["no"].click()
    wizard.next()
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    assert area.model.index(0, ReviewListModel.STATUS).data() == "⚠ Draft: not finished"
    assert area.continue_button.isEnabled()
    qtbot.waitUntil(lambda: "Draft: not finished yet" in area.results.heading.text())
    qtbot.mouseClick(area.continue_button, Qt.MouseButton.LeftButton)
    assert area.wizard is not wizard and area.wizard.currentPage() is area.wizard.question_pages[1]
    area.wizard.reject()


def test_the_chart_widgets_are_not_blank(area, qtbot, demo_database) -> None:
    _show_first(area, qtbot, demo_database)
    area.results.tabs.setCurrentIndex(1)
    radar = area.results.radar
    trend = area.results.trend
    assert isinstance(radar, RadarChart) and isinstance(trend, TrendChart)
    assert len(radar.series) == 2 and len(trend.reviews) == 2
    for chart in (radar, trend):
        image = chart.grab().toImage()
        assert image.width() > 200
        assert _distinct_colours(image) > 20  # lines, fills, text: not a blank rectangle
    assert "4.8(a)" in radar.accessibleDescription()
    empty = RadarChart()
    qtbot.addWidget(empty)
    empty.resize(320, 320)
    assert _distinct_colours(empty.grab().toImage()) <= 2  # the check can fail


@pytest.mark.parametrize("width", [330, 440, 900])
def test_radar_labels_are_never_cut_off_at_the_sides(qtbot, width: int) -> None:
    from desktop.domain.frameworks import load_builtin

    framework = load_builtin()
    labels = [f"4.8({c})" for c in "abcdefgh"] + [f"4.8E({c})" for c in "abcde"]
    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.set_data(labels, [[100] * 13, [50] * 13], framework.bands, ["This review", "Last"])
    radar.resize(width, 500)
    image = radar.grab().toImage()
    background = image.pixel(image.width() // 2, 1)
    edges = {
        image.pixel(x, y)
        for x in (0, 1, image.width() - 2, image.width() - 1)
        for y in range(image.height())
    }
    # Nothing painted in the outermost pixels: the widest label ("4.8E(c)") fits inside.
    assert edges == {background}


def test_viewpoints_side_by_side_and_the_agreed_answer(area, qtbot, demo_database) -> None:
    _show_first(area, qtbot, demo_database)
    table = area.results.viewpoints
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [
        "Question",
        "Our representative",
        "Our chair",
        "Agreed answer",
        "Views differ?",
    ]
    assert table.item(0, 4).text().startswith("⚠ Yes")  # 4.8(a): Mostly and Yes
    assert table.item(2, 4).text() == "No"  # 4.8(c): both said Yes
    agreed = table.cellWidget(2, 3)
    assert isinstance(agreed, QComboBox) and agreed.currentText() == "(no answer)"
    agreed.setCurrentIndex(agreed.findData("partly"))
    qtbot.waitUntil(lambda: area.results.scores.item(2, 1).text() == "Partly")
    with demo_database.session() as session:
        review_id = session.scalars(select(Review.id).order_by(Review.review_date.desc())).first()
        answer = session.scalars(
            select(ReviewAnswer).where(
                ReviewAnswer.review_id == review_id,
                ReviewAnswer.respondent_key == 0,
                ReviewAnswer.question_ref == "4.8(c)",
            )
        ).one()
        assert answer.answer == "partly"
    area.results.new_viewpoint.setText("District council")
    qtbot.mouseClick(area.results.add_viewpoint, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.results.viewpoints.columnCount() == 6)


def test_weak_answers_become_actions_with_owner_and_due_date(area, qtbot, demo_database) -> None:
    _show_first(area, qtbot, demo_database)
    results = area.results
    refs = [ref for ref, *_ in results.rows]
    assert "4.8(f)" in refs and "4.8(e)" in refs
    for ref, tick, _text, owner, due in results.rows:
        tick.setChecked(ref == "4.8(f)")
        if ref == "4.8(f)":
            owner.setCurrentIndex(owner.findText("Priya Shah"))
            due.line.setText("31/12/2026")
    qtbot.mouseClick(results.accept_button, Qt.MouseButton.LeftButton)
    with demo_database.session() as session:
        action = session.scalars(select(Action).where(Action.source == "review")).one()
        assert "(4.8(f))" in action.description and action.status == "open"
        assert action.due_date.isoformat() == "2026-12-31"
        assert action.owner_person_id is not None
    qtbot.waitUntil(
        lambda: any(ref == "4.8(f)" and not tick.isEnabled() for ref, tick, *_ in area.results.rows)
    )


def test_joining_check_for_a_partnership_being_considered(area, qtbot, demo_database) -> None:
    pid = _pid(demo_database, "considering")
    area.select_partnership(pid)
    assert area.joining_button.isVisible()
    qtbot.mouseClick(area.joining_button, Qt.MouseButton.LeftButton)
    form = area.joining_dialog.form
    assert "survey" in form.boxes["done_already"].toPlainText()
    box = form.boxes["existing_host"]
    box.setFocus()
    box.setPlainText("The Community Forum, as a subgroup")
    form.boxes["why_join"].setFocus()  # leaving the box saves it
    QApplication.processEvents()
    form.decision.setCurrentIndex(form.decision.findData("join"))
    form.decision.activated.emit(form.decision.currentIndex())
    assert "date" in form.decision_problem.problem()
    form.decision_date.line.setText("27/11/2026")
    form.decision_date.line.editingFinished.emit()
    assert form.decision_problem.problem() == ""
    area.joining_dialog.reject()
    with demo_database.session() as session:
        check = session.scalars(
            select(JoiningCheck).where(JoiningCheck.partnership_id == pid)
        ).one()
        assert check.existing_host == "The Community Forum, as a subgroup"
        assert (check.decision, check.decision_date.isoformat()) == ("join", "2026-11-27")


def test_the_review_period_is_a_setting_that_flags_overdue_partnerships(
    area, qtbot, demo_database
) -> None:
    area.select_partnership(_pid(demo_database, "active"))
    assert area.period.value() == 12
    assert area.due_note.text() == ""  # reviewed three weeks ago
    area.period.setFocus()
    area.period.selectAll()
    qtbot.keyClicks(area.period, "1")
    qtbot.keyClick(area.period, Qt.Key.Key_Tab)
    assert area.period.value() == 1
    assert "A review is due" not in area.due_note.text()  # 21 days is within a month
    with demo_database.session() as session:
        from desktop.services.reviews import get_review_due_months

        assert get_review_due_months(session) == 1


def test_deleting_a_review_asks_first(area, qtbot, demo_database, no_blocking_dialogs) -> None:
    _show_first(area, qtbot, demo_database)
    qtbot.mouseClick(area.delete_button, Qt.MouseButton.LeftButton)
    title, text = no_blocking_dialogs[-1]
    assert title == "Delete review" and format_date(FIXED_TODAY - timedelta(days=21)) in text
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    with demo_database.session() as session:
        assert len(session.scalars(select(Review)).all()) == 1


def _status_and_answer(database, review_id: int, ref: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        review = session.get(Review, review_id)
        agreed = {a.question_ref: a.answer for a in review.answers if a.respondent_key == 0}
        return review.status, agreed[ref]


def test_a_finished_review_can_be_changed_and_finished_again(
    area, qtbot, demo_database, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    _show_first(area, qtbot, demo_database)
    review = area.selected_review()
    assert review is not None and not review.is_draft
    assert area.continue_button.text() == "Chan&ge this review…"
    before_status, before = _status_and_answer(demo_database, review.id, "4.8(a)")
    assert before_status == "complete"
    qtbot.mouseClick(area.continue_button, Qt.MouseButton.LeftButton)
    assert no_blocking_dialogs[-1][0] == "Change this review"
    assert "becomes a draft until you finish it again" in no_blocking_dialogs[-1][1]
    wizard = area.wizard
    assert wizard is not None and wizard.currentPage() is wizard.start_page
    assert _status_and_answer(demo_database, review.id, "4.8(a)")[0] == "draft"
    qtbot.waitUntil(lambda: area.model.index(0, ReviewListModel.STATUS).data().startswith("⚠"))
    # The answers given before are all there; change the first and finish again.
    wizard.next()
    choice = wizard.question_pages[0].choice
    assert choice.buttons[before].isChecked()
    changed = next(key for key in choice.buttons if key != before)
    choice.buttons[changed].click()
    while wizard.currentPage() is not wizard.check_page:
        wizard.next()
    with qtbot.waitSignal(wizard.finished):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert _status_and_answer(demo_database, review.id, "4.8(a)") == ("complete", changed)
    qtbot.waitUntil(lambda: area.model.index(0, ReviewListModel.STATUS).data() == "Finished")


def test_saying_no_leaves_a_finished_review_as_it_was(
    area, qtbot, demo_database, no_blocking_dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    _show_first(area, qtbot, demo_database)
    review = area.selected_review()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(area.continue_button, Qt.MouseButton.LeftButton)
    assert area.wizard is None or not area.wizard.isVisible()
    assert _status_and_answer(demo_database, review.id, "4.8(a)")[0] == "complete"
    # A double-click never reopens a finished review by accident.
    area.table.doubleClicked.emit(area.model.index(0, 0))
    assert _status_and_answer(demo_database, review.id, "4.8(a)")[0] == "complete"
