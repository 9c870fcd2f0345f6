"""Exporting a return off the UI thread, so the window never freezes while the PDF is drawn.

A SessionWorker: its own database session, and every failure reported in plain words.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.atomic_write import SaveError
from desktop.services.returns import ExportRequest, ExportResult, ReturnEmpty, export_return
from desktop.ui.problem_text import said
from desktop.ui.session_worker import SessionWorker

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ExportSignals(QObject):
    progress = Signal(int, str)  # percent, what it is doing
    finished = Signal(object)  # ExportResult
    empty = Signal(str)  # nothing to report: ask before exporting an empty return
    failed = Signal(str)  # a plain message for the person


class ExportWorker(SessionWorker):
    what = "The return"

    def __init__(
        self,
        database_path: Path,
        request: ExportRequest,
        now: datetime | None = None,
        *,
        read_only: bool = False,
    ):
        super().__init__(database_path, ExportSignals(), read_only=read_only)
        # Records open for reading only cannot take the log entry: the return is still
        # saved, and its result warns that the returns log does not know about it.
        self.request = replace(request, add_to_log=False) if read_only else request
        self.now = now

    def work(self, session: Session) -> ExportResult:
        return export_return(
            session, self.request, now=self.now, progress=self.signals.progress.emit
        )

    def handle(self, exc: Exception) -> bool:
        if isinstance(exc, ReturnEmpty):
            self.signals.empty.emit(said(exc))
            return True
        if isinstance(exc, SaveError):  # already in plain words: where, and what to do
            self.signals.failed.emit(said(exc))
            return True
        return False
