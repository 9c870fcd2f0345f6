"""Make a partnership's meeting brief from anywhere in the window (its page calls this).

The brief is drawn and saved in the background (ui/background.py): on an old laptop the
PDF takes a moment, and the window keeps answering meanwhile (a busy cursor says it is
working). Nothing is written to the records, so read-only records can print a brief too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.briefs import BriefError, SavedBrief, brief_file_name
from desktop.services.briefs import export_brief as save_brief
from desktop.ui.background import Failure, Job, Task, run_in_session
from desktop.ui.data import DataHub

if TYPE_CHECKING:
    from desktop.services.types import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("BriefAction", text)


def export_brief(
    parent: QWidget | None, hub: DataHub, partnership_id: int, today: date | None = None
) -> Job[SavedBrief] | None:
    """Ask where to save the brief, save it in the background, and offer to open it.

    The job, or None when nothing was started (no such partnership, or no file chosen)."""
    try:
        with hub.database().session() as session:
            offered_name = brief_file_name(session, partnership_id)
    except BriefError:
        QMessageBox.warning(
            parent, tr("No such partnership"), tr("That partnership no longer exists.")
        )
        return None
    from desktop.ui.last_folder import remember, suggested

    offered = suggested(hub, offered_name)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save the meeting brief as"), offered, tr("PDF files (*.pdf)")
    )
    if not chosen:
        return None
    remember(hub, chosen)
    out = Path(chosen)
    if out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf")
    day = today or date.today()

    def work(session: Session, _task: Task) -> SavedBrief:
        return save_brief(session, partnership_id, out, today=day)

    def done(saved: SavedBrief) -> None:
        QGuiApplication.restoreOverrideCursor()
        answer = QMessageBox.question(
            parent,
            tr("Brief saved"),
            tr("Saved the brief to {path}. Open it now?").format(path=saved.path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved.path)))

    def failed(failure: Failure) -> None:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, tr("The brief was not saved"), failure.message)

    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    return run_in_session(
        hub,
        parent,
        work,
        on_done=done,
        on_failed=failed,
        what=tr("The meeting brief"),
    )
