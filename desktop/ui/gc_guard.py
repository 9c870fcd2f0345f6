"""Python's cyclic garbage collector, run only on the GUI thread.

Python collects cycles in whichever thread happens to allocate when a threshold is crossed.
If that is a worker (an import or an export) and the garbage holds a Qt object, such as a
window closed a while ago, Qt is asked to destroy a widget off the GUI thread and aborts
the whole program. So automatic collection is switched off and this timer does the same
work, by the same thresholds, on the GUI thread. Reference counting still frees everything
that is not in a cycle at once, in any thread; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["GuiThreadCollector", "collect_on_gui_thread"]

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the generations whose allocation counts passed their thresholds."""
        first, second, third = self.thresholds
        count0, count1, count2 = gc.get_count()
        if count0 <= first:
            return 0
        if count1 < second:
            return gc.collect(0)
        if count2 < third:
            return gc.collect(1)
        return gc.collect(2)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once for ``app`` (calling again returns the same one)."""
    # Kept on the application rather than found among its children: findChild has PySide6
    # load the class of every child, the style's among them (~5 ms of start-up in enums).
    existing = getattr(app, "_gui_thread_collector", None)
    if isinstance(existing, GuiThreadCollector):
        return existing
    collector = GuiThreadCollector(app)
    app._gui_thread_collector = collector  # type: ignore[attr-defined]
    return collector
