"""Compact terms explained where they appear: tooltips and What's This from the glossary.

``explain(widget, term)`` is for a screen that knows which term a control shows: ``term``
is a framework reference (``"G:added-value"``, ``"3.1(a)"``) or one of our own words
(``"app:return"``, see ``app_terms``). ``explain_terms(root)`` finds the terms in the short
labels, group titles and buttons under ``root`` by their names and explains each one that
has no tooltip of its own; the main window runs it on every area and tab as it is shown,
so a new screen gets its terms explained without doing anything.
"""

from __future__ import annotations

import functools
import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

if TYPE_CHECKING:
    from desktop.domain.framework_model import Framework

SHORT_TEXT = 80  # longer labels are sentences; the guide explains the words in those
# Words on nearly every control: explained in the guide, not in a tooltip on each one.
NOT_AUTOMATIC = frozenset({"app:partnership", "app:return", "app:review"})
# Other names a term goes by on screen, beside its own title.
ALIASES = {"G:rurality": ("rural",), "app:resource-need": ("resource need",)}
_WATCHED = "partnerbookTermsWatched"


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
def builtin_framework() -> Framework:
    from desktop.domain.frameworks import load_builtin

    return load_builtin()


def term_text(term: str, framework: Framework | None = None) -> tuple[str, str]:
    """(title, explanation) for an app term, a glossary entry or a clause; KeyError if none."""
    terms = app_terms()
    if term in terms:
        return terms[term]
    from desktop.domain.framework_model import KIND_GLOSSARY

    framework = framework or builtin_framework()
    item = framework.item(term)
    # A glossary term is named by itself; a clause by its reference and title. The kind of
    # section says which (a framework may call its glossary section anything).
    is_term = framework.sections[item.section_key].role == KIND_GLOSSARY
    title = item.title if is_term else f"{item.ref} {item.title}"
    return title, item.text


def explain(widget: QWidget, term: str, framework: Framework | None = None) -> None:
    """Say what ``term`` means wherever ``widget`` shows it: tooltip and What's This."""
    title, text = term_text(term, framework)
    rich = f"<p><b>{html.escape(title)}</b></p><p>{html.escape(text)}</p>"
    widget.setToolTip(rich)
    widget.setWhatsThis(rich)
    if not widget.accessibleDescription():
        widget.setAccessibleDescription(f"{title}: {text}")


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, term) for every term, found by its own (translated) name, singular or plural."""
    named = [(t, key) for key, (t, _text) in app_terms().items() if key not in NOT_AUTOMATIC]
    named += [(item.title, item.ref) for item in builtin_framework().glossary]
    named += [(alias, key) for key, aliases in ALIASES.items() for alias in aliases]
    patterns = []
    for title, key in sorted(named, key=lambda pair: -len(pair[0])):
        stem = re.escape(title.rstrip("s") if len(title) > 4 else title)
        patterns.append((re.compile(rf"\b{stem}s?\b", re.IGNORECASE), key))
    return patterns


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def find_term(text: str) -> str | None:
    """The first (longest-named) term that ``text`` mentions, if it is short enough."""
    plain = _plain(text)
    if not plain.strip() or len(plain) > SHORT_TEXT:
        return None
    for pattern, key in _cached_patterns():
        if pattern.search(plain):
            return key
    return None


@functools.cache
def _cached_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(_patterns())


def explain_terms(root: QWidget) -> int:
    """Explain the terms in ``root``'s short texts that have no tooltip yet; return how many.

    Tabs are watched too, so a page is explained when it is first shown.
    """
    if root is None:
        return 0
    count = 0
    widgets: list[QWidget] = [*root.findChildren(QLabel), *root.findChildren(QGroupBox)]
    widgets += root.findChildren(QAbstractButton)
    for widget in widgets:
        if widget.toolTip():
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        term = find_term(text)
        if term is not None:
            explain(widget, term)
            count += 1
    for tabs in root.findChildren(QTabWidget):
        if not tabs.property(_WATCHED):
            tabs.setProperty(_WATCHED, True)
            tabs.currentChanged.connect(lambda index, t=tabs: explain_terms(t.widget(index)))
    return count
