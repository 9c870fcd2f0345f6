"""The collection window's "Keys and packs" page (issue 20).

Returns held because they are signed by a key the collection does not know for their group
(confirm: a reinstalled laptop is the usual reason; or refuse), the keys each group signs
with, the CVS's own keys (make a pack, save them for safe keeping, make new ones), and the
contact details groups sealed for the CVS, shown only after the passphrase is given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import UserError
from desktop.services.collection.packs import cvs_keys
from desktop.services.collection.trust import group_keys_table, held_table
from desktop.ui.collection.models import ViewModel
from desktop.ui.collection.pages import Page, table_view
from desktop.ui.problem_text import said

if TYPE_CHECKING:
    from desktop.services.collection.opening import Connection


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionTrust", text)


def ask_passphrase(parent: QWidget, *, new: bool = False) -> str | None:
    """The passphrase of the CVS's keys, asked (twice when it is being chosen); None: no."""
    prompt = (
        tr(
            "Choose a passphrase for the CVS's keys (at least 10 characters; a few words you "
            "will remember work well). Write it down and keep it somewhere safe: without it "
            "no new pack can be made and sealed contact details cannot be read."
        )
        if new
        else tr("The passphrase of the CVS's keys:")
    )
    first, ok = QInputDialog.getText(parent, tr("Passphrase"), prompt, QLineEdit.EchoMode.Password)
    if not ok:
        return None
    if new:
        again, ok = QInputDialog.getText(
            parent, tr("Passphrase"), tr("The same passphrase again:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if again != first:
            QMessageBox.warning(
                parent, tr("Passphrase"), tr("The two passphrases are not the same.")
            )
            return None
    return first


class TrustPage(Page):
    """Held returns, group keys, the CVS's keys and sealed contacts."""

    def __init__(
        self,
        confirm: Callable[[int], None],
        refuse: Callable[[int], None],
        make_pack: Callable[[], None],
        keys_action: Callable[[str], None],
        show_contacts: Callable[[], None],
    ) -> None:
        super().__init__()
        self.held = ViewModel()
        self.group_keys = ViewModel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Returns held: signed by a different key</b>")))
        note = QLabel(
            tr(
                "A group's later returns must be signed by the same key as its first. A "
                "reinstalled laptop or a new computer is the usual reason for a new key and "
                "is normal: check with the group (by phone, or an email you know is theirs), "
                "then confirm. Someone pretending to be the group: refuse."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.held_view = table_view(
            self.held, tr("Returns held for a different key"), main=1, optional=(6, 2)
        )
        layout.addWidget(self.held_view, 2)
        row = QHBoxLayout()
        self.confirm_button = QPushButton(tr("&Confirm: it is the group's new key"))
        self.refuse_button = QPushButton(tr("Refuse it"))
        row.addWidget(self.confirm_button)
        row.addWidget(self.refuse_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm_button.clicked.connect(lambda: self._decide(confirm))
        self.refuse_button.clicked.connect(lambda: self._decide(refuse))

        layout.addWidget(QLabel(tr("<b>Keys groups sign their returns with</b>")))
        self.keys_view = table_view(self.group_keys, tr("Keys groups sign their returns with"))
        layout.addWidget(self.keys_view, 2)

        layout.addWidget(QLabel(tr("<b>The CVS's keys and return packs</b>")))
        self.cvs_keys = QLabel()
        self.cvs_keys.setWordWrap(True)
        layout.addWidget(self.cvs_keys)
        buttons = QHBoxLayout()
        self.make_pack_button = QPushButton(tr("Make a return pack…"))
        self.export_keys_button = QPushButton(tr("&Save the keys for safe keeping…"))
        self.rotate_button = QPushButton(tr("Make &new keys…"))
        self.contacts_button = QPushButton(tr("Show sealed contact &details…"))
        # Two short rows rather than one long one: every label stays whole on a laptop.
        for button in (self.make_pack_button, self.contacts_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        keys_row = QHBoxLayout()
        for button in (self.export_keys_button, self.rotate_button):
            keys_row.addWidget(button)
        keys_row.addStretch(1)
        layout.addLayout(keys_row)
        self.make_pack_button.clicked.connect(make_pack)
        self.export_keys_button.clicked.connect(lambda: keys_action("export"))
        self.rotate_button.clicked.connect(lambda: keys_action("rotate"))
        self.contacts_button.clicked.connect(show_contacts)

    def _decide(self, decide: Callable[[int], None]) -> None:
        index = self.held_view.currentIndex()
        if not index.isValid() and self.held.rowCount() == 1:
            index = self.held.index(0, 0)
        if index.isValid():
            decide(int(self.held.table.keys[index.row()]))

    def refresh(self, conn: Connection) -> None:
        self.held.set_table(held_table(conn))
        self.group_keys.set_table(group_keys_table(conn))
        has_held = self.held.rowCount() > 0
        self.confirm_button.setEnabled(has_held)
        self.refuse_button.setEnabled(has_held)
        keys = cvs_keys(conn)
        if not keys:
            self.cvs_keys.setText(
                tr(
                    "No keys yet: they are made with the first return pack, under a "
                    "passphrase you choose then."
                )
            )
        else:
            self.cvs_keys.setText(
                "\n".join(
                    (
                        tr("{fingerprint}: retired (returns for its packs still open)")
                        if key.retired
                        else tr("{fingerprint}: current, signs new packs")
                    ).format(fingerprint=key.fingerprint)
                    for key in keys
                )
            )
        self.export_keys_button.setEnabled(bool(keys))
        self.rotate_button.setEnabled(bool(keys))

    def tables(self) -> list:  # type: ignore[type-arg]
        return [self.held.table, self.group_keys.table]


def show_text(parent: QWidget, title: str, text: str) -> None:
    """A read-only text to read or copy (the sealed contact details)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    box.setAccessibleName(title)
    layout.addWidget(box)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)
    dialog.resize(640, 420)
    parent.setProperty("last_text_dialog", text)  # what the tests read
    dialog.open()


def plain(exc: Exception) -> str:
    return said(exc) if isinstance(exc, UserError) else str(exc)
