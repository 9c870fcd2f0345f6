"""After a real crash, the next start says so once: records checked, where the report is."""

from __future__ import annotations

import argparse
import signal
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from file_damage import damage

from desktop.cli import main
from desktop.paths import AppPaths, resolve
from desktop.ui import application, crash_notice, startup_safety

# The same crash file the window starts, then a crash no ``except`` can catch.
CRASH = """
import faulthandler, sys
from pathlib import Path
from desktop.logging_setup import start_crash_log
start_crash_log(Path(sys.argv[1]))
faulthandler._sigsegv()
"""
TITLE = "Partnerbook stopped unexpectedly"


def crash_once(logs: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(logs)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGSEGV, done.stderr


def partnerships(paths: AppPaths) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(paths.database)
    try:
        return conn.execute("SELECT * FROM partnership ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def crashed(data_dir, monkeypatch, capsys) -> AppPaths:  # type: ignore[no-untyped-def]
    """A data folder with the demo records, whose last run crashed."""
    assert main(["demo"]) == 0
    capsys.readouterr()
    paths = resolve()
    crash_once(paths.logs)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(startup_safety, "ask_about_place", lambda _why, _t: "keep")
    return paths


def start() -> int:
    return application.run_gui(argparse.Namespace(data_dir=None, exit_when_ready=True))


def test_the_next_start_says_the_records_are_safe_and_where_the_report_is_once(
    crashed: AppPaths, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    before = partnerships(crashed)
    assert start() == 0
    assert [t for t, _ in no_blocking_dialogs] == [TITLE]
    text = no_blocking_dialogs[0][1]
    assert "Your records are safe: Partnerbook checked them just now." in text
    (report,) = crashed.logs.glob("crash-2*.txt")
    assert str(report) in text and "send it" in text
    assert "Fatal Python error: Segmentation fault" in report.read_text(encoding="utf-8")

    assert start() == 0
    assert [t for t, _ in no_blocking_dialogs] == [TITLE]  # said once
    assert partnerships(crashed) == before
    assert sorted(p.name for p in crashed.logs.iterdir()) == sorted(
        ["partnerbook.log", report.name]
    )


@dataclass
class Opened:
    """Records held open, as the start-up holds them (store.opening.OpenedFolder)."""

    database: Path
    released: list[Path] = field(default_factory=list)

    def release(self) -> None:
        self.released.append(self.database)


def test_damage_found_after_a_crash_goes_to_the_damaged_records_path(
    crashed: AppPaths, tmp_path: Path, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    sound = tmp_path / "restored.db"
    sound.write_bytes(crashed.database.read_bytes())
    damage(crashed.database)
    held = Opened(crashed.database)
    reopened: list[AppPaths] = []

    def reopen(paths: AppPaths) -> Opened | None:  # the person said no to the backup
        reopened.append(paths)
        return None

    assert crash_notice.tell_about_last_crash(crashed, held, reopen) is None
    assert held.released == [crashed.database] and reopened == [crashed]
    assert no_blocking_dialogs == []  # not told yet: the next start will say it
    assert len(list(crashed.logs.glob("crash-watch-*.txt"))) == 1

    restored = Opened(sound)
    again = crash_notice.tell_about_last_crash(
        crashed, Opened(crashed.database), lambda _p: restored
    )
    assert again is restored
    assert [t for t, _ in no_blocking_dialogs] == [TITLE]
    assert "checked them just now" in no_blocking_dialogs[0][1]  # the restored records
    assert list(crashed.logs.glob("crash-watch-*.txt")) == []
