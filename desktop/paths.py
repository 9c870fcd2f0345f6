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
                    f"Partnerbook cannot create the folder {folder}: {exc.strerror or exc}. "
                    "Choose a folder you can write to with --data-dir."
                ) from exc
        probe = self.data / ".write-test"
        try:
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            raise DataFolderError(
                f"Partnerbook cannot write to the data folder {self.data} "
                f"({exc.strerror or exc}). It may be read-only. "
                "Choose a folder you can write to with --data-dir."
            ) from exc
        return self


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
