"""Backup, listing and restore timings on a database the size of a busy group's.

A busy group after ten years: about 60 partnerships, 600 meetings, 3,000 actions. Run with
``pytest -m benchmark tests/benchmarks/test_backup_speed.py -s``.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest

from desktop.paths import AppPaths
from desktop.services.backups import backup_now, list_backups, restore_backup
from desktop.store.backup import backup_name
from desktop.store.models import Action, Meeting, Partnership

pytestmark = pytest.mark.benchmark


def test_backup_list_and_restore_speed(demo_database: object, app_paths: AppPaths) -> None:
    with demo_database.session() as session:  # type: ignore[attr-defined]
        for number in range(60):
            partnership = Partnership(name=f"Partnership {number}", purpose="p" * 400)
            session.add(partnership)
            session.flush()
            for meeting in range(10):
                session.add(
                    Meeting(
                        partnership_id=partnership.id,
                        meeting_date=date(2016, 1, 1) + timedelta(days=meeting * 180),
                        notes="n" * 800,
                    )
                )
            for action in range(50):
                session.add(
                    Action(partnership_id=partnership.id, description=f"Action {action} " * 10)
                )
    demo_database.dispose()  # type: ignore[attr-defined]
    size_kib = app_paths.database.stat().st_size // 1024

    start = time.perf_counter()
    outcome = backup_now(app_paths, "manual")
    backup_seconds = time.perf_counter() - start

    for day in range(1, 40):  # a folder as rotation leaves it
        when = datetime.now() - timedelta(days=day * 7)
        (app_paths.backups / backup_name("automatic", when)).write_bytes(outcome.path.read_bytes())
    start = time.perf_counter()
    infos = list_backups(app_paths.database, app_paths.backups)
    list_seconds = time.perf_counter() - start

    start = time.perf_counter()
    restore_backup(app_paths.database, app_paths.backups, outcome.path)
    restore_seconds = time.perf_counter() - start

    print(
        f"\nbackup benchmark: database {size_kib} KiB; backup+verify+rotate "
        f"{backup_seconds * 1000:.0f} ms; list {len(infos)} backups with counts "
        f"{list_seconds * 1000:.0f} ms; restore (incl. safety backup and full check) "
        f"{restore_seconds * 1000:.0f} ms"
    )
    assert backup_seconds < 2.0
    assert list_seconds < 2.0
    assert restore_seconds < 4.0
