"""The welcome shown at first start: what Partnerbook does and the two ways to begin.

Shown once, when the database has no group and no partnerships; closing it in any way
remembers it was seen (the Home area's own empty state still says what to do). It opens
window-modal with ``open()``, never ``exec()``, so start-up and tests never block on it.

"Try it with example data" never touches the person's own folder: the example group lives
in its own folder beside it and opens in a second window (services/first_run.py says why).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.paths import AppPaths, DataFolderError
from desktop.services.first_run import (
    example_folder,
    mark_welcome_seen,
    needs_welcome,
    prepare_example,
)
from desktop.services.opening import StoreError
from desktop.ui.data import DataHub
from desktop.ui.fit import fit_height
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


class Choice(Enum):
    SET_UP = "set_up"
    EXAMPLE = "example"
    LATER = "later"


def example_command(folder: Path) -> tuple[str, list[str]]:
    """How to start another Partnerbook on ``folder``: the frozen app, or Python from source."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--data-dir", str(folder)]
    return sys.executable, ["-m", "desktop", "--data-dir", str(folder)]


def launch_example(folder: Path) -> bool:
    """Start the example in its own process (patched in tests, which never start one)."""
    program, args = example_command(folder)
    ok, _pid = QProcess.startDetached(program, args)
    return bool(ok)


class WelcomeDialog(QDialog):
    chosen = Signal(object)  # a Choice

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.LATER
        self.setWindowTitle(tr("Welcome to Partnerbook"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        heading = QLabel(tr("Welcome to Partnerbook"))
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        self.about = QLabel(
            tr(
                "Partnerbook keeps the record of the local partnerships your group sits on: "
                "who the partners are, who goes to the meetings, what was agreed, what taking "
                "part costs you, and how well each partnership is working. At the end of a "
                "period it makes a return, a PDF you send to your Council for Voluntary "
                "Service (CVS)."
            )
        )
        self.about.setWordWrap(True)
        layout.addWidget(self.about)

        self.set_up_button = QCommandLinkButton(
            tr("&Set up our group"),
            tr("Start your own record: your group's name and your CVS, then your partnerships."),
        )
        self.set_up_button.setAccessibleName(tr("Set up our group"))
        self.set_up_button.setDefault(True)
        self.example_button = QCommandLinkButton(
            tr("&Try it with example data"),
            tr(
                "Opens a made-up group in a second window, with its own folder ({folder}), "
                "so the example never mixes with your own records."
            ).format(folder=example_folder(paths)),
        )
        self.example_button.setAccessibleName(tr("Try it with example data"))
        layout.addWidget(self.set_up_button)
        layout.addWidget(self.example_button)

        self.where = QLabel(
            tr(
                "<b>Your records stay on this computer.</b> Partnerbook does not use the "
                "internet: nothing leaves this computer unless you send a return or copy a "
                "backup yourself. Your records are kept in:<br><code>{folder}</code>"
            ).format(folder=paths.data)
        )
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)

        buttons = QDialogButtonBox()
        self.later_button = buttons.addButton(tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setAccessibleName(tr("Later"))
        layout.addWidget(buttons)

        self.set_up_button.clicked.connect(lambda: self._choose(Choice.SET_UP))
        self.example_button.clicked.connect(lambda: self._choose(Choice.EXAMPLE))
        buttons.rejected.connect(self.reject)
        self.finished.connect(lambda _code: self.chosen.emit(self.choice))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


class FirstRun:
    """Shows the welcome over ``window`` and carries out the choice made in it."""

    def __init__(self, window: QMainWindow, hub: DataHub) -> None:
        self.window = window
        self.hub = hub
        self.dialog = WelcomeDialog(hub.paths, window)
        self.dialog.chosen.connect(self._on_chosen)

    def show(self) -> WelcomeDialog:
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.open()
        return self.dialog

    def _on_chosen(self, choice: Choice) -> None:
        self.hub.write(mark_welcome_seen, Change.SETTINGS)
        if choice is Choice.SET_UP:
            self.set_up_group()
        elif choice is Choice.EXAMPLE:
            self.open_example()

    def set_up_group(self) -> None:
        """The partnerships area, then our group's profile (partnerships come after)."""
        from desktop.ui.partnerships.dialogs import GroupProfileDialog

        show_area = getattr(self.window, "show_area", None)
        if show_area is not None:
            show_area("partnerships")
        dialog = GroupProfileDialog(self.hub, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self.group_dialog = dialog

    def open_example(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        folder = example_folder(self.hub.paths)
        try:
            prepare_example(folder)
        except (DataFolderError, StoreError) as exc:
            QMessageBox.warning(self.window, tr("The example could not be opened"), said(exc))
            return
        if not launch_example(folder):
            QMessageBox.warning(
                self.window,
                tr("The example could not be opened"),
                tr(
                    "Partnerbook could not start a second window for the example. "
                    'You can open it yourself with: partnerbook --data-dir "{folder}"'
                ).format(folder=folder),
            )


def offer_welcome(window: QMainWindow, hub: DataHub) -> FirstRun | None:
    """Show the welcome if this is a first start; returns it so it is not collected."""
    if not needs_welcome(hub.read()):
        return None
    first_run = FirstRun(window, hub)
    first_run.show()
    return first_run
