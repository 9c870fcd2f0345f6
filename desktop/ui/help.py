"""Help inside the app: the offline user guide, the glossary, and terms explained in place.

- ``HelpDialog`` shows resources/help/guide.html (or guide.<language>.html when there is a
  translated one) in a QTextBrowser, with the glossary added at its end.
- ``install_help_menu`` puts Help > User guide (F1), Glossary and What's This (Shift+F1)
  into a window's Help menu.
- Compact terms are explained where they appear by desktop/ui/terms.py (``explain`` for a
  screen that knows its term; the main window explains the terms on each area it shows).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from desktop.resource_paths import resources_dir
from desktop.ui.terms import app_terms, builtin_framework, explain_terms

if TYPE_CHECKING:
    from desktop.domain.framework_model import Framework

GLOSSARY_MARKER = "<!-- glossary -->"
EXPLAIN_DELAY_MS = 250


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def glossary_html(framework: Framework | None = None) -> str:
    """Every term, ours and the framework's, alphabetically, as a definition list."""
    entries: list[tuple[str, str]] = list(app_terms().values())
    entries += [(item.title, item.text) for item in (framework or builtin_framework()).glossary]
    rows = "".join(
        f"<dt><b>{html.escape(title)}</b></dt><dd>{html.escape(text)}</dd>"
        for title, text in sorted(entries, key=lambda e: e[0].casefold())
    )
    return f"<dl>{rows}</dl>"


def guide_path(languages: Iterable[str] | None = None) -> Path:
    """The guide in the first of ``languages`` that has one, else the English (UK) guide."""
    folder = resources_dir() / "help"
    for name in languages if languages is not None else QLocale().uiLanguages():
        for candidate in (name.replace("-", "_"), name.split("-")[0].split("_")[0]):
            path = folder / f"guide.{candidate}.html"
            if path.is_file():
                return path
    return folder / "guide.html"


def guide_html(languages: Iterable[str] | None = None) -> str:
    text = guide_path(languages).read_text(encoding="utf-8")
    return text.replace(GLOSSARY_MARKER, glossary_html())


class HelpDialog(QDialog):
    """The guide in a window of its own, left open beside the main window while working."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Partnerbook user guide"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(tr("User guide"))
        self.browser.setOpenExternalLinks(False)  # offline: nothing opens a web browser
        self.browser.setHtml(guide_html())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("&Close"))
        close.setAccessibleName(tr("Close"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def show_section(self, anchor: str = "") -> None:
        if anchor:
            self.browser.setSource(QUrl(f"#{anchor}"))
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        if self.isVisible():
            self.raise_()  # behind the main window from an earlier F1
        self.show()
        self.activateWindow()
        self.browser.setFocus()


class HelpMenu:
    """The Help menu's guide entries, for one main window."""

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        self.window = window
        self.dialog: HelpDialog | None = None
        self.guide_action = QAction(tr("&User guide"), window)
        self.guide_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")]
        )
        self.guide_action.triggered.connect(lambda: self.show(""))
        self.glossary_action = QAction(tr("&Glossary"), window)
        self.glossary_action.triggered.connect(lambda: self.show("glossary"))
        self.whats_this_action = QWhatsThis.createAction(window)
        self.whats_this_action.setText(tr("&What's this?"))
        stack = getattr(window, "stack", None)
        if stack is not None:  # the main window: explain the terms on each area as it opens
            stack.currentChanged.connect(lambda _index: self._explain_soon(stack))
        menu.addAction(self.guide_action)
        menu.addAction(self.glossary_action)
        menu.addAction(self.whats_this_action)
        menu.addSeparator()

    @staticmethod
    def _explain_soon(stack: QWidget) -> None:
        # After the first paint: finding the terms loads the framework (about 0.1 s), and
        # nobody hovers for a tooltip in the first quarter of a second. The timer belongs to
        # the stack, so it dies with the window.
        QTimer.singleShot(
            EXPLAIN_DELAY_MS,
            stack,
            lambda: explain_terms(stack.currentWidget()),  # type: ignore[attr-defined]
        )

    def show(self, anchor: str) -> HelpDialog:
        if self.dialog is None:
            self.dialog = HelpDialog(self.window)
        self.dialog.show_section(anchor)
        return self.dialog


def install_help_menu(window: QWidget, menu: QMenu) -> HelpMenu:
    return HelpMenu(window, menu)
