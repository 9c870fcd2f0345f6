"""One person, one record (issue 21, item 2): the same representative on three partnerships
made four "Sam Okafor"s; now a role can point at someone already known, duplicates are found
and merged keeping every link, and export and forget then reach everyone."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.domain.person_names import name_key
from desktop.services import meetings, rows, seats
from desktop.services.partnerships import InvalidInput, create_partnership
from desktop.services.people_merge import (
    link_representative,
    merge_people,
    people_named,
    possible_duplicates,
)
from desktop.services.privacy import forget_person, person_record
from desktop.store.models import Action, Attendance, Person, Representative


@pytest.fixture
def three(database):  # type: ignore[no-untyped-def]
    """Sam Okafor typed on three partnerships, and once more as a meeting's action owner:
    the four records the old way made."""
    with database.session() as s:
        pids = [
            create_partnership(s, PartnershipInput(name=name)).id
            for name in ("Youth Hub", "Transport Forum", "Food Network")
        ]
        reps = [seats.add_representative(s, pid, "Sam Okafor") for pid in pids]
        reps.append(seats.add_representative(s, pids[0], "sam  okafor.", role="deputy"))
        people = [s.get_one(Representative, r).person_id for r in reps]
        meeting = meetings.record_meeting(
            s, pids[1], date(2026, 5, 1), attendance={people[1]: "attended"}
        )
        rows.add_meeting_action(s, meeting, "Send the minutes", "Sam", date(2026, 6, 1))
        action = s.scalars(select(Action)).one()
        action.owner_person_id = people[2]
        s.get_one(Person, people[2]).email = "sam@example.org"
        return pids, reps, people


def test_names_are_compared_as_a_person_reads_them() -> None:
    assert name_key("Cllr Sam  Okafor.") == name_key("sam okafor")
    assert name_key("Samantha Okafor") != name_key("Sam Okafor")


def test_duplicates_are_found_and_merged_keeping_every_link(database, three) -> None:  # type: ignore[no-untyped-def]
    _pids, _reps, people = three
    with database.session() as s:
        [group] = possible_duplicates(s)
        assert sorted(p.id for p in group) == sorted(people)
        assert "Transport Forum" in " ".join(p.description() for p in group)
        result = merge_people(s, people[0], people[1:])
        assert result.merged == 3
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1
        sam = s.scalars(select(Person)).one()
        assert sam.id == people[0] and sam.email == "sam@example.org"
        # Every link now refers to the one person.
        assert {r.person_id for r in s.scalars(select(Representative))} == {sam.id}
        assert s.scalars(select(Attendance)).one().person_id == sam.id
        assert s.scalars(select(Action)).one().owner_person_id == sam.id
        assert possible_duplicates(s) == []
        record = person_record(s, sam.id)
        roles = {r["partnership"] for r in record["representative_roles"]}
        assert roles == {"Youth Hub", "Transport Forum", "Food Network"}
        assert record["meetings"] and record["actions"]
        # Forgetting now reaches every role they had.
        forget_person(s, sam.id)
    with database.session() as s:
        assert (
            s.scalar(
                select(func.count()).select_from(Person).where(Person.full_name.like("%Okafor%"))
            )
            == 0
        )


def test_merging_needs_two_people_and_refuses_the_forgotten(database, three) -> None:  # type: ignore[no-untyped-def]
    _pids, _reps, people = three
    with database.session() as s, pytest.raises(InvalidInput):
        merge_people(s, people[0], [people[0]])
    with database.session() as s:
        forget_person(s, people[3])
    with database.session() as s, pytest.raises(InvalidInput):
        merge_people(s, people[0], [people[3]])
    with database.session() as s:  # nothing was changed by the refusals
        assert s.scalar(select(func.count()).select_from(Person)) == 4


def test_a_new_seat_is_linked_to_someone_already_known(database, three) -> None:  # type: ignore[no-untyped-def]
    pids, _reps, people = three
    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Arts Forum")).id
        rep = seats.add_representative(s, pid, "New representative")
        placeholder = s.get_one(Representative, rep).person_id
        [known, *_] = people_named(s, "SAM OKAFOR", exclude_id=placeholder)
        link_representative(s, rep, known.id)
        assert s.get(Person, placeholder) is None  # the record made for the row went
        assert s.get_one(Representative, rep).person_id == known.id
        with pytest.raises(InvalidInput, match="already sits in this seat"):
            other = seats.add_representative(s, pids[0], "x")
            link_representative(s, other, people[0])


def test_an_owner_typed_by_name_is_that_person(database) -> None:  # type: ignore[no-untyped-def]
    """An action's owner typed as a known person's name is linked to them, so their
    export and forgetting reach the actions they own."""
    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Youth Hub")).id
        sam = s.get_one(Representative, seats.add_representative(s, pid, "Sam Okafor")).person_id
        meeting = meetings.record_meeting(s, pid, date(2026, 5, 1))
        action_id = rows.add_meeting_action(s, meeting, "Send the minutes", "", date(2026, 6, 1))
        rows.update_row(s, "action", action_id, {"owner_label": "sam okafor"})
        assert s.get_one(Action, action_id).owner_person_id == sam
        assert person_record(s, sam)["actions"]
        rows.update_row(s, "action", action_id, {"owner_label": "The council's officer"})
        assert s.get_one(Action, action_id).owner_person_id is None
