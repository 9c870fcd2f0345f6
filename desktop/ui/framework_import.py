"""File → Import framework…: choose a framework file from a CVS, check it, keep it.

The records are backed up first and the file is stored in one transaction, in the
background (ui/background.py): the window keeps answering while the backup is made.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.changes import Change
from desktop.services.backups import backup_now
from desktop.services.frameworks import FrameworkError, import_framework_file
from desktop.services.storage_errors import StorageProblem
from desktop.ui.background import Failure, Job, Task, run_in_background
from desktop.ui.data import DataHub


def tr(text: str) -> str:
    return QCoreApplication.translate("FrameworkImport", text)


class Imported(NamedTuple):
    title: str
    version: str
    added: bool  # False: this version was already there, nothing changed


def import_framework(
    parent: QWidget | None, hub: DataHub, path: str | None = None
) -> Job[Imported] | None:
    """Ask for a file (unless given), import it in the background and say plainly what
    happened. The job, or None when nothing was started."""
    if path is None:
        from desktop.ui.last_folder import remember, suggested

        path, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Import a framework file"),
            suggested(hub),
            tr("Framework files (*.toml);;All files (*)"),
        )
        remember(hub, path)
    if not path:
        return None
    try:
        hub.ensure_writable()
    except StorageProblem:
        return None  # already said
    paths, chosen, opened = hub.paths, Path(path), hub.own_session()

    def work(_task: Task) -> Imported:
        backup_now(paths, "before-import")  # a backup before every import; none, no import
        with opened() as session:
            row, added = import_framework_file(session, chosen)
            return Imported(row.title, row.version, added)

    def done(imported: Imported) -> None:
        hub.saved.emit(tr("Framework imported"))
        _say_imported(parent, imported)

    def failed(failure: Failure) -> None:
        if isinstance(failure.error, FrameworkError):
            QMessageBox.critical(
                parent,
                tr("Framework not imported"),
                tr("{problem}\n\nNothing was imported.").format(problem=failure.message),
            )
        else:
            QMessageBox.warning(parent, tr("Framework not imported"), failure.message)

    return run_in_background(
        parent,
        work,
        on_done=done,
        on_failed=failed,
        what=tr("The framework import"),
        hub=hub,
        changes=Change.FRAMEWORKS,
    )


def _say_imported(parent: QWidget | None, imported: Imported) -> None:
    summary = tr("{title}, version {version}").format(
        title=imported.title, version=imported.version
    )
    if imported.added:
        QMessageBox.information(
            parent,
            tr("Framework imported"),
            tr(
                "Imported {summary}. Choose it for a partnership in the Commitments area. "
                "Answers already given keep the wording they were given against."
            ).format(summary=summary),
        )
    else:
        QMessageBox.information(
            parent,
            tr("Framework already imported"),
            tr("{summary} was already imported; nothing changed.").format(summary=summary),
        )
