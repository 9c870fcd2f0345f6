"""Scope and periods (issue 15, items 1 and 2), through ``partnerbook collect``.

A return made for one partnership replaces an earlier return only for that partnership; the
collection's figures are for one period at a time (a quarter is never added to its year);
two returns for the same dates are one period whatever their labels; ``supersedes`` counts.
"""

from __future__ import annotations

import csv
import json
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from collection_support import pdfs
from collection_variants import Q2, names, variant

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["collect", *args])
    out, err = capsys.readouterr()
    return code, out, err


def summary_json(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> dict[str, Any]:
    code, out, err = run(capsys, "summary", str(path), "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def rows_of(workbook: Any, title: str) -> list[tuple[Any, ...]]:
    return list(workbook[title].iter_rows(min_row=2, values_only=True))


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def test_a_return_for_one_partnership_replaces_only_that_one(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = variant("full", "2026-11-01T10:00:00Z", needs={0: 10_000, 1: 20_000, 2: 30_000})
    part = variant("part", "2026-11-03T10:00:00Z", needs={2: 45_000}, only=2)
    collection = collection_location
    files = pdfs(tmp_path / "in", [full, part])
    code, out, err = run(capsys, "import", "--new", str(collection), *map(str, files))
    assert code == 0, err
    # The log says what was replaced, and for which partnership.
    assert f"replaces the return made 2026-11-01 ({full['reference']}) for {names()[2]}" in out
    data = summary_json(capsys, collection)
    assert data["totals"]["partnerships"] == 3  # not 1: the other two keep their word
    assert data["totals"]["groups"] == 1 and data["totals"]["returns"] == 2
    by_reference = {g["Reference"]: g for g in data["groups"]}
    assert by_reference[full["reference"]]["Partnerships"] == 2
    assert by_reference[full["reference"]]["Replaced for"] is None
    assert by_reference[part["reference"]]["Partnerships"] == 1
    assert by_reference[part["reference"]]["Made for"] == f"only {names()[2]}"
    assert by_reference[part["reference"]]["Replaced for"] == names()[2]
    code, _out, err = run(capsys, "summary", str(collection), "--csv", str(tmp_path / "csv"))
    assert code == 0, err
    rows = {r[0]: r for r in csv_rows(tmp_path / "csv" / "needs_by_partnership.csv")[1:]}
    assert {name: rows[name][3] for name in names()} == {
        names()[0]: "100.00",
        names()[1]: "200.00",
        names()[2]: "450.00",  # the later word, never both
    }
    # A later whole-group return replaces both, for every partnership.
    again = variant("again", "2026-11-05T10:00:00Z", needs={0: 1_000})
    file = pdfs(tmp_path / "in2", [again])[0]
    code, out, err = run(capsys, "import", str(collection), str(file))
    assert code == 0, err
    assert f"({full['reference']}) for all its partnerships" in out
    assert f"({part['reference']}) for all its partnerships" in out
    data = summary_json(capsys, collection)
    assert [g["Reference"] for g in data["groups"]] == [again["reference"]]
    assert data["totals"]["partnerships"] == 3


def test_a_quarter_is_never_added_to_its_year(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A year return, a quarter return and a partial return from one group: every total in
    the CSV, XLSX and PDF text is the chosen period's alone."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    year = variant(
        "year", "2026-11-01T10:00:00Z", needs={0: 10_000, 1: 20_000, 2: 30_000}, general=5_000
    )
    quarter = variant(
        "quarter", "2026-11-02T10:00:00Z", Q2, needs={0: 700, 1: 800, 2: 900}, general=600
    )
    part = variant("part", "2026-11-03T10:00:00Z", needs={2: 45_000}, general=6_000, only=2)
    collection = collection_location
    files = pdfs(tmp_path / "in", [year, quarter, part])
    assert run(capsys, "import", "--new", str(collection), *map(str, files))[0] == 0
    year_word = {names()[0]: 10_000, names()[1]: 20_000, names()[2]: 45_000}
    quarter_word = {names()[0]: 700, names()[1]: 800, names()[2]: 900}
    expected = {
        # The year: the first two partnerships from the year return, the third and the
        # general needs from the later partial return. Never the quarter's.
        None: ("2026-27", year_word, 6_000, 2),
        "2026-27 Q2": ("2026-27 Q2", quarter_word, 600, 1),
        "2026-07-01..2026-09-30": ("2026-27 Q2", quarter_word, 600, 1),
    }
    for choice, (label, word, general, returns) in expected.items():
        out_dir = tmp_path / f"out-{label}-{choice is None}"
        extra = [] if choice is None else ["--period", choice]
        book, pdf = out_dir / "area.xlsx", out_dir / "area.pdf"
        code, text, err = run(
            capsys,
            "summary",
            str(collection),
            "--csv",
            str(out_dir / "csv"),
            "--xlsx",
            str(book),
            "--pdf",
            str(pdf),
            *extra,
        )
        assert code == 0, err
        assert text.startswith(f"For {label} (")
        said = "1 current return" if returns == 1 else f"{returns} current returns"
        assert f"1 group, {said}" in text  # issue 21: not "1 groups"
        assert "3 partnerships" in text
        pence = sum(word.values()) + general
        pounds = f"{pence / 100:.2f}"
        # Every total, as the CSV files have them.
        csv_dir = out_dir / "csv"
        by_partnership = {r[0]: r[1:] for r in csv_rows(csv_dir / "needs_by_partnership.csv")[1:]}
        assert by_partnership == {
            **{
                name: ["1", "1", f"{amount / 100:.2f}", "0.00", "0.00"]
                for name, amount in word.items()
            },
            "(general needs)": ["1", "1", f"{general / 100:.2f}", "0.00", "0.00"],
        }
        whole = ["4", "1", pounds, "0.00", "0.00"]
        assert [r[1:] for r in csv_rows(csv_dir / "needs_by_category.csv")[1:]] == [whole]
        assert [r[1:] for r in csv_rows(csv_dir / "needs_by_group.csv")[1:]] == [whole]
        partnerships = {r[0]: r for r in csv_rows(csv_dir / "partnerships.csv")[1:]}
        assert {name: (r[1], r[5], r[6]) for name, r in partnerships.items()} == {
            name: ("1", f"{amount / 100:.2f}", f"{amount / 100:.2f}")
            for name, amount in word.items()
        }
        groups = csv_rows(csv_dir / "groups.csv")[1:]
        assert len(groups) == returns and sum(int(r[4]) for r in groups) == 3
        assert csv_rows(csv_dir / "period.csv")[1][0] == label
        # The same totals in the XLSX, as numbers.
        workbook = load_workbook(book, read_only=True)
        sheet = partial(rows_of, workbook)

        in_pounds = [4, 1, pence / 100, 0, 0]
        for title in ("Resource needs by category", "Resource needs by group"):
            assert [list(r[1:]) for r in sheet(title)] == [in_pounds], title
        assert {r[0]: r[3] for r in sheet("Resource needs by partnership")} == {
            **{name: amount / 100 for name, amount in word.items()},
            "(general needs)": general / 100,
        }
        assert {r[0]: (r[5], r[6]) for r in sheet("Partnerships across the area")} == {
            name: (amount / 100, amount / 100) for name, amount in word.items()
        }
        assert sheet("Period")[0][0] == label
        # The PDF text: the period, the headline numbers and every total.
        pdf_text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        assert f"For {label}:" in pdf_text
        for headline in ("Groups with a return 1", f"Current returns {returns}"):
            assert headline in pdf_text
        assert "Partnerships 3" in pdf_text
        assert pdf_text.count(f"4 1 £{pounds} £0.00 £0.00") == 2  # by category, by group
        for amount in word.values():
            assert f"£{amount / 100:.2f} £{amount / 100:.2f}" in pdf_text
        added = (10_000 + 20_000 + 45_000 + 6_000 + 3_000) / 100
        assert f"£{added:,.2f}" not in pdf_text


def test_the_same_dates_are_the_same_period_whatever_the_label(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = variant("first", "2026-11-01T10:00:00Z", needs={0: 10_000})
    dates = ("2026-04-01 to 2027-03-31", "custom", "2026-04-01", "2027-03-31")
    second = variant(
        "second", "2026-11-02T10:00:00Z", dates, needs={0: 12_000}, supersedes=first["return_id"]
    )
    collection = collection_location
    files = pdfs(tmp_path / "in", [first, second])
    code, out, err = run(capsys, "import", "--new", str(collection), *map(str, files))
    assert code == 0, err
    assert f"({first['reference']}) for all its partnerships" in out
    for choice in ("2026-27", "2026-04-01..2027-03-31"):
        data = summary_json(capsys, collection, "--period", choice)
        assert [g["Reference"] for g in data["groups"]] == [second["reference"]]
        assert data["totals"]["returns"] == 1 and data["totals"]["superseded"] == 1


def test_supersedes_in_the_data_is_honoured_even_for_other_dates(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quarter = variant("q", "2026-11-01T10:00:00Z", Q2, needs={0: 700})
    corrected = ("July to September", "custom", "2026-07-01", "2026-09-29")
    fixed = variant(
        "fixed", "2026-11-02T10:00:00Z", corrected, needs={0: 900}, supersedes=quarter["return_id"]
    )
    collection = collection_location
    files = pdfs(tmp_path / "in", [quarter, fixed])
    code, out, err = run(capsys, "import", "--new", str(collection), *map(str, files))
    assert code == 0, err
    assert f"({quarter['reference']}) for all its partnerships" in out
    data = summary_json(capsys, collection, "--period", "2026-27 Q2")
    assert data["groups"] == [] and data["totals"]["superseded"] == 1
    # By default, the latest period that has a current return: the corrected dates.
    data = summary_json(capsys, collection)
    assert data["period"]["end"] == "2026-09-29"
    assert [g["Reference"] for g in data["groups"]] == [fixed["reference"]]


def test_two_years_are_never_summed(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last_year = ("2025-26", "financial_year", "2025-04-01", "2026-03-31")
    old = variant("old", "2026-03-01T10:00:00Z", last_year, needs={0: 50_000})
    new = variant("new", "2026-11-01T10:00:00Z", needs={0: 10_000})
    collection = collection_location
    files = pdfs(tmp_path / "in", [old, new])
    assert run(capsys, "import", "--new", str(collection), *map(str, files))[0] == 0
    code, text, _err = run(capsys, "summary", str(collection), "--csv", str(tmp_path / "c"))
    assert code == 0
    assert "For 2026-27 (2026-04-01 to 2027-03-31):" in text
    assert "Other periods here (choose one with --period): 2025-26" in text
    (row,) = csv_rows(tmp_path / "c" / "needs_by_group.csv")[1:]
    assert row[3] == "100.00"
    code, text, _err = run(capsys, "summary", str(collection), "--period", "2025-26")
    assert text.startswith("For 2025-26 (2025-04-01 to 2026-03-31):")
    code, _text, err = run(capsys, "summary", str(collection), "--period", "last year")
    assert code == 1 and "is not a period Partnerbook understands" in err


def test_exported_returns_for_one_partnership_keep_the_others_at_the_cvs(
    collection_location: Path | str,
    demo_database: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The finding as it happened: ``export-return --partnership`` after the full return."""
    full, one = tmp_path / "full.pdf", tmp_path / "one.pdf"
    name = "Torridge Rural Transport Forum"
    assert main(["export-return", "--period", "2026-27", "--out", str(full)]) == 0
    capsys.readouterr()
    code = main(["export-return", "--period", "2026-27", "--partnership", name, "--out", str(one)])
    out = capsys.readouterr().out
    assert code == 0
    assert f"for the same period, for {name} only" in out
    collection = collection_location
    code, out, err = run(capsys, "import", "--new", str(collection), str(full), str(one))
    assert code == 0, err
    assert f") for {name}" in out and "replaces an earlier return" in out
    data = summary_json(capsys, collection)
    assert data["totals"]["partnerships"] == 3


def test_a_return_naming_the_one_it_replaces_wins_even_in_the_same_second(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same = "2026-11-01T10:00:00Z"
    first = variant("same-first", same, needs={0: 10_000})
    # A key whose return id sorts before the first's, so the id cannot be what decides.
    key = next(
        k
        for k in (f"same-second-{n}" for n in range(50))
        if variant(k, same, needs={0: 1})["return_id"] < first["return_id"]
    )
    second = variant(key, same, needs={0: 12_000}, only=0, supersedes=first["return_id"])
    collection = collection_location
    files = pdfs(tmp_path / "in", [first, second])
    code, out, err = run(capsys, "import", "--new", str(collection), *map(str, files))
    assert code == 0, err
    assert f"({first['reference']}) for {names()[0]}" in out
    data = summary_json(capsys, collection)
    assert {g["Reference"] for g in data["groups"]} == {first["reference"], second["reference"]}
    assert data["totals"]["partnerships"] == 3
