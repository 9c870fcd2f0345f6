"""The window's link to the database: fast reads, one place for writes, change signals.

Reads for lists use a plain sqlite3 connection (cheap to open, no ORM import). Writes go
through ``write()``, which runs a service function in a session, commits, and tells every
view what changed so it can refresh. Writes happen on the UI thread one at a time, and
workers use their own sessions; SQLite's lock serialises them, so they never race.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.paths import AppPaths
from desktop.store import sqlite

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.database import Database

T = TypeVar("T")


class DataHub(QObject):
    """Shared by the views of one main window. Not a god object: data access only."""

    changed = Signal(str)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._read: sqlite3.Connection | None = None
        self._database: Database | None = None

    def read(self) -> sqlite3.Connection:
        if self._read is None:
            self._read = sqlite.connect(self.paths.database)
        return self._read

    def database(self) -> Database:
        if self._database is None:
            from desktop.store.database import Database

            self._database = Database(self.paths.database)
        return self._database

    def write(self, work: Callable[[Session], T], topic: str, message: str = "") -> T:
        """Run ``work`` in one transaction; on success announce ``topic`` as changed.

        A storage failure (disk full, permission lost, drive removed) rolls the transaction
        back, shows a calm message, emits ``failed`` and raises StorageProblem, so the caller
        stops; the error hook knows it was shown. Other errors propagate unchanged.
        """
        try:
            with self.database().session() as session:
                result = work(session)
        except Exception as exc:
            from desktop.services.storage_errors import StorageProblem, storage_problem_message

            problem = storage_problem_message(exc)
            if problem is None:
                raise
            self.failed.emit(problem)
            from desktop.ui.errors import show_storage_problem

            show_storage_problem(problem)
            raise StorageProblem(problem) from exc
        self.changed.emit(topic)
        self.saved.emit(message or self.tr("All changes saved"))
        return result

    def announce(self, topic: str) -> None:
        self.changed.emit(topic)

    def close(self) -> None:
        if self._read is not None:
            self._read.close()
            self._read = None
        if self._database is not None:
            self._database.dispose()
            self._database = None
