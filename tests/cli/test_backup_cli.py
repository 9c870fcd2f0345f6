"""partnerbook backup / backups / restore, as a person would type them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import resolve
from desktop.store.lock import InstanceLock


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def partnership_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM partnership").fetchone()[0])
    finally:
        conn.close()


def test_backup_list_and_restore(data_dir: Path, tmp_path: Path, capsys) -> None:
    assert run(capsys, "demo")[0] == 0
    code, out, err = run(capsys, "backup")
    assert code == 0, err
    assert "Backed up and checked" in out
    code, out, _ = run(capsys, "backups", "--json")
    listing = json.loads(out)
    assert code == 0 and len(listing) == 1
    assert listing[0]["counts"]["partnership"] == 4
    backup_file = listing[0]["file"]

    paths = resolve(data_dir)
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("DELETE FROM partnership")
    conn.close()
    assert partnership_count(paths.database) == 0

    code, out, err = run(capsys, "restore", backup_file)
    assert code == 0, err
    assert "Restored" in out and "before" in out
    assert partnership_count(paths.database) == 4
    code, out, _ = run(capsys, "backups")
    assert "Before a restore" in out and "Made by you" in out
    assert "partnerships 4" in out


def test_backup_to_a_file(data_dir: Path, tmp_path: Path, capsys) -> None:
    run(capsys, "demo")
    target = tmp_path / "stick" / "copy.db"
    code, out, _ = run(capsys, "backup", "--to", str(target))
    assert code == 0 and str(target) in out
    assert partnership_count(target) == 4
    code, _, err = run(capsys, "backup", "--to", str(target))
    assert code == 1 and "already exists" in err


def test_restore_refuses_while_the_app_is_open(data_dir: Path, capsys) -> None:
    run(capsys, "demo")
    run(capsys, "backup")
    paths = resolve(data_dir)
    [backup_file] = list(paths.backups.glob("partnerbook-*.db"))
    with InstanceLock(paths.lock_file):
        code, _, err = run(capsys, "restore", str(backup_file))
    assert code == 1
    assert "already open" in err and "Close Partnerbook" in err
    assert "Traceback" not in err


def test_restore_of_a_file_that_is_not_a_backup(data_dir: Path, tmp_path: Path, capsys) -> None:
    run(capsys, "demo")
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    code, _, err = run(capsys, "restore", str(junk))
    assert code == 1 and "not a Partnerbook backup" in err
    assert partnership_count(resolve(data_dir).database) == 4


def test_backups_with_none_yet(data_dir: Path, capsys) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "backups")
    assert code == 0 and "no backups" in out
