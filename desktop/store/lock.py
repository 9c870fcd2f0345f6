"""One writer per data folder, and per CVS collection file.

The lock is an operating-system lock on a file, not the file's existence, so a crash (or a
power cut) releases it: a lock "left behind" clears itself the moment anyone tries it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from desktop.domain.problems import UserError
from desktop.logging_setup import try_lock


class AlreadyOpenError(UserError, RuntimeError):
    """Another Partnerbook is using this data folder, or this collection file.

    ``collection`` is set when the lock guards one collection file rather than a data
    folder, so the message names the file the person chose, not the folder of its lock.
    """

    def __init__(self, folder: Path, pid: int | None, *, collection: Path | None = None) -> None:
        self.folder = folder
        self.collection = collection
        self.pid = pid
        who = f" (process {pid})" if pid else ""
        if collection is None:
            super().__init__(
                "Partnerbook is already open on this data folder{who}: {folder}. "
                "Switch to that window, or close it and try again.",
                who=who,
                folder=str(folder),
            )
        else:
            super().__init__(
                "This collection is already open in another Partnerbook window or command"
                "{who}: {collection}. Switch to that window, or close it (or let the command "
                "finish), then try again. Nothing was changed.",
                who=who,
                collection=str(collection),
            )


class InstanceLock:
    """Hold ``acquire()`` for as long as the app writes; ``release()`` on the way out.

    ``collection`` names the collection file this lock guards, for the message a second
    writer sees (the lock file itself lives elsewhere: see store.collection.opening).
    """

    def __init__(self, path: Path, *, collection: Path | None = None) -> None:
        self.path = path
        self.collection = collection
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def holder_pid(self) -> int | None:
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def acquire(self) -> InstanceLock:
        if self._handle is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="ascii")
        if not try_lock(handle):
            handle.close()
            raise AlreadyOpenError(self.path.parent, self.holder_pid(), collection=self.collection)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self._handle.seek(0)
            self._handle.truncate()
        self._handle.close()
        self._handle = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
