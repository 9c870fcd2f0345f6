"""What the officer does on the "Keys and packs" page, on the collection window (issue 20).

Each action calls one service (desktop/services/collection/packs.py, trust.py) and says what
happened in plain words; a wrong passphrase or a bad file changes nothing.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import UserError
from desktop.domain.text_safety import one_line
from desktop.ui.collection.trust_page import ask_passphrase, plain, show_text

if TYPE_CHECKING:
    from desktop.ui.collection.window import CollectionWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionTrust", text)


class MakePackDialog(QDialog):
    """What the pack asks: the CVS's name and contact, period, deadline, message, frameworks."""

    def __init__(self, parent: QWidget, name: str = "", contact: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Make a return pack"))
        self.setMinimumWidth(560)  # room for a framework file's full path
        form = QFormLayout()
        self.cvs_name = QLineEdit(name)
        self.contact = QLineEdit(contact)
        self.contact.setPlaceholderText(tr("For example: 01237 000000, returns@ourcvs.org.uk"))
        self.period = QLineEdit()
        self.period.setPlaceholderText(tr("2026-27, 2026-27 Q3 or 2026-10-01..2026-12-31"))
        self.deadline = QDateEdit(calendarPopup=True)
        self.deadline.setDisplayFormat("d MMM yyyy")
        soon = date.today()
        self.deadline.setDate(QDate(soon.year, soon.month, soon.day).addMonths(2))
        self.message = QPlainTextEdit()
        self.message.setMaximumHeight(90)
        self.frameworks = QListWidget()
        self.frameworks.setAccessibleName(tr("Frameworks to use"))
        self.frameworks.setMaximumHeight(80)
        add = QPushButton(tr("&Add a framework file…"))
        add.clicked.connect(self._add_framework)
        framework_box = QVBoxLayout()
        framework_box.addWidget(self.frameworks)
        framework_row = QHBoxLayout()
        framework_row.addWidget(add)
        framework_row.addStretch(1)
        framework_box.addLayout(framework_row)
        for text, widget in (
            (tr("CVS &name:"), self.cvs_name),
            (tr("How groups &reach you:"), self.contact),
            (tr("&Period:"), self.period),
            (tr("&Deadline:"), self.deadline),
            (tr("&Message:"), self.message),
        ):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(tr("Frameworks to use:"), framework_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Make &the pack…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _add_framework(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("A framework file for the groups"), "", tr("Framework files (*.toml)")
        )
        if path:
            self.frameworks.addItem(path)

    def framework_paths(self) -> tuple[Path, ...]:
        return tuple(Path(self.frameworks.item(i).text()) for i in range(self.frameworks.count()))


def make_pack(window: CollectionWindow, dialog: MakePackDialog | None = None) -> bool:
    """Ask what the pack asks, the passphrase, where to save it; make and save it."""
    from desktop.domain.periods import PeriodError
    from desktop.domain.return_period import parse_period
    from desktop.services.collection.packs import PackRequest, SaveError, cvs_keys, save_pack

    keys = cvs_keys(window.conn)
    dialog = dialog or MakePackDialog(window, keys[0].cvs_name if keys else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        period = parse_period(dialog.period.text())
    except PeriodError as exc:
        QMessageBox.warning(window, tr("Return pack not made"), plain(exc))
        return False
    passphrase = ask_passphrase(window, new=not keys)
    if passphrase is None:
        return False
    target, _ = QFileDialog.getSaveFileName(
        window,
        tr("Save the return pack as"),
        f"Return pack {period.label.replace('/', '-')}.pbpack",
        tr("Return packs (*.pbpack)"),
    )
    if not target:
        return False
    path = Path(target) if target.endswith(".pbpack") else Path(target + ".pbpack")
    request = PackRequest(
        period,
        dialog.deadline.date().toPython(),
        dialog.cvs_name.text(),
        dialog.contact.text(),
        dialog.message.toPlainText(),
        dialog.framework_paths(),
    )
    try:
        made = save_pack(window.conn, request, passphrase, path)
    except (UserError, SaveError, OSError) as exc:
        QMessageBox.warning(window, tr("Return pack not made"), plain(exc))
        return False
    window.safety.changed()
    window.refresh()
    text = tr("Saved the return pack to {path}. Send it to your groups by email.").format(path=path)
    if made.new_keys:
        text += " " + tr(
            "The CVS's keys were made now (fingerprint {fingerprint}): save a copy for safe "
            "keeping (Save the keys for safe keeping…), and keep the passphrase somewhere else."
        ).format(fingerprint=made.fingerprint)
    QMessageBox.information(window, tr("Return pack made"), text)
    return True


def confirm_held(window: CollectionWindow, number: int) -> None:
    from desktop.services.collection.trust import confirm_held as confirm

    answer = QMessageBox.question(
        window,
        tr("Confirm the group's new key"),
        tr(
            "Confirm only after checking with the group that they sent it (a reinstalled "
            "laptop or a new computer is normal). Later returns signed by either key will "
            "then be imported as usual."
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        outcome = confirm(window.path, number)
    except UserError as exc:
        QMessageBox.warning(window, tr("Not confirmed"), plain(exc))
        return
    window.safety.changed()
    window.refresh()
    window.statusBar().showMessage(
        tr("Confirmed: {group}'s new key is recorded and its return imported.").format(
            group=one_line(outcome.group)
        ),
        8000,
    )


def refuse_held(window: CollectionWindow, number: int) -> None:
    from desktop.services.collection.trust import refuse_held as refuse

    try:
        refuse(window.path, number)
    except UserError as exc:
        QMessageBox.warning(window, tr("Not refused"), plain(exc))
        return
    window.safety.changed()
    window.refresh()
    window.statusBar().showMessage(tr("Refused: that return stays out of the collection."), 8000)


def keys_action(window: CollectionWindow, which: str) -> None:
    """``export``: save the keys (still locked) for safe keeping; ``rotate``: new keys."""
    from desktop.services.collection.packs import SaveError, rotate_keys, save_keys

    try:
        if which == "export":
            target, _ = QFileDialog.getSaveFileName(
                window, tr("Save the CVS's keys as"), "cvs-keys.json", tr("Key files (*.json)")
            )
            if not target:
                return
            save_keys(window.conn, Path(target))
            QMessageBox.information(
                window,
                tr("Keys saved"),
                tr(
                    "Saved to {path}. They are still locked by the passphrase: keep the file "
                    "and the passphrase in different safe places."
                ).format(path=target),
            )
            return
        passphrase = ask_passphrase(window)
        if passphrase is None:
            return
        fingerprint = rotate_keys(window.conn, passphrase)
    except (UserError, SaveError) as exc:
        QMessageBox.warning(window, tr("The CVS's keys"), plain(exc))
        return
    window.safety.changed()
    window.refresh()
    QMessageBox.information(
        window,
        tr("New keys made"),
        tr(
            "New keys made (fingerprint {fingerprint}). New packs carry them, signed by the "
            "old key so your groups accept the change. Returns for earlier packs still open."
        ).format(fingerprint=fingerprint),
    )


def show_contacts(window: CollectionWindow) -> None:
    """The contact details groups sealed for the CVS, after the passphrase."""
    from desktop.services.collection.packs import (
        contact_lines,
        open_sealed_contacts,
        returns_with_sealed_contacts,
    )

    rows = returns_with_sealed_contacts(window.conn)
    if not rows:
        QMessageBox.information(
            window,
            tr("Sealed contact details"),
            tr("No current return carries sealed contact details."),
        )
        return
    passphrase = ask_passphrase(window)
    if passphrase is None:
        return
    lines: list[str] = []
    try:
        for name, reference, text in rows:
            details = open_sealed_contacts(window.conn, json.loads(text), passphrase) or {}
            lines.append(f"{one_line(name)} ({one_line(reference)}):")
            lines += [f"    {one_line(line)}" for line in contact_lines(details)]
    except UserError as exc:
        QMessageBox.warning(window, tr("Sealed contact details"), plain(exc))
        return
    show_text(window, tr("Sealed contact details"), "\n".join(lines))
