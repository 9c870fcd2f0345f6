"""A collection window's safety net: automatic backups, Back up now, and Restore.

The same AutoBackup, feedback and Restore screen as the group's window (desktop.ui.safety,
desktop.ui.restore), pointed at the collection file and its "<stem> backups" folder. The
window tells this when it has written (a merge, an expected-group edit, an import), because
a collection has no DataHub announcing its saves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop.services.backups import BackupOutcome
from desktop.services.collection.opening import RestoreResult, backups_folder
from desktop.services.collection.safety import (
    collection_target,
    list_collection_backups,
    restore_collection,
)
from desktop.ui.restore import RestoreDialog, RestorePlace
from desktop.ui.safety import CHECK_EVERY_MS, AutoBackup, BackupFeedback

if TYPE_CHECKING:
    from desktop.ui.background import Job
    from desktop.ui.collection.window import CollectionWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionSafety", text)


def collection_columns() -> tuple[tuple[str, str], ...]:
    """The counts that tell one backup of a collection from another (services' keys)."""
    return (
        ("returns", tr("Returns")),
        ("groups", tr("Groups")),
        ("partnerships", tr("Partnerships")),
    )


class CollectionSafety(QObject):
    def __init__(
        self,
        window: CollectionWindow,
        *,
        clock: Callable[[], datetime] = datetime.now,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.auto = AutoBackup(
            collection_target(window.path, window.second_folder),
            self,
            clock=clock,
            check_every_ms=check_every_ms,
        )
        self.feedback = BackupFeedback(self.auto, window)

    def add_actions(self, menu: QMenu) -> None:
        self.backup_action = QAction(tr("&Back up now"), self.window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(tr("Res&tore from a backup…"), self.window)
        self.restore_action.triggered.connect(self.open_restore)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def changed(self) -> None:
        """The window wrote to the collection: the next timed backup or the close holds it."""
        self.auto.note_change()

    def back_up_now(self) -> Job[BackupOutcome]:
        """File → Back up now, in the background as in the group's window: a county's
        collection takes a while to copy and check, and the window keeps answering."""
        return self.feedback.back_up_in_background()

    def refused(self) -> str | None:
        """A restore would swap the file under a job's connection: not while one runs."""
        if self.window.withdraw_job is not None:
            return tr("A return is being withdrawn. Wait for it to finish, then restore a backup.")
        if self.window.import_job is None:
            return None
        return tr(
            "An import is running. Wait for it to finish, or cancel it, then restore a backup."
        )

    def place(self) -> RestorePlace:
        path = self.window.path

        def restore(backup: Path) -> RestoreResult:
            return restore_collection(path, backup)

        return RestorePlace(
            folder=backups_folder(path),
            columns=collection_columns(),
            list_backups=lambda: list_collection_backups(path),
            restore=restore,
            release=self.window.release_connection,
            resume=self.window.reconnect,
            refused=self.refused,
            intro=tr(
                "Choose the backup to go back to. This collection as it is now is backed up "
                "first, so you can come back to it from this list."
            ),
        )

    def restore_dialog(self) -> RestoreDialog | None:
        """The Restore screen for this collection, or None (with the reason) during an import."""
        reason = self.refused()
        if reason:
            QMessageBox.information(self.window, tr("Not now"), reason)
            return None
        dialog = RestoreDialog(self.place(), self.auto, self.window)
        dialog.setWindowTitle(tr("Restore {name} from a backup").format(name=self.window.path.name))
        return dialog

    def open_restore(self) -> None:
        dialog = self.restore_dialog()
        if dialog is not None:
            dialog.exec()

    def on_close(self) -> BackupOutcome | None:
        """Back up what no backup holds yet, before the window lets go of the lock."""
        return self.auto.on_close()
