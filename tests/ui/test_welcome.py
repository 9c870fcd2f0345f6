"""First run: the welcome, its two ways in, and the example kept apart from real data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

import desktop.ui.welcome as welcome
from desktop.services.first_run import example_folder, needs_welcome
from desktop.ui.welcome import Choice, offer_welcome


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record the example windows that would be started, instead of starting them."""
    started: list[Path] = []
    monkeypatch.setattr(welcome, "launch_example", lambda folder: started.append(folder) or True)
    return started


def counts(database: Path) -> tuple[int, int]:
    with sqlite3.connect(database) as conn:
        groups = conn.execute("SELECT count(*) FROM group_profile").fetchone()[0]
        partnerships = conn.execute("SELECT count(*) FROM partnership").fetchone()[0]
    return groups, partnerships


def test_the_welcome_says_what_it_does_and_where_the_data_lives(main_window, hub, qtbot) -> None:
    first_run = offer_welcome(main_window, hub)
    assert first_run is not None
    dialog = first_run.dialog
    qtbot.waitExposed(dialog)
    assert "Council for Voluntary Service" in dialog.about.text()
    assert str(hub.paths.data) in dialog.where.text()
    assert "stay on this computer" in dialog.where.text()
    assert str(example_folder(hub.paths)) in dialog.example_button.description()


def test_set_up_our_group_by_keyboard_saves_the_group(main_window, hub, qtbot) -> None:
    first_run = offer_welcome(main_window, hub)
    dialog = first_run.dialog
    qtbot.waitExposed(dialog)
    assert dialog.set_up_button.hasFocus() or dialog.set_up_button.isDefault()
    dialog.set_up_button.setFocus()
    qtbot.keyClick(dialog.set_up_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: hasattr(first_run, "group_dialog"))
    group_dialog = first_run.group_dialog
    qtbot.waitExposed(group_dialog)
    assert main_window.current_area_key() == "partnerships"
    name = group_dialog.form.widgets["name"]
    assert isinstance(name, QLineEdit)
    name.setFocus()
    qtbot.keyClicks(name, "Bideford Befrienders")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not group_dialog.isVisible())
    assert counts(hub.paths.database) == (1, 0)
    # Seen once, and the group exists: it does not come back.
    assert offer_welcome(main_window, hub) is None


def test_later_remembers_it_was_seen(main_window, hub, qtbot) -> None:
    assert needs_welcome(hub.read())
    first_run = offer_welcome(main_window, hub)
    qtbot.waitExposed(first_run.dialog)
    with qtbot.waitSignal(first_run.dialog.chosen) as blocker:
        qtbot.keyClick(first_run.dialog, Qt.Key.Key_Escape)
    assert blocker.args == [Choice.LATER]
    assert not needs_welcome(hub.read())
    assert counts(hub.paths.database) == (0, 0)


def test_example_data_goes_in_its_own_folder_never_ours(main_window, hub, qtbot, launched) -> None:
    first_run = offer_welcome(main_window, hub)
    qtbot.waitExposed(first_run.dialog)
    qtbot.mouseClick(first_run.dialog.example_button, Qt.MouseButton.LeftButton)
    example = example_folder(hub.paths)
    assert launched == [example]
    assert example != hub.paths.data and example.parent == hub.paths.data.parent
    groups, partnerships = counts(example / "partnerbook.db")
    assert groups == 1 and partnerships >= 3
    assert counts(hub.paths.database) == (0, 0)
    # A second try opens the same example again without adding it twice.
    first_run.open_example()
    assert counts(example / "partnerbook.db") == (groups, partnerships)


def test_no_welcome_over_data_that_already_exists(demo_database, hub, main_window) -> None:
    assert offer_welcome(main_window, hub) is None


def test_a_failed_example_start_is_explained(
    main_window, hub, qtbot, monkeypatch: pytest.MonkeyPatch, no_blocking_dialogs
) -> None:
    monkeypatch.setattr(welcome, "launch_example", lambda folder: False)
    first_run = welcome.FirstRun(main_window, hub)
    first_run.open_example()
    title, text = no_blocking_dialogs[-1]
    assert title == "The example could not be opened"
    assert "--data-dir" in text
    QApplication.processEvents()
