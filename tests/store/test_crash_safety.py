"""Crash safety: kill -9 the writing process at random moments; nothing reported saved is lost.

A child process saves records in a loop through the app's real session path (one partnership,
its seat, a person and their representative row per save, so a torn transaction would show)
and prints each id only after the commit has returned. The parent kills it with SIGKILL after
a random number of saves, many times over, then checks every reported save is present, no save
is half there, and SQLite's full integrity_check and foreign_key_check are clean.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHILD = r"""
import sys
from pathlib import Path
from desktop.store.database import Database
from desktop.store.models import Partnership, Person, Representative, Seat

db = Database(Path(sys.argv[1]))
prefix = sys.argv[2]
print("ready", flush=True)
number = 0
while True:
    number += 1
    print(f"start {prefix}-{number}", flush=True)
    with db.session() as session:
        person = Person(full_name=f"Person {prefix}-{number}", notes="n" * (number % 7 * 300))
        session.add(person)
        session.flush()
        partnership = Partnership(name=f"Partnership {prefix}-{number}")
        lead = Representative(role="lead", person_id=person.id)
        partnership.seat = Seat(representatives=[lead])
        session.add(partnership)
    # Printed only once the commit has returned: this save was reported as done.
    print(f"done {prefix}-{number}", flush=True)
"""


@dataclass
class CrashFigures:
    rounds: int = 0
    attempted: int = 0
    reported: list[str] = field(default_factory=list)
    killed: int = 0
    lost: list[str] = field(default_factory=list)
    torn: int = 0
    integrity_failures: int = 0

    def summary(self) -> str:
        return (
            f"crash harness: rounds={self.rounds} saves attempted={self.attempted} "
            f"reported done={len(self.reported)} processes killed={self.killed} "
            f"saves lost={len(self.lost)} half-saved={self.torn} "
            f"integrity failures={self.integrity_failures}"
        )


def one_round(database: Path, prefix: str, kill_after: int, figures: CrashFigures) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(database), prefix],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    done = 0
    for line in child.stdout if kill_after else ():
        if not line.endswith("\n"):
            break  # cut off mid-line: not a report
        kind, _, key = line.strip().partition(" ")
        if kind == "start":
            figures.attempted += 1
        elif kind == "done":
            figures.reported.append(key)
            done += 1
            if done >= kill_after:
                break
    # The child is somewhere inside its next save (or further on) when it dies.
    os.kill(child.pid, signal.SIGKILL)
    figures.killed += 1
    for line in child.stdout:  # what it managed to print before dying still counts
        if line.endswith("\n") and line.startswith("done "):
            figures.reported.append(line.split()[1])
        elif line.startswith("start "):
            figures.attempted += 1
    child.stdout.close()
    assert child.wait(timeout=30) == -signal.SIGKILL
    figures.rounds += 1


def check(database: Path, figures: CrashFigures) -> None:
    conn = sqlite3.connect(database)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            figures.integrity_failures += 1
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            figures.integrity_failures += 1
        people = {r[0] for r in conn.execute("SELECT full_name FROM person")}
        partnerships = {r[0] for r in conn.execute("SELECT name FROM partnership")}
        figures.lost = [k for k in figures.reported if f"Person {k}" not in people]
        # Atomic: a save is either wholly there or not at all.
        keys = {n.removeprefix("Person ") for n in people}
        other = {n.removeprefix("Partnership ") for n in partnerships}
        unlinked = conn.execute(
            "SELECT count(*) FROM representative r LEFT JOIN person p ON p.id = r.person_id "
            "WHERE p.id IS NULL OR r.person_id IS NULL"
        ).fetchone()[0]
        figures.torn = len(keys ^ other) + int(unlinked)
    finally:
        conn.close()


def run_harness(database: Path, rounds: int, seed: int) -> CrashFigures:
    rng = random.Random(seed)
    figures = CrashFigures()
    for number in range(rounds):
        one_round(database, f"r{number}", rng.randint(0, 90), figures)
    check(database, figures)
    print(figures.summary())
    return figures


def test_kill_nine_during_saves_loses_nothing(database: object) -> None:
    path = database.path  # type: ignore[attr-defined]
    database.dispose()  # type: ignore[attr-defined]
    figures = run_harness(path, rounds=12, seed=8)
    assert figures.killed == 12
    assert len(figures.reported) >= 200  # hundreds of saves, not a handful
    assert figures.lost == []
    assert figures.torn == 0
    assert figures.integrity_failures == 0


@pytest.mark.benchmark
def test_kill_nine_many_rounds(database: object) -> None:
    path = database.path  # type: ignore[attr-defined]
    database.dispose()  # type: ignore[attr-defined]
    figures = run_harness(path, rounds=80, seed=2026)
    assert figures.lost == [] and figures.torn == 0 and figures.integrity_failures == 0
