"""Help inside the app: the offline user guide, the glossary, and terms explained in place.

- ``HelpDialog`` shows resources/help/guide.html (or guide.<language>.html when there is a
  translated one) in a QTextBrowser, with the glossary added at its end.
- ``desktop.ui.help_menu`` puts Help > User guide (F1), Glossary and What's This (Shift+F1)
  into a window's Help menu, and loads this module only when one is asked for.
- Compact terms are explained where they appear by desktop/ui/terms.py (``explain`` for a
  screen that knows its term; the main window explains the terms on each area it shows).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.resource_paths import resources_dir
from desktop.ui.terms import app_terms, builtin_framework

if TYPE_CHECKING:
    from desktop.domain.framework_model import Framework
    from desktop.ui.data import DataHub

GLOSSARY_MARKER = "<!-- glossary -->"


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def glossary_html(frameworks: Framework | Sequence[Framework] | None = None) -> str:
    """Every term, ours and the frameworks', alphabetically, as a definition list.

    ``frameworks`` are those the group uses (the built-in Code when none is given); each
    term of a framework's glossary is shown, named with its framework's short title when
    more than one framework has a glossary, so the same word from two Codes is not mixed.
    """
    if frameworks is None:
        chosen: list[Framework] = [builtin_framework()]
    elif isinstance(frameworks, Sequence):
        chosen = list(frameworks) or [builtin_framework()]
    else:
        chosen = [frameworks]
    entries: list[tuple[str, str]] = list(app_terms().values())
    with_terms = [f for f in chosen if f.glossary]
    for framework in with_terms:
        for item in framework.glossary:
            title = item.title
            if len(with_terms) > 1:
                title = f"{title} ({framework.short_title})"
            entries.append((title, item.text))
    rows = "".join(
        f"<dt><b>{html.escape(title)}</b></dt><dd>{html.escape(text)}</dd>"
        for title, text in sorted(entries, key=lambda e: e[0].casefold())
    )
    return f"<dl>{rows}</dl>"


def frameworks_in_use(hub: DataHub) -> list[Framework]:
    """The frameworks the group's partnerships use, for commitments or for reviews."""
    from desktop.services.choices import frameworks_in_use as in_use

    with hub.database().session() as session:
        return in_use(hub.read(), session)


def guide_path(languages: Iterable[str] | None = None) -> Path:
    """The guide in the first of ``languages`` that has one, else the English (UK) guide."""
    folder = resources_dir() / "help"
    for name in languages if languages is not None else QLocale().uiLanguages():
        for candidate in (name.replace("-", "_"), name.split("-")[0].split("_")[0]):
            path = folder / f"guide.{candidate}.html"
            if path.is_file():
                return path
    return folder / "guide.html"


def guide_html(languages: Iterable[str] | None = None, frameworks: Sequence[Framework] = ()) -> str:
    text = guide_path(languages).read_text(encoding="utf-8")
    return text.replace(GLOSSARY_MARKER, glossary_html(frameworks))


class HelpDialog(QDialog):
    """The guide in a window of its own, left open beside the main window while working."""

    def __init__(self, parent: QWidget | None = None, frameworks: Sequence[Framework] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Partnerbook user guide"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(tr("User guide"))
        self.browser.setOpenExternalLinks(False)  # offline: nothing opens a web browser
        self.browser.setHtml(guide_html(frameworks=frameworks))
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
