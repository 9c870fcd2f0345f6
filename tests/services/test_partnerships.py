"""Creating partnerships and partners through the service."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.partnerships import (
    InvalidInput,
    add_partner,
    create_partnership,
    update_partnership,
)
from desktop.store.models import Organisation, Partnership


def test_create_with_themes_and_a_seat(database) -> None:
    with database.session() as s:
        p = create_partnership(
            s, PartnershipInput(name="  Youth   Hub ", themes=["Skills", "Skills", " Leisure "])
        )
        pid = p.id
    with database.session() as s:
        p = s.get_one(Partnership, pid)
        assert p.name == "Youth Hub"
        assert [t.theme for t in p.themes] == ["Skills", "Leisure"]
        assert p.seat is not None and p.seat.our_role == "member"


def test_a_duplicate_name_is_refused_and_nothing_is_added(database) -> None:
    with database.session() as s:
        create_partnership(s, PartnershipInput(name="Youth Hub"))
    with pytest.raises(InvalidInput) as caught, database.session() as s:
        create_partnership(s, PartnershipInput(name="youth hub"))
    assert caught.value.problems[0].field == "name"
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Partnership)) == 1


def test_update_keeps_its_own_name_and_changes_themes(database) -> None:
    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Hub", themes=["Skills"])).id
    with database.session() as s:
        update_partnership(
            s, pid, PartnershipInput(name="Hub", themes=["Housing"], status="paused")
        )
    with database.session() as s:
        p = s.get_one(Partnership, pid)
        assert p.status == "paused" and [t.theme for t in p.themes] == ["Housing"]


def test_partners_share_one_organisation_across_partnerships(database) -> None:
    with database.session() as s:
        a = create_partnership(s, PartnershipInput(name="A")).id
        b = create_partnership(s, PartnershipInput(name="B")).id
        add_partner(s, a, "Devon County Council", "statutory", "Chair")
        add_partner(s, b, "devon county  council", "", "Member")
        again = add_partner(s, a, "Devon County Council", "", "Fundholder")
        assert again.role == "Fundholder"
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 1
        with pytest.raises(InvalidInput):
            add_partner(s, a, "  ")


def test_each_valid_field_is_saved_and_a_refused_one_says_why(database) -> None:
    from datetime import date

    from desktop.services.partnerships import save_valid_fields

    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Youth Hub")).id
    with database.session() as s:
        result = save_valid_fields(
            s,
            pid,
            {"duration": "time_limited", "meeting_frequency": "Monthly", "name": "Youth Hub"},
        )
    assert result.saved == ["meeting_frequency"]
    assert [p.message for p in result.refused["duration"]] == [
        "A time-limited partnership needs an end date."
    ]
    with database.session() as s:
        p = s.get_one(Partnership, pid)
        assert (p.duration, p.meeting_frequency) == ("ongoing", "Monthly")
        # Given the end date, the refused choice is accepted in the same save.
        result = save_valid_fields(
            s, pid, {"duration": "time_limited", "end_date": date(2028, 3, 31)}
        )
    assert sorted(result.saved) == ["duration", "end_date"] and result.refused == {}
    with database.session() as s:
        assert s.get_one(Partnership, pid).duration == "time_limited"
