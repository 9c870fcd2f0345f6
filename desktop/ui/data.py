"""The window's link to the database: fast reads, one place for writes, change signals.

Reads for lists use a plain sqlite3 connection (cheap to open, no ORM import). Writes go
through ``write()``, which runs a service function in a session, commits, and tells every
view what changed (a typed ``Change``, domain/changes.py) so it can refresh. Writes happen
on the UI thread one at a time, and long jobs (ui/background.py) use their own sessions;
SQLite's lock serialises them, so they never race.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.domain.changes import Change, changes_of
from desktop.paths import AppPaths
from desktop.services.opening import database_at, read_connection

if TYPE_CHECKING:
    from desktop.services.opening import Diagnosis, OpenedFolder
    from desktop.services.types import Database, ReadConnection, Session

T = TypeVar("T")


class DataHub(QObject):
    """Shared by the views of one main window. Not a god object: data access only."""

    changed = Signal(object)  # a Change: views compare it with the Changes they show
    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self, paths: AppPaths, opened: OpenedFolder | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        # Why the records are open for reading only (a full disk, read-only media), or None.
        self.read_only: Diagnosis | None = opened.read_only if opened is not None else None
        # The file to read: the database, or a private copy of it when one had to be made.
        self.database_file = opened.database if opened is not None else paths.database
        self._read: ReadConnection | None = None
        self._database: Database | None = None
        # Which file the connections opened (device, inode): if a sync program or a person
        # replaces it while the window is open, a save would go into the old, unlinked file.
        self._identity: tuple[int, int] | None = None

    def read(self) -> ReadConnection:
        if self._read is None:
            self._remember_identity()
            self._read = read_connection(self.database_file, read_only=self.is_read_only)
        return self._read

    def _remember_identity(self) -> None:
        if self._identity is None:
            self._identity = file_identity(self.database_file)

    def file_was_replaced(self) -> bool:
        """True when the records file is no longer the one this window opened."""
        return self._identity is not None and file_identity(self.database_file) != self._identity

    @property
    def is_read_only(self) -> bool:
        return self.read_only is not None

    def database(self) -> Database:
        if self._database is None:
            self._remember_identity()
            self._database = database_at(self.database_file, read_only=self.is_read_only)
        return self._database

    def own_session(
        self, *, read_only: bool | None = None
    ) -> Callable[[], AbstractContextManager[Session]]:
        """How a long job opens a session of its own on these records, on its own thread:
        one transaction, committed when the block ends. ``read_only`` is the hub's own state
        unless given."""
        path = self.database_file
        only_read = self.is_read_only if read_only is None else read_only

        @contextmanager
        def opened() -> Iterator[Session]:
            database = database_at(path, read_only=only_read)
            try:
                with database.session() as session:
                    yield session
            finally:
                database.dispose()

        return opened

    def write(
        self, work: Callable[[Session], T], change: Change | Iterable[Change], message: str = ""
    ) -> T:
        """Run ``work`` in one transaction; on success announce ``change`` (one or several).

        A storage failure (disk full, permission lost, drive removed) rolls the transaction
        back, shows a calm message, emits ``failed`` and raises StorageProblem, so the caller
        stops; the error hook knows it was shown. Other errors propagate unchanged.
        """
        changes = changes_of(change)  # a misspelt or free-text topic fails here, not later
        self.ensure_writable()
        try:
            with self.database().session() as session:
                result = work(session)
        except Exception as exc:
            from desktop.services.storage_errors import StorageProblem, storage_problem_message
            from desktop.ui.problem_text import translate

            # In the person's language for the status bar and the dialog alike.
            problem = storage_problem_message(exc, translate)
            if problem is None:
                raise
            self.failed.emit(problem)
            from desktop.ui.errors import show_storage_problem

            show_storage_problem(problem)
            raise StorageProblem(problem) from exc
        self.announce(*changes)
        self.saved.emit(message or self.tr("All changes saved"))
        return result

    def ensure_writable(self) -> None:
        """Before a change (here, or a long job in its own session): refuse it, said once,
        while the records are open for reading only or the file was replaced behind us.
        Raises StorageProblem, so the caller stops."""
        if self.read_only is not None:
            self._refuse_while_read_only()
        if self.file_was_replaced():
            self._refuse(
                self.tr(
                    "Your records file was replaced or moved by another program while "
                    "Partnerbook was open, so this change was not saved (it would have gone "
                    "into the old copy). Close Partnerbook and start it again to see the file "
                    "that is there now; your backups are untouched."
                )
            )

    def _refuse_while_read_only(self) -> None:
        self._refuse(
            self.tr(
                "Your records are open for reading only, so this change was not saved. "
                "The bar at the top of the window says why and how to be able to save again."
            )
        )

    def _refuse(self, problem: str) -> None:
        """Say once per attempt that nothing can be saved now, and stop the caller."""
        from desktop.services.storage_errors import StorageProblem
        from desktop.ui.errors import show_storage_problem

        self.failed.emit(problem)
        show_storage_problem(problem)
        raise StorageProblem(problem)

    def announce(self, *changes: Change) -> None:
        """Tell every view these records changed (a long job's result, a restore)."""
        for change in sorted(changes_of(changes)):  # sorted: the same order every time
            self.changed.emit(change)

    def close(self) -> None:
        if self._read is not None:
            self._read.close()
            self._read = None
        if self._database is not None:
            self._database.dispose()
            self._database = None
        self._identity = None  # a restore replaces the file on purpose


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino
