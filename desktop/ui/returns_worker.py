"""Exporting a return off the UI thread, so the window never freezes while the PDF is drawn.

The worker opens its own database session (SQLite serialises it with the window's writes)
and reports through a signals object, because a QRunnable cannot emit signals itself.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop.reports.pdf_output import SaveError
from desktop.services.returns import ExportRequest, ReturnEmpty, export_return


class ExportSignals(QObject):
    progress = Signal(int, str)  # percent, what it is doing
    finished = Signal(object)  # ExportResult
    empty = Signal(str)  # nothing to report: ask before exporting an empty return
    failed = Signal(str)  # a plain message for the person


class ExportWorker(QRunnable):
    def __init__(self, database_path: Path, request: ExportRequest, now: datetime | None = None):
        super().__init__()
        self.database_path = database_path
        self.request = request
        self.now = now
        self.signals = ExportSignals()
        self.setAutoDelete(False)  # the area keeps it until a result arrives

    def run(self) -> None:
        from desktop.store.database import Database

        database = Database(self.database_path)
        try:
            with database.session() as session:
                result = export_return(
                    session, self.request, now=self.now, progress=self.signals.progress.emit
                )
        except ReturnEmpty as exc:
            self.signals.empty.emit(str(exc))
            return
        except SaveError as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # our bug: say so rather than leave the bar spinning
            self.signals.failed.emit(
                f"The return could not be made because of an unexpected error ({exc}). "
                "Nothing was saved. Please try again, and tell us if it happens again."
            )
            return
        finally:
            database.dispose()
        self.signals.finished.emit(result)
