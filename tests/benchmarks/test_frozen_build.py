"""The frozen Linux bundle: its size, start to the main window, and the self-test.

Needs the bundle first:  bash installers/linux/build.sh  (it lands in dist/partnerbook).
Run with:  pytest -m benchmark tests/benchmarks/test_frozen_build.py -s
The first start after the page cache is dropped (when we are allowed to drop it) is the
"cold" figure a volunteer sees after switching the laptop on; the median of later starts
is the everyday figure.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

BUNDLE = Path(__file__).resolve().parents[2] / "dist" / "partnerbook"
EXECUTABLE = BUNDLE / "partnerbook"
RUNS = 5
SIZE_LIMIT_MB = 180


def folder_size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def drop_page_cache() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=180)
    return time.perf_counter() - start


@pytest.fixture(scope="module")
def bundle() -> Path:
    assert EXECUTABLE.is_file(), "Build the bundle first: bash installers/linux/build.sh"
    return EXECUTABLE


def test_bundle_size(bundle: Path) -> None:
    size = folder_size_mb(BUNDLE)
    print(f"\nbundle size: {size:.0f} MB unpacked")
    assert size <= SIZE_LIMIT_MB


def test_frozen_start_to_main_window(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERBOOK_DATA_DIR=str(tmp_path))
    subprocess.run([str(bundle), "demo"], env=env, check=True, capture_output=True)
    cold = drop_page_cache()
    first = timed([str(bundle), "--exit-when-ready"], env)
    times = [timed([str(bundle), "--exit-when-ready"], env) for _ in range(RUNS)]
    print(
        f"\nfrozen start to main window (example data): first {first:.2f} s "
        f"({'cold cache' if cold else 'cache not dropped'}), "
        f"then median {statistics.median(times):.2f} s over {RUNS}"
    )
    assert statistics.median(times) < 3.0


def test_frozen_self_test(bundle: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = [timed([str(bundle), "--self-test"], env) for _ in range(3)]
    print(f"\nfrozen self-test, process start to exit: median {statistics.median(times):.2f} s")
    assert statistics.median(times) < 30.0
