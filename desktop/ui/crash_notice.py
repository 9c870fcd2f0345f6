"""At start, once: "Partnerbook stopped unexpectedly last time", after checking the records.

A crash no ``except`` could catch leaves a report in the logs folder (logging_setup). The
person hears about it once, calmly, with where the report is: their first worry is their
records, so those are checked first, and damage goes down the usual damaged-records path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.paths import AppPaths
from desktop.services.crash_reports import (
    RecordsCheck,
    check_records,
    mark_seen,
    unseen_crash_reports,
)


class OpenRecords(Protocol):
    """What the start-up holds once the records are open (store.opening.OpenedFolder)."""

    @property
    def database(self) -> Path: ...

    def release(self) -> None: ...


Opened = TypeVar("Opened", bound=OpenRecords)


def tr(text: str) -> str:
    return QCoreApplication.translate("CrashNotice", text)


def notice_text(report: Path, check: RecordsCheck) -> str:
    records = (
        tr("Your records are safe: Partnerbook checked them just now.")
        if check is RecordsCheck.SOUND
        else tr("Your records opened as usual, but Partnerbook could not check them just now.")
    )
    return (
        tr("Partnerbook stopped unexpectedly the last time it was used.")
        + " "
        + records
        + "\n\n"
        + tr(
            "A report of what happened was saved to:\n{path}\n"
            "If you ask for help, please send it with your message."
        ).format(path=report)
    )


def tell_about_last_crash(
    paths: AppPaths, opened: Opened, reopen: Callable[[AppPaths], Opened | None]
) -> Opened | None:
    """Say once that the last run crashed, if it did; returns the records to carry on with.

    If the quick check finds damage, the records are let go and ``reopen`` (the start-up's
    usual way in, which offers the newest good backup for damage) takes over; None when
    that ends the start. The report is then told about once the records are open again.
    """
    reports = unseen_crash_reports(paths.logs)
    if not reports:
        return opened
    check = check_records(opened.database)
    if check is RecordsCheck.DAMAGED:
        opened.release()
        again = reopen(paths)
        if again is None:
            return None  # not told yet: the next start says it
        opened = again
        check = check_records(opened.database)
    told = mark_seen(reports)
    if told:
        QMessageBox.information(
            None, tr("Partnerbook stopped unexpectedly"), notice_text(told[-1], check)
        )
    return opened
