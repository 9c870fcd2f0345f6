"""The command line is tidy with collections: it makes one only when asked, refuses what is
not one without leaving anything behind, and a closed pipe is not an error."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from collection_support import payloads, pdfs

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_collect_makes_a_collection_only_with_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # File only: --new makes a file; a server's collection is made by init-server.
    files = pdfs(tmp_path / "in", payloads(1, seed=151))
    typo = tmp_path / "shared" / "aera.pbcollection"
    typo.parent.mkdir()
    for args in (["import", str(typo), str(files[0])], ["expect", str(typo), "Hartland Hall"]):
        code, _out, err = run(capsys, "collect", *args)
        assert code == 1
        assert f"There is no collection at {typo}" in err and "add --new" in err
        assert listing(typo.parent) == []  # no file, no backups folder, no lock
    code, _out, err = run(capsys, "collect", "summary", str(typo))
    assert code == 1 and "There is no collection" in err and listing(typo.parent) == []

    code, _out, err = run(capsys, "collect", "import", "--new", str(typo), str(files[0]))
    assert code == 0 and "Made a new collection" in err
    code, out, err = run(capsys, "collect", "expect", "--new", str(typo), "Hartland Hall")
    assert code == 0 and "Made a new collection" not in err  # --new on one that exists: used
    assert "On the expected list: 1 group." in out


def test_refusing_someone_elses_database_leaves_nothing_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # File only: about another program's SQLite file and what could be left beside it.
    folder = tmp_path / "theirs"
    folder.mkdir()
    other = folder / "accounts.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("CREATE TABLE ledger (amount INTEGER)")
    conn.execute("INSERT INTO ledger VALUES (12)")
    conn.commit()
    conn.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    (file,) = pdfs(tmp_path / "in", payloads(1, seed=152))
    for args in (
        ["import", str(other), str(file)],
        ["import", "--new", str(other), str(file)],
        ["expect", str(other), "Hartland Hall"],
        ["summary", str(other), "--xlsx", str(folder / "out.xlsx")],
        ["backup", str(other)],
    ):
        code, _out, err = run(capsys, "collect", *args)
        assert code == 1, args
        assert "is not a Partnerbook collection" in err and "Traceback" not in err
        assert listing(folder) == ["accounts.db"], args  # no backups, lock, -wal or -shm
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before


def test_a_folder_or_a_pdf_given_as_a_collection_gets_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # File only: a folder or a PDF is a path mistaken for a collection file.
    files = pdfs(tmp_path / "in", payloads(2, seed=153))
    for args in (
        ["import", str(tmp_path / "in"), str(files[0])],
        ["import", "--new", str(tmp_path / "in"), str(files[0])],
        ["summary", str(tmp_path / "in")],
    ):
        code, _out, err = run(capsys, "collect", *args)
        assert code == 1
        assert f"{tmp_path / 'in'} is a folder, not a collection" in err
    for args in (["import", str(files[0]), str(files[1])], ["summary", str(files[0])]):
        code, _out, err = run(capsys, "collect", *args)
        assert code == 1
        assert f"{files[0]} is a PDF, not a collection" in err
        assert "partnerbook collect import COLLECTION" in err
    assert listing(tmp_path / "in") == ["return-000.pdf", "return-001.pdf"]


def test_a_closed_pipe_is_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], collection_location: Path | str
) -> None:
    path = collection_location  # a file and a server alike (issue 19)
    files = pdfs(tmp_path / "in", payloads(3, seed=154, groups=3))
    assert main(["collect", "import", "--new", str(path), *map(str, files)]) == 0
    capsys.readouterr()
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader (head, less) has already gone
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "collect", "summary", str(path)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0
    assert done.stderr == b""


def test_export_return_takes_a_partnership_by_name_as_brief_does(
    demo_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.return_reader import read_return

    out = tmp_path / "one.pdf"
    name = "Torridge Rural Transport Forum"
    code, _out, err = run(
        capsys, "export-return", "--period", "2026-27", "--partnership", name, "--out", str(out)
    )
    assert code == 0, err
    assert [p["name"] for p in read_return(out)["partnerships"]] == [name]
    code, _out, err = run(
        capsys, "export-return", "--period", "2026-27", "--partnership", "Nope", "--out", str(out)
    )
    assert code == 1 and "There is no partnership with the id or name “Nope”" in err
