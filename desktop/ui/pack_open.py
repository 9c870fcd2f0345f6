"""File → Open a return pack…: check a pack from the CVS, say what it asks, set it up on yes.

Nothing changes until the person says yes. A pack signed by a different key from the same
CVS's earlier pack can only be opened after ticking that they checked with the CVS; a late
deadline is a warning, not a refusal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from desktop.domain.changes import Change
from desktop.domain.frameworks import FrameworkError
from desktop.domain.packs import PackError
from desktop.ui.data import DataHub
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnPack", text)


def open_return_pack(parent: QWidget | None, hub: DataHub, path: str | None = None) -> bool:
    """Ask for a pack file (unless given), show what it asks, and set it up on yes."""
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
        return False
    try:
        with hub.database().session() as session:
            preview = preview_pack(session, path, date.today())
    except PackError as exc:
        QMessageBox.critical(
            parent,
            tr("Return pack not opened"),
            tr("{problem}\n\nNothing was changed.").format(problem=said(exc)),
        )
        return False
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
        return False
    from desktop.services.backups import backup_now  # a backup before every import
    from desktop.services.opening import BackupError

    try:
        backup_now(hub.paths, "before-import")
        row = hub.write(
            lambda s: accept_pack(
                s, preview, trust_new_key=checked is not None and checked.isChecked()
            ),
            Change.RETURNS,
            tr("Return pack opened"),
        )
    except (PackError, FrameworkError, BackupError) as exc:
        QMessageBox.warning(
            parent,
            tr("Return pack not opened"),
            tr("{problem}\n\nNothing was changed.").format(problem=said(exc)),
        )
        return False
    hub.announce(Change.GROUP, Change.FRAMEWORKS)
    QMessageBox.information(
        parent,
        tr("Return pack opened"),
        tr(
            "{cvs} is now your CVS. The deadline, {deadline}, shows on Home. When you are "
            "ready, make the return in the Returns area: it is set up for this pack."
        ).format(cvs=row.cvs_name, deadline=f"{row.deadline.day} {row.deadline:%B %Y}"),
    )
    return True
