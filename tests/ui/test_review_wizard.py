"""The review wizard, driven from the keyboard as a person would, through to the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard
from sqlalchemy import select

from desktop.store.models import Partnership, Review
from desktop.ui.review_wizard import ReviewWizard
from tests.conftest import FIXED_TODAY


@pytest.fixture
def partnership_id(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        partnership = Partnership(name="Rural Transport Forum", status="active")
        session.add(partnership)
        session.flush()
        return partnership.id


def _open(qtbot, hub, pid, review_id=None) -> ReviewWizard:  # type: ignore[no-untyped-def]
    wizard = ReviewWizard(hub, pid, "Rural Transport Forum", review_id, today=FIXED_TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def _next_by_keyboard(qtbot, wizard: ReviewWizard) -> None:  # type: ignore[no-untyped-def]
    """Alt+N, the mnemonic of "&Next >"; a button clicks itself a moment later."""
    before = wizard.currentId()
    _press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def _review(database, review_id):  # type: ignore[no-untyped-def]
    with database.session() as session:
        review = session.get(Review, review_id)
        answers = {
            (a.respondent_key, a.question_ref): (a.answer, a.comment) for a in review.answers
        }
        return review.status, review.resume_page, answers, [r.label for r in review.respondents]


def test_the_wizard_driven_by_keyboard_to_the_end(qtbot, hub, database, partnership_id) -> None:
    wizard = _open(qtbot, hub, partnership_id)
    start = wizard.start_page
    assert start.date.text() == "28 Nov 2026"
    start.who.setFocus()
    qtbot.keyClicks(start.who, "Our trustee")
    _next_by_keyboard(qtbot, wizard)
    assert wizard.currentPage() is wizard.question_pages[0]
    review_id = wizard.review_id
    assert review_id is not None

    # Eight questions: Down moves to "Mostly", Space picks it, Return moves on.
    for index, page in enumerate(wizard.question_pages):
        assert wizard.currentPage() is page
        assert isinstance(QApplication.focusWidget(), QRadioButton)
        _press(qtbot, Qt.Key.Key_Down)
        _press(qtbot, Qt.Key.Key_Space)
        if index == 0:
            _press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the comment box
            qtbot.keyClicks(page.comment, "The chair asks us first now")
            _next_by_keyboard(qtbot, wizard)  # Return would start a new line in the comment
            continue
        _press(qtbot, Qt.Key.Key_Return)  # the default button: Next
        qtbot.waitUntil(lambda page=page: wizard.currentPage() is not page)
    # The evaluation criteria on one page: Tab moves from one group to the next.
    assert wizard.currentPage() is wizard.evaluation_page
    for _ref in wizard.evaluation_page.choices:
        _press(qtbot, Qt.Key.Key_Space)  # picks "Yes", the first answer
        _press(qtbot, Qt.Key.Key_Tab)  # to the comment
        _press(qtbot, Qt.Key.Key_Tab)  # to the next group
    _next_by_keyboard(qtbot, wizard)
    assert wizard.currentPage() is wizard.free_text_page
    _press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(wizard.free_text_page.what_to_change, "Papers a week before")
    _next_by_keyboard(qtbot, wizard)
    assert wizard.currentPage() is wizard.check_page
    summary = wizard.check_page.summary.text()
    assert "Mostly" in summary and "Not answered" not in summary
    assert "The chair asks us first now" in summary
    assert "Papers a week before" in summary
    with qtbot.waitSignal(wizard.finished):
        _press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert wizard.result() == QWizard.DialogCode.Accepted.value

    status, _page, answers, respondents = _review(database, review_id)
    assert status == "complete" and respondents == ["Our trustee"]
    assert answers[(0, "4.8(a)")] == ("mostly", "The chair asks us first now")
    assert answers[(0, "4.8(h)")][0] == "mostly"
    assert answers[(0, "4.8E(e)")][0] == "yes"
    assert len(answers) == 13


def test_save_part_way_then_resume_on_the_same_page(qtbot, hub, database, partnership_id) -> None:
    wizard = _open(qtbot, hub, partnership_id)
    wizard.next()
    wizard.question_pages[0].choice.buttons["partly"].click()
    wizard.next()
    wizard.question_pages[1].choice.buttons["no"].click()
    wizard.question_pages[1].comment.setPlainText("Late papers")
    wizard.button(QWizard.WizardButton.CustomButton1).click()  # Save as draft
    assert not wizard.isVisible()
    review_id = wizard.review_id
    status, page, answers, _ = _review(database, review_id)
    assert status == "draft" and page == 2
    assert answers == {(0, "4.8(a)"): ("partly", ""), (0, "4.8(b)"): ("no", "Late papers")}

    again = _open(qtbot, hub, partnership_id, review_id)
    assert again.currentPage() is again.question_pages[1]
    assert again.question_pages[1].choice.value() == "no"
    assert again.question_pages[0].choice.value() == "partly"
    # Closing the wizard keeps what is on the page.
    again.question_pages[1].choice.buttons["yes"].click()
    again.reject()
    assert _review(database, review_id)[2][(0, "4.8(b)")] == ("yes", "Late papers")


def test_bad_inputs_are_shown_and_nothing_is_lost(qtbot, hub, database, partnership_id) -> None:
    wizard = _open(qtbot, hub, partnership_id)
    start = wizard.start_page
    start.date.line.setText((FIXED_TODAY + timedelta(days=5)).strftime("%d/%m/%Y"))
    start.who.setPlainText("Our trustee")
    wizard.next()
    assert wizard.currentPage() is start
    assert "future" in start.date_problem.problem()
    assert start.who.toPlainText() == "Our trustee"
    with database.session() as session:
        assert session.scalars(select(Review)).all() == []

    start.date.line.setText("not a date")
    wizard.next()
    assert wizard.currentPage() is start and start.date_problem.problem()
    # Issue 21: the problem goes as soon as the date is changed, before Next again.
    start.date.line.setFocus()
    qtbot.keyClick(start.date.line, Qt.Key.Key_Backspace)
    assert not start.date_problem.isVisible()

    start.date.line.setText("20/11/2026")
    wizard.next()
    wizard.question_pages[0].choice.buttons["yes"].click()
    for _ in range(len(wizard.pageIds())):
        wizard.next()
    assert wizard.currentPage() is wizard.check_page
    assert "Not answered yet" in wizard.check_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()  # refused: 12 questions have no answer
    assert "draft" in wizard.check_page.problem.problem()
    assert _review(database, wizard.review_id)[0] == "draft"
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    status, page, _answers, _ = _review(database, wizard.review_id)
    assert status == "draft" and page == wizard.pageIds()[-1]
