"""Collection timings: import 1,000 exported returns; open and filter the partnerships view.

Budgets (2-core test machine): import ≤ 30 s; all-partnerships view opens ≤ 0.5 s and
filters ≤ 100 ms. The 1,000 PDFs are made by the app's own export from varied generated
data; making them takes minutes, so they are cached in a temporary folder and reused by
later runs (delete the folder to make them afresh).
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import pytest

from desktop.services.collection.importer import import_returns
from desktop.services.collection.samples import base_payload, varied_payloads, write_pdfs
from desktop.store import sqlite
from desktop.store.collection.opening import open_collection

COUNT = 1000
CACHE = Path(tempfile.gettempdir()) / f"partnerbook-benchmark-returns-v1-{COUNT}"


@pytest.fixture(scope="module")
def return_files() -> Path:
    marker = CACHE / "complete.json"
    if not marker.exists():
        items = varied_payloads(COUNT, seed=2026, base=base_payload(), extra_partnerships=240)
        write_pdfs(items, CACHE)
        marker.write_text(json.dumps({"count": COUNT}))
    return CACHE


@pytest.fixture(scope="module")
def imported(return_files: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    path = tmp_path_factory.mktemp("bench") / "area.pbcollection"
    open_collection(path, create=True)
    started = time.perf_counter()
    summary = import_returns(path, [return_files])
    elapsed = time.perf_counter() - started
    assert summary.count("imported") == COUNT, {o.reason for o in summary.outcomes}
    print(f"\nimport of {COUNT} returns: {elapsed:.1f} s ({1000 * elapsed / COUNT:.1f} ms each)")
    return path, elapsed


@pytest.mark.benchmark
def test_import_1000_returns_within_30_seconds(imported: tuple[Path, float]) -> None:
    assert imported[1] <= 30.0


@pytest.mark.benchmark
def test_reimporting_1000_returns_changes_nothing(
    imported: tuple[Path, float], return_files: Path
) -> None:
    started = time.perf_counter()
    summary = import_returns(imported[0], [return_files])
    print(f"\nre-import of {COUNT} duplicates: {time.perf_counter() - started:.1f} s")
    assert summary.count("duplicate") == COUNT


@pytest.mark.benchmark
def test_partnerships_view_opens_and_filters_fast(imported: tuple[Path, float], qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.collection.pages import PartnershipsPage

    page = PartnershipsPage(lambda alias, into: None)
    qtbot.addWidget(page)
    conn = sqlite.connect(imported[0])
    try:
        started = time.perf_counter()
        page.refresh(conn)
        page.show()
        qtbot.waitExposed(page)
        opened = time.perf_counter() - started
        rows = page.model.rowCount()
        timings = []
        for text in ("torridge", "bideford health", "forum", "zzz", ""):
            started = time.perf_counter()
            page.search.setText(text)
            page.proxy.rowCount()
            timings.append(time.perf_counter() - started)
    finally:
        conn.close()
    print(
        f"\npartnerships view: {rows} partnerships, opened in {1000 * opened:.0f} ms; "
        f"filter {', '.join(f'{1000 * t:.1f}' for t in timings)} ms"
    )
    assert rows > 200
    assert opened <= 0.5
    assert max(timings) <= 0.1
