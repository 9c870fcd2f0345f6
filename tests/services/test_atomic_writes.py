"""A write that fails leaves nothing behind: no half file, no stray temporary, no log entry.

Real faults where we can make them: a small disk (tmpfs) filled to the last page, and a
read-only bind mount. A return and its entry in the returns log are saved together or not
at all, and a file that was already at the chosen name is never lost.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from pytest import MonkeyPatch

from desktop import atomic_write
from desktop.atomic_write import (
    SaveError,
    StagedFiles,
    copy_file,
    replacing,
    write_atomically,
    write_text,
    write_with,
)
from desktop.cli import main
from desktop.domain.problems import UserError
from desktop.reports import return_pdf
from desktop.services.collection.exports import write_csv_folder, write_xlsx
from desktop.services.collection.views import Table
from desktop.services.person_export import save_person_pdf, write_json_atomically
from desktop.services.privacy import person_record
from desktop.store.backup import BackupError, make_backup
from tests import fault_mounts
from tests.fault_mounts import BALLAST, fill

# The fault fixtures, by name, for the tests below (a real full disk, a read-only folder).
small_disk = fault_mounts.small_disk
read_only_folder = fault_mounts.read_only_folder

EARLIER = b"%PDF-1.4 the return sent last month\n"


def listing(folder: Path) -> list[str]:
    """Every file and folder under ``folder``, hidden ones too, relative to it."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def dump(database: Path) -> list[str]:
    """Every row of the database as SQL: equal dumps mean byte-identical records."""
    conn = sqlite3.connect(database)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def export(data: Path, out: Path, *extra: str) -> int:
    period = ["--period", "2026-27"]
    return main(["--data-dir", str(data), "export-return", *period, "--out", str(out), *extra])


@pytest.fixture
def group(tmp_path: Path) -> Iterator[Path]:
    """A data folder on the ordinary disk, with the example group in it."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    yield data


def assert_plain(err: str, *expected: str) -> None:
    for text in expected:
        assert text in err, err
    for leak in ("did not expect", "SQL", "sqlite", "Traceback", "Errno"):
        assert leak not in err, err


# The return, from the command line ---------------------------------------------------------


def test_a_return_to_a_full_disk_leaves_no_file_and_no_record(
    group: Path, small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(group / "partnerbook.db")
    fill(small_disk, 0)
    elsewhere = tmp_path / "elsewhere"
    capsys.readouterr()

    code = export(
        group,
        small_disk / "return.pdf",
        "--html",
        str(elsewhere / "return.html"),
        "--csv",
        str(elsewhere / "csv"),
    )

    err = capsys.readouterr().err
    assert code == 1
    assert_plain(err, "is full", "return.pdf was not saved", str(small_disk))
    assert listing(small_disk) == [BALLAST]
    assert not elsewhere.exists()  # the companions were not left behind either
    assert dump(group / "partnerbook.db") == before


@pytest.mark.parametrize("companion", ["--html", "--csv"])
def test_a_companion_that_cannot_be_saved_stops_the_whole_return(
    companion: str,
    group: Path,
    small_disk: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = dump(group / "partnerbook.db")
    out = tmp_path / "out"
    out.mkdir()
    fill(small_disk, 0)
    capsys.readouterr()

    where = small_disk / ("return.html" if companion == "--html" else "csv")
    code = export(group, out / "return.pdf", companion, str(where))

    assert code == 1
    assert_plain(capsys.readouterr().err, "is full")
    assert listing(out) == []
    assert listing(small_disk) == [BALLAST]  # the CSV folder made for it is gone again
    assert dump(group / "partnerbook.db") == before


def test_a_failed_return_keeps_the_earlier_file_of_that_name(
    group: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (small_disk / "return.pdf").write_bytes(EARLIER)
    before = dump(group / "partnerbook.db")
    fill(small_disk, 0)

    assert export(group, small_disk / "return.pdf") == 1

    assert_plain(capsys.readouterr().err, "is full")
    assert (small_disk / "return.pdf").read_bytes() == EARLIER
    assert listing(small_disk) == [BALLAST, "return.pdf"]
    assert dump(group / "partnerbook.db") == before


def test_when_the_returns_log_cannot_be_written_no_file_is_left(
    small_disk: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The records' disk fills while the PDF is drawn: the entry cannot be committed.

    The PDF and HTML were already moved into place by then (that is the order), so this
    also proves they are taken away again and the earlier file put back.
    """
    data = small_disk / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    before = dump(data / "partnerbook.db")
    out = tmp_path / "out"
    out.mkdir()
    (out / "return.pdf").write_bytes(EARLIER)
    draw = return_pdf.render_return_pdf
    ballast: list[Path] = []

    def draw_then_disk_fills(payload: dict[str, object]) -> bytes:
        pdf = draw(payload)
        ballast.append(fill(small_disk, 0))  # another program takes the last of the space
        return pdf

    placed: list[bool] = []
    put_in_place = StagedFiles.put_in_place

    def noting_put_in_place(self: StagedFiles) -> list[Path]:
        placed.append(True)
        return put_in_place(self)

    monkeypatch.setattr(return_pdf, "render_return_pdf", draw_then_disk_fills)
    monkeypatch.setattr(StagedFiles, "put_in_place", noting_put_in_place)
    capsys.readouterr()

    code = export(data, out / "return.pdf", "--html", str(out / "return.html"))

    err = capsys.readouterr().err
    assert code == 1
    assert_plain(err, "is full", "returns log", "no file was left")
    assert placed == [True], "the commit should fail after the files were put in place"
    assert (out / "return.pdf").read_bytes() == EARLIER
    assert listing(out) == ["return.pdf"]
    ballast[0].unlink()  # room to read the records back
    assert dump(data / "partnerbook.db") == before


