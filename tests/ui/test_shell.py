"""The main window: it opens, navigates, explains empty areas, and says what it is."""

from __future__ import annotations

import argparse
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop import __version__
from desktop.ui.widgets import EmptyState


def visible_texts(widget) -> str:  # type: ignore[no-untyped-def]
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_opens_on_home_with_a_welcome_for_a_newcomer(main_window) -> None:
    assert main_window.current_area_key() == "home"
    assert "Welcome to Partnerbook" in visible_texts(main_window)


def test_every_area_has_an_empty_state_that_says_what_to_do(main_window, qtbot) -> None:
    for spec in main_window.area_specs[1:]:
        area = main_window.show_area(spec.key)
        assert main_window.stack.currentWidget().widget() is area  # in its scroll area
        empties = [e for e in area.findChildren(EmptyState) if e.isVisible()]
        assert empties, spec.key
        assert len(empties[0].text_label.text()) > 40


def test_navigation_by_keyboard_shortcut(main_window, qtbot) -> None:
    main_window.activateWindow()
    main_window.area_actions["reviews"].trigger()
    assert main_window.current_area_key() == "reviews"
    qtbot.keyClick(main_window.nav, Qt.Key.Key_Up)
    assert main_window.current_area_key() == "resources"


def test_navigation_by_clicking_the_list(main_window, qtbot) -> None:
    item = main_window.nav.item(1)
    rect = main_window.nav.visualItemRect(item)
    qtbot.mouseClick(main_window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_area_key() == "partnerships"


def test_menus_have_mnemonics_and_standard_shortcuts(main_window) -> None:
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert main_window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_about_names_the_version_and_the_data_folder(main_window, no_blocking_dialogs) -> None:
    main_window.about_action.trigger()
    title, text = no_blocking_dialogs[-1]
    assert title == "About Partnerbook"
    assert __version__ in text and str(main_window.hub.paths.data) in text


def test_home_shows_the_group_and_its_next_meetings(demo_database, main_window) -> None:
    main_window.area("home").refresh()
    texts = visible_texts(main_window)
    assert "Holsworthy & Villages Community Link" in texts
    assert "3 partnerships" in texts
    meetings = main_window.area("home").meetings
    assert "North Devon Health and Wellbeing Partnership" in meetings.item(0).text()


def test_run_gui_shows_the_window_and_exits_when_ready(data_dir, qtbot, monkeypatch) -> None:
    from desktop.ui import application

    shown = []
    monkeypatch.setattr(application, "show_error", lambda *a: shown.append(a))
    code = application.run_gui(argparse.Namespace(data_dir=None, exit_when_ready=True))
    assert code == 0 and shown == []
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    assert conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    conn.close()


def test_run_gui_refuses_a_newer_database_with_a_message(
    data_dir, qtbot, monkeypatch, no_blocking_dialogs
) -> None:
    from desktop.cli import main
    from desktop.ui import application

    main(["demo"])
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    code = application.run_gui(argparse.Namespace(data_dir=None, exit_when_ready=True))
    assert code == 1
    assert "newer version" in no_blocking_dialogs[0][1]


def test_run_gui_says_when_the_folder_is_already_in_use(data_dir, qtbot, monkeypatch) -> None:
    from desktop.paths import resolve
    from desktop.store.lock import InstanceLock
    from desktop.ui import application, single_instance

    paths = resolve().ensure()
    # The lock holder here has no window to bring forward: do not wait long for one.
    monkeypatch.setattr(single_instance, "WAIT_FOR_FIRST_MS", 100)
    shown = []
    monkeypatch.setattr(application, "show_error", lambda *a: shown.append(a))
    with InstanceLock(paths.lock_file):
        code = application.run_gui(argparse.Namespace(data_dir=None, exit_when_ready=True))
    assert code == 1 and "already open" in shown[0][1]


def test_a_second_start_asks_the_first_window_to_come_forward(app_paths, qtbot) -> None:
    from desktop.ui.single_instance import InstanceServer, ask_running_instance_to_raise

    server = InstanceServer(app_paths)
    assert server.listening
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=3000):
            assert ask_running_instance_to_raise(app_paths)
    finally:
        server.close()
    assert not ask_running_instance_to_raise(app_paths, timeout_ms=100)
    assert QApplication.instance() is not None
