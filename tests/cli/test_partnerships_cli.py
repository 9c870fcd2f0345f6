"""``partnerbook import-partnerships`` and ``partnerbook list``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main

TEMPLATE = Path(__file__).parents[2] / "resources" / "templates" / "partnerships-template.csv"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def partnership_count(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    try:
        return int(conn.execute("SELECT count(*) FROM partnership").fetchone()[0])
    finally:
        conn.close()


def test_import_the_template_then_list_it(data_dir: Path, capsys) -> None:
    code, out, err = run(capsys, "import-partnerships", str(TEMPLATE))
    assert code == 0, err
    assert "Imported 2 partnerships from partnerships-template.csv." in out
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert "Example Youth Hub Steering Group: Considering; our role: sub-group member" in out
    assert "4 partners; next meeting 12 Jan 2027" in out


def test_list_json_has_every_field_and_the_partners(data_dir: Path, capsys) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "list", "--json")
    records = json.loads(out)
    # Four: with the demo's farmers' task force, closed and archived (issue 17).
    assert code == 0 and len(records) == 4
    first = next(r for r in records if r["name"] == "Holsworthy Youth Hub Steering Group")
    for key in ("uuid", "name", "short_name", "purpose", "current_focus", "scale", "area",
                "formality", "basis", "duration", "status", "start_date", "end_date",
                "lead_body", "fundholder", "meeting_frequency", "next_meeting",
                "papers_location", "has_vcs_budget", "vcs_budget_pence", "archived_at",
                "themes", "seat", "partners"):  # fmt: skip
        assert key in first, key
    assert first["name"] == "Holsworthy Youth Hub Steering Group"
    assert first["seat"]["our_role"] == "subgroup_member"
    assert {"name": "Petroc College", "sector": "education", "role": "Member"}.items() <= first[
        "partners"
    ][1].items()


def test_dry_run_writes_nothing(data_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "import-partnerships", str(TEMPLATE), "--dry-run")
    assert code == 0 and "Ready to import 2 partnerships" in out and "dry run" in out
    # Issue 21: not even the data, backups or logs folder is made (they were before).
    assert not data_dir.exists()


def test_dry_run_on_held_records_checks_names_and_changes_nothing(data_dir: Path, capsys) -> None:
    run(capsys, "import-partnerships", str(TEMPLATE))
    before = {p: p.stat().st_mtime_ns for p in data_dir.rglob("*") if p.is_file()}
    code, out, _ = run(capsys, "import-partnerships", str(TEMPLATE), "--dry-run")
    assert code == 1 and "already" in out  # the same names are held already
    assert {p: p.stat().st_mtime_ns for p in data_dir.rglob("*") if p.is_file()} == before
    assert partnership_count(data_dir) == 2


def test_list_shows_ids_and_commands_take_an_id_a_name_or_a_unique_part(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "list", "--json")
    ids = {r["name"]: r["id"] for r in json.loads(out)}
    forum = ids["Torridge Rural Transport Forum"]
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert f"{forum}  Torridge Rural Transport Forum: " in out
    for typed in (str(forum), "torridge rural transport forum", "Transport"):
        code, out, err = run(capsys, "brief", typed, "--out", str(tmp_path / "brief.pdf"))
        assert code == 0, err
        assert "Saved the brief for Torridge Rural Transport Forum" in out
    # "ing" is in two names: both are listed with their ids, nothing is done.
    code, out, err = run(capsys, "partnerships", "set-framework", "ing", "--reviews", "x")
    assert code == 1
    assert f"{ids['Holsworthy Youth Hub Steering Group']}  Holsworthy Youth Hub" in err
    assert f"{ids['North Devon Health and Wellbeing Partnership']}  North Devon" in err
    assert "Give its id, or more of its name." in err
    out_file = str(tmp_path / "r.pdf")
    code, _, err = run(
        capsys, "export-return", "--period", "2026-27", "--partnership", "Exmoor", "--out", out_file
    )
    assert code == 1 and "no partnership with the id or name “Exmoor”" in err
    assert "'partnerbook list' shows each one with its id" in err
    assert not (tmp_path / "r.pdf").exists()


def test_rows_with_problems_are_printed_and_nothing_is_written(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "ours.csv"
    path.write_text("Name,Start,Status\nFood Network,31/02/2026,Active\nForum,,Maybe\nHub,,\n")
    code, out, _ = run(capsys, "import-partnerships", str(path))
    assert code == 1
    assert "ours.csv, row 2: Start date: '31/02/2026' is not a real date." in out
    assert "ours.csv, row 3: Status: 'Maybe' is not one we know." in out
    assert "Nothing was imported: rows with problems: 2." in out
    assert partnership_count(data_dir) == 0
    code, out, _ = run(capsys, "import-partnerships", str(path), "--json")
    report = json.loads(out)
    assert code == 1 and report["written"] is False
    assert [r["ok"] for r in report["rows"]] == [False, False, True]
    assert report["rows"][0]["problems"][0]["field"] == "start_date"
    code, out, _ = run(capsys, "import-partnerships", str(path), "--skip-bad-rows")
    # Issue 21: "Imported 1 partnerships"; counts now take the right noun.
    assert code == 0 and "Imported 1 partnership from" in out and "Left out 2 rows" in out
    assert partnership_count(data_dir) == 1


def test_a_bad_file_gives_a_plain_message(data_dir: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("hello")
    code, _, err = run(capsys, "import-partnerships", str(path))
    assert code == 1
    assert "“fake.xlsx” cannot be imported: it is not an Excel workbook" in err
    assert "Traceback" not in err


def test_missing_name_column(data_dir: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("Colour,Size\nred,big\n")
    code, out, _ = run(capsys, "import-partnerships", str(path))
    assert code == 1
    assert "These columns are not imported: Colour, Size." in out
    assert "No column holds the partnership name" in out
    assert "Nothing was imported." in out


def test_list_with_no_database(data_dir: Path, capsys) -> None:
    code, _, err = run(capsys, "list")
    assert code == 1 and "no records" in err
