"""The Home screen: what needs attention, and ticking an action done in What's due."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop.ui import home
from desktop.ui.whats_due_model import WhatsDueModel
from desktop.ui.widgets import EmptyState
from tests.conftest import FIXED_TODAY

OVERDUE = "Ask the Young Farmers to host a talk on stress at the next social."


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(home, "today", lambda: FIXED_TODAY)


def action_row(db_path, description: str) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT status, done_date FROM action WHERE description = ?", (description,)
        ).fetchone()
    finally:
        conn.close()


def descriptions(area: home.HomeArea) -> list[str]:
    model = area.model
    return [model.action_at(r).description for r in range(model.rowCount())]


def test_first_start_shows_the_welcome(main_window) -> None:
    area = main_window.area("home")
    assert isinstance(area.empty, EmptyState)
    assert area.stack.currentWidget() is area.empty and area.empty.isVisible()


def test_demo_home_shows_the_overdue_action_in_words_and_colour(demo_database, main_window) -> None:
    area = main_window.area("home")
    area.refresh()
    assert area.overdue_panel.texts()[0].startswith(OVERDUE)
    assert "Priya Shah" in area.overdue_panel.texts()[0]
    assert "7 days overdue" in area.overdue_panel.texts()[0]
    assert (
        area.meetings_panel.texts()[0] == "7 Dec 2026: North Devon Health and Wellbeing Partnership"
    )
    model = area.model
    assert model.action_at(0).description == OVERDUE
    due = model.index(0, WhatsDueModel.DUE)
    assert model.data(due) == "21 Nov 2026 (overdue by 7 days)"
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) is not None
    assert area.table.isVisible() and not area.due_empty.isVisible()


def test_ticking_an_action_done_by_mouse_records_today(demo_database, main_window, qtbot) -> None:
    area = main_window.area("home")
    area.refresh()
    table = area.table
    index = area.model.index(0, WhatsDueModel.DONE)
    table.scrollTo(index)
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    check = table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table
    )
    with qtbot.waitSignal(main_window.hub.changed, timeout=2000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=check.center())
    db = main_window.hub.paths.database
    assert action_row(db, OVERDUE) == ("done", FIXED_TODAY.isoformat())
    assert OVERDUE not in descriptions(area)
    assert not any(t.startswith(OVERDUE) for t in area.overdue_panel.texts())
    assert main_window.statusBar().currentMessage() == f"Marked done: {OVERDUE}"


def test_by_keyboard_show_done_then_untick_to_reopen(demo_database, main_window, qtbot) -> None:
    area = main_window.area("home")
    area.refresh()
    table = area.table
    table.setFocus()
    table.setCurrentIndex(area.model.index(0, WhatsDueModel.DONE))
    with qtbot.waitSignal(main_window.hub.changed, timeout=2000):
        qtbot.keyClick(table, Qt.Key.Key_Space)
    db = main_window.hub.paths.database
    assert action_row(db, OVERDUE)[0] == "done"
    area.show_done.setChecked(True)
    row = descriptions(area).index(OVERDUE)
    assert row == len(descriptions(area)) - 1  # done ones come last
    table.setCurrentIndex(area.model.index(row, WhatsDueModel.DONE))
    with qtbot.waitSignal(main_window.hub.changed, timeout=2000):
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert action_row(db, OVERDUE) == ("open", None)
    area.show_done.setChecked(False)
    assert descriptions(area)[0] == OVERDUE


def test_filter_by_owner_and_partnership(demo_database, main_window, qtbot) -> None:
    area = main_window.area("home")
    area.refresh()
    owners = [area.owner_filter.itemText(i) for i in range(area.owner_filter.count())]
    assert owners[0] == "Everyone" and "Tom Brayley" in owners
    area.owner_filter.setCurrentIndex(owners.index("Tom Brayley"))
    assert descriptions(area) == ["Send the board our survey of village transport to appointments."]
    area.refresh()  # a refresh keeps the choice
    assert area.owner_filter.currentText() == "Tom Brayley" and area.model.rowCount() == 1
    partnerships = area.partnership_filter
    partnerships.setCurrentIndex(
        partnerships.findText("North Devon Health and Wellbeing Partnership")
    )
    assert area.model.rowCount() == 1
    area.owner_filter.setCurrentIndex(0)
    assert area.model.rowCount() >= 3
    assert all(
        area.model.action_at(r).partnership == "North Devon Health and Wellbeing Partnership"
        for r in range(area.model.rowCount())
    )


def test_each_panel_says_when_there_is_nothing(database, main_window) -> None:
    from desktop.store.models import GroupProfile

    with database.session() as s:
        s.add(GroupProfile(name="Tiny Group"))
    area = main_window.area("home")
    area.refresh()
    assert area.meetings_panel.texts() == ["No meetings coming up."]
    assert area.overdue_panel.texts() == ["Nothing is overdue."]
    assert area.reviews_panel.texts() == ["No reviews are due."]
    assert area.requests_panel.texts() == ["No resource requests are waiting."]
    assert area.model.rowCount() == 0
    assert area.due_empty.isVisible() and "No actions to do" in area.due_empty.text()


def test_a_review_due_and_a_request_waiting_appear(demo_database, main_window) -> None:
    from desktop.store.models import Partnership, ResourceNeed

    with demo_database.session() as s:
        s.add(Partnership(name="Food Network", status="active"))
        s.add(
            ResourceNeed(
                description="Bus fares",
                status="requested",
                asked_of="The council",
                requested_date=FIXED_TODAY - timedelta(3),
            )
        )
    area = main_window.area("home")
    area.refresh()
    assert "Food Network: never reviewed" in area.reviews_panel.texts()
    assert "Bus fares (general): requested, asked of The council" in area.requests_panel.texts()


def test_every_control_on_home_has_a_name(demo_database, main_window) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    area = main_window.area("home")
    area.refresh()
    buddies = {label.buddy() for label in area.findChildren(QLabel) if label.buddy()}
    for widget in area.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(area):
            continue
        if widget.parent() is not None and widget.parent().inherits("QAbstractScrollArea"):
            continue  # a viewport or scroll bar, named through its view
        if widget.inherits("QScrollBar") or widget.inherits("QScrollArea"):
            continue
        assert widget.accessibleName() or widget in buddies, widget


def test_one_day_overdue_is_said_in_the_singular(database, main_window) -> None:
    from desktop.store.models import Action, GroupProfile

    with database.session() as s:
        s.add(GroupProfile(name="Tiny Group"))
        s.add(Action(description="Post the minutes", due_date=FIXED_TODAY - timedelta(1)))
    area = main_window.area("home")
    area.refresh()
    assert area.overdue_panel.texts() == ["Post the minutes (no one named, general): 1 day overdue"]
    assert area.model.data(area.model.index(0, WhatsDueModel.DUE)) == (
        "27 Nov 2026 (overdue by 1 day)"
    )


def test_the_summary_counts_with_the_right_nouns(database, main_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 21: counts said "1 partnerships"; Qt's plural forms give "1 partnership"."""
    from desktop.domain.partnership_rules import PartnershipInput
    from desktop.domain.record_rules import GroupInput
    from desktop.services.group import save_group_profile
    from desktop.services.partnerships import create_partnership

    with database.session() as session:
        save_group_profile(session, GroupInput(name="Friends of the Park"))
        create_partnership(session, PartnershipInput(name="Park Forum", status="active"))
    area = main_window.area("home")
    area.refresh()
    assert area.summary.text() == (
        "1 partnership (1 active, 0 being considered). 0 actions to do, 0 overdue."
    )
