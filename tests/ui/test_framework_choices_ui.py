"""The window offers a partnership's two framework choices, and the wizard uses the review tool.

Where the framework was chosen before (the Commitments area) both choices are offered; the
Reviews area offers the review tool. Choosing one never moves the other, and never touches
a review already made.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.domain.frameworks import DEFAULT_FRAMEWORK_ID
from desktop.services import frameworks
from desktop.services.reviews import finish_review, save_answers, start_review
from desktop.store.models import Partnership, Review
from tests.conftest import FIXED_TODAY
from tests.review_tool_support import FIRST_TITLE, TOOL_ID, TOOL_TITLE, review_tool_text

DEVON_ANSWERS = {f"4.8({c})": ("yes", "") for c in "abcdefgh"} | {
    f"4.8E({c})": ("mostly", "") for c in "abcde"
}


@pytest.fixture
def forum(database) -> int:  # type: ignore[no-untyped-def]
    """A partnership with one finished Devon review, and the example tool imported."""
    with database.session() as session:
        partnership = Partnership(name="Rural Transport Forum", status="active")
        session.add(partnership)
        session.flush()
        frameworks.import_framework(session, review_tool_text(), "tool.toml")
        review = start_review(session, partnership.id, FIXED_TODAY, FIXED_TODAY)
        save_answers(session, review.id, DEVON_ANSWERS)
        finish_review(session, review.id, FIXED_TODAY)
        return partnership.id


def _choices(database, pid: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        partnership = session.get(Partnership, pid)
        return partnership.framework_id, partnership.review_framework_id


def _pick(qtbot, combo, framework_id: str) -> None:  # type: ignore[no-untyped-def]
    """Choose by keyboard, as a person would: focus the list, then arrow to the item."""
    combo.setFocus()
    target = combo.findData(framework_id)
    assert target >= 0, f"{framework_id} is offered"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)


def test_commitments_area_offers_both_and_the_wizard_uses_the_review_tool(  # type: ignore[no-untyped-def]
    qtbot, main_window, database, forum, no_blocking_dialogs
) -> None:
    page = main_window.show_area("commitments").rating_page
    assert page.framework_choice.isVisibleTo(main_window)
    assert page.review_choice.isVisibleTo(main_window)
    assert page.framework_choice.accessibleName() == "Commitments framework"
    assert page.review_choice.accessibleName() == "Review tool"
    offered = {page.review_choice.itemData(i) for i in range(page.review_choice.count())}
    assert {DEFAULT_FRAMEWORK_ID, TOOL_ID} <= offered
    assert page.framework_choice.currentData() == DEFAULT_FRAMEWORK_ID
    assert page.review_choice.currentData() == DEFAULT_FRAMEWORK_ID

    _pick(qtbot, page.review_choice, TOOL_ID)
    assert no_blocking_dialogs[-1][0] == "Use another review tool"
    assert TOOL_TITLE in no_blocking_dialogs[-1][1]
    assert _choices(database, forum) == (DEFAULT_FRAMEWORK_ID, TOOL_ID)
    # The commitments stay on the Devon Code, clause by clause.
    assert page.framework_choice.currentData() == DEFAULT_FRAMEWORK_ID
    assert page.framework.id == DEFAULT_FRAMEWORK_ID
    assert "3.1(a)" in {page.model.row(r).ref for r in range(page.model.rowCount())}

    area = main_window.show_area("reviews")
    area.select_partnership(forum)
    assert area.tool_choice.currentData() == TOOL_ID
    area.start_button.click()
    wizard = area.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    assert wizard.framework.id == TOOL_ID
    assert [p.item.ref for p in wizard.question_pages] == ["2(a)", "2(b)"]
    assert wizard.question_pages[0].title() == f"2(a)  {FIRST_TITLE}"
    wizard.reject()


def test_reviews_area_changes_the_tool_and_keeps_reviews_made(  # type: ignore[no-untyped-def]
    qtbot, main_window, database, forum, monkeypatch, no_blocking_dialogs
) -> None:
    area = main_window.show_area("reviews")
    area.select_partnership(forum)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    score_before = area.model.review_at(0).overall
    assert area.tool_choice.currentData() == DEFAULT_FRAMEWORK_ID

    # "No" leaves everything as it was, the list included.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    _pick(qtbot, area.tool_choice, TOOL_ID)
    assert _choices(database, forum) == (DEFAULT_FRAMEWORK_ID, DEFAULT_FRAMEWORK_ID)
    assert area.tool_choice.currentData() == DEFAULT_FRAMEWORK_ID

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    _pick(qtbot, area.tool_choice, TOOL_ID)
    assert _choices(database, forum) == (DEFAULT_FRAMEWORK_ID, TOOL_ID)
    # The Devon review is still there, under the Devon Code, with the same score.
    assert area.model.rowCount() == 1 and area.model.review_at(0).overall == score_before
    with database.session() as session:
        review = session.scalars(select(Review)).one()
        assert review.framework_id == DEFAULT_FRAMEWORK_ID and len(review.answers) == 13
    # The Commitments area shows the same choice when it is opened.
    page = main_window.show_area("commitments").rating_page
    assert page.review_choice.currentData() == TOOL_ID
    assert page.framework_choice.currentData() == DEFAULT_FRAMEWORK_ID


def test_the_wizard_asks_a_format_2_tool_on_its_own_scale(  # type: ignore[no-untyped-def]
    qtbot, hub, database, forum
) -> None:
    """A tool whose scored section is not called "health_check", with answer keys "1", "2"."""
    from pathlib import Path

    from PySide6.QtWidgets import QWizard

    from desktop.ui.review_wizard import ReviewWizard

    small = Path(__file__).parents[1] / "domain" / "data" / "format-2-small.toml"
    with database.session() as session:
        frameworks.import_framework(session, small.read_text("utf-8"), small.name)
        frameworks.choose_review_tool(session, forum, "example-compact-2025")
    wizard = ReviewWizard(hub, forum, "Rural Transport Forum", today=FIXED_TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    refs = [page.item.ref for page in wizard.question_pages]
    assert refs == ["Domain 1, item 1", "Domain 1, item 2"]
    for page in wizard.question_pages:
        assert list(page.choice.buttons) == ["1", "2", "dk"]
        assert page.choice.buttons["2"].text().replace("&", "") == "Agree"

    wizard.next()  # from the start page: the review is made
    for page in wizard.question_pages:
        assert wizard.currentPage() is page
        page.choice.buttons["2"].click()
        wizard.next()
    while wizard.currentPage() is not wizard.check_page:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    with database.session() as session:
        review = session.get(Review, wizard.review_id)
        assert (review.framework_id, review.status) == ("example-compact-2025", "complete")
        assert {a.question_ref: a.answer for a in review.answers} == {
            "Domain 1, item 1": "2",
            "Domain 1, item 2": "2",
        }
