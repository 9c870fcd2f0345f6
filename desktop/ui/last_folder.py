"""File dialogs open in the folder used last, not always in the home folder.

The folder is kept in the data folder's window.ini (beside the recent collections), so it
is remembered from one session to the next and goes with the records.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from desktop.ui.data import DataHub

KEY = "dialogs/last_folder"


def _settings(hub: DataHub) -> QSettings:
    return QSettings(str(hub.paths.data / "window.ini"), QSettings.Format.IniFormat)


def last_folder(hub: DataHub) -> Path:
    """The folder a file was last saved to or opened from; the home folder before that."""
    value = _settings(hub).value(KEY, "")
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def suggested(hub: DataHub, file_name: str = "") -> str:
    """Where a dialog should start: the last folder, with ``file_name`` if one is offered."""
    folder = last_folder(hub)
    return str(folder / file_name) if file_name else str(folder)


def remember(hub: DataHub, chosen: str | Path) -> None:
    """Keep the folder of a file just chosen (or the folder itself) for the next dialog."""
    if not chosen:
        return
    path = Path(chosen)
    settings = _settings(hub)
    settings.setValue(KEY, str(path if path.is_dir() else path.parent))
    settings.sync()
