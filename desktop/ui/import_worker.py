"""Storing the checked rows of a spreadsheet off the UI thread.

A council's list of several thousand partnerships takes seconds to store on an old laptop;
done in the window's own thread the window would stop answering (and Windows would call it
"Not responding"). The worker opens its own session, writes in one transaction (all rows or
none), and reports through a signals object, because a QRunnable cannot emit signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop.services.spreadsheet_import import ImportPreview, ImportRefused, import_partnerships


class ImportSignals(QObject):
    finished = Signal(object)  # ImportResult
    refused = Signal(str)  # rows with problems, or none left: nothing was written
    failed = Signal(str)  # a plain message: nothing was written


class ImportWorker(QRunnable):
    def __init__(self, database_path: Path, preview: ImportPreview, skip_bad_rows: bool) -> None:
        super().__init__()
        self.database_path = database_path
        self.preview = preview
        self.skip_bad_rows = skip_bad_rows
        self.signals = ImportSignals()
        self.setAutoDelete(False)  # the dialog keeps it until a result arrives

    def run(self) -> None:
        from desktop.store.database import Database

        database = Database(self.database_path)
        try:
            with database.session() as session:
                result = import_partnerships(
                    session, self.preview, skip_bad_rows=self.skip_bad_rows
                )
        except ImportRefused as exc:
            self.signals.refused.emit(str(exc))
            return
        except Exception as exc:
            from desktop.logging_setup import log
            from desktop.services.storage_errors import storage_problem_message

            message = storage_problem_message(exc)
            if message is None:
                log.exception("Spreadsheet import failed")
                message = (
                    f"The partnerships could not be imported because of an unexpected error "
                    f"({exc}). Nothing was added. Please try again, and tell us if it happens "
                    "again."
                )
            self.signals.failed.emit(message)
            return
        finally:
            database.dispose()
        self.signals.finished.emit(result)
