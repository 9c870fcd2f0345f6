"""Before a collection's window opens: a damaged file, and a file in a risky place.

The same safety net as the group's records at start (desktop.ui.startup_safety): a damaged
collection is never written to and its newest good backup is offered; a collection on a
synced, network or removable drive gets a plain warning and the offer of a copy on this
computer. "Keep it here" is remembered for that file, so the warning does not nag.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.dates import format_moment
from desktop.services.collection.opening import backups_folder, collection_lock
from desktop.services.collection.safety import (
    copy_collection_to,
    local_collections_folder,
    newest_good_collection_backup,
    restore_collection,
)
from desktop.services.locations import MoveError, detect_risky_place, explain
from desktop.ui.problem_text import said
from desktop.ui.startup_safety import restore_holding

KEEP_KEY = "collections/keep_in_risky_place"


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionOpening", text)


def offer_collection_backup(parent: QWidget | None, path: Path, problem: str) -> bool:
    """Offer the newest good backup of a damaged collection; True once it is restored."""
    backup = newest_good_collection_backup(path)
    if backup is None:
        QMessageBox.critical(
            parent,
            tr("The collection is damaged"),
            tr("{problem}\n\nThere is no usable backup of it in {folder}.").format(
                problem=problem, folder=backups_folder(path)
            ),
        )
        return False
    when = format_moment(backup.taken_at)
    answer = QMessageBox.question(
        parent,
        tr("The collection is damaged"),
        tr(
            "Partnerbook found damage in {file} and has not written to it.\n\n"
            "The newest good backup is from {when}. Restore it? Returns imported after then "
            "will need importing again. The damaged file is kept, untouched, beside it."
        ).format(file=path.name, when=when),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_holding(
        parent, collection_lock(path), lambda: restore_collection(path, backup.path)
    )


def check_collection_place(parent: QWidget | None, path: Path, settings: QSettings) -> Path:
    """Warn when the collection sits somewhere risky; the path to open (perhaps a copy)."""
    place = detect_risky_place(path.parent)
    resolved = str(path.resolve())
    kept = settings.value(KEEP_KEY, [], list) or []
    if place is None or resolved in kept:
        return path
    folder = local_collections_folder()
    if ask_about_place(parent, explain(place, "This collection is"), folder) == "keep":
        settings.setValue(KEEP_KEY, [*kept, resolved])
        return path
    try:
        return copy_collection_to(path, folder)
    except MoveError as exc:
        QMessageBox.warning(parent, tr("Not copied"), said(exc))
        return path


def ask_about_place(parent: QWidget | None, why: str, folder: Path) -> str:
    """Ask "Copy to this computer" or "Keep it here"; returns "copy" or "keep"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("This collection may not be safe here"), why, parent=parent
    )
    box.setInformativeText(
        tr(
            "Partnerbook can copy it to {folder} on this computer and open the copy. The "
            "file where it is now is left as it is."
        ).format(folder=folder)
    )
    copy = box.addButton(tr("&Copy to this computer"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Keep it here"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(copy)
    box.setEscapeButton(keep)
    box.exec()
    return "copy" if box.clickedButton() is copy else "keep"
