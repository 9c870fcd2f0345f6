"""Withdrawing a return (issue 15, item 5): `partnerbook collect withdraw`, with a reason,
logged, backed up first; the earlier return it had replaced counts again."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from collection_support import pdfs
from collection_variants import names, variant

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["collect", *args])
    out, err = capsys.readouterr()
    return code, out, err


def by_partnership(capsys: pytest.CaptureFixture[str], collection: Path, out: Path) -> dict:
    code, _text, err = run(capsys, "summary", str(collection), "--csv", str(out))
    assert code == 0, err
    with (out / "needs_by_partnership.csv").open(encoding="utf-8-sig") as fh:
        return {r[0]: r[3] for r in list(csv.reader(fh))[1:]}


def test_withdrawing_a_return_brings_back_the_one_it_replaced(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = variant("wfull", "2026-11-01T10:00:00Z", needs={0: 10_000, 1: 20_000, 2: 30_000})
    part = variant("wpart", "2026-11-03T10:00:00Z", needs={2: 45_000}, only=2)
    collection = collection_location
    files = pdfs(tmp_path / "in", [full, part])
    assert run(capsys, "import", "--new", str(collection), *map(str, files))[0] == 0
    assert by_partnership(capsys, collection, tmp_path / "before")[names()[2]] == "450.00"

    code, out, err = run(
        capsys, "withdraw", str(collection), part["reference"], "--reason", "sent by mistake"
    )
    assert code == 0, err
    assert f"Withdrew {part['reference']}" in out
    assert f"{full['reference']} counts again for {names()[2]}" in out
    if isinstance(collection, Path):  # a server's backups are its own (pg_dump)
        backups = list((tmp_path / "area backups").glob("*before-withdraw*.db"))
        assert len(backups) == 1 and str(backups[0]) in out
    # The earlier word counts again; the withdrawn return is kept, not counted, and logged.
    assert by_partnership(capsys, collection, tmp_path / "after")[names()[2]] == "300.00"
    code, text, _err = run(capsys, "summary", str(collection), "--json")
    data = json.loads(text)
    assert [g["Reference"] for g in data["groups"]] == [full["reference"]]
    assert data["totals"]["withdrawn"] == 1 and data["totals"]["files"] == 2
    with (tmp_path / "after" / "import_log.csv").open(encoding="utf-8-sig") as fh:
        log = list(csv.reader(fh))[1:]
    assert log[0][1:4] == [
        part["reference"],
        "withdrawn",
        f"withdrawn by the officer: sent by mistake; {full['reference']} counts again for "
        f"{names()[2]}",
    ]

    code, _out, err = run(capsys, "withdraw", str(collection), part["reference"], "--reason", "x")
    assert code == 1 and "was withdrawn already" in err
    # Offered again (the same file, or the same return in another file): it stays withdrawn.
    again = pdfs(tmp_path / "again", [part])[0]
    for offered in (files[1], again):
        code, out, err = run(capsys, "import", str(collection), str(offered))
        assert code == 0, err
        assert "already here: this return is already in the collection and was withdrawn" in out
    assert by_partnership(capsys, collection, tmp_path / "again-csv")[names()[2]] == "300.00"
    code, _out, err = run(capsys, "withdraw", str(collection), "PB-NOPE", "--reason", "x")
    assert code == 1 and "There is no return “PB-NOPE” in this collection" in err
    code, _out, err = run(capsys, "withdraw", str(collection), full["reference"], "--reason", " ")
    assert code == 1 and "Say why the return is withdrawn" in err
    code, _out, err = run(
        capsys, "withdraw", str(tmp_path / "nope.pbcollection"), "PB", "--reason", "x"
    )
    assert code == 1 and "There is no collection" in err
    assert not (tmp_path / "nope.pbcollection").exists()


def test_withdrawing_the_only_return_leaves_nothing_current(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    only = variant("lone", "2026-11-01T10:00:00Z", needs={0: 10_000})
    collection = collection_location
    assert run(capsys, "import", "--new", str(collection), str(pdfs(tmp_path, [only])[0]))[0] == 0
    code, out, _err = run(
        capsys, "withdraw", str(collection), only["return_id"], "--reason", "duplicate group"
    )
    assert code == 0 and "no earlier return takes its place" in out
    code, text, _err = run(capsys, "summary", str(collection), "--json")
    assert json.loads(text)["totals"]["returns"] == 0
