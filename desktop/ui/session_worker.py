"""One service call in its own database session, off the UI thread.

Exporting a return or storing a spreadsheet's rows takes seconds on an old laptop; done in
the window's thread the window would stop answering. A worker opens its own session (SQLite
serialises it with the window's writes), runs ``work`` in one transaction, and reports
through a signals object, because a QRunnable cannot emit signals itself. The signals
object needs ``finished(object)`` and ``failed(str)``; a subclass can report the errors it
expects on signals of its own (``handle``). Anything else is told in plain words: a full
disk as the rest of the app says it, our own bug with a note that nothing was saved (and
logged), never a bar left spinning.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["SessionWorker"]


class SessionWorker(QRunnable):
    # What could not be done, for the message about an error we did not expect.
    what = "The work"

    def __init__(self, database_path: Path, signals: QObject, *, read_only: bool = False) -> None:
        super().__init__()
        self.database_path = database_path
        # Records open for reading only (a full disk, read-only media): read, never write.
        self.read_only = read_only
        self.signals: Any = signals
        self.setAutoDelete(False)  # the window keeps it until a result arrives

    def work(self, session: Session) -> object:
        raise NotImplementedError

    def handle(self, exc: Exception) -> bool:
        """Report an error the subclass expects (True), or leave it to ``failed`` (False)."""
        return False

    def run(self) -> None:
        from desktop.store.database import Database

        database = Database(self.database_path, read_only=self.read_only)
        try:
            with database.session() as session:
                result = self.work(session)
        except Exception as exc:
            if not self.handle(exc):
                self.signals.failed.emit(self._message(exc))
            return
        finally:
            database.dispose()
        self.signals.finished.emit(result)

    def _message(self, exc: Exception) -> str:
        from desktop.services.storage_errors import storage_problem_message
        from desktop.ui.problem_text import translate

        message = storage_problem_message(exc, translate)
        if message is not None:
            return message
        from desktop.logging_setup import log

        log.exception("%s failed in the background", self.what)
        return (
            f"{self.what} could not be finished because of an unexpected error "
            f"({type(exc).__name__}). Nothing was saved. Please try again, and tell us if it "
            "happens again."
        )
