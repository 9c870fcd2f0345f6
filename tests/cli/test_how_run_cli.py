"""Issue 17, items 1-5 and 10 from the command line: ``list --json`` carries the rules,
offices, partners' joining and leaving, partners' attendance and decisions (people by id
only), and the spreadsheet import reads the rules columns, refusing what it cannot read."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.rules_import import read_quorum
from desktop.store.database import Database
from desktop.store.models import GovernanceRules, Partnership


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


HEADERS = [
    "Name",
    "Terms of reference",
    "Terms agreed on",
    "Terms review date",
    "Quorum",
    "How decisions are made",
    "Meetings a year",
    "Who may be a member",
]


def test_list_json_has_how_it_is_run_and_names_nobody(data_dir: Path, capsys) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    board = {r["name"]: r for r in json.loads(out)}["North Devon Health and Wellbeing Partnership"]
    rules = (
        board["governance_rules"][0]
        if isinstance(board["governance_rules"], list)
        else (board["governance_rules"])
    )
    assert (rules["quorum_kind"], rules["quorum_value"], rules["decision_method"]) == (
        "share",
        50,
        "casting_vote",
    )
    chair = next(o for o in board["office"] if o["kind"] == "chair")
    assert chair["organisation"] == "North Devon Council" and isinstance(chair["person_id"], int)
    police = next(p for p in board["partners"] if p["name"] == "Devon and Cornwall Police")
    assert police["left_on"] and police["left_reason"]
    assert any(p["partner_contact"] for p in board["partners"])
    assert any(m["partner_attendance"] for m in board["meeting"])
    assert len(board["decision"]) == 2
    for name in ("Helen Moss", "Sara Whitlock", "sara.whitlock@example.org"):
        assert name not in out


def test_the_rules_columns_are_imported(data_dir: Path, tmp_path: Path, capsys) -> None:
    sheet = write_csv(
        tmp_path / "p.csv",
        [
            HEADERS,
            ["Forum A", "Yes", "1/4/2024", "1 Apr 2027", "a third", "casting vote", "4", "Anyone"],
            ["Forum B", "no", "", "", "5 members", "By consensus", "", ""],
            ["Forum C", "", "", "", "40%", "", "", ""],
        ],
    )
    code, out, err = run(capsys, "import-partnerships", str(sheet))
    assert code == 0, out + err
    db = Database(data_dir / "partnerbook.db")
    with db.session() as s:
        stored = {
            name: rules
            for name, rules in s.execute(
                select(Partnership.name, GovernanceRules).join(
                    GovernanceRules, GovernanceRules.partnership_id == Partnership.id
                )
            )
        }
    a, b, c = stored["Forum A"], stored["Forum B"], stored["Forum C"]
    assert (a.has_terms, a.terms_date, a.terms_review_date) == (
        True,
        date(2024, 4, 1),
        date(2027, 4, 1),
    )
    assert (a.quorum_kind, a.quorum_value, a.decision_method, a.meetings_a_year) == (
        "share",
        34,
        "casting_vote",
        4,
    )
    assert a.membership_rule == "Anyone"
    assert (b.has_terms, b.quorum_kind, b.quorum_value, b.decision_method) == (
        False,
        "number",
        5,
        "consensus",
    )
    assert (c.quorum_kind, c.quorum_value) == ("share", 40)
    db.dispose()


def test_unreadable_rules_are_refused_row_by_row_and_nothing_is_added(
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    sheet = write_csv(
        tmp_path / "bad.csv",
        [
            HEADERS,
            ["Forum A", "perhaps", "", "", "", "", "", ""],
            ["Forum B", "", "31/02/2026", "", "most of them", "", "", ""],
            ["Forum C", "", "", "", "150%", "toss a coin", "four", ""],
            ["Forum D", "", "1/4/2026", "1/4/2025", "", "", "", ""],
        ],
    )
    code, out, err = run(capsys, "import-partnerships", str(sheet))
    said = out + err
    assert code == 1
    for words in (
        "Terms of reference: write Yes or No.",
        "Terms agreed on:",
        "Quorum: 'most of them' is not a quorum we can read.",
        "Quorum: A share of the members is 100% at most.",
        "How decisions are made: 'toss a coin' is not one we know.",
        "Meetings a year: write a whole number, such as 4.",
        "Terms review date: The review date is before the terms were agreed.",
    ):
        assert words in said, words
    code, out, _ = run(capsys, "list", "--json")
    assert json.loads(out) == []


def test_quorum_words() -> None:
    assert read_quorum("5") == ("number", 5)
    assert read_quorum("6 members") == ("number", 6)
    assert read_quorum("50 %") == ("share", 50)
    assert read_quorum("40 per cent of the members") == ("share", 40)
    assert read_quorum("Two thirds") == ("share", 67)
    assert read_quorum("lots") is None
