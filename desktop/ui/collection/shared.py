"""File → Open shared collection…: a CVS team's collection on their PostgreSQL server.

The form asks what an IT provider hands out: server, port, database, user and how secure
the connection must be (verify-full recommended), or just a service name from the person's
pg_service.conf. There is no password field and no password is ever remembered: libpq reads
it from .pgpass, the service file or PGPASSWORD; only when the server asks for one that is
not there does the window ask, and keeps it in memory for that window alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.collection.opening import (
    SSL_MODES,
    PasswordRefused,
    ServerUnavailable,
    StoreError,
    make_location,
    server_label,
    with_password,
    without_password,
)
from desktop.ui.problem_text import said

RECENT_SHARED_KEY = "collections/recent_shared"
MAX_RECENT = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("SharedCollection", text)


def recent_shared(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_SHARED_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []]


def remember_shared(settings: QSettings, location: str) -> None:
    """Remember where, never how to get in: the password is taken out first."""
    clean = without_password(location)
    items = [clean] + [r for r in recent_shared(settings) if r != clean]
    settings.setValue(RECENT_SHARED_KEY, items[:MAX_RECENT])


class SharedCollectionDialog(QDialog):
    """Where the shared collection is: the server's fields, or a service name."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open shared collection"))
        self.service = QLineEdit()
        self.service.setPlaceholderText(tr("for example cvs-area (from pg_service.conf)"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(tr("for example db.cvs.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.sslmode = QComboBox()
        labels = {
            "verify-full": tr("Encrypted, server checked (recommended)"),
            "verify-ca": tr("Encrypted, certificate checked"),
            "require": tr("Encrypted, server not checked"),
            "prefer": tr("Encrypted if the server offers it"),
            "disable": tr("Not encrypted (this computer or a trusted network only)"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(labels[mode], mode)
        form = QFormLayout()
        form.addRow(tr("&Service name:"), self.service)
        form.addRow(tr("Ser&ver:"), self.host)
        form.addRow(tr("&Port:"), self.port)
        form.addRow(tr("&Database:"), self.database)
        form.addRow(tr("&User name:"), self.user)
        form.addRow(tr("Se&curity:"), self.sslmode)
        note = QLabel(
            tr(
                "Give a service name, or the server, database and user name. Partnerbook "
                "never stores a password: it uses your .pgpass or service file, or asks."
            )
        )
        note.setWordWrap(True)
        self.recent = QListWidget()
        self.recent.setAccessibleName(tr("Recent shared collections"))
        self.recent.addItems(recent_shared(settings))
        self.recent.itemActivated.connect(lambda item: self._choose_recent(item.text()))
        self.chosen_recent = ""
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(QLabel(tr("&Recent shared collections:")))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.recent)  # type: ignore[union-attr]
        layout.addWidget(self.recent)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _choose_recent(self, location: str) -> None:
        self.chosen_recent = location
        self.accept()

    def location(self) -> str:
        if self.chosen_recent:
            return self.chosen_recent
        if self.service.text().strip():
            return make_location(service=self.service.text())
        return make_location(
            host=self.host.text(),
            port=self.port.value(),
            database=self.database.text(),
            user=self.user.text(),
            sslmode=str(self.sslmode.currentData()),
        )

    def _accept(self) -> None:
        if not self.service.text().strip() and not (
            self.host.text().strip() and self.database.text().strip()
        ):
            self.message.setText(tr("Give a service name, or a server and a database."))
            return
        self.accept()


def open_shared_collection(
    parent: QMainWindow | None,
    settings: QSettings,
    location: str | None = None,
    ask_password: Callable[[str], str | None] | None = None,
) -> QMainWindow | None:
    """Ask where (unless ``location`` is given), connect, and open the collection's window.

    A wrong password or an unreachable server gets its plain message and the chance to try
    again; a collection not set up for this version says who must run init-server.
    """
    from desktop.services.collection.opening import check_collection
    from desktop.ui.collection.menu import register_window
    from desktop.ui.collection.window import CollectionWindow

    if location is None:
        dialog = SharedCollectionDialog(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        location = dialog.location()
    ask = ask_password or (lambda label: _ask_password(parent, label))
    given = location
    while True:
        try:
            check_collection(location)
            break
        except StoreError as exc:
            QMessageBox.critical(parent, tr("Cannot open the shared collection"), said(exc))
            return None
        except PasswordRefused as exc:
            if location != given:  # the password typed was wrong: say so, ask again
                QMessageBox.warning(parent, tr("Wrong password"), said(exc))
            password = ask(server_label(given))
            if not password:
                return None
            location = with_password(given, password)
        except ServerUnavailable as exc:
            again = QMessageBox.warning(
                parent,
                tr("Cannot open the shared collection"),
                said(exc),
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
            )
            if again != QMessageBox.StandardButton.Retry:
                return None
    remember_shared(settings, location)
    window = CollectionWindow(location, settings)  # type: ignore[arg-type]
    register_window(window)
    window.show()
    return window


def _ask_password(parent: QWidget | None, label: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        tr("Password"),
        tr("Password for {label} (used for this window only, never stored):").format(label=label),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


# -- the window of a shared collection ----------------------------------------------------

POLL_MS = 3000  # how often an open window looks for other officers' changes


class NoLock:
    """A server collection's stand-in for the file lock: nothing to hold or let go."""

    held = True

    def release(self) -> None:
        self.held = False


class ServerSafety:
    """A server collection has no file backups to make (the server's pg_dump does that)."""

    def add_actions(self, menu: object) -> None:
        return None

    def changed(self) -> None:
        return None

    def on_close(self) -> None:
        return None


def show_shared(window: Any) -> None:
    """Title, role and a watch for others' changes on a shared collection's window.

    The role is what PostgreSQL grants this login (a reader's writes would be refused by
    the server anyway); a reader's window offers no import. Every POLL_MS the window asks
    the server for a cheap change mark and reloads its pages when it moved.
    """
    from desktop import APP_NAME
    from desktop.services.collection.opening import OFFICER, READER, change_mark
    from desktop.services.collection.opening import role as role_of

    label = server_label(window.path)
    role = role_of(window.conn)
    names = {OFFICER: tr("officer"), READER: tr("reader")}
    window.setWindowTitle(
        tr("{app} — Shared collection — {name} — you are an {role}").format(
            app=APP_NAME, name=label, role=names.get(role, role)
        )
        if role == OFFICER
        else tr("{app} — Shared collection — {name} — you are a reader").format(
            app=APP_NAME, name=label
        )
    )
    window.role = role
    role_label = QLabel(
        tr("Officer: you may import, merge and withdraw")
        if role == OFFICER
        else tr("Reader: you may view and export")
    )
    role_label.setAccessibleName(tr("Your role in this collection"))
    window.role_label = role_label
    window.statusBar().addPermanentWidget(role_label)
    if role == READER:
        for action in (window.import_action, window.make_pack_action):
            action.setEnabled(False)
        window.setAcceptDrops(False)
    window.change_mark = change_mark(window.conn)
    timer = QTimer(window)
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: look_for_changes(window))
    timer.start()
    window.change_timer = timer


def look_for_changes(window: Any) -> bool:
    """Reload the window's pages if anyone changed the collection; True when it did."""
    from desktop.services.collection.opening import CollectionDatabaseError, change_mark, connect

    if window.import_job is not None:  # its own import refreshes the pages as it goes
        return False
    try:
        mark = change_mark(window.conn)
    except CollectionDatabaseError:
        window.statusBar().showMessage(
            tr("The server cannot be reached just now; the pages show what was there."), 8000
        )
        try:  # the next look tries a fresh connection
            window.conn.close()
            window.conn = connect(window.path)
        except Exception:  # still away: say so again next time
            return False
        return False
    if mark == window.change_mark:
        return False
    window.change_mark = mark
    from desktop.services.collection.views import chosen_period

    # Nothing was shown yet (an empty collection): show the period that just arrived.
    nothing_shown = window.period is None or not window.groups.groups.rowCount()
    if nothing_shown and chosen_period(window.conn) is not None:
        window.show_latest_period()
        return True
    window.refresh()
    return True
