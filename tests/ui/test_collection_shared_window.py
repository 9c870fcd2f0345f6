"""File → Open shared collection… (issue 19), driven like an officer: the form, a password
asked for and never stored, the role shown, and other officers' imports appearing."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from collection_support import payloads, pdfs
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.services.collection.importer import import_returns
from desktop.store.collection.server_admin import role_names
from desktop.ui.collection import shared
from desktop.ui.collection.shared import SharedCollectionDialog, open_shared_collection
from desktop.ui.collection.window import CollectionWindow
from tests.postgres_support import Cluster


def _login(cluster: Cluster, role: str) -> tuple[str, str]:
    name, password = "w" + uuid.uuid4().hex[:10], "pw-" + uuid.uuid4().hex[:8]
    cluster.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    cluster.sql(f"GRANT {role} TO {name}")
    return name, password


def _fill_and_open(cluster: Cluster, database: str, user: str) -> None:
    """Type into the real form when it appears, and press Open."""

    def fill() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, SharedCollectionDialog)
        )
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(cluster.port)
        dialog.database.setText(database)
        dialog.user.setText(user)
        dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("prefer"))  # no TLS in tests
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Open).click()

    QTimer.singleShot(0, fill)


def test_an_officer_opens_a_shared_collection_and_sees_a_colleagues_import(
    pg_cluster: Cluster,
    pg_collection: str,
    settings: QSettings,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shared, "POLL_MS", 100)
    database = pg_collection.split("dbname=")[1].split()[0]
    officer_role, _reader = role_names(database)
    user, password = _login(pg_cluster, officer_role)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2])) or QMessageBox.Ok
    )
    typed = iter(["not-the-password", password])

    _fill_and_open(pg_cluster, database, user)
    window = open_shared_collection(None, settings, ask_password=lambda label: next(typed))
    assert isinstance(window, CollectionWindow)
    qtbot.addWidget(window)
    # The wrong password was said plainly, then asked for again.
    assert len(warnings) == 1 and "did not accept the user name and password" in warnings[0]
    assert "Shared collection" in window.windowTitle() and "officer" in window.windowTitle()
    assert window.role_label.text().startswith("Officer")
    assert window.import_action.isEnabled()
    # Remembered for next time, without the password.
    remembered = shared.recent_shared(settings)
    assert len(remembered) == 1 and database in remembered[0]
    assert password not in remembered[0] and "password" not in remembered[0]

    # Another officer imports from the command line; the window shows it by itself.
    assert window.groups.groups.rowCount() == 0
    import_returns(pg_collection, pdfs(tmp_path / "in", payloads(3, seed=931, groups=3)))
    qtbot.waitUntil(lambda: window.groups.groups.rowCount() == 3, timeout=15_000)
    window.grab().save(str(tmp_path / "shared-window.png"))
    window.close()


def test_a_reader_sees_their_role_and_is_offered_no_import(
    pg_cluster: Cluster,
    pg_collection: str,
    settings: QSettings,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    database = pg_collection.split("dbname=")[1].split()[0]
    _officer, reader_role = role_names(database)
    user, password = _login(pg_cluster, reader_role)
    location = pg_cluster.url(database, user=user, password=password)
    window = open_shared_collection(None, settings, location)
    assert isinstance(window, CollectionWindow)
    qtbot.addWidget(window)
    assert "you are a reader" in window.windowTitle()
    assert window.role_label.text().startswith("Reader")
    assert not window.import_action.isEnabled() and not window.acceptDrops()
    assert password not in window.windowTitle()
    window.close()


def test_an_unreachable_server_is_said_plainly_and_can_be_retried(
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    said: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        said.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    location = f"host=127.0.0.1 port={port} dbname=area user=nobody"
    assert open_shared_collection(None, settings, location) is None
    assert len(said) == 1 and "could not reach the server" in said[0]
    assert shared.recent_shared(settings) == []  # nothing remembered that did not open


def test_two_officers_windows_a_stale_merge_is_told_and_the_window_shows_the_latest(
    pg_collection: str,
    settings: QSettings,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_returns(pg_collection, pdfs(tmp_path / "in", payloads(2, seed=932, groups=2)))
    first = open_shared_collection(None, settings, pg_collection)
    second = open_shared_collection(None, settings, pg_collection)
    assert isinstance(first, CollectionWindow) and isinstance(second, CollectionWindow)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    second.change_timer.stop()  # the second officer has not looked again yet
    before = second.partnerships.model.rowCount()
    keys = second.partnerships.model.table.keys[:3]
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: told.append(str(a[2])) or QMessageBox.Ok
    )
    first.merge(keys[1], keys[0])
    assert first.partnerships.model.rowCount() == before - 1
    second.merge(keys[1], keys[2])  # from the list as the second officer last saw it
    assert len(told) == 1 and "someone else merged it a moment ago" in told[0]
    assert second.partnerships.model.rowCount() == before - 1  # shown as it is now
    first.close()
    second.close()
