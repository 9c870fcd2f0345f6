"""A screen reader can name every control, and every Alt+letter does what it says.

Each keyboard-focusable control needs an accessible name or a label whose buddy it is
(a button or check box is named by its own words), and no two visible things in a window
may claim the same Alt+letter (Qt would then only move between them, or open a menu).
The walk covers every area over the example data, every tab of a partnership, the CVS
collection window, every menu command, and every button whose "…" says it opens a dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from tests.ui.a11y_walk import DialogWalker, mnemonic_clashes, unnamed_controls


def problems_in(window: QWidget) -> list[str]:
    return [*unnamed_controls(window), *mnemonic_clashes(window)]


@pytest.fixture
def window(demo_database, hub, qtbot):  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow

    main = MainWindow(hub)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def every_tab(window: QWidget) -> Iterator[str]:
    """Show each page of each visible tab widget in turn; yield its name."""
    for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible()]:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs.tabText(index).replace("&", "")


def every_view(window) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Every area of the main window, and every tab of one partnership's page."""
    for spec in window.area_specs:
        window.show_area(spec.key)
        QApplication.processEvents()
        yield spec.key
        for tab in every_tab(window):
            yield f"{spec.key} / {tab}"
    area = window.show_area("partnerships")
    first = window.hub.read().execute("SELECT min(id) FROM partnership").fetchone()[0]
    area.open_partnership(first)
    QApplication.processEvents()
    for tab in every_tab(window):
        yield f"a partnership / {tab}"


def test_every_area_and_tab_names_its_controls_and_keys(window) -> None:
    problems: list[str] = []
    for view in every_view(window):
        problems += [f"{view}: {p}" for p in problems_in(window)]
    assert not problems, "\n".join(problems)


def test_every_dialog_names_its_controls_and_keys(window, monkeypatch: pytest.MonkeyPatch) -> None:
    walker = DialogWalker(monkeypatch, problems_in)
    skip = {window.quit_action, window.help.whats_this_action}
    for action in list(walker.menu_actions(window)):
        if action not in skip:
            walker.trigger(window, action)
    for spec in window.area_specs:
        area = window.show_area(spec.key)
        QApplication.processEvents()
        for button in walker.dialog_buttons(area):
            walker.press(window, button)
    assert len(walker.seen) >= 8, walker.seen
    assert not walker.problems, "\n".join(walker.problems)


def test_the_collection_window_names_its_controls_and_keys(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch, collection_location: Path | str
) -> None:
    from PySide6.QtCore import QSettings

    from desktop.store.collection.opening import open_collection
    from desktop.ui.collection.window import CollectionWindow

    path = collection_location  # a file's window and a server's (its role shown) alike
    open_collection(path, create=True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    collection = CollectionWindow(path, settings)
    qtbot.addWidget(collection)
    collection.show()
    qtbot.waitExposed(collection)
    problems = problems_in(collection)
    for tab in every_tab(collection):
        problems += [f"{tab}: {p}" for p in problems_in(collection)]
    walker = DialogWalker(monkeypatch, problems_in)
    assert isinstance(collection, QMainWindow)
    for action in list(walker.menu_actions(collection)):
        if "quit" not in action.text().lower() and "close" not in action.text().lower():
            walker.trigger(collection, action)
    problems += walker.problems
    assert not problems, "\n".join(problems)
