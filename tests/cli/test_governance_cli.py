"""Issue 17, item 10 from the command line: ``list --json`` gives every field of the
partnership record (every table of it, found from the models, with children one level
down; people by id only), and the spreadsheet import sets where a partnership sits, its
vision, goal, principles and report-back rhythm, refusing a loop in plain words."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.models import Base


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


HEADERS = ["Name", "Sits under", "Vision", "Shared goal", "Principles", "How often we report back"]


def test_list_json_gives_every_table_of_the_record(data_dir: Path, capsys) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    records = {r["name"]: r for r in json.loads(out)}
    board = records["North Devon Health and Wellbeing Partnership"]
    # Every table that belongs to a partnership is there, by its name.
    own = {
        t.name
        for t in Base.metadata.sorted_tables
        if "partnership_id" in t.c and t.name not in ("partner", "seat", "partnership_theme")
    }
    assert own <= board.keys(), own - board.keys()
    for key in ("vision", "goal", "principles", "parent_id"):
        assert key in board
    assert board["seat"]["report_back_every"] == ""
    reps = board["seat"]["representative"]
    assert reps and {"person_id", "role", "term_start"} <= reps[0].keys()
    assert len(board["risk"]) == 2 and board["risk"][0]["likelihood"] == 4
    assert board["report_back"] and board["learning_entry"][0]["shared_with"]
    meeting = board["meeting"][0]
    assert "attendance" in meeting and {"person_id", "status"} <= meeting["attendance"][0].keys()
    assert "joined_on" in board["partners"][0]  # every column of a partner too
    force = records["Farmers' Wellbeing Task Force"]
    assert force["parent_id"] == board["id"] and force["archived_at"]
    assert force["closure"]["reason"] == "It did the job it was set up for, on time."
    assert records["Torridge Rural Transport Forum"]["seat"]["report_back_every"] == "quarterly"
    # People stay out of a listing: no name or contact detail of any person.
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    people = [r for r in conn.execute("SELECT full_name, email, phone FROM person")]
    conn.close()
    for name, email, phone in people:
        for detail in (name, email, phone):
            assert not detail or detail not in out, detail


def test_import_sets_the_structure_and_refuses_a_loop(
    data_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    looped = write_csv(
        tmp_path / "loop.csv",
        [
            HEADERS,
            ["City Board", "Housing Task Force", "", "", "", ""],
            ["Housing Task Force", "City Board", "", "", "", ""],
            ["Youth Forum", "Nowhere Partnership", "", "", "", ""],
        ],
    )
    code, out, err = run(capsys, "import-partnerships", str(looped))
    said = out + err
    assert code != 0
    assert "would go round in a circle" in said
    assert "there is no partnership called 'Nowhere Partnership'" in said
    assert not (data_dir / "partnerbook.db").exists() or _count(data_dir) == 0
    good = write_csv(
        tmp_path / "good.csv",
        [
            HEADERS,
            ["Housing Task Force", "City Board", "", "", "", "Every three months"],
            ["City Board", "", "A home for everyone", "End rough sleeping", "Open books", ""],
        ],
    )
    code, out, err = run(capsys, "import-partnerships", str(good))
    assert code == 0, err
    code, out, _ = run(capsys, "list", "--json")
    records = {r["name"]: r for r in json.loads(out)}
    board, force = records["City Board"], records["Housing Task Force"]
    assert force["parent_id"] == board["id"] and board["parent_id"] is None
    assert (board["vision"], board["goal"], board["principles"]) == (
        "A home for everyone",
        "End rough sleeping",
        "Open books",
    )
    assert force["seat"]["report_back_every"] == "quarterly"


def _count(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    try:
        return int(conn.execute("SELECT count(*) FROM partnership").fetchone()[0])
    finally:
        conn.close()