# Other files the app saves ----------------------------------------------------------------


def _table(rows: int) -> Table:
    return Table(
        key="groups",
        title="Groups",
        columns=("Group", "Requested"),
        rows=[(f"=Group {n}", n * 100) for n in range(rows)],
        money=frozenset({1}),
    )


def test_collection_csv_and_xlsx_on_a_full_disk_leave_nothing(small_disk: Path) -> None:
    (small_disk / "area.xlsx").write_bytes(b"the earlier workbook")
    fill(small_disk, 0)
    tables = [_table(500)]

    with pytest.raises(SaveError, match="is full"):
        write_csv_folder(tables, small_disk / "csv")
    with pytest.raises(SaveError, match="is full"):
        write_xlsx(tables, small_disk / "area.xlsx")

    assert (small_disk / "area.xlsx").read_bytes() == b"the earlier workbook"
    assert listing(small_disk) == ["area.xlsx", BALLAST]


def test_a_person_report_on_a_full_disk_leaves_nothing(
    demo_database: object, small_disk: Path
) -> None:
    from sqlalchemy import select

    from desktop.store.models import Person

    with demo_database.session() as session:  # type: ignore[attr-defined]
        pid = session.scalars(select(Person.id).where(Person.full_name == "Priya Shah")).one()
        record = person_record(session, pid)
    fill(small_disk, 0)

    with pytest.raises(SaveError, match=r"Priya\.pdf was not saved"):
        save_person_pdf(record, small_disk / "Priya.pdf")
    with pytest.raises(SaveError, match=r"Priya\.json was not saved"):
        write_json_atomically(record, small_disk / "Priya.json")

    assert listing(small_disk) == [BALLAST]


def test_a_backup_to_a_full_disk_leaves_no_partial_copy(
    database: object, app_paths: object, small_disk: Path
) -> None:
    fill(small_disk, 0)
    with pytest.raises(BackupError, match="disk is full"):
        make_backup(app_paths.database, small_disk / "backups", "manual")  # type: ignore[attr-defined]
    assert listing(small_disk / "backups") == []


# The writer itself --------------------------------------------------------------------------


def test_each_variant_saves_the_whole_file_and_nothing_else(tmp_path: Path) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(bytes(range(256)) * 4096)  # 1 MB, copied in pieces

    assert write_atomically(tmp_path / "a.pdf", b"%PDF bytes") == tmp_path / "a.pdf"
    assert write_text(tmp_path / "b.csv", "Clause,£\r\n", encoding="utf-8-sig") == (
        tmp_path / "b.csv"
    )
    write_with(tmp_path / "c.txt", lambda out: [out.write(b"line\n") for _ in range(3)])
    copy_file(source, tmp_path / "d.bin")
    with replacing(tmp_path / "e.db") as temp:
        assert temp.parent == tmp_path and temp.name.endswith(".partial")
        temp.write_bytes(b"written by a library that wants a path")

    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF bytes"
    # The encoding's mark, and the line ends exactly as given.
    assert (tmp_path / "b.csv").read_bytes() == "\ufeffClause,£\r\n".encode()
    assert (tmp_path / "c.txt").read_bytes() == b"line\n" * 3
    assert (tmp_path / "d.bin").read_bytes() == source.read_bytes()
    assert (tmp_path / "e.db").read_bytes() == b"written by a library that wants a path"
    assert listing(tmp_path) == ["a.pdf", "b.csv", "c.txt", "d.bin", "e.db", "source.bin"]


def test_a_failure_midway_leaves_no_file_and_no_temporary(tmp_path: Path) -> None:
    def fails_midway(out: BinaryIO) -> None:
        out.write(b"%PDF the first half")
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(SaveError, match="could not be reached") as failed:
        write_with(tmp_path / "new.pdf", fails_midway)
    assert isinstance(failed.value.__cause__, OSError)
    with pytest.raises(RuntimeError), replacing(tmp_path / "new.db") as temp:
        temp.write_bytes(b"half a database")
        raise RuntimeError("the library gave up")
    assert listing(tmp_path) == []


