"""Where Partnerbook keeps its files.

One place decides the data, backups and logs folders. platformdirs gives the usual folder
for each platform; ``--data-dir`` or ``PARTNERBOOK_DATA_DIR`` moves everything elsewhere
(tests use it, and so do people who keep their records on another drive). Nothing here
touches the disk until ``ensure()`` is called, so importing the module is free of effects.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "PARTNERBOOK_DATA_DIR"
DB_FILENAME = "partnerbook.db"
APP_DIR_NAME = "Partnerbook"


class DataFolderError(OSError):
    """The data folder cannot be used; the message says why in plain English."""


@dataclass(frozen=True)
class AppPaths:
    data: Path
    backups: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / DB_FILENAME

    @property
    def lock_file(self) -> Path:
        return self.data / "partnerbook.lock"

    @property
    def settings_file(self) -> Path:
        return self.data / "settings.json"

    def ensure(self) -> AppPaths:
        """Create the folders, and prove we can write there before anything else does."""
        for folder in (self.data, self.backups, self.logs):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DataFolderError(
                    f"Partnerbook cannot create the folder {folder} "
                    f"({exc.strerror or exc}). Check that the disk is connected and not "
                    "full, and that you are allowed to make folders there."
                ) from exc
        try:
            prove_writable(self.data)
        except OSError as exc:
            raise DataFolderError(
                f"Partnerbook cannot write to the folder that holds your records, {self.data} "
                f"({exc.strerror or exc}). Check that the disk is not full or read-only."
            ) from exc
        return self


def prove_writable(folder: Path) -> None:
    """Write and remove a small file in ``folder``; raises OSError if that cannot be done.

    The probe has a name no one else uses and is removed whatever happens, even when the
    disk fills half-way through writing it (it once stayed behind as an empty file).

    Not flushed to the disk: a full disk is found before this (``diagnose`` checks the free
    space), and an fsync made every start wait for the disk, 3 to 35 ms on a busy one and
    more on a USB stick. A drive that fails only when flushed is told at the first save.
    """
    import tempfile

    handle, name = tempfile.mkstemp(prefix=".partnerbook-probe-", dir=folder)
    try:
        os.write(handle, b"ok")
    finally:
        os.close(handle)
        os.unlink(name)


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Work out the folders: the argument, then the environment variable, then platformdirs."""
    chosen = data_dir or os.environ.get(ENV_VAR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data=root, backups=root / "backups", logs=root / "logs")
    import platformdirs

    data = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))
    logs = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    return AppPaths(data=data, backups=data / "backups", logs=logs)
