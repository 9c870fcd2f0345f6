"""Exporting a return of 25 fully filled partnerships, in-process.

Target: at most 1.0 s and at most 200 MB peak memory. Time is the best of several runs
(the first warms reportlab's font and the ORM); memory is measured with tracemalloc in a
separate run because tracing slows Python down. Run with ``pytest -m benchmark``.
"""

from __future__ import annotations

import resource
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.return_period import parse_period
from desktop.services.return_reader import read_return
from desktop.services.returns import ExportRequest, export_return
from tests.conftest import FIXED_TODAY
from tests.returns.filling import add_partnerships

pytestmark = pytest.mark.benchmark

PARTNERSHIPS = 25
RUNS = 5
NOW = datetime(2026, 11, 28, 10, 0)


def _export(database, out: Path, minute: int):  # type: ignore[no-untyped-def]
    with database.session() as session:
        request = ExportRequest(period=parse_period("2026-27"), out_path=out)
        return export_return(session, request, now=NOW.replace(minute=minute))


def test_return_of_25_partnerships(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        add_partnerships(session, PARTNERSHIPS, FIXED_TODAY)
    out = tmp_path / "return.pdf"
    _export(database, out, 0)
    wall, cpu = [], []
    for run in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        _export(database, out, run + 1)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    tracemalloc.start()
    _export(database, out, 59)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    payload = read_return(out)
    assert len(payload["partnerships"]) == PARTNERSHIPS
    pages = len(__import__("pypdf").PdfReader(str(out)).pages)
    print(
        f"\nreturn of {PARTNERSHIPS} partnerships, {pages} pages, {out.stat().st_size // 1024} KB: "
        f"best {min(wall):.3f} s wall ({min(cpu):.3f} s CPU), "
        f"median {sorted(wall)[RUNS // 2]:.3f} s; "
        f"peak traced memory {peak / 2**20:.1f} MB; "
        f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    assert peak <= 200 * 2**20
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss <= 200 * 1024
    assert min(wall) <= 1.0
