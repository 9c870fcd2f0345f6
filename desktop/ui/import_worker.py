"""Storing the checked rows of a spreadsheet off the UI thread.

A council's list of several thousand partnerships takes seconds to store on an old laptop;
in the window's own thread Windows would call the window "Not responding". The rows are
written in one transaction (all rows or none) by a SessionWorker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.services.spreadsheet_import import (
    ImportPreview,
    ImportRefused,
    ImportResult,
    import_partnerships,
)
from desktop.ui.problem_text import said
from desktop.ui.session_worker import SessionWorker

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ImportSignals(QObject):
    finished = Signal(object)  # ImportResult
    refused = Signal(str)  # rows with problems, or none left: nothing was written
    failed = Signal(str)  # a plain message: nothing was written


class ImportWorker(SessionWorker):
    what = "The import of the partnerships"

    def __init__(self, database_path: Path, preview: ImportPreview, skip_bad_rows: bool) -> None:
        super().__init__(database_path, ImportSignals())
        self.preview = preview
        self.skip_bad_rows = skip_bad_rows

    def work(self, session: Session) -> ImportResult:
        return import_partnerships(session, self.preview, skip_bad_rows=self.skip_bad_rows)

    def handle(self, exc: Exception) -> bool:
        if isinstance(exc, ImportRefused):
            self.signals.refused.emit(said(exc))
            return True
        return False
