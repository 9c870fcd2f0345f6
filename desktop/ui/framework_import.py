"""File → Import framework…: choose a framework file from a CVS, check it, keep it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.changes import Change
from desktop.services.frameworks import FrameworkError, import_framework_file
from desktop.ui.data import DataHub
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("FrameworkImport", text)


def import_framework(parent: QWidget | None, hub: DataHub, path: str | None = None) -> bool:
    """Ask for a file (unless given), import it, and say plainly what happened."""
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
        return False
    from desktop.services.backups import backup_now  # a backup before every import
    from desktop.store.backup import BackupError

    try:
        backup_now(hub.paths, "before-import")
    except BackupError as exc:
        QMessageBox.warning(parent, tr("Framework not imported"), said(exc))
        return False
    try:
        row, added = hub.write(
            lambda s: import_framework_file(s, path), Change.FRAMEWORKS, tr("Framework imported")
        )
        summary = tr("{title}, version {version}").format(title=row.title, version=row.version)
    except FrameworkError as exc:
        QMessageBox.critical(
            parent,
            tr("Framework not imported"),
            tr("{problem}\n\nNothing was imported.").format(problem=said(exc)),
        )
        return False
    if added:
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
    return added
