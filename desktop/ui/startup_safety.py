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
from desktop.domain.problems import marked
from desktop.paths import AppPaths, DataFolderError
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
from desktop.services.opening import (
    AlreadyOpenError,
    Fault,
    InstanceLock,
    OpenedFolder,
    RestoreError,
    StoreError,
    open_data_folder,
)
from desktop.ui.problem_text import said, translate


def tr(text: str) -> str:
    return QCoreApplication.translate("StartupSafety", text)


# What the question says before "restore it?", by what was found.
_OFFER_TEXTS: dict[Fault, str] = {
    Fault.DAMAGED: marked(
        "Partnerbook found damage in your records and has not written to them.\n\n"
        "The newest good backup is from {when}. Restore it? Changes made after then will not "
        "be in it. The damaged file is kept, untouched, beside your records."
    ),
    Fault.NOT_OURS: marked(
        "{problem}\n\nThe newest good backup of your records is from {when}. Put it back? "
        "The file that is there now is kept, untouched, beside your records."
    ),
    Fault.MISSING: marked(
        "{problem}\n\nThe newest good backup is from {when}. Put it back? Changes made after "
        "then will not be in it."
    ),
}
_OFFER_TITLES: dict[Fault, str] = {
    Fault.DAMAGED: marked("Your records are damaged"),
    Fault.NOT_OURS: marked("This is not a Partnerbook file"),
    Fault.MISSING: marked("Your records file is missing"),
}
# Only these are cured by putting a backup back; a full disk or a missing drive never is.
RESTORABLE = frozenset(_OFFER_TEXTS)


def offer_newest_backup(paths: AppPaths, problem: str, fault: Fault = Fault.DAMAGED) -> bool:
    """Offer the newest good backup for damaged, foreign or missing records; True if it
    was restored. Saying no (the default) changes nothing."""
    backup = newest_usable_backup(paths.database, paths.backups)
    title = translate(_OFFER_TITLES[fault])
    if backup is None:
        QMessageBox.critical(
            None,
            title,
            tr("{problem}\n\nThere is no usable backup in {folder}.").format(
                problem=problem, folder=paths.backups
            ),
        )
        return False
    when = format_moment(backup.taken_at)
    answer = QMessageBox.question(
        None,
        title,
        translate(_OFFER_TEXTS[fault]).format(when=when, problem=problem),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,  # Enter never replaces a person's records
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_holding(
        None,
        InstanceLock(paths.lock_file),
        lambda: restore_backup(paths.database, paths.backups, backup.path),
    )


# The title of the message for each cause that stops the records opening.
FAULT_TITLES: dict[Fault, str] = {
    Fault.DAMAGED: marked("Your records are damaged"),
    Fault.NO_SPACE: marked("The disk is full"),
    Fault.READ_ONLY: marked("Your records cannot be changed"),
    Fault.NO_PERMISSION: marked("Partnerbook is not allowed to read your records"),
    Fault.UNREACHABLE: marked("The disk with your records cannot be reached"),
    Fault.LOCKED: marked("Another program is using your records"),
    Fault.NOT_OURS: marked("This is not a Partnerbook file"),
    Fault.MISSING: marked("Your records file is missing"),
}


def open_records(paths: AppPaths) -> OpenedFolder | None:
    """Open the data folder for the window, or say plainly why not (then None).

    Damaged, foreign or missing records offer the newest good backup; every other cause
    has its own message and changes nothing. A full disk or a read-only folder opens the
    records for reading (the window says so). AlreadyOpenError is left to the caller.
    """
    try:
        return open_data_folder(paths)
    except StoreError as exc:
        fault = exc.fault
        text = said(exc)
        if fault in RESTORABLE:
            if not offer_newest_backup(paths, text, fault):  # type: ignore[arg-type]
                return None
            try:
                return open_data_folder(paths)
            except (DataFolderError, StoreError) as again:
                QMessageBox.critical(None, tr("Partnerbook cannot open your records"), said(again))
                return None
        title = FAULT_TITLES.get(fault)  # type: ignore[arg-type]
        QMessageBox.critical(
            None, translate(title) if title else tr("Partnerbook cannot open your records"), text
        )
        return None
    except DataFolderError as exc:
        QMessageBox.critical(None, tr("Partnerbook cannot open your records"), said(exc))
        return None


def restore_holding(
    parent: QWidget | None, lock: InstanceLock, restore: Callable[[], object]
) -> bool:
    """Run ``restore`` holding ``lock``; say plainly why not if it cannot be done."""
    try:
        lock.acquire()
        restore()
    except (RestoreError, AlreadyOpenError, OSError, RuntimeError) as exc:
        QMessageBox.critical(parent, tr("Not restored"), said(exc))
        return False
    finally:
        lock.release()
    return True


def check_data_location(
    paths: AppPaths, lock: OpenedFolder | InstanceLock, *, remember: bool = True
) -> tuple[AppPaths, OpenedFolder | InstanceLock]:
    """Warn about a risky data folder; move the records if asked. Returns the paths to use.

    ``remember`` is False for a check run (--exit-when-ready), whose dialogs are closed
    unanswered: that must not count as the person choosing "Keep it here".
    """
    place = detect_risky_place(paths.data)
    if place is None or keeps_risky_place(paths):
        return paths, lock
    target = this_computer_paths()
    if ask_about_place(explain(place), target) == "keep":
        if remember:
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
    paths: AppPaths, lock: OpenedFolder | InstanceLock, target: AppPaths
) -> tuple[AppPaths, OpenedFolder | InstanceLock]:
    """Copy the records to ``target`` and switch to it; on failure stay where we are."""
    try:
        moved = move_data_to(paths, target)
        new_lock = open_data_folder(moved)
    except (MoveError, OSError, RuntimeError) as exc:
        QMessageBox.warning(None, tr("Not moved"), said(exc))
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
