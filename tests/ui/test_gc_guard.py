"""Cycles holding Qt objects are collected on the GUI thread, never in a worker thread."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref

from PySide6.QtWidgets import QWidget

from desktop.ui.gc_guard import GuiThreadCollector, collect_on_gui_thread


class _Holder:
    """A closed window caught in a reference cycle, as a lambda connected to it makes one."""

    def __init__(self) -> None:
        self.window = QWidget()
        self.me = self


def test_the_app_collects_cycles_on_its_own_timer(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = collect_on_gui_thread(qapp)
    assert isinstance(collector, GuiThreadCollector)
    assert collect_on_gui_thread(qapp) is collector  # installed once
    assert not gc.isenabled() and collector.timer.isActive()
    # The application itself installs it (in a fresh process: this one has its own app).
    code = (
        "import gc; from desktop.ui.application import make_application; "
        "app = make_application(); print(gc.isenabled())"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_worker_thread_never_collects_a_window(qtbot, gc_on_gui_thread) -> None:  # type: ignore[no-untyped-def]
    holder = _Holder()
    alive = weakref.ref(holder)
    seen_in_worker: list[bool] = []
    del holder

    def worker() -> None:
        # Far more allocations than the first threshold: Python would collect here.
        junk = [[index] for index in range(50_000)]
        seen_in_worker.append(alive() is not None and len(junk) == 50_000)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen_in_worker == [True]
    # Past the first threshold on the GUI thread, its next tick collects the cycle. (Other
    # threads freeing objects lower the count too, so it is topped up while waiting.)
    keep: list[list[int]] = []

    def collected() -> bool:
        while gc.get_count()[0] <= 2 * gc_on_gui_thread.thresholds[0]:
            keep.append([len(keep)])
        return alive() is None

    qtbot.waitUntil(collected, timeout=5_000)
    assert keep
