"""Reading records that cannot be written: on read-only media, or on a full disk.

SQLite opens such a file as immutable (it cannot even make its -shm file there). An
immutable open does not read the WAL, so when a crash left changes in it, those changes
would be missing from what the person sees. Then a private copy of the file and its WAL
is made in the temporary folder, the WAL is applied to the copy, and the copy is read.
The original is never touched.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.problems import UserError
from desktop.store.diagnosis import wal_is_pending


class ViewError(UserError):
    """The records could not be made ready for reading; nothing was changed."""


@dataclass
class ReadOnlyView:
    """The file to read; ``copy_folder`` is set when it is a private copy to clean up."""

    path: Path
    copy_folder: Path | None = None

    def close(self) -> None:
        if self.copy_folder is not None:
            shutil.rmtree(self.copy_folder, ignore_errors=True)
            self.copy_folder = None


def open_view(database: Path) -> ReadOnlyView:
    if not wal_is_pending(database):
        return ReadOnlyView(database)
    folder = Path(tempfile.mkdtemp(prefix="partnerbook-view-"))
    copy = folder / database.name
    try:
        shutil.copyfile(database, copy)
        shutil.copyfile(Path(str(database) + "-wal"), Path(str(copy) + "-wal"))
        conn = sqlite3.connect(copy)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise ViewError(
            "Partnerbook could not make a copy of your records to read them ({reason}). "
            "Free some space on this computer, then try again. Your records have not been "
            "changed.",
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    return ReadOnlyView(copy, folder)
