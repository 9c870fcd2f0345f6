"""Several officers importing overlapping folders into one server collection at once
(issue 19): every file gets exactly one outcome, each return is stored once, nothing lost."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from collection_support import orphan_partnerships, payloads, pdfs

from desktop.services.collection import importer
from desktop.services.collection.importer import import_returns
from desktop.services.collection.intake import Limits, read_checked
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection
from tests.postgres_support import Cluster


def test_officers_importing_overlapping_folders_at_once_store_each_return_once(
    pg_collection: str, tmp_path: Path
) -> None:
    items = payloads(12, seed=911, groups=4)  # several returns per group: new groups race too
    every = pdfs(tmp_path / "all", items)
    # Each officer's folder overlaps the others'; one also holds a second copy of a file.
    picks = [range(0, 8), range(4, 12), [*range(0, 4), *range(8, 12)]]
    folders = []
    for n, pick in enumerate(picks):
        folder = tmp_path / f"officer{n}"
        folder.mkdir()
        for i in pick:
            shutil.copy(every[i], folder / every[i].name)
        folders.append(folder)
    shutil.copy(every[0], folders[2] / "copy-of-return-000.pdf")

    env = dict(os.environ, PARTNERBOOK_DATA_DIR=str(tmp_path / "data"))
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "collect", "import", pg_collection, str(f), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for f in folders
    ]
    results = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        results.append(json.loads(out))

    # Every file each officer offered has exactly one outcome, in that officer's answer.
    for folder, outcomes in zip(folders, results, strict=True):
        offered = sorted(p.name for p in folder.iterdir())
        assert sorted(Path(o["path"]).name for o in outcomes) == offered
        assert {o["outcome"] for o in outcomes} <= {"imported", "supersedes", "duplicate"}
    # Each return was stored by exactly one officer; the others were told it was here.
    imported = Counter(
        o["return_id"] for r in results for o in r if o["outcome"] in ("imported", "supersedes")
    )
    assert sorted(imported) == sorted(i["return_id"] for i in items)
    assert set(imported.values()) == {1}

    conn = db.connect(pg_collection)
    try:
        uuids = [r[0] for r in conn.execute("SELECT uuid FROM collected_return").fetchall()]
        marks = sorted(conn.execute("SELECT uuid, status, superseded_by FROM collected_return"))
        groups = conn.execute("SELECT count(*), count(DISTINCT uuid) FROM collected_group")
        group_count, distinct_groups = groups.fetchone()
        logged = conn.execute("SELECT count(*) FROM import_log").fetchone()[0]
        orphans = orphan_partnerships(conn)
    finally:
        conn.close()
    assert sorted(uuids) == sorted(i["return_id"] for i in items)  # no duplicates, none lost
    assert group_count == distinct_groups == 4
    assert logged == sum(len(r) for r in results)  # every offer is in the log
    assert orphans == 0

    # Which return has the latest word is the same as if one officer had imported them all.
    alone = tmp_path / "alone.pbcollection"
    open_collection(alone, create=True)
    import_returns(alone, every)
    conn = db.connect(alone)
    try:
        expected = sorted(conn.execute("SELECT uuid, status, superseded_by FROM collected_return"))
    finally:
        conn.close()
    assert marks == expected


def test_the_same_return_offered_twice_at_the_same_moment_is_kept_once(
    pg_cluster: Cluster, pg_collection: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second officer's insert waits on the unique constraint, fails when the first
    commits, and the file is stored again: "already here", not a second copy or an error."""
    (item,) = payloads(1, seed=912)
    (path,) = pdfs(tmp_path, [item])
    read = read_checked(str(path), Limits())
    first_logged, go_on = threading.Event(), threading.Event()
    real_log = importer._log

    def log_then_wait(conn: object, outcome: object, size: int, digest: str) -> None:
        real_log(conn, outcome, size, digest)  # type: ignore[arg-type]
        if threading.current_thread().name == "first":
            first_logged.set()
            assert go_on.wait(60)  # hold the transaction open until the second is waiting

    monkeypatch.setattr(importer, "_log", log_then_wait)
    # Without the per-group turn-taking, so only the unique constraint stands in the way.
    monkeypatch.setattr(db, "serialise", lambda conn, key: None)
    outcomes: dict[str, str] = {}

    def officer(name: str) -> None:
        conn = db.connect(pg_collection)
        try:
            outcomes[name] = importer.import_one(conn, path, read).outcome
        finally:
            conn.close()

    first = threading.Thread(target=officer, args=("first",), name="first")
    second = threading.Thread(target=officer, args=("second",), name="second")
    first.start()
    assert first_logged.wait(60)
    second.start()
    database = pg_collection.split("dbname=")[1].split()[0]
    waiting = (
        "SELECT count(*) FROM pg_stat_activity WHERE datname = '"
        + database
        + "' AND wait_event_type = 'Lock'"
    )
    deadline = time.monotonic() + 60
    while pg_cluster.sql(waiting)[0][0] == 0 and time.monotonic() < deadline:
        second.join(0.05)  # the second insert is blocked by the first's uncommitted row
    go_on.set()
    first.join(60)
    second.join(60)
    assert outcomes == {"first": "imported", "second": "duplicate"}
    conn = db.connect(pg_collection)
    try:
        assert conn.execute("SELECT count(*) FROM collected_return").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM collected_group").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM import_log").fetchone()[0] == 2
    finally:
        conn.close()
