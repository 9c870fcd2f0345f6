"""Errors in the window: a calm dialog, never a raw traceback.

Two kinds (see DESIGN.md): storage problems from the person's world (disk full, permission
lost, USB stick removed) get the plain message from services.storage_errors; our own bugs get
"your data is safe" and the path of the report we saved. ``install_excepthook`` catches what
slips through everywhere else, including exceptions raised inside Qt slots.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.logging_setup import log, setup_logging, write_error_report
from desktop.services.storage_errors import StorageProblem, storage_problem_message
from desktop.ui.problem_text import translate

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def show_storage_problem(message: str, parent: QWidget | None = None) -> None:
    """``message`` from storage_errors, in English or already translated: the English
    templates carry no values, so the translation is found here if it was not before."""
    QMessageBox.warning(parent, tr("Not saved"), translate(message))


def unexpected_error_text(report: Path | None) -> str:
    where = (
        tr("A report was saved to:\n{path}\nIf you ask for help, please attach it.").format(
            path=report
        )
        if report
        else tr("The report could not be saved.")
    )
    return (
        tr(
            "Partnerbook ran into a problem it did not expect. Your data is safe: everything "
            "you saved before this is still there, and your backups are untouched."
        )
        + "\n\n"
        + where
    )


class _Relay(QObject):
    """Carries a dialog request from a worker thread to the UI thread (queued signal)."""

    requested = Signal(object, object)  # storage message or None, report path or None


class ErrorHandler:
    """The global exception hook. Reentrancy-safe: an error while reporting is only logged.

    Dialogs are shown on the UI thread only: an error in a worker thread is reported there
    and its dialog is relayed, because widgets must never be touched from another thread.
    """

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.previous: ExceptHook = sys.excepthook
        self._busy = False
        self.reports: list[Path] = []
        self._relay = _Relay()
        self._relay.requested.connect(self._show)

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        if isinstance(exc, StorageProblem):
            log.warning("Not saved: %s", exc.message)  # already shown; not our bug
            return
        report = write_error_report(self.logs, exc_type, exc, tb)
        if report:
            self.reports.append(report)
        app = QApplication.instance()
        if app is None:
            return
        message = storage_problem_message(exc, translate)
        if QThread.currentThread() is app.thread():
            self._show(message, report)
        else:
            self._relay.requested.emit(message, report)

    def _show(self, message: str | None, report: Path | None) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            parent = QApplication.activeWindow()
            if message is not None:
                show_storage_problem(message, parent)
            else:
                QMessageBox.critical(
                    parent, tr("Something went wrong"), unexpected_error_text(report)
                )
        finally:
            self._busy = False


def install_excepthook(logs: Path) -> ErrorHandler:
    """Log to ``logs`` and show calm dialogs for anything unhandled from now on.

    Covers the UI thread, Qt slots and Python threads (``threading.excepthook``).
    """
    # An unwritable logs folder must not stop the app; the dialog then says no report was saved.
    with contextlib.suppress(OSError):
        setup_logging(logs)
    handler = ErrorHandler(logs)
    sys.excepthook = handler
    threading.excepthook = lambda args: handler(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )
    return handler
