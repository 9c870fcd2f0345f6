"""Make a partnership's meeting brief from anywhere in the window (its page calls this).

The brief is one or two pages and takes a moment to draw, so it is made on the spot with
a busy cursor rather than in a worker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.data import DataHub
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("BriefAction", text)


def export_brief(
    parent: QWidget | None, hub: DataHub, partnership_id: int, today: date | None = None
) -> Path | None:
    """Ask where to save the brief, save it, and offer to open it. None if not saved."""
    from desktop.services.briefs import BriefError, SaveError, brief_file_name
    from desktop.services.briefs import export_brief as save_brief

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
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with hub.database().session() as session:
            path = save_brief(session, partnership_id, out, today=today or date.today()).path
    except (BriefError, SaveError) as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, tr("The brief was not saved"), said(exc))
        return None
    QGuiApplication.restoreOverrideCursor()
    answer = QMessageBox.question(
        parent,
        tr("Brief saved"),
        tr("Saved the brief to {path}. Open it now?").format(path=path),
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
