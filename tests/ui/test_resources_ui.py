"""Resource needs journeys: add, bad input, through to received, skips, totals, rates,
the unmet view, and a meeting's time and travel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.domain.changes import Change
from desktop.store.models import Attendance, Meeting, Partnership, Person, ResourceNeed
from desktop.ui.cost_dialogs import MeetingCostsDialog
from desktop.ui.resource_dialogs import NeedDialog, StatusDialog


@pytest.fixture
def seeded(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        p = Partnership(name="Rural Transport Forum")
        a, b = Person(full_name="Ann"), Person(full_name="Bob")
        session.add_all([p, a, b])
        session.flush()
        meeting = Meeting(
            partnership_id=p.id, meeting_date=date(2026, 10, 5), title="Forum", hours=3
        )
        meeting.attendance = [
            Attendance(person_id=a.id, status="attended", miles=20),
            Attendance(person_id=b.id, status="attended", miles=8),
        ]
        session.add(meeting)
        session.flush()
        return {"p": p.id, "meeting": meeting.id}


def _needs(database) -> list[ResourceNeed]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return list(session.scalars(select(ResourceNeed).order_by(ResourceNeed.id)))


def _add_dialog(qtbot, area) -> NeedDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, NeedDialog)
    return dialog


def _ok_button(dialog):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_add_a_need_and_take_it_to_received(qtbot, seeded, main_window, database) -> None:  # type: ignore[no-untyped-def]
    area = main_window.show_area("resources")
    dialog = _add_dialog(qtbot, area)
    dialog.partnership.setCurrentIndex(dialog.partnership.findData(seeded["p"]))
    dialog.category.setCurrentIndex(dialog.category.findData("care"))
    qtbot.keyClicks(dialog.description, "Replacement care so our carer can attend")
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "3")
    dialog.unit_cost.clear()
    qtbot.keyClicks(dialog.unit_cost, "£12.50")
    assert "£37.50" in dialog.worked_out.text()
    qtbot.keyClicks(dialog.asked_of, "Devon County Council")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    (need,) = _needs(database)
    assert (need.estimated_pence, need.status, need.partnership_id) == (
        3750,
        "identified",
        seeded["p"],
    )
    assert area.model.data(area.model.index(0, area.model.ESTIMATE)) == "£37.50"
    assert area.selected_need().id == need.id

    for target, amount in (("requested", ""), ("partly_agreed", "30"), ("received", "")):
        qtbot.mouseClick(area.status_button, Qt.MouseButton.LeftButton)
        status = area.dialog
        assert isinstance(status, StatusDialog)
        status.target.setCurrentIndex(status.target.findData(target))
        qtbot.keyClicks(status.amount, amount)
        with qtbot.waitSignal(status.finished):
            qtbot.mouseClick(_ok_button(status), Qt.MouseButton.LeftButton)
    (need,) = _needs(database)
    assert need.status == "received"
    assert (need.agreed_pence, need.received_pence) == (3000, 3000)
    assert need.requested_date and need.decided_date and need.received_date
    total = area.totals_model.row_for("Rural Transport Forum")
    assert (total.estimated, total.agreed, total.received, total.unmet) == (3750, 3000, 3000, 0)
    assert area.model.data(area.model.index(0, area.model.STATUS)) == "Received"


@pytest.mark.parametrize(
    ("field", "text", "fragment"),
    [
        ("quantity", "0", "more than zero"),
        ("quantity", "-2", "more than zero"),
        ("estimate", "-5", "negative"),
        ("estimate", "lots", "not an amount"),
        ("unit_cost", "3.999", "two figures"),
    ],
)
def test_bad_input_shown_by_the_field_nothing_saved(
    qtbot, seeded, main_window, database, field, text, fragment
) -> None:  # type: ignore[no-untyped-def]
    area = main_window.show_area("resources")
    dialog = _add_dialog(qtbot, area)
    qtbot.keyClicks(dialog.description, "Taxi")
    getattr(dialog, field).clear()
    qtbot.keyClicks(getattr(dialog, field), text)
    if field != "estimate":
        qtbot.keyClicks(dialog.estimate, "10")
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert fragment in dialog.problem_text(field)
    assert getattr(dialog, field).text() == text  # kept as typed
    assert dialog.description.text() == "Taxi"
    assert _needs(database) == []


def _need_row(qtbot, area, database, status: str = "identified") -> int:  # type: ignore[no-untyped-def]
    from desktop.domain.ledger import NeedInput
    from desktop.services import resources

    def work(session):  # type: ignore[no-untyped-def]
        need = resources.add_need(session, NeedInput(description="Laptop", estimated_pence=45000))
        if status != "identified":
            resources.move_status(session, need.id, status, confirm_skip=True)
        return need.id

    need_id = area.hub.write(work, Change.RESOURCES)
    assert area.select_need(need_id)
    return need_id


def test_skip_needs_confirmation(
    qtbot, seeded, main_window, database, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    area = main_window.show_area("resources")
    _need_row(qtbot, area, database)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(area.status_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    dialog.target.setCurrentIndex(dialog.target.findData("received"))
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "skips “Requested” and “Agreed”" in dialog.problem_text("status")
    assert _needs(database)[0].status == "identified"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    need = _needs(database)[0]
    assert need.status == "received"
    assert need.requested_date == need.decided_date == need.received_date


def test_unmet_view_and_totals_by_year(qtbot, seeded, main_window, database) -> None:  # type: ignore[no-untyped-def]
    area = main_window.show_area("resources")
    for status in ("identified", "requested", "agreed", "declined"):
        _need_row(qtbot, area, database, status)
    area.view_choice.setCurrentIndex(area.view_choice.findData("unmet"))
    shown = {area.model.need(r).status for r in range(area.model.rowCount())}
    assert shown == {"requested", "agreed"}
    assert "£900.00" in area.summary.text()
    area.grouping.setCurrentIndex(area.grouping.findData("financial_year"))
    label = area.totals_model.data(area.totals_model.index(0, 0))
    assert label.count("-") == 1 and len(label) == 7  # e.g. 2026-27
    assert area.totals_model.row_for("All").estimated == 4 * 45000


def test_rates_dialog(qtbot, seeded, main_window, database) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.resources import get_rates

    area = main_window.show_area("resources")
    qtbot.mouseClick(area.rates_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert dialog.mileage.text() == "0.45"
    dialog.mileage.clear()
    qtbot.keyClicks(dialog.mileage, "-1")
    dialog.hourly.clear()
    qtbot.keyClicks(dialog.hourly, "15")
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "negative" in dialog.problem_text("mileage_rate")
    with database.session() as session:
        assert get_rates(session).hourly_pence == 1271  # all or nothing
    dialog.mileage.clear()
    qtbot.keyClicks(dialog.mileage, "0.50")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    with database.session() as session:
        rates = get_rates(session)
    assert (rates.mileage_pence, rates.hourly_pence) == (50, 1500)
    # A new travel need now suggests the new rate.
    add = _add_dialog(qtbot, area)
    add.unit.setCurrentIndex(add.unit.findData("miles"))
    assert add.unit_cost.text() == "0.50"


def test_meeting_time_and_travel_added_with_one_call(qtbot, seeded, hub, database) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cost_dialogs import add_meeting_costs

    def fill() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MeetingCostsDialog)
        assert dialog.hours.text() == "3"
        qtbot.keyClicks(dialog.miles, "24")
        qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    assert add_meeting_costs(None, hub, seeded["meeting"]) is True
    needs = _needs(database)
    assert [(n.category, n.quantity, n.estimated_pence) for n in needs] == [
        ("time", 3, 3813),
        ("travel", 24, 1080),
        ("time", 3, 3813),
        ("travel", 24, 1080),
    ]
    # A second time is refused plainly, with nothing added.
    dialog = MeetingCostsDialog(hub, seeded["meeting"])
    qtbot.addWidget(dialog)
    assert "already recorded" in dialog.problem_text("")
    assert not _ok_button(dialog).isEnabled()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ResourceNeed)) == 4
