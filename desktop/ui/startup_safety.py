"""Before the window: a damaged database, and a data folder in a risky place.

A damaged database is never written to. If a good backup exists we offer it, and restore
only when the person agrees (the damaged file is set aside, untouched, not deleted). A data
folder in a synced, network or removable place gets a plain warning with two choices; "Keep
it here" is remembered for that folder so the warning does not nag.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.dates import format_moment
from desktop.paths import AppPaths
from desktop.services.backups import newest_usable_backup, restore_backup
from desktop.services.locations import (
    MoveError,
    detect_risky_place,
    explain,
    keeps_risky_place,
    move_data_to,
    remember_keep,
    this_computer_paths,
)
from desktop.store.lock import AlreadyOpenError, InstanceLock
from desktop.store.restore import RestoreError


def tr(text: str) -> str:
    return QCoreApplication.translate("StartupSafety", text)


def offer_newest_backup(paths: AppPaths, problem: str) -> bool:
    """Offer the newest good backup for a damaged database; True if it was restored."""
    backup = newest_usable_backup(paths.database, paths.backups)
    if backup is None:
        QMessageBox.critical(
            None,
            tr("Your records are damaged"),
            tr("{problem}\n\nThere is no usable backup in {folder}.").format(
                problem=problem, folder=paths.backups
            ),
        )
        return False
    when = format_moment(backup.taken_at)
    answer = QMessageBox.question(
        None,
        tr("Your records are damaged"),
        tr(
            "Partnerbook found damage in your records and has not written to them.\n\n"
            "The newest good backup is from {when}. Restore it? Changes made after then "
            "will not be in it. The damaged file is kept, untouched, beside your records."
        ).format(when=when),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_holding(
        None,
        InstanceLock(paths.lock_file),
        lambda: restore_backup(paths.database, paths.backups, backup.path),
    )


def restore_holding(
    parent: QWidget | None, lock: InstanceLock, restore: Callable[[], object]
) -> bool:
    """Run ``restore`` holding ``lock``; say plainly why not if it cannot be done."""
    try:
        lock.acquire()
        restore()
    except (RestoreError, AlreadyOpenError, OSError, RuntimeError) as exc:
        QMessageBox.critical(parent, tr("Not restored"), str(exc))
        return False
    finally:
        lock.release()
    return True


def check_data_location(paths: AppPaths, lock: InstanceLock) -> tuple[AppPaths, InstanceLock]:
    """Warn about a risky data folder; move the records if asked. Returns the paths to use."""
    place = detect_risky_place(paths.data)
    if place is None or keeps_risky_place(paths):
        return paths, lock
    target = this_computer_paths()
    if ask_about_place(explain(place), target) == "keep":
        remember_keep(paths)
        return paths, lock
    return move_records(paths, lock, target)


def ask_about_place(why: str, target: AppPaths) -> str:
    """Ask "Move to this computer" or "Keep it here"; returns "move" or "keep"."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Your records may not be safe here"), why)
    box.setInformativeText(
        tr("Partnerbook can copy them to {folder} on this computer and use them there.").format(
            folder=target.data
        )
    )
    move = box.addButton(tr("&Move to this computer"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Keep it here"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(move)
    box.setEscapeButton(keep)
    box.exec()
    return "move" if box.clickedButton() is move else "keep"


def move_records(
    paths: AppPaths, lock: InstanceLock, target: AppPaths
) -> tuple[AppPaths, InstanceLock]:
    """Copy the records to ``target`` and switch to it; on failure stay where we are."""
    from desktop.store.opening import open_data_folder

    try:
        moved = move_data_to(paths, target)
        new_lock = open_data_folder(moved)
    except (MoveError, OSError, RuntimeError) as exc:
        QMessageBox.warning(None, tr("Not moved"), str(exc))
        return paths, lock
    lock.release()
    QMessageBox.information(
        None,
        tr("Moved"),
        tr(
            "Your records are now in {new}. The old copy in {old} has not been changed; "
            "once you are happy, you can delete it."
        ).format(new=moved.data, old=paths.data),
    )
    return moved, new_lock
