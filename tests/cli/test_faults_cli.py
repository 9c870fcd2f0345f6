"""The command line on a full disk and on read-only media: reading works, writing is refused
in plain words, nothing is called damaged, and not a byte of the records changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import resolve
from desktop.resource_paths import resources_dir
from tests.fault_mounts import fill, read_only_folder, small_disk  # noqa: F401
from tests.store.test_diagnosis import make_records, snapshot

TEMPLATE = resources_dir() / "templates" / "partnerships-template.csv"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def no_internals(text: str) -> bool:
    return not any(w in text for w in ("SQLITE", "I/O error", "sqlite3", "Traceback", "[SQL"))


def test_full_disk(small_disk: Path, capsys) -> None:  # noqa: F811
    paths = make_records(small_disk / "records")
    capsys.readouterr()
    fill(small_disk, leave_free=8 * 1024)
    before = snapshot(paths.data)
    folder = str(paths.data)

    code, out, err = run(capsys, "list", "--data-dir", folder)
    assert code == 0 and out.count("next meeting") == 3
    assert "disk that holds your records is full" in err and "found damage" not in err

    code, out, err = run(capsys, "check", "--data-dir", folder)
    assert code == 0 and "Integrity:       ok" in out

    for argv in (("backup",), ("import-partnerships", str(TEMPLATE)), ("demo",)):
        code, out, err = run(capsys, *argv, "--data-dir", folder)
        assert code == 1, argv
        assert "full" in err and "found damage" not in err and no_internals(err), (argv, err)
    assert snapshot(paths.data) == before


def test_read_only_media(read_only_folder, capsys) -> None:  # noqa: F811
    writable, read_only = read_only_folder
    make_records(writable / "records")
    capsys.readouterr()
    paths = resolve(read_only / "records")
    before = snapshot(paths.data)
    folder = str(paths.data)

    code, out, err = run(capsys, "list", "--data-dir", folder)
    assert code == 0 and out.count("next meeting") == 3
    assert "not allowed to change the folder" in err

    code, out, err = run(capsys, "reviews", "list", "--data-dir", folder)
    assert code == 0

    code, out, err = run(capsys, "backup", "--data-dir", folder)
    assert code == 1 and "not allowed to change the folder" in err and no_internals(err)

    code, out, err = run(capsys, "import-partnerships", str(TEMPLATE), "--data-dir", folder)
    assert code == 1 and "not allowed to change the folder" in err and no_internals(err)
    assert snapshot(paths.data) == before
