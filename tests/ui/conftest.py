"""GUI fixtures: a main window on a fresh data folder, with blocking dialogs patched."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.paths import AppPaths


@pytest.fixture(autouse=True, scope="session")
def gc_on_gui_thread(qapp):  # type: ignore[no-untyped-def]
    """As in the app: cycles are collected on the GUI thread only, never in a worker."""
    from desktop.ui.gc_guard import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record message boxes instead of showing them; a test may assert on what was said."""
    shown: list[tuple[str, str]] = []

    def fake(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((title, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", fake("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "about", fake("about", QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def hub(app_paths: AppPaths, database: object, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from desktop.ui.data import DataHub

    data_hub = DataHub(app_paths)
    yield data_hub
    data_hub.close()


@pytest.fixture
def main_window(hub, qtbot):  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def settings(tmp_path):  # type: ignore[no-untyped-def]
    """The window's own settings (recent collections, "keep it here"), in a file of its own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def collection_window(tmp_path, settings, qtbot):  # type: ignore[no-untyped-def]
    """A new, empty collection (tmp_path / "area.pbcollection") open in its window, shown."""
    from desktop.services.collection.opening import open_collection
    from desktop.ui.collection.window import CollectionWindow

    path = tmp_path / "area.pbcollection"
    open_collection(path, create=True)
    window = CollectionWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
