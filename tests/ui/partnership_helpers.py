"""Acting on the partnership screens as a person would: typing, Tab, Return, Space."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.ui.partnerships.fields import DateEdit


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Put the keyboard focus on ``widget`` (its window first, after a dialog has closed)."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    target = widget.focusProxy() or widget
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=2000)


def type_line(qtbot, widget: QWidget, text: str, then: Qt.Key = Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    """Replace what is in a line (or a date) with ``text`` and press Return (or ``then``).

    In a dialog Return presses OK, so dialogs are filled in with Tab between fields.
    """
    line = widget.line if isinstance(widget, DateEdit) else widget
    assert isinstance(line, QLineEdit)
    focus(qtbot, line)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, then)


def type_text(qtbot, box: QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a multi-line box, then Tab out of it (which is when it saves)."""
    focus(qtbot, box)
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not box, timeout=2000)


def choose(qtbot, combo: QComboBox, label: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an item with the arrow keys, as someone without a mouse would."""
    focus(qtbot, combo)
    wanted = combo.findText(label)
    assert wanted >= 0, (label, [combo.itemText(i) for i in range(combo.count())])
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != wanted:
        qtbot.keyClick(combo, key)


def press(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Press a button with the space bar."""
    focus(qtbot, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def when_dialog_opens(qtbot, act: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` on the next modal dialog once it is up (its exec() blocks the test)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)
