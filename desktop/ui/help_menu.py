"""The Help menu's guide entries: Help for this (F1), User guide, Glossary, What's This.

Built with the main window, so it is kept light: the guide, the glossary and the terms
(desktop.ui.help, desktop.ui.terms) load only when they are first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWhatsThis, QWidget

if TYPE_CHECKING:
    from desktop.ui.help import HelpDialog

__all__ = ["EXPLAIN_DELAY_MS", "HelpMenu", "install_help_menu"]

EXPLAIN_DELAY_MS = 250


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


class HelpMenu:
    """The Help menu's guide entries, for one main window."""

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        self.window = window
        self.dialog: HelpDialog | None = None  # made the first time it is asked for
        # F1 is help for where the focus is (a clause's guidance in the commitments), the
        # user guide where nothing more particular is offered; the guide itself is one
        # click away in the menu, whatever has the focus.
        self.here_action = QAction(tr("Help for &this"), window)
        self.here_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")]
        )
        self.here_action.triggered.connect(self.help_here)
        self.guide_action = QAction(tr("&User guide"), window)
        self.guide_action.triggered.connect(lambda: self.show(""))
        self.glossary_action = QAction(tr("&Glossary"), window)
        self.glossary_action.triggered.connect(lambda: self.show("glossary"))
        self.whats_this_action = QWhatsThis.createAction(window)
        self.whats_this_action.setText(tr("&What's this?"))
        stack = getattr(window, "stack", None)
        if stack is not None:  # the main window: explain the terms on each area as it opens
            stack.currentChanged.connect(lambda _index: self._explain_soon(stack))
        menu.addAction(self.guide_action)
        menu.addAction(self.here_action)
        menu.addAction(self.glossary_action)
        menu.addAction(self.whats_this_action)
        menu.addSeparator()

    @staticmethod
    def _explain_soon(stack: QWidget) -> None:
        # After the first paint: finding the terms loads the framework (about 0.1 s), and
        # nobody hovers for a tooltip in the first quarter of a second. The timer belongs to
        # the stack, so it dies with the window.
        def explain() -> None:
            from desktop.ui.terms import explain_terms

            explain_terms(stack.currentWidget())  # type: ignore[attr-defined]

        QTimer.singleShot(EXPLAIN_DELAY_MS, stack, explain)

    def help_here(self) -> None:
        """The help offered where the focus is (``a11y.set_help``), or the user guide."""
        from desktop.ui.a11y import help_for

        show = help_for()
        if show is not None:
            show()
        else:
            self.show("")

    def show(self, anchor: str) -> HelpDialog:
        from desktop.ui.help import HelpDialog, frameworks_in_use

        if self.dialog is None:
            # The glossary holds the terms of the frameworks the group uses.
            hub = getattr(self.window, "hub", None)
            used = frameworks_in_use(hub) if hub is not None else []
            self.dialog = HelpDialog(self.window, used)
        self.dialog.show_section(anchor)
        return self.dialog


def install_help_menu(window: QWidget, menu: QMenu) -> HelpMenu:
    return HelpMenu(window, menu)
