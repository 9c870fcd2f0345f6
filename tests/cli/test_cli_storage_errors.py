"""The command line words a failed save as the window does: plain words, never the SQL.

A database error from SQLAlchemy carries the statement and its parameters, which hold
people's names. The person must see the plain disk-full sentence, exit 1 (their world, not
our bug), and nothing of the statement.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desktop.cli import main
from desktop.services import spreadsheet_import
from desktop.services.storage_errors import DISK_FULL

NAME = "Jane Quigley-Smith"


def rows(data_dir: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    try:
        return conn.execute("SELECT * FROM partnership ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_full_disk_during_an_import_is_said_plainly_without_sql_or_names(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    assert main(["demo"]) == 0
    before = rows(data_dir)
    sheet = tmp_path / "people.csv"
    sheet.write_text(f"Name,Purpose\n{NAME} Trust,Talks with {NAME}\n", encoding="utf-8")

    def full_disk(session, preview, *, skip_bad_rows=False):
        # What SQLAlchemy raises when SQLite runs out of space in the middle of an insert.
        raise OperationalError(
            "INSERT INTO partnership (name, purpose) VALUES (?, ?)",
            (f"{NAME} Trust", f"Talks with {NAME}"),
            sqlite3.OperationalError("database or disk is full"),
        )

    monkeypatch.setattr(spreadsheet_import, "import_partnerships", full_disk)
    capsys.readouterr()
    code = main(["import-partnerships", str(sheet)])
    out, err = capsys.readouterr()

    assert code == 1
    assert err.strip() == f"partnerbook: {DISK_FULL}"
    for leak in ("INSERT", "SQL", "parameters", "Quigley", "sqlite3", "Traceback"):
        assert leak not in out + err
    assert rows(data_dir) == before


def test_our_own_bug_is_status_2_and_does_not_print_the_error_text(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from desktop.services import partnership_listing

    assert main(["demo"]) == 0

    def broken(session):
        raise OperationalError(
            "SELECT * FROM partnership WHERE name = ?", (NAME,), sqlite3.OperationalError("boom")
        )

    monkeypatch.setattr(partnership_listing, "partnership_records", broken)
    capsys.readouterr()
    code = main(["list"])
    _out, err = capsys.readouterr()
    assert code == 2
    assert "did not expect" in err and "--debug" in err
    assert "SELECT" not in err and "Quigley" not in err


def test_a_refusal_from_a_service_is_printed_as_its_plain_text(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """A UserError the command did not catch itself still reaches the person, status 1."""
    from desktop.domain.problems import UserError
    from desktop.services import partnership_listing

    assert main(["demo"]) == 0

    def refused(session):
        raise UserError("The list of {what} cannot be read just now.", what="partnerships")

    monkeypatch.setattr(partnership_listing, "partnership_records", refused)
    capsys.readouterr()
    code = main(["list"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == "partnerbook: The list of partnerships cannot be read just now.\n"


def test_an_import_that_fills_a_real_disk_is_said_plainly_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The disk has room to open the records and make the backup first, but not for the
    rows: SQLite runs out of space in the middle of the insert."""
    from tests.fault_mounts import fill, free_bytes, mounted_tmpfs
    from tests.store.test_diagnosis import make_records, snapshot

    sheet = tmp_path / "many.csv"
    purpose = f"Meets {NAME} and friends. " * 30
    lines = ["Name,Purpose"] + [f"{NAME} Forum {n},{purpose}" for n in range(3000)]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with mounted_tmpfs(tmp_path / "small-disk") as disk:
        paths = make_records(disk / "records")
        fill(disk, leave_free=3 * 1024 * 1024)
        before_rows = rows(paths.data)
        before_files = set(snapshot(paths.data))
        capsys.readouterr()
        code = main(["import-partnerships", str(sheet), "--data-dir", str(paths.data)])
        out, err = capsys.readouterr()
        assert free_bytes(disk) < 3 * 1024 * 1024  # the disk really did fill up
        assert code == 1, err
        assert err.strip() == f"partnerbook: {DISK_FULL}"
        for leak in ("INSERT", "SQL", "parameters", "Quigley", "sqlite3", "Traceback"):
            assert leak not in out + err
        assert rows(paths.data) == before_rows
        # Nothing half-written is left: the only new file is the backup made before the import.
        new = set(snapshot(paths.data)) - before_files
        assert len(new) == 1 and next(iter(new)).startswith("backups/"), new
