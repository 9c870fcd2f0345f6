"""Crashes no ``except`` can catch: a report is left by a real crash, found once, kept.

Each run is a real process: it starts the same crash file as the window, says "ready" on
stdout, then does what stdin tells it (crash by a segfault or an abort, or exit cleanly).
Waiting is on the pipe and on the process's end, never on a clock.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from file_damage import damage

from desktop.services.crash_reports import (
    RecordsCheck,
    check_records,
    mark_seen,
    unseen_crash_reports,
)

RUN = """
import faulthandler, os, sys
from pathlib import Path
from desktop.logging_setup import start_crash_log
crash_log = start_crash_log(Path(sys.argv[1]))
print(crash_log.path, flush=True)
action = sys.stdin.readline().strip()
if action == "segfault":
    faulthandler._sigsegv()
elif action == "abort":
    os.abort()
elif action == "exit":
    crash_log.stop()
else:
    sys.stdin.read()  # wait to be killed
"""
TIMEOUT = 30


def start_run(logs: Path) -> tuple[subprocess.Popen[str], Path]:
    """A running process with its crash file in ``logs``; returns it and the file."""
    process = subprocess.Popen(
        [sys.executable, "-c", RUN, str(logs)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()  # blocks until the file is in place
    assert line, process.communicate(timeout=TIMEOUT)[1]
    return process, Path(line)


def finish(process: subprocess.Popen[str], action: str) -> int:
    process.communicate(action + "\n", timeout=TIMEOUT)
    return process.returncode


@pytest.mark.parametrize(
    ("action", "fatal", "signal_number"),
    [
        ("segfault", "Segmentation fault", signal.SIGSEGV),
        ("abort", "Aborted", signal.SIGABRT),
    ],
)
def test_a_real_crash_leaves_a_report_that_is_found_once(
    tmp_path: Path, action: str, fatal: str, signal_number: int
) -> None:
    logs = tmp_path / "logs"
    process, crash_file = start_run(logs)
    assert crash_file.parent == logs and crash_file.stat().st_size == 0
    assert finish(process, action) == -signal_number

    reports = unseen_crash_reports(logs)
    assert reports == [crash_file]
    text = crash_file.read_text(encoding="utf-8")
    assert f"Fatal Python error: {fatal}" in text and "<string>" in text  # the stack

    (seen,) = mark_seen(reports)
    assert seen.parent == logs and seen.name.startswith("crash-") and seen.suffix == ".txt"
    assert seen.read_text(encoding="utf-8") == text  # kept, to send with a request for help
    assert unseen_crash_reports(logs) == []  # told once
    assert sorted(p.name for p in logs.iterdir()) == [seen.name]


def test_a_running_partnerbook_is_left_alone_and_a_clean_end_leaves_nothing(
    tmp_path: Path,
) -> None:
    logs = tmp_path / "logs"
    process, crash_file = start_run(logs)
    try:
        assert unseen_crash_reports(logs) == []
        assert crash_file.exists()  # still watched by the running process
    finally:
        assert finish(process, "exit") == 0
    assert list(logs.iterdir()) == []


def test_a_killed_run_has_no_report_and_its_empty_file_is_cleared(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    process, crash_file = start_run(logs)
    process.kill()  # as a power cut or "End task" would: nothing is written
    process.communicate(timeout=TIMEOUT)
    assert crash_file.exists() and crash_file.stat().st_size == 0
    assert unseen_crash_reports(logs) == []
    assert list(logs.iterdir()) == []


def test_two_starts_claim_a_report_once(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    process, _ = start_run(logs)
    assert finish(process, "segfault") == -signal.SIGSEGV
    first, second = unseen_crash_reports(logs), unseen_crash_reports(logs)
    assert first == second and len(first) == 1
    assert len(mark_seen(first)) == 1
    assert mark_seen(second) == []  # the other start renamed it first: it says nothing


def test_quick_check_of_the_records(tmp_path: Path) -> None:
    database = tmp_path / "partnerbook.db"
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("CREATE TABLE partnership (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany(
        "INSERT INTO partnership (name) VALUES (?)", [(f"P{i}" * 40,) for i in range(400)]
    )
    conn.commit()
    conn.close()
    assert check_records(database) is RecordsCheck.SOUND
    damage(database)
    assert check_records(database) is RecordsCheck.DAMAGED
    assert check_records(tmp_path / "gone.db") is RecordsCheck.UNCHECKED  # not damage
