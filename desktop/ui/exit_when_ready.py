"""``--exit-when-ready`` never waits for a click: a dialog that would ask something ends the run.

Scripts (checks, timings, the frozen build's smoke test) start Partnerbook with
``--exit-when-ready`` and wait for it to finish. A start-up question (damaged records, a
risky folder, a crash notice) would wait for an answer nobody gives, for ever. Rather than
teach every dialog, present and future, about this mode, one watcher looks for any modal
window, answers it as the Escape key would (the safe answer: nothing is changed), names it
on stderr and in the log, and the run ends with ``DIALOG_STATUS``.

A timer looks rather than an application-wide event filter, which would call Python for
every event of the start-up. A modal dialog runs its own event loop, and timers fire in it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from desktop.logging_setup import log

# The exit status of a run that met a dialog; said in --exit-when-ready's help (desktop.cli,
# which imports no Qt, so it repeats the number) and in the README.
DIALOG_STATUS = 3
LOOK_EVERY_MS = 20


class DialogWatch(QObject):
    """While it runs, answers every modal dialog with Escape; ``titles`` says which."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.titles: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        widget = QApplication.activeModalWidget()
        # A progress dialog asks nothing and ends by itself; cancelling it would stop work.
        if widget is None or not widget.isVisible() or isinstance(widget, QProgressDialog):
            return
        title = widget.windowTitle() or type(widget).__name__
        self.titles.append(title)
        log.warning("--exit-when-ready: closed a dialog that waited for an answer: %s", title)
        if sys.stderr is not None:  # none in a windowed build on Windows
            print(
                f"partnerbook: --exit-when-ready: a dialog would have waited for an answer: "
                f"{title!r}; closed it as if Escape was pressed (exit status {DIALOG_STATUS}).",
                file=sys.stderr,
                flush=True,
            )
        dismiss(widget)

    def stop(self) -> None:
        self._timer.stop()
        self.setParent(None)


def dismiss(widget: QWidget) -> None:
    """Close ``widget`` as Escape would; a dialog that ignores Escape is rejected, then hidden
    (hiding a dialog ends its event loop, so its caller goes on either way)."""
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(widget, escape)
    if widget.isVisible() and isinstance(widget, QDialog):
        widget.reject()
    if widget.isVisible():
        widget.hide()
