"""A collection's backup, backup list and restore, timed on 1,000 returns.

The returns are stored straight from their checked data (the importer's own import_one),
not read from PDFs: the PDFs' reading is timed in test_collection_benchmark.py, and this
file is about the safety net. Budgets (2-core machine): a backup ≤ 2 s, the list of 40
backups with counts ≤ 2 s, a restore ≤ 4 s. Run with
``pytest -m benchmark tests/benchmarks/test_collection_backup_speed.py -s``.
"""

from __future__ import annotations

import shutil
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.services.collection.importer import import_one
from desktop.services.collection.safety import (
    backup_collection,
    list_collection_backups,
    restore_collection,
)
from desktop.services.collection.samples import base_payload, varied_payloads
from desktop.store import sqlite
from desktop.store.backup import backup_name
from desktop.store.collection.opening import backups_folder, open_collection

pytestmark = pytest.mark.benchmark
COUNT = 1000


def test_backup_list_and_restore_of_1000_returns(tmp_path: Path) -> None:
    path = tmp_path / "area.pbcollection"
    open_collection(path, create=True)
    items = varied_payloads(COUNT, seed=2026, base=base_payload(), extra_partnerships=240)
    conn = sqlite.connect(path)
    try:
        for number, item in enumerate(items):
            outcome = import_one(conn, tmp_path / f"return-{number}.pdf", item, (1, ""))
            assert outcome.outcome == "imported", outcome.reason
    finally:
        conn.close()
    size_kib = path.stat().st_size // 1024

    started = time.perf_counter()
    outcome = backup_collection(path, "manual")
    backup_seconds = time.perf_counter() - started

    folder = backups_folder(path)
    for week in range(1, 40):  # a folder as rotation leaves it after most of a year
        when = datetime.now() - timedelta(days=week * 7)
        shutil.copyfile(outcome.path, folder / backup_name("automatic", when, path.stem))
    started = time.perf_counter()
    infos = list_collection_backups(path)
    list_seconds = time.perf_counter() - started
    assert len(infos) == 40 and infos[0].counts["returns"] == COUNT

    started = time.perf_counter()
    restore_collection(path, outcome.path)
    restore_seconds = time.perf_counter() - started

    print(
        f"\ncollection backup benchmark: {COUNT} returns, {size_kib} KiB; "
        f"backup+verify+rotate {backup_seconds * 1000:.0f} ms; list of {len(infos)} backups "
        f"with counts {list_seconds * 1000:.0f} ms; restore (with its own backup first) "
        f"{restore_seconds * 1000:.0f} ms"
    )
    assert backup_seconds <= 2.0
    assert list_seconds <= 2.0
    assert restore_seconds <= 4.0
