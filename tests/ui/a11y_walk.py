"""Walk the app like a screen-reader user would meet it: every area, every dialog.

``unnamed_controls`` lists the keyboard-focusable controls a screen reader could not name:
a control needs an accessible name or a label whose buddy it is (buttons and check boxes
are named by their own words). ``DialogWalker`` opens every dialog it can reach, from the
menus and from the buttons whose "…" says they open one, without ever blocking: exec() is
replaced by show, inspect, cancel, and file and input pickers answer "cancelled".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

# Buttons the walk never presses: they change or remove records, or leave the app.
RISKY_WORDS = ("delete", "archive", "remove", "forget", "restore", "quit", "undo", "move")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _is_internal(widget: QWidget) -> bool:
    """Parts of a composite control that the control itself names for a screen reader."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QCalendarWidget):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        parent = parent.parentWidget()
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
        return True  # the tabs are named by their titles
    if isinstance(widget, QTabWidget):
        return True  # it hands focus to its tab bar
    # The corner button of a table selects all cells; Qt names it itself.
    return type(widget).__name__ == "QTableCornerButton"


def unnamed_controls(root: QWidget) -> Iterator[str]:
    window = root.window()
    buddies = {
        id(label.buddy())
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and _plain(label.text())
    }
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if _is_internal(widget) or widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and _plain(widget.text()):
            continue
        if isinstance(widget, QTabBar):
            continue
        title = window.windowTitle() or type(window).__name__
        where = f"{title} > {type(widget).__name__}"
        name = widget.objectName()
        yield f"{where} {name!r}" if name else where


class DialogWalker:
    """Opens dialogs without blocking and inspects each with ``inspect(dialog) -> list``."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, inspect: Callable[[QWidget], list[str]]
    ) -> None:
        self.inspect = inspect
        self.seen: list[str] = []
        self.problems: list[str] = []
        walker = self

        def fake_exec(dialog: QDialog) -> int:
            dialog.show()
            QApplication.processEvents()
            walker._record(dialog)
            dialog.reject()
            return int(QDialog.DialogCode.Rejected)

        monkeypatch.setattr(QDialog, "exec", fake_exec)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Cancel))
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, lambda *a, **k: ("", ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
        for name in ("getText", "getItem", "getMultiLineText"):
            monkeypatch.setattr(QInputDialog, name, lambda *a, **k: ("", False))
        monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))

    def _record(self, window: QWidget) -> None:
        title = window.windowTitle() or type(window).__name__
        if isinstance(window, QMessageBox) or title in self.seen:
            return
        self.seen.append(title)
        self.problems += self.inspect(window)

    def _close_new_windows(self, main: QWidget) -> None:
        QApplication.processEvents()
        for window in QApplication.topLevelWidgets():
            if window is main or not window.isVisible() or isinstance(window, QMenu):
                continue
            self._record(window)
            if isinstance(window, QDialog):
                window.reject()
            window.close()
        QApplication.processEvents()

    def trigger(self, main: QWidget, action: QAction) -> None:
        action.trigger()
        self._close_new_windows(main)

    def press(self, main: QWidget, button: QAbstractButton) -> None:
        button.click()
        self._close_new_windows(main)

    def menu_actions(self, window: QMainWindow) -> Iterator[QAction]:
        def walk(menu: QMenu) -> Iterator[QAction]:
            for action in menu.actions():
                if action.menu() is not None:
                    yield from walk(action.menu())
                elif not action.isSeparator() and action.isEnabled():
                    yield action

        for top in window.menuBar().actions():
            if top.menu() is not None:
                yield from walk(top.menu())

    def dialog_buttons(self, area: QWidget) -> list[QAbstractButton]:
        """Visible, enabled buttons whose "…" says they open a dialog, and not risky ones."""
        found = []
        for button in area.findChildren(QPushButton) + area.findChildren(QToolButton):
            text = _plain(button.text())
            if not (button.isVisible() and button.isEnabled()):
                continue
            if not text.endswith(("…", "...")):
                continue
            if any(word in text.lower() for word in RISKY_WORDS):
                continue
            found.append(button)
        return found


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    cleaned = text.replace("&&", "")
    if index < 0 or index + 1 >= len(cleaned):
        return None
    return cleaned[index + 1].lower()


def mnemonic_clashes(window: QWidget) -> Iterator[str]:
    """Alt+letter keys that two visible things in one window both claim.

    Qt then only moves the focus between them (or opens the menu), so the control a person
    was told about ("Alt+E to export") never acts. The menu bar's titles count too.
    """
    claims: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        key = _mnemonic(text)
        if key:
            claims.setdefault(key, []).append(_plain(text))

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            claim(action.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            claim(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            claim(label.text())
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                claim(tabs.tabText(index))
    for key, texts in sorted(claims.items()):
        if len(texts) > 1:
            title = window.windowTitle() or type(window).__name__
            yield f"{title}: Alt+{key.upper()} is claimed by " + ", ".join(repr(t) for t in texts)
