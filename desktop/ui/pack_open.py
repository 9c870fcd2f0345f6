"""File → Open a return pack…: check a pack from the CVS, say what it asks, set it up on yes.

Nothing changes until the person says yes. A pack signed by a different key from the same
CVS's earlier pack can only be opened after ticking that they checked with the CVS; a late
deadline is a warning, not a refusal. On yes, the records are backed up and the pack set up
in one transaction, in the background (ui/background.py).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from desktop.domain.changes import Change
from desktop.domain.packs import PackError
from desktop.services.backups import backup_now
from desktop.services.storage_errors import StorageProblem
from desktop.ui.background import Failure, FailureKind, Job, Task, run_in_background
from desktop.ui.data import DataHub
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnPack", text)


class Opened(NamedTuple):
    cvs_name: str
    deadline: date


def open_return_pack(
    parent: QWidget | None, hub: DataHub, path: str | None = None
) -> Job[Opened] | None:
    """Ask for a pack file (unless given), show what it asks, and set it up on yes.

    The job setting it up, or None when nothing was started (refused, or not wanted)."""
    from desktop.services.packs import accept_pack, preview_pack

    if path is None:
        from desktop.ui.last_folder import remember, suggested

        path, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Open a return pack from your CVS"),
            suggested(hub),
            tr("Return packs (*.pbpack);;All files (*)"),
        )
        remember(hub, path)
    if not path:
        return None
    try:
        with hub.database().session() as session:
            preview = preview_pack(session, path, date.today())
    except PackError as exc:
        QMessageBox.critical(
            parent,
            tr("Return pack not opened"),
            tr("{problem}\n\nNothing was changed.").format(problem=said(exc)),
        )
        return None
    box = QMessageBox(parent)
    box.setWindowTitle(tr("A return pack from {cvs}").format(cvs=preview.pack.cvs_name))
    box.setIcon(QMessageBox.Icon.Warning if preview.warnings else QMessageBox.Icon.Question)
    lines = [said(line) for line in preview.lines] + [said(w) for w in preview.warnings]
    box.setText("\n\n".join(lines))
    checked: QCheckBox | None = None
    if preview.key_changed:
        checked = QCheckBox(
            tr("I checked with {cvs} that they sent this pack").format(cvs=preview.pack.cvs_name)
        )
        box.setCheckBox(checked)
    set_up = box.addButton(tr("&Set it up"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(set_up)
    box.exec()
    if box.clickedButton() is not set_up:
        return None
    try:
        hub.ensure_writable()
    except StorageProblem:
        return None  # already said
    trust_new_key = checked is not None and checked.isChecked()
    paths, opened = hub.paths, hub.own_session()

    def work(_task: Task) -> Opened:
        backup_now(paths, "before-import")  # a backup before every import; none, no pack
        with opened() as session:
            row = accept_pack(session, preview, trust_new_key=trust_new_key)
            return Opened(row.cvs_name, row.deadline)

    def done(result: Opened) -> None:
        hub.saved.emit(tr("Return pack opened"))
        QMessageBox.information(
            parent,
            tr("Return pack opened"),
            tr(
                "{cvs} is now your CVS. The deadline, {deadline}, shows on Home. When you are "
                "ready, make the return in the Returns area: it is set up for this pack."
            ).format(
                cvs=result.cvs_name,
                deadline=f"{result.deadline.day} {result.deadline:%B %Y}",
            ),
        )

    def failed(failure: Failure) -> None:
        message = failure.message
        if failure.kind is FailureKind.REFUSED:  # the others say what was kept already
            message = tr("{problem}\n\nNothing was changed.").format(problem=message)
        QMessageBox.warning(parent, tr("Return pack not opened"), message)

    return run_in_background(
        parent,
        work,
        on_done=done,
        on_failed=failed,
        what=tr("Opening the return pack"),
        hub=hub,
        changes={Change.RETURNS, Change.GROUP, Change.FRAMEWORKS},
    )
