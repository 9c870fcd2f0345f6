"""Crash safety for collections: kill -9 an import at random moments; nothing reported is lost.

A child process imports a folder of returns through the app's own importer and prints each
return's id only once the importer has reported it stored (after its COMMIT). The parent
kills the child and its reader processes (the whole process group, as a power cut would)
after a random number of returns, over and over, each round offering the same folder again.
Then every reported return must be in the collection with all its partnerships, and
SQLite's integrity_check and foreign_key_check must be clean.
"""

# File only: a server that stops mid-import is test_collection_server's (issue 19).
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.collection.opening import open_collection
from tests.collection_support import payloads, pdfs

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="kills a process group with POSIX signals"
)

CHILD = r"""
import sys
from pathlib import Path
from desktop.services.collection.importer import import_returns

def progress(_done, _total, outcome):
    if outcome.outcome in ("imported", "supersedes"):
        # Printed only after import_one has committed this return.
        print(f"done {outcome.return_id}", flush=True)

print("ready", flush=True)
import_returns(Path(sys.argv[1]), [Path(sys.argv[2])], progress=progress, workers=1)
print("finished", flush=True)
"""

RETURNS = 40
ROUNDS = 8


def _round(collection: Path, folder: Path, kill_after: int, reported: list[str]) -> bool:
    """One import, killed after ``kill_after`` stored returns; True if it finished first."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(collection), str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
        start_new_session=True,  # its own process group: the readers die with it
    )
    assert child.stdout is not None
    finished = False
    done = 0
    for line in child.stdout:
        if not line.endswith("\n"):
            break
        kind, _, key = line.strip().partition(" ")
        if kind == "done":
            reported.append(key)
            done += 1
            if done >= kill_after:
                break
        elif kind == "finished":
            finished = True
            break
    os.killpg(child.pid, signal.SIGKILL)
    for line in child.stdout:  # what it printed before dying still counts
        if line.endswith("\n") and line.startswith("done "):
            reported.append(line.split()[1])
    child.stdout.close()
    child.wait(timeout=30)
    return finished


def test_kill_nine_during_imports_loses_no_reported_return(tmp_path: Path) -> None:
    folder = tmp_path / "returns"
    folder.mkdir()
    items = payloads(RETURNS, seed=9)
    pdfs(folder, items)
    expected_partnerships = {str(item["return_id"]): len(item["partnerships"]) for item in items}
    collection = tmp_path / "area.pbcollection"
    open_collection(collection, create=True)
    rng = random.Random(2026)
    reported: list[str] = []
    kills = 0
    for _ in range(ROUNDS):
        if not _round(collection, folder, rng.randint(1, 9), reported):
            kills += 1
    _round(collection, folder, RETURNS + 1, reported)  # a last, whole import
    conn = sqlite3.connect(collection)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {
            uuid: count
            for uuid, count in conn.execute(
                "SELECT r.uuid, count(p.id) FROM collected_return r "
                "LEFT JOIN collected_partnership p ON p.return_id = r.id GROUP BY r.id"
            )
        }
    finally:
        conn.close()
    print(
        json.dumps(
            {"rounds": ROUNDS, "killed": kills, "reported": len(reported), "stored": len(stored)}
        )
    )
    assert kills >= ROUNDS // 2  # most rounds really were cut short
    lost = [uuid for uuid in reported if uuid not in stored]
    assert lost == []
    # Every return is wholly there: each with all of its partnerships, none half-stored.
    assert stored == expected_partnerships
