"""``partnerbook people``, ``commitments matrix`` and ``partnerships template``: the files the
window saves, from a script, through the very service functions the window calls (issue 16)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.cli import main
from desktop.paths import resolve
from desktop.services import commitments, import_template, person_export
from desktop.services.opening import reading


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _out, err = run(capsys, "demo")
    assert code == 0, err
    return data_dir


def spy(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[tuple[Any, ...]]:
    """Record each call of ``module.name`` (still doing its work): which function wrote."""
    calls: list[tuple[Any, ...]] = []
    real: Callable[..., Any] = getattr(module, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return calls


def ids_by_name(capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    code, out, _ = run(capsys, "people", "list", "--json")
    assert code == 0
    return {p["name"]: p["id"] for p in json.loads(out)}


# -- people ---------------------------------------------------------------------------------


def test_people_list_shows_each_person_with_their_id(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ids = ids_by_name(capsys)
    assert "Priya Shah" in ids and "Dev Patel" in ids
    code, out, _ = run(capsys, "people", "list")
    assert code == 0
    assert f"{ids['Priya Shah']}  Priya Shah  (still serving)" in out.splitlines()


def test_a_person_report_as_pdf_and_as_json(  # type: ignore[no-untyped-def]
    demo: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    ids = ids_by_name(capsys)
    calls = spy(monkeypatch, person_export, "export_person_report")
    code, out, err = run(capsys, "people", "report", "priya", "--out", str(tmp_path / "p.pdf"))
    assert code == 0, err
    assert out == f"Saved everything held about Priya Shah (PDF) to {tmp_path / 'p.pdf'}.\n"
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF-")
    code, out, err = run(
        capsys, "people", "report", str(ids["Priya Shah"]), "--out", str(tmp_path / "p.json")
    )
    assert code == 0, err
    record = json.loads((tmp_path / "p.json").read_text("utf-8"))
    assert record["person"]["full_name"] == "Priya Shah"
    assert record["person"]["email"] == "priya.shah@example.org"
    # Both went through the People screen's own service function, once each.
    assert [c[1:] for c in calls] == [
        (ids["Priya Shah"], tmp_path / "p.pdf"),
        (ids["Priya Shah"], tmp_path / "p.json"),
    ]


def test_a_person_not_found_or_not_one_writes_nothing(demo: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ids = ids_by_name(capsys)
    target = tmp_path / "p.pdf"
    code, out, err = run(capsys, "people", "report", "Nobody Here", "--out", str(target))
    assert (code, out) == (1, "")
    assert err == (
        "partnerbook: There is no person with the id or name “Nobody Here”. "
        "'partnerbook people list' shows each one with their id.\n"
    )
    # "a" is in several names: each is listed with its id, and nothing is saved.
    code, _out, err = run(capsys, "people", "report", "a", "--out", str(target))
    assert code == 1
    assert f"  {ids['Priya Shah']}  Priya Shah\n" in err
    assert f"  {ids['Dev Patel']}  Dev Patel\n" in err
    assert err.endswith("Give their id, or more of the name.\n")
    assert list(tmp_path.glob("p.*")) == []


def test_a_person_report_that_cannot_be_saved_says_so_plainly(  # type: ignore[no-untyped-def]
    demo: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "stick" / "p.pdf"  # the folder is not there (a USB stick pulled out)
    code, out, err = run(capsys, "people", "report", "Priya Shah", "--out", str(target))
    assert (code, out) == (1, "")
    assert err == (
        f"partnerbook: The folder {target.parent} does not exist, so p.pdf was not saved. "
        "Choose a folder that does, and try again.\n"
    )


def test_people_are_read_without_the_lock_so_the_window_may_stay_open(  # type: ignore[no-untyped-def]
    demo: Path, tmp_path: Path, capsys
) -> None:
    from desktop.services.opening import InstanceLock

    lock = InstanceLock(resolve(demo).lock_file)
    lock.acquire()  # as the open window holds it
    try:
        code, _out, err = run(
            capsys, "people", "report", "Dev Patel", "--out", str(tmp_path / "d.json")
        )
    finally:
        lock.release()
    assert code == 0, err
    assert json.loads((tmp_path / "d.json").read_text("utf-8"))["person"]["full_name"] == (
        "Dev Patel"
    )


# -- the commitments matrix -----------------------------------------------------------------


def test_the_matrix_csv_is_the_windows_csv(  # type: ignore[no-untyped-def]
    demo: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    calls = spy(monkeypatch, commitments, "save_matrix_csv")
    code, out, err = run(capsys, "commitments", "matrix", "--out", str(tmp_path / "m"))
    assert code == 0, err
    saved = tmp_path / "m.csv"  # ".csv" added, as the window's export does
    with reading(resolve(demo)) as records, records.database.session() as session:
        expected = commitments.matrix_csv(commitments.matrix(session))
    assert saved.read_text("utf-8-sig") == expected.replace("\r\n", "\n")
    assert saved.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the £ and accents
    assert len(calls) == 1
    rows = list(csv.reader(saved.open(encoding="utf-8-sig")))
    assert rows[0][:2] == ["Clause", "Commitment"] and len(rows[0]) == 5
    assert out.startswith("Saved 27 clauses of ") and out.endswith(
        f" against 3 partnerships to {saved}.\n"
    )


def test_the_matrix_by_rating_key_or_label(demo: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    by_key, by_label = tmp_path / "key.csv", tmp_path / "label.csv"
    code, _out, err = run(
        capsys, "commitments", "matrix", "--out", str(by_key), "--rating", "need_help"
    )
    assert code == 0, err
    code, _out, err = run(
        capsys, "commitments", "matrix", "--out", str(by_label), "--rating", "need HELP"
    )
    assert code == 0, err
    assert by_key.read_bytes() == by_label.read_bytes()
    rows = list(csv.reader(by_key.open(encoding="utf-8-sig")))[1:]
    assert rows and all("Need help" in row[2:] for row in rows)


def test_a_rating_or_framework_not_known_writes_nothing(demo: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "m.csv"
    code, out, err = run(capsys, "commitments", "matrix", "--out", str(target), "--rating", "meh")
    assert (code, out) == (1, "")
    assert err.startswith("partnerbook: “meh” is not a rating of this framework. Its ratings ")
    assert "need_help (Need help)" in err
    code, out, err = run(capsys, "commitments", "matrix", "--out", str(target), "--framework", "x")
    assert (code, out, err) == (1, "", "partnerbook: There is no framework with the id x.\n")
    assert not target.exists()


# -- the import template --------------------------------------------------------------------


def test_the_import_template_as_xlsx_or_csv(  # type: ignore[no-untyped-def]
    data_dir: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    calls = spy(monkeypatch, import_template, "write_template")
    code, out, err = run(capsys, "partnerships", "template", "--out", str(tmp_path / "t.xlsx"))
    assert code == 0, err
    assert out == (
        f"Saved the template to {tmp_path / 't.xlsx'}. "
        "Fill it in, then: partnerbook import-partnerships FILE\n"
    )
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet.cell(1, 1).value == "Name" and sheet.max_row == 3
    code, _out, err = run(capsys, "partnerships", "template", "--out", str(tmp_path / "t.csv"))
    assert code == 0, err
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbfName,Short name,")
    assert [c[0] for c in calls] == [tmp_path / "t.xlsx", tmp_path / "t.csv"]
    # The template imports as it stands (two example partnerships).
    code, out, err = run(capsys, "import-partnerships", str(tmp_path / "t.csv"), "--dry-run")
    assert code == 0, err


def test_a_template_that_cannot_be_saved_says_so(data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "gone" / "t.csv"
    code, out, err = run(capsys, "partnerships", "template", "--out", str(target))
    assert (code, out) == (1, "")
    assert "does not exist, so t.csv was not saved" in err
