"""Keyboard only, from the first start to an exported return: no mouse anywhere.

The welcome's "Set up our group", our group's name, a new partnership (Ctrl+N), Tab round
its Overview and Ctrl+Tab through its sections, back to the register (Alt+Left), the Returns
area (Ctrl+6) and its "Export return…" button by its Alt shortcut (Alt+X). Only the system's
"Save as" picker is answered by the test, as it is the operating system's own window.

Every place the focus stops is checked as a screen-reader user meets it (issue 21, item 5):
it has a name (read through Qt's accessibility interface, what AT-SPI passes on), it is on
screen, and it looks different with the focus than without (the focus can be seen).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop.services.return_reader import read_return
from desktop.ui.welcome import offer_welcome


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_and_enter(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def back_to(window: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window manager gives the main window the focus back when a dialog closes; the
    offscreen test platform has none, so do what it would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


class FocusStops:
    """Every control the keyboard reaches on the way, checked as it is left."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: list[str] = []
        self._last: tuple[QWidget, QImage] | None = None

    def arrive(self) -> QWidget:
        widget = focused()
        self._leave(widget)
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        where = f"{type(widget).__name__} {name!r}"
        self.seen.append(where)
        if not name:
            self.problems.append(f"unnamed: {where}")
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            self.problems.append(f"not on screen: {where}")
        self._last = (widget, widget.grab().toImage())
        return widget

    def _leave(self, now: QWidget) -> None:
        """The control just left must look different now it has lost the focus."""
        if self._last is None or self._last[0] is now:
            return
        widget, with_focus = self._last
        if widget.isVisible() and widget.grab().toImage() == with_focus:
            self.problems.append(f"focus not visible: {type(widget).__name__}")


def when_a_dialog_is_up(qtbot, act: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` on the modal dialog once it is showing (exec() blocks until it closes)."""

    def attempt(tries: int = 250) -> None:
        dialog = QApplication.activeModalWidget()
        if (dialog is None or not dialog.isActiveWindow()) and tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        if dialog is None:
            raise AssertionError("no dialog appeared")
        act(dialog)

    QTimer.singleShot(0, attempt)


def test_first_start_to_an_exported_return_by_keyboard(
    main_window, hub, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    window.activateWindow()
    first_run = offer_welcome(window, hub)
    assert first_run is not None
    qtbot.waitUntil(lambda: first_run.dialog.isActiveWindow())

    # The welcome: "Set up our group" has the focus; Enter chooses it.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_run.dialog.set_up_button)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(first_run, "group_dialog", None) is not None)
    group_dialog = first_run.group_dialog
    qtbot.waitUntil(group_dialog.isActiveWindow)
    type_and_enter(qtbot, "Clovelly Community Larder")
    qtbot.waitUntil(lambda: not group_dialog.isVisible())
    back_to(window, qtbot)

    # Ctrl+N: a new partnership, named and added with Enter.
    when_a_dialog_is_up(qtbot, lambda dialog: type_and_enter(qtbot, "Bideford Food Network"))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert hub.read().execute("SELECT name FROM partnership").fetchall() == [
        ("Bideford Food Network",)
    ]

    # The new partnership opens: Tab goes round the whole page and back to where it began,
    # through the section tabs and the Back button (it looped inside the form before).
    back_to(window, qtbot)
    area = window.area("partnerships")
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.page)
    stops = FocusStops()
    start = stops.arrive()
    for _ in range(120):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if stops.arrive() is start:
            break
    assert focused() is start, "Tab never came back round: " + " > ".join(stops.seen)
    assert "QPushButton 'Back to all partnerships'" in stops.seen
    assert "QLineEdit 'Where its papers are kept'" in stops.seen
    # Ctrl+Tab through every section: each lands on a named control of that section.
    for _ in area.page.section_titles():
        qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        stop = stops.arrive()
        assert area.page.tabs.currentWidget().isAncestorOf(stop)
    # Alt+Left: back to the register, the focus on the list of partnerships.
    qtbot.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.register_page)
    assert stops.arrive() is area.table
    assert not stops.problems, "\n".join(stops.problems)

    # Ctrl+6: Returns. Alt+X presses "Export return…"; the system's picker gives a name.
    target = tmp_path / "return.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area_key() == "returns"
    returns = window.area("returns")
    # The focus went straight into the area (not via the list of areas); Tab goes round it.
    first = stops.arrive()
    assert returns.isAncestorOf(first), type(first).__name__
    for _ in range(80):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if stops.arrive() is first:
            break
    assert focused() is first
    assert not stops.problems, "\n".join(stops.problems + stops.seen)
    qtbot.keyClick(focused(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: returns.result is not None, timeout=30_000)

    payload = read_return(target)
    assert payload["group"]["name"] == "Clovelly Community Larder"
    assert [p["name"] for p in payload["partnerships"]] == ["Bideford Food Network"]
    assert str(target) in returns.status.text()
