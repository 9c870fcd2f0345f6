"""Help inside the app: the offline user guide, the glossary, and terms explained in place.

- ``HelpDialog`` shows resources/help/guide.html (or guide.<language>.html when there is a
  translated one) in a QTextBrowser, with the glossary added at its end.
- ``install_help_menu`` puts Help > User guide (F1), Glossary and What's This (Shift+F1)
  into a window's Help menu.
- ``explain(widget, term)`` is for every screen: it gives a widget a tooltip and a What's
  This text saying what a Compact term or clause means, where the term appears. ``term`` is
  a framework reference (``"G:added-value"``, ``"3.1(a)"``) or one of our own words
  (``"app:return"``); see ``APP_TERMS``.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
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

if TYPE_CHECKING:
    from desktop.domain.framework_model import Framework

GLOSSARY_MARKER = "<!-- glossary -->"


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


# Our own words, in our own plain English; the Compact's words come from the framework file.
def app_terms() -> dict[str, tuple[str, str]]:
    return {
        "app:compact": (
            tr("Compact"),
            tr(
                "The local agreement between the public sector (councils, the NHS, police, "
                "fire service) and the voluntary and community sector about how they work "
                "together. Its codes of practice include the Partnership Code."
            ),
        ),
        "app:cvs": (
            tr("CVS"),
            tr(
                "Council for Voluntary Service: the local body that supports voluntary and "
                "community groups. Your group sends its return to its CVS."
            ),
        ),
        "app:partnership": (
            tr("Partnership"),
            tr(
                "Any group of organisations working together towards a shared goal, formal "
                "or informal, large or small, for a while or for good."
            ),
        ),
        "app:seat": (
            tr("Seat"),
            tr(
                "The place your group holds in a partnership: your role, who you speak for, "
                "and who you report back to."
            ),
        ),
        "app:representative": (
            tr("Representative"),
            tr("A person who goes to a partnership's meetings on your group's behalf."),
        ),
        "app:commitment": (
            tr("Commitment"),
            tr(
                "Something the Compact asks partners to do. You rate how well each one is "
                "kept in a partnership, with your evidence."
            ),
        ),
        "app:resource-need": (
            tr("Resource need"),
            tr(
                "What taking part costs your group (time, travel, expenses, care cover and "
                "so on), and whether the partnership has agreed to meet it."
            ),
        ),
        "app:review": (
            tr("Health-check review"),
            tr(
                "A look, every so often, at how well a partnership is working, using the "
                "Compact's questions."
            ),
        ),
        "app:joining-check": (
            tr("Joining check"),
            tr("The questions to ask before your group joins or sets up a partnership."),
        ),
        "app:return": (
            tr("Return"),
            tr(
                "The record of your partnerships for a period, as a PDF you send to your "
                "CVS. The records are inside the PDF too, so the CVS need not type them."
            ),
        ),
        "app:framework": (
            tr("Framework"),
            tr(
                "A Compact's code of practice, written as a file Partnerbook reads. A CVS "
                "can give you one for its own Compact."
            ),
        ),
        "app:collection": (
            tr("Collection"),
            tr("Where CVS staff gather the returns that groups send them."),
        ),
    }


@functools.cache
def _builtin() -> Framework:
    from desktop.domain.frameworks import load_builtin

    return load_builtin()


def term_text(term: str, framework: Framework | None = None) -> tuple[str, str]:
    """(title, explanation) for an app term, a glossary entry or a clause; KeyError if none."""
    terms = app_terms()
    if term in terms:
        return terms[term]
    item = (framework or _builtin()).item(term)
    title = item.title if item.section_key == "glossary" else f"{item.ref} {item.title}"
    return title, item.text


def explain(widget: QWidget, term: str, framework: Framework | None = None) -> None:
    """Say what ``term`` means wherever ``widget`` shows it: tooltip and What's This."""
    title, text = term_text(term, framework)
    rich = f"<p><b>{html.escape(title)}</b></p><p>{html.escape(text)}</p>"
    widget.setToolTip(rich)
    widget.setWhatsThis(rich)
    if not widget.accessibleDescription():
        widget.setAccessibleDescription(f"{title}: {text}")


def glossary_html(framework: Framework | None = None) -> str:
    """Every term, ours and the framework's, alphabetically, as a definition list."""
    entries: list[tuple[str, str]] = list(app_terms().values())
    entries += [(item.title, item.text) for item in (framework or _builtin()).glossary]
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
        menu.addAction(self.guide_action)
        menu.addAction(self.glossary_action)
        menu.addAction(self.whats_this_action)
        menu.addSeparator()

    def show(self, anchor: str) -> HelpDialog:
        if self.dialog is None:
            self.dialog = HelpDialog(self.window)
        self.dialog.show_section(anchor)
        return self.dialog


def install_help_menu(window: QWidget, menu: QMenu) -> HelpMenu:
    return HelpMenu(window, menu)
