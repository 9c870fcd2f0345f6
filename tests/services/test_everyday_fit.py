"""What partnerships really have fits (issue 21, item 7): pasted lists, "Not known" sectors,
themes matched by meaning, "In progress" actions and when they were really done, "City"."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.domain.record_rules import list_items, parse_partner_lines
from desktop.domain.spreadsheet_rows import read_themes, theme_notes
from desktop.domain.theme_match import match_theme
from desktop.domain.vocab import ActionStatus, Scale, Sector
from desktop.services import partners, rows
from desktop.services.partnerships import create_partnership, update_partnership
from desktop.services.whats_due import due_actions
from desktop.store.models import Action, Organisation, Partnership


@pytest.fixture
def pid(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return create_partnership(s, PartnershipInput(name="Youth Hub")).id


def test_a_pasted_list_splits_on_lines_semicolons_and_bullets() -> None:
    assert list_items("Devon County Council; NHS Devon (statutory; chair);  Age UK") == [
        "Devon County Council",
        "NHS Devon (statutory; chair)",
        "Age UK",
    ]
    pasted = (
        "• Devon County Council\n• NHS Devon - statutory\n\n- Age UK Devon\n"
        "1. GP practices\n2) Schools"
    )
    assert list_items(pasted) == [
        "Devon County Council",
        "NHS Devon - statutory",
        "Age UK Devon",
        "GP practices",
        "Schools",
    ]
    # Commas stay inside a name.
    assert list_items("Devon County Council, Public Health") == [
        "Devon County Council, Public Health"
    ]


def test_a_semicolon_list_is_no_longer_one_long_name(database, pid) -> None:  # type: ignore[no-untyped-def]
    """Issue 21: pasting "A; B; C" said "the name is too long"."""
    names = "; ".join(f"Parish council number {n} of the Torridge district" for n in range(12))
    lines, problems = parse_partner_lines(names)
    assert problems == [] and len(lines) == 12
    with database.session() as s:
        partners.add_partners_from_text(
            s, pid, "Devon County Council - statutory; Petroc; • Age UK"
        )
        listed = {p["name"]: p["sector"] for p in partners.partners_of(s, pid)}
    # A partner with no sector given is "Not known", never "Other".
    assert listed == {
        "Devon County Council": "statutory",
        "Petroc": "not_known",
        "Age UK": "not_known",
    }
    assert Sector.label_of("not_known") == "Not known"


def test_a_sector_given_later_fills_in_not_known(database, pid) -> None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        partners.add_partners_from_text(s, pid, "Petroc")
        partners.add_partners_from_text(s, pid, "Petroc - education")
        org = s.scalars(select(Organisation)).one()
        assert org.sector == "education"


@pytest.mark.parametrize(
    ("typed", "theme"),
    [
        ("Antisocial behaviour", "Community safety and antisocial behaviour"),
        ("Anti-social behaviour", "Community safety and antisocial behaviour"),
        ("ASB", "Community safety and antisocial behaviour"),
        ("Health & wellbeing", "Health and wellbeing"),
        ("Young people", "Children and young people"),
        ("Transport links", "Transport"),
        ("Homelessness", None),
    ],
)
def test_imported_themes_match_built_in_ones_by_meaning(typed: str, theme: str | None) -> None:
    assert match_theme(typed).theme == theme


def test_an_unclear_theme_is_kept_and_the_built_in_ones_offered() -> None:
    found = match_theme("Health")
    assert found.theme is None and set(found.offered) == {"Health and wellbeing", "Mental health"}
    text = "Antisocial behaviour; Health; Homelessness"
    assert read_themes(text) == [
        "Community safety and antisocial behaviour",
        "Health",
        "Homelessness",
    ]
    [note] = theme_notes(text)
    assert "“Health” is kept as typed" in note.text() and "Mental health" in note.text()


def test_city_is_a_scale(database, pid) -> None:  # type: ignore[no-untyped-def]
    assert "city" in Scale.codes()
    with database.session() as s:
        update_partnership(s, pid, PartnershipInput(name="Youth Hub", scale="city"))
    with database.session() as s:
        assert s.get_one(Partnership, pid).scale == "city"


def test_an_action_in_progress_is_still_due_and_its_done_date_can_be_put_right(
    database, pid
) -> None:  # type: ignore[no-untyped-def]
    with database.session() as s:
        action_id = rows.add_row(
            s,
            "action",
            pid,
            {"description": "Book the hall", "status": "in_progress", "due_date": date(2026, 1, 5)},
        )
    conn = sqlite3.connect(database.path)
    try:
        [due] = due_actions(conn, date(2026, 2, 1))
    finally:
        conn.close()
    # Still to finish: listed, and overdue like any open action.
    assert due.description == "Book the hall" and due.is_open()
    assert due.days_overdue(date(2026, 2, 1)) > 0
    with database.session() as s:
        rows.update_row(s, "action", action_id, {"status": ActionStatus.DONE.value})
        assert s.get_one(Action, action_id).done_date is not None
        # It was really done a week earlier than it was ticked.
        rows.update_row(s, "action", action_id, {"done_date": date(2026, 1, 29)})
        assert s.get_one(Action, action_id).done_date == date(2026, 1, 29)
        # Back to "In progress": the done date goes; saying when it was done marks it done.
        rows.update_row(s, "action", action_id, {"status": "in_progress"})
        assert s.get_one(Action, action_id).done_date is None
        rows.update_row(s, "action", action_id, {"done_date": date(2026, 1, 30)})
        action = s.get_one(Action, action_id)
        assert (action.status, action.done_date) == ("done", date(2026, 1, 30))


def test_the_command_line_import_offers_built_in_themes(tmp_path, data_dir, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.cli import main

    sheet = tmp_path / "ours.csv"
    sheet.write_text("Name,Themes\nYouth Hub,Antisocial behaviour; Health\n", encoding="utf-8")
    assert main(["import-partnerships", str(sheet), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 2: Theme “Health” is kept as typed; it may be one of ours:" in out
    assert "Antisocial" not in out  # clear: matched, nothing to say
