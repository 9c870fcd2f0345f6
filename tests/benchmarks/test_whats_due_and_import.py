"""Timings: importing a 5,000-row spreadsheet, and Home's reads with a big database.

Run with ``pytest -m benchmark tests/benchmarks/test_whats_due_and_import.py -s``.
The limits are generous (a slow shared machine must not fail them); the printed figures
are what to compare between changes.
"""

from __future__ import annotations

import csv
import statistics
import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.services.spreadsheet_import import (
    import_partnerships,
    preview_import,
    read_spreadsheet,
)
from desktop.services.whats_due import attention, due_actions
from desktop.store.models import Action, Person
from tests.conftest import FIXED_TODAY

pytestmark = pytest.mark.benchmark

ROWS = 5_000
ACTIONS = 10_000


def write_big_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Name", "Status", "Our role", "Start", "Next meeting", "Themes", "Partners"])
        for i in range(ROWS):
            out.writerow(
                [
                    f"Partnership number {i}",
                    ("Active", "Considering", "Paused")[i % 3],
                    "Member",
                    "01/04/2024",
                    (FIXED_TODAY + timedelta(days=i % 90)).strftime("%d/%m/%Y"),
                    "Housing; Transport",
                    f"Council {i % 40} (statutory); Charity {i % 300} (voluntary, host)",
                ]
            )
    return path


def timed(work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def test_import_5000_rows_then_read_whats_due(database, tmp_path, capsys) -> None:
    path = write_big_csv(tmp_path / "big.csv")
    sheet, read_s = timed(lambda: read_spreadsheet(path))
    preview, preview_s = timed(lambda: preview_import(sheet, []))
    assert len(preview.good_rows) == ROWS

    def commit() -> int:
        with database.session() as session:
            return len(import_partnerships(session, preview).created)

    created, commit_s = timed(commit)
    assert created == ROWS

    with database.session() as session:
        owner = Person(full_name="Priya Shah")
        session.add(owner)
        session.flush()
        session.add_all(
            Action(
                partnership_id=1 + i % ROWS,
                description=f"Action {i}",
                owner_person_id=owner.id if i % 2 else None,
                owner_label="" if i % 2 else "The council",
                due_date=FIXED_TODAY + timedelta(days=(i % 120) - 30),
                status="done" if i % 5 == 0 else "open",
            )
            for i in range(ACTIONS)
        )
    conn = database.raw()
    due_runs = [timed(lambda: due_actions(conn, FIXED_TODAY))[1] for _ in range(5)]
    attention_runs = [timed(lambda: attention(conn, FIXED_TODAY))[1] for _ in range(5)]
    conn.close()
    with capsys.disabled():
        print(
            f"\nimport {ROWS} rows: read {read_s * 1000:.0f} ms, preview {preview_s * 1000:.0f} ms,"
            f" commit {commit_s * 1000:.0f} ms"
            f"\nwhat's due ({ACTIONS} actions): {statistics.median(due_runs) * 1000:.0f} ms;"
            f" attention panels {statistics.median(attention_runs) * 1000:.0f} ms"
        )
    assert read_s + preview_s < 10 and commit_s < 60
    assert statistics.median(due_runs) < 1.0


def test_home_refresh_with_a_big_database(database, tmp_path, qtbot, capsys) -> None:
    from desktop.paths import resolve
    from desktop.store.models import GroupProfile
    from desktop.ui import home
    from desktop.ui.data import DataHub

    path = write_big_csv(tmp_path / "big.csv")
    preview = preview_import(read_spreadsheet(path), [])
    with database.session() as session:
        session.add(GroupProfile(name="Big Group"))
        import_partnerships(session, preview)
        session.add_all(
            Action(
                partnership_id=1 + i % ROWS,
                description=f"Action {i}",
                due_date=FIXED_TODAY + timedelta(days=(i % 120) - 30),
            )
            for i in range(ACTIONS)
        )
    hub = DataHub(resolve(database.path.parent))
    area, build_s = timed(lambda: home.HomeArea(hub))
    qtbot.addWidget(area)
    runs = [timed(area.refresh)[1] for _ in range(5)]
    rows = area.model.rowCount()
    area.close()
    area.deleteLater()
    qtbot.wait(0)
    hub.close()
    hub.deleteLater()
    with capsys.disabled():
        print(
            f"\nHome with {ROWS} partnerships and {ACTIONS} actions: first build "
            f"{build_s * 1000:.0f} ms, refresh {statistics.median(runs) * 1000:.0f} ms"
        )
    assert rows == ACTIONS
    assert statistics.median(runs) < 3.0