def test_a_failure_keeps_the_existing_file_whole(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    target = tmp_path / "return.pdf"
    target.write_bytes(EARLIER)

    def rename_fails(_source: object, _target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The last step fails: everything was written, but the rename never happened.
    monkeypatch.setattr(atomic_write.os, "replace", rename_fails)
    with pytest.raises(SaveError, match="is full"):
        write_atomically(target, b"%PDF the new return, complete")
    with pytest.raises(SaveError, match="is full"):
        write_text(target, "the new return")
    assert target.read_bytes() == EARLIER
    assert listing(tmp_path) == ["return.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_permissions_are_kept_chosen_or_the_usual_ones(tmp_path: Path) -> None:
    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    write_atomically(tmp_path / "new.pdf", b"new")
    assert mode(tmp_path / "new.pdf") == 0o644  # readable by others, as returns are sent on

    private = tmp_path / "keys.json"
    write_text(private, "{}", mode=0o600)
    assert mode(private) == 0o600
    write_text(private, '{"replaced": true}')  # replacing a private file keeps it private
    assert mode(private) == 0o600 and private.read_text() == '{"replaced": true}'

    copy_file(private, tmp_path / "shared.json", mode=0o640)
    assert mode(tmp_path / "shared.json") == 0o640


def test_ctrl_c_part_way_leaves_the_earlier_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "return.pdf"
    target.write_bytes(EARLIER)

    def interrupted(out: object) -> None:
        out.write(b"%PDF half a ret")  # type: ignore[attr-defined]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_with(target, interrupted)
    assert target.read_bytes() == EARLIER
    assert listing(tmp_path) == ["return.pdf"]


def test_a_read_only_folder_and_a_missing_one_are_told_apart(
    read_only_folder: tuple[Path, Path],
) -> None:
    writable, read_only = read_only_folder
    with pytest.raises(SaveError, match="not allowed to save files in") as refused:
        write_atomically(read_only / "return.pdf", b"%PDF")
    assert isinstance(refused.value, UserError) and isinstance(refused.value, OSError)
    with pytest.raises(SaveError, match="does not exist"):
        write_atomically(writable / "nowhere" / "return.pdf", b"%PDF")
    assert listing(writable) == []


def test_staged_files_that_are_undone_put_everything_back(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"earlier a")
    with StagedFiles() as files:
        files.make_folder(tmp_path / "new" / "deeper")
        files.stage(tmp_path / "a.csv", b"new a")
        files.stage(tmp_path / "new" / "deeper" / "b.csv", b"new b")
        assert files.put_in_place() == [tmp_path / "a.csv", tmp_path / "new" / "deeper" / "b.csv"]
        assert (tmp_path / "a.csv").read_bytes() == b"new a"
        files.undo()
    assert (tmp_path / "a.csv").read_bytes() == b"earlier a"
    assert listing(tmp_path) == ["a.csv"]


# Records open for reading only ---------------------------------------------------------------


def test_records_open_read_only_still_export_but_say_the_log_was_not_told(
    read_only_folder: tuple[Path, Path], tmp_path: Path
) -> None:
    from desktop.domain.return_period import parse_period
    from desktop.services.returns import ExportRequest, ReturnNotRecorded, export_return
    from desktop.store.database import Database

    writable, read_only = read_only_folder
    assert main(["--data-dir", str(writable / "data"), "demo"]) == 0
    before = dump(writable / "data" / "partnerbook.db")
    out = tmp_path / "out"
    out.mkdir()
    database = Database(read_only / "data" / "partnerbook.db", read_only=True)
    period = parse_period("2026-27")
    try:
        # Asked to log it, as ever: the log cannot be written, so nothing is saved.
        with pytest.raises(ReturnNotRecorded, match="returns log"), database.session() as s:
            export_return(s, ExportRequest(period, out / "logged.pdf"))
        assert listing(out) == []
        # The window asks for no log entry when the records are read only.
        with database.session() as session:
            result = export_return(session, ExportRequest(period, out / "r.pdf", add_to_log=False))
    finally:
        database.dispose()
    assert not result.logged
    assert listing(out) == ["r.pdf"] and (out / "r.pdf").read_bytes().startswith(b"%PDF")
    assert dump(writable / "data" / "partnerbook.db") == before


def test_a_folder_where_the_file_should_go_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "return.pdf").mkdir()
    (tmp_path / "return.pdf" / "inside.txt").write_bytes(b"kept")
    with pytest.raises(SaveError, match="is a folder"), StagedFiles() as files:
        files.stage(tmp_path / "return.pdf", b"%PDF")
    with pytest.raises(SaveError, match="is a folder"):
        write_atomically(tmp_path / "return.pdf", b"%PDF")
    assert listing(tmp_path) == ["return.pdf", "return.pdf/inside.txt"]
