"""Exporting a return of 25 fully filled partnerships, in-process.

Target: at most 1.0 s and at most 200 MB peak memory. Time is the best of several runs
(the first warms reportlab's font and the ORM); memory is measured with tracemalloc in a
separate run because tracing slows Python down, and as the peak resident size of a fresh
process that only exports the return (the pytest process's own peak counts every test
that ran before, so it says nothing about the export). Run with ``pytest -m benchmark``.
"""

from __future__ import annotations

import subprocess
import sys
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
# A fresh interpreter that opens the database, exports once and prints its peak RSS in KB.
# VmHWM is this process's own peak: ru_maxrss would also count the pytest process's memory,
# which Linux carries over into a child started with (v)fork and exec.
EXPORT_ALONE = """
import resource, sys
from datetime import datetime
from pathlib import Path
from desktop.domain.return_period import parse_period
from desktop.services.returns import ExportRequest, export_return
from desktop.store.database import Database

database = Database(Path(sys.argv[1]))
with database.session() as session:
    request = ExportRequest(period=parse_period("2026-27"), out_path=Path(sys.argv[2]))
    export_return(session, request, now=datetime.fromisoformat(sys.argv[3]))
database.dispose()
try:
    status = Path("/proc/self/status").read_text().splitlines()
    print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(peak // 1024 if sys.platform == "darwin" else peak)
"""


def _export(database, out: Path, minute: int):  # type: ignore[no-untyped-def]
    with database.session() as session:
        request = ExportRequest(period=parse_period("2026-27"), out_path=out)
        return export_return(session, request, now=NOW.replace(minute=minute))


def _peak_rss_of_export_alone(database, out: Path) -> int:  # type: ignore[no-untyped-def]
    """The peak resident size, in KB, of a process that does nothing but this export."""
    args = [str(database.path), str(out), NOW.replace(minute=58).isoformat()]
    result = subprocess.run(
        [sys.executable, "-c", EXPORT_ALONE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


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
    alone_out = tmp_path / "alone.pdf"
    peak_rss_kb = _peak_rss_of_export_alone(database, alone_out)
    assert len(read_return(alone_out)["partnerships"]) == PARTNERSHIPS
    payload = read_return(out)
    assert len(payload["partnerships"]) == PARTNERSHIPS
    pages = len(__import__("pypdf").PdfReader(str(out)).pages)
    print(
        f"\nreturn of {PARTNERSHIPS} partnerships, {pages} pages, {out.stat().st_size // 1024} KB: "
        f"best {min(wall):.3f} s wall ({min(cpu):.3f} s CPU), "
        f"median {sorted(wall)[RUNS // 2]:.3f} s; "
        f"peak traced memory {peak / 2**20:.1f} MB; "
        f"peak RSS of a process that only exports it {peak_rss_kb / 1024:.0f} MB"
    )
    assert peak <= 200 * 2**20
    assert peak_rss_kb <= 200 * 1024
    assert min(wall) <= 1.0
