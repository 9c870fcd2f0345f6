"""partnerbook collect backup / backups / restore, and one writer per collection.

File only (but the last test): backups, restores and the one-writer lock are a collection
file's; a server backs itself up and keeps its officers apart (issue 19).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from collection_support import counts, log_rows, payloads, pdfs

from desktop.cli import main
from desktop.services.backups import backup_now
from desktop.store.backup import find_backups
from desktop.store.collection.opening import backups_folder, collection_lock


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["collect", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def collection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "area.pbcollection"
    files = pdfs(tmp_path / "first", payloads(2, seed=81, groups=2))
    assert run(capsys, "import", "--new", str(path), *map(str, files))[0] == 0
    return path


def backup_names(collection: Path) -> list[str]:
    return [b.path.name for b in find_backups(backups_folder(collection), collection.stem)]


def test_backup_list_and_restore_round_trip(
    collection: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = counts(collection)
    code, out, err = run(capsys, "backup", str(collection))
    assert code == 0, err
    assert out.startswith("Backed up and checked: ")
    code, out, _ = run(capsys, "backups", str(collection), "--json")
    [listed] = json.loads(out)
    assert code == 0 and listed["reason"] == "manual"
    assert listed["counts"]["returns"] == 2 and listed["counts"]["groups"] == 2

    more = pdfs(tmp_path / "more", payloads(3, seed=82, groups=3), prefix="more")
    assert run(capsys, "import", str(collection), *map(str, more))[0] == 0
    assert counts(collection) != before

    # Just the name "collect backups" showed is enough: it is looked for with the backups.
    code, out, err = run(capsys, "restore", str(collection), Path(listed["file"]).name)
    assert code == 0, err
    assert "Restored" in out and "before-restore" in out
    assert counts(collection) == before
    code, out, _ = run(capsys, "backups", str(collection))
    assert "Before a restore" in out and "Made by you" in out and "Before an import" in out
    assert "returns 2, groups 2" in out and "returns 5, groups 5" in out


def test_restore_refuses_bad_backups_and_changes_nothing(
    collection: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], app_paths, database
) -> None:  # type: ignore[no-untyped-def]
    before, made = counts(collection), backup_names(collection)

    code, _, err = run(capsys, "restore", str(collection), str(tmp_path / "missing.db"))
    assert code == 1 and "There is no backup at" in err and "missing.db" in err

    group_backup = backup_now(app_paths, "manual").path
    code, _, err = run(capsys, "restore", str(collection), str(group_backup))
    assert code == 1 and "backup of a group's records, not of a collection" in err

    text = tmp_path / "notes.db"
    text.write_text("minutes of the meeting")
    code, _, err = run(capsys, "restore", str(collection), str(text))
    assert code == 1 and "not a Partnerbook backup" in err

    code, _, err = run(capsys, "restore", str(app_paths.database), str(group_backup))
    assert code == 1 and "not a collection of returns" in err
    assert "Traceback" not in err
    assert counts(collection) == before and backup_names(collection) == made


def test_writing_commands_are_refused_while_the_collection_is_open(
    collection: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "backup", str(collection))
    [backup] = [n for n in backup_names(collection) if "manual" in n]
    before, log, made = counts(collection), log_rows(collection), backup_names(collection)
    more = pdfs(tmp_path / "more", payloads(2, seed=83, groups=2), prefix="more")
    with collection_lock(collection):  # what an open collection window holds
        for args in (
            ("import", str(collection), *map(str, more)),
            ("expect", str(collection), "Bideford Carers Cafe"),
            ("restore", str(collection), backup),
        ):
            code, _, err = run(capsys, *args)
            assert code == 1, args
            assert err.startswith("partnerbook: This collection is already open in another")
            assert str(collection) in err and "Nothing was changed" in err
        # Reading and backing up need no lock: they are safe while a window writes.
        assert run(capsys, "summary", str(collection))[0] == 0
        assert run(capsys, "backups", str(collection))[0] == 0
    assert counts(collection) == before and log_rows(collection) == log
    assert backup_names(collection) == made  # not even a "before-import" backup
    # Closed: the import goes ahead.
    assert run(capsys, "import", str(collection), *map(str, more))[0] == 0
    assert counts(collection)["collected_return"] == 4


def test_backup_and_list_of_a_missing_collection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lost = tmp_path / "lost.pbcollection"
    code, _, err = run(capsys, "backup", str(lost))
    assert code == 1 and f"There is no collection at {lost}" in err
    assert not lost.exists()
    code, out, _ = run(capsys, "backups", str(lost))
    assert code == 0 and "There are no backups of lost.pbcollection" in out


def test_a_damaged_collection_points_to_its_own_backups_and_the_restore_command(
    collection: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from file_damage import damage

    assert run(capsys, "backup", str(collection))[0] == 0
    data = damage(collection)
    code, _out, err = run(capsys, "summary", str(collection))
    assert code == 1
    assert f"Its backups are in {backups_folder(collection)}" in err
    assert f'partnerbook collect restore "{collection}" BACKUP' in err
    assert collection.read_bytes() == bytes(data)  # nothing written
    [name] = backup_names(collection)
    assert run(capsys, "restore", str(collection), name)[0] == 0
    assert counts(collection)["collected_return"] == 2


def test_collection_backups_from_the_command_line_reach_the_second_folder(
    collection: Path, app_paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.backups import set_second_backup_folder

    usb = tmp_path / "usb"
    usb.mkdir()
    set_second_backup_folder(app_paths, usb)
    code, out, err = run(capsys, "backup", str(collection))
    assert code == 0, err
    copies = usb / "area backups"
    assert "Extra copy:" in out and str(copies) in out
    # The backup before an import goes there too (the collection already holds returns).
    more = pdfs(tmp_path / "more", payloads(1, seed=84), prefix="more")
    assert run(capsys, "import", str(collection), *map(str, more))[0] == 0
    reasons = sorted(b.reason for b in find_backups(copies, collection.stem))
    assert reasons == ["before-import", "manual"]


def test_a_server_collection_is_backed_up_by_the_server_and_the_commands_say_so(
    pg_collection: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (
        ["backup", pg_collection],
        ["backups", pg_collection],
        ["restore", pg_collection, "area-manual.db"],
    ):
        code, _out, err = run(capsys, *args)
        assert code == 1, args
        assert "A collection on a server is backed up by the server" in err and "pg_dump" in err
        assert "partnerbook collect copy" in err and "Traceback" not in err
