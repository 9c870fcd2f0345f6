"""Start-up: process start to the main window shown with the demo data loaded.

Compared in the same run with a bare PySide6 window shown and closed, so a slow machine
moves both figures together. Run with ``pytest -m benchmark tests/benchmarks``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, window.close)
sys.exit(app.exec())
"""
RUNS = 7


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - start


def test_start_to_main_window(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERBOOK_DATA_DIR=str(tmp_path))
    subprocess.run(
        [sys.executable, "-m", "desktop", "demo"], env=env, check=True, capture_output=True
    )
    app = [sys.executable, "-m", "desktop", "--exit-when-ready"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    timed(app, env)  # warm the disk cache for both, as a second start would be
    timed(bare, env)
    app_times = [timed(app, env) for _ in range(RUNS)]
    bare_times = [timed(bare, env) for _ in range(RUNS)]
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    print(
        f"\nstart to main window: median {app_median:.3f} s; bare PySide6 window: "
        f"{bare_median:.3f} s; ratio {app_median / bare_median:.2f}"
    )
    assert app_median < 0.8
    assert app_median <= 2.5 * bare_median
