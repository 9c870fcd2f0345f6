"""Reading spreadsheet rows: guessing columns, choices, partner lists, and row problems."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.spreadsheet_rows import (
    IGNORE,
    check_rows,
    guess_mapping,
    ignored_columns,
    mapping_problems,
    read_partners,
    read_row,
    read_themes,
)


def test_guess_mapping_from_the_words_people_use() -> None:
    headers = ["Partnership", "Short name", "Purpose", "Themes", "STATUS", "Our role", "Area",
        "Start", "End", "Next meeting", "Lead", "Fund holder", "Partners", "Colour"]  # fmt: skip
    assert guess_mapping(headers) == [
        "name", "short_name", "purpose", "themes", "status", "our_role", "area",
        "start_date", "end_date", "next_meeting", "lead_body", "fundholder", "partners", IGNORE,
    ]  # fmt: skip
    assert ignored_columns(headers, guess_mapping(headers)) == ["Colour"]


def test_a_field_is_guessed_once_and_a_missing_name_is_said_plainly() -> None:
    mapping = guess_mapping(["Name", "Partnership", "Notes"])
    assert mapping == ["name", IGNORE, IGNORE]
    assert guess_mapping(["Title?", "Notes"]) == ["name", IGNORE]
    problems = mapping_problems(["Colour", "Size"], [IGNORE, IGNORE])
    assert len(problems) == 1 and "partnership name" in str(problems[0])
    twice = [str(m) for m in mapping_problems(["A", "B"], ["name", "name"])]
    assert twice == ["Both 'A' and 'B' are set to Name. Choose one of them."]


def test_choices_by_key_label_or_common_word() -> None:
    row = read_row(
        2,
        {
            "name": "Forum",
            "status": "On hold",
            "our_role": "Co-chair",
            "duration": "Time limited",
            "end_date": "31/03/2027",
            "scale": "COUNTY",
            "represents": "VCS",
        },
    )
    assert row.ok, row.problems
    assert (row.data.status, row.our_role, row.data.duration) == ("paused", "chair", "time_limited")
    assert (row.data.scale, row.represents) == ("county", "wider_sector")


def test_unknown_status_words_and_bad_dates_are_problems_on_that_row() -> None:
    row = read_row(
        7,
        {"name": "Forum", "status": "Sort of", "start_date": "31/02/2026", "next_meeting": "soon"},
    )
    messages = [p.message for p in row.problems]
    assert any("Status: 'Sort of' is not one we know" in m and "Considering" in m for m in messages)
    assert "Start date: '31/02/2026' is not a real date." in messages
    assert any(m.startswith("Next meeting: 'soon' is not a date") for m in messages)


def test_dates_from_excel_cells_and_an_end_date_means_time_limited() -> None:
    row = read_row(
        3, {"name": "Hub", "start_date": datetime(2026, 1, 5), "end_date": date(2027, 1, 1)}
    )
    assert row.ok
    assert (row.data.start_date, row.data.end_date) == (date(2026, 1, 5), date(2027, 1, 1))
    assert row.data.duration == "time_limited"
    backwards = read_row(4, {"name": "Hub", "start_date": "1/1/2027", "end_date": "1/1/2026"})
    assert [p.field for p in backwards.problems] == ["end_date"]


def test_partner_lists_with_sector_and_role_in_brackets() -> None:
    partners = read_partners(
        "Devon County Council (statutory, chair); Healthwatch (VCS); Petroc; devon county council"
    )
    assert [(p.name, p.sector, p.role) for p in partners] == [
        ("Devon County Council", "statutory", "chair"),
        ("Healthwatch", "voluntary", ""),
        ("Petroc", "", ""),
    ]
    commas = read_partners("Police (Statutory), Church (faith), Rugby Club")
    assert [p.name for p in commas] == ["Police", "Church", "Rugby Club"]


def test_themes_keep_the_list_spelling_and_own_themes() -> None:
    assert read_themes("mental health, Housing; Village halls; housing") == [
        "Mental health",
        "Housing",
        "Village halls",
    ]


def test_missing_name_duplicates_in_the_file_and_names_already_stored() -> None:
    rows = [
        (2, {"name": "Food Network"}),
        (3, {"name": ""}),
        (4, {"name": "food  network"}),
        (5, {"name": "Transport Forum"}),
    ]
    results = check_rows(rows, existing_names=["TRANSPORT FORUM"])
    assert results[0].ok
    assert [p.message for p in results[1].problems] == ["Give the partnership a name."]
    assert "same partnership is on row 2" in results[2].problems[0].message
    assert "already a partnership called 'Transport Forum'" in results[3].problems[0].message
