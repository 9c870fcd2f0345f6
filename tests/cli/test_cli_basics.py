"""The command line: version, check, demo, and the plain messages for bad situations."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"Partnerbook {__version__}"


def test_check_with_no_database_says_how_to_make_one(data_dir: Path, capsys) -> None:
    code, _out, err = run(capsys, "check")
    assert code == 1
    assert "no records" in err and "partnerbook demo" in err
    assert "Traceback" not in err


def test_demo_then_check(data_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0 and "Holsworthy" in out
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert "journal_mode:" in out and "wal" in out
    assert "Integrity:" in out and "ok" in out
    assert "Partnerships:" in out


def test_check_json_reports_pragmas_and_counts(data_dir: Path, capsys) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "check", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True
    assert report["pragmas"] == {
        "journal_mode": "wal",
        "synchronous": "2",
        "foreign_keys": "1",
        "secure_delete": "1",
    }
    assert report["integrity"] == [] and report["foreign_key_problems"] == 0
    assert report["counts"]["partnership"] == 4  # with the closed task force (issue 17)


def test_data_dir_option_after_the_command(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "elsewhere"
    code, _, _ = run(capsys, "demo", "--data-dir", str(folder))
    assert code == 0
    assert (folder / "partnerbook.db").exists()


def test_demo_refuses_a_folder_with_data_and_changes_nothing(data_dir: Path, capsys) -> None:
    run(capsys, "demo")
    db = data_dir / "partnerbook.db"
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT count(*) FROM partnership").fetchone()[0]
    conn.close()
    code, _, err = run(capsys, "demo")
    assert code == 1 and "already has records" in err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM partnership").fetchone()[0] == before
    conn.close()


def test_check_refuses_a_file_that_is_not_a_database(data_dir: Path, capsys) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "partnerbook.db").write_text("not a database")
    code, _, err = run(capsys, "check")
    assert code == 1 and "not a Partnerbook records file" in err
    assert (data_dir / "partnerbook.db").read_text() == "not a database"


def test_check_refuses_a_newer_database(data_dir: Path, capsys) -> None:
    run(capsys, "demo")
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "check")
    assert code == 1 and "newer version" in err


def test_an_unusable_data_folder_gets_a_plain_message(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    code, _, err = run(capsys, "demo", "--data-dir", str(blocker / "data"))
    assert code == 1
    assert "cannot create the folder" in err and "--data-dir" not in err
    assert "Traceback" not in err


def test_an_unexpected_error_has_no_traceback_unless_debug(
    data_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.services.demo as demo

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(demo, "fill_demo", broken)
    code, _, err = run(capsys, "demo")
    assert code == 2 and "--debug" in err and "Traceback" not in err
    code, _, err = run(capsys, "demo", "--debug")
    assert code == 2 and "Traceback" in err and "ValueError: boom" in err


def test_the_command_line_never_loads_qt(data_dir: Path) -> None:
    script = (
        "import sys; from desktop.cli import main; main(['demo']); main(['check']); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_each_run_loads_only_the_command_it_needs() -> None:
    from desktop.cli import COMMAND_MODULES, COMMANDS, modules_for

    assert modules_for([]) == ()
    assert modules_for(["--exit-when-ready", "--data-dir", "check"]) == ()
    assert modules_for(["check", "--json"]) == ("desktop.cli.check",)
    assert modules_for(["--data-dir", "x", "collect", "import"]) == ("desktop.cli.collect",)
    assert modules_for(["--help"]) == COMMAND_MODULES
    assert modules_for(["chek"]) == COMMAND_MODULES
    # Every command the full parser knows is in the map, pointing at the module that has it.
    from desktop.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)  # type: ignore[arg-type]


def test_a_mistyped_command_lists_the_real_ones(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["chek"])
    assert caught.value.code == 2
    assert "invalid choice: 'chek'" in capsys.readouterr().err
