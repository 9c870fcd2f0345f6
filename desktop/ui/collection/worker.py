"""Imports run on a pool thread so the window stays responsive; Cancel stops between files.

The worker reports through a signals object (QRunnable cannot emit). Each file is already
its own transaction in the service, so cancelling never leaves half a file behind: the
file being read finishes or is not started.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from desktop.services.collection.importer import FileOutcome, ImportStopped, import_returns
from desktop.services.storage_errors import storage_problem_message
from desktop.ui.problem_text import said, translate


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWorker", text)


class ImportSignals(QObject):
    progress = Signal(int, int, object)  # done, total, FileOutcome
    finished = Signal(object)  # ImportSummary
    failed = Signal(str)


class ImportWorker(QRunnable):
    def __init__(
        self,
        collection: Path,
        paths: Sequence[Path],
        second_folder: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__()
        self.collection = collection
        self.second_folder = second_folder
        self.paths = list(paths)
        self.signals = ImportSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the window keeps it until finished arrives

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def progress(done: int, total: int, outcome: FileOutcome) -> None:
            self.signals.progress.emit(done, total, outcome)

        try:
            summary = import_returns(
                self.collection,
                self.paths,
                progress=progress,
                cancelled=self._cancel.is_set,
                second_folder=self.second_folder,
            )
        except ImportStopped as exc:
            self.signals.failed.emit(said(exc))
            return
        except Exception as exc:  # a full disk in plain words; our bug said plainly, not hidden
            plain = storage_problem_message(exc, translate)
            if plain is None:
                from desktop.logging_setup import log

                log.exception("The import of returns failed")
                plain = tr("The import stopped because of an unexpected error ({kind}).").format(
                    kind=type(exc).__name__
                )
            self.signals.failed.emit(plain)
            return
        self.signals.finished.emit(summary)
