"""People are people, in the window (issue 21, item 2): typing a representative's name that
is already known asks "the same person, or a new one?", and Edit → People shows records
that may be one person and merges them, keeping every link."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services import seats
from desktop.services.partnerships import create_partnership
from desktop.store.models import Person, Representative
from desktop.ui.people import PeopleDialog
from tests.ui.partnership_helpers import press, type_line


@pytest.fixture
def known(database):  # type: ignore[no-untyped-def]
    """Sam Okafor already represents us on the Youth Hub; the Food Network is new."""
    with database.session() as s:
        hub_id = create_partnership(s, PartnershipInput(name="Youth Hub")).id
        rep = seats.add_representative(s, hub_id, "Sam Okafor")
        sam = s.get_one(Representative, rep).person_id
        food = create_partnership(s, PartnershipInput(name="Food Network")).id
    return sam, food


def _add_rep(main_window, qtbot, pid: int, name: str):  # type: ignore[no-untyped-def]
    area = main_window.show_area("partnerships")
    area.open_partnership(pid)
    page = area.page
    page.show_section("seat")
    tab = page.seat
    press(qtbot, tab.representatives.add_button)
    type_line(qtbot, tab.representatives.form.widgets["full_name"], name)
    return tab


def _people(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return int(s.scalar(select(func.count()).select_from(Person)) or 0)


def test_a_known_name_is_linked_to_that_person(
    known, database, main_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    sam, food = known
    asked: list[list[str]] = []

    def pick_first(_parent, _title, label, items, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick_first)
    tab = _add_rep(main_window, qtbot, food, "sam okafor")
    assert asked and "Sam Okafor" in asked[0][0] and "Youth Hub" in asked[0][0]
    assert asked[0][-1] == "No: sam okafor is a new person"
    assert _people(database) == 1  # the record made for the new row went
    with database.session() as s:
        rep = s.scalars(
            select(Representative).where(Representative.seat_id == seats.seat_of(s, food).id)
        ).one()
        assert rep.person_id == sam
    assert "Sam Okafor" in tab.representatives.list.currentItem().text()


def test_a_new_person_of_the_same_name_is_a_clear_choice(
    known, database, main_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _sam, food = known
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[-1], True)
    )
    _add_rep(main_window, qtbot, food, "Sam Okafor")
    assert _people(database) == 2


def test_duplicates_are_shown_and_merged(database, main_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        for name in ("Youth Hub", "Transport Forum", "Food Network"):
            pid = create_partnership(s, PartnershipInput(name=name)).id
            seats.add_representative(s, pid, "Sam Okafor")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = PeopleDialog(main_window.hub)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.duplicates.isVisible()
    assert "Sam Okafor (3 records)" in dialog.duplicates.text()
    assert dialog.model.rowCount() == 3
    press(qtbot, dialog.merge_button)
    assert _people(database) == 1 and dialog.model.rowCount() == 1
    assert not dialog.duplicates.isVisible() and not dialog.merge_button.isEnabled()
    with database.session() as s:
        assert len({r.person_id for r in s.scalars(select(Representative))}) == 1
        assert s.scalar(select(func.count()).select_from(Representative)) == 3


def test_a_contact_at_a_partner_can_be_someone_already_known(
    known, database, main_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import partners as partner_service
    from desktop.store.models import PartnerContact

    sam, food = known
    with database.session() as s:
        partner_service.add_partners_from_text(s, food, "Devon County Council - statutory")
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[0], True)
    )
    area = main_window.show_area("partnerships")
    area.open_partnership(food)
    page = area.page
    page.show_section("partners")
    tab = page.partners
    tab.partners.list.setCurrentRow(0)
    press(qtbot, tab.contacts.add_button)
    type_line(qtbot, tab.contacts.form.widgets["full_name"], "Sam Okafor")
    with database.session() as s:
        assert s.scalars(select(PartnerContact)).one().person_id == sam
    assert _people(database) == 1
