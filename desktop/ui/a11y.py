"""Keyboard and screen-reader helpers shared by every screen.

- ``announce``: a screen reader reads a short message now ("Saved", a problem summary).
  Changing a label's text is silent to Orca and NVDA; an announcement event and a name
  change on the label are what they listen for.
- ``name_after``: a field is named after its label (a combo box is otherwise read by its
  current value, which says nothing about what it is for).
- ``describe``: a dialog's intro sentence is its description, read when the dialog opens.
- ``tab_leaves``: Tab and Shift+Tab leave a table or list (arrows move inside), and the view
  shows a focus ring while it has the keyboard.
- ``set_help`` / ``help_for``: F1 opens the help for where the focus is.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QTabBar,
    QWidget,
)

__all__ = [
    "TabChain",
    "announce",
    "announcer",
    "describe",
    "first_control",
    "focus_ring_style",
    "help_for",
    "install_keyboard_helpers",
    "name_after",
    "name_fields",
    "parts_take_focus",
    "plain",
    "search_leads_to",
    "sections_take_focus",
    "set_help",
    "show_focus",
    "switch_page",
    "tab_leaves",
]


class _Announcer(QObject):
    """Every announcement is also a signal, so tests (and a log) can hear what was said."""

    announced = Signal(str)


announcer = _Announcer()


def plain(text: str) -> str:
    """A label's words as a screen reader should say them: no "&" mnemonic, no colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader read ``text`` now, on behalf of ``widget``.

    ``assertive`` interrupts what is being read (a problem that stops the person); polite
    waits for a pause ("Saved"). A label is named by its text, so a reader that only
    watches names (older Orca) is told its name changed as well.
    """
    if not text:
        return
    if isinstance(widget, QLabel) and not widget.accessibleName():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    if assertive:  # the older channel, for readers that do not know announcements yet
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    announcer.announced.emit(text)


def name_after(label: QLabel, widget: QWidget) -> QWidget:
    """``label`` names ``widget``: its buddy (Alt+letter), and its accessible name."""
    label.setBuddy(widget)
    widget.setAccessibleName(plain(label.text()))
    return widget


def describe(dialog: QWidget, intro: QLabel | str) -> None:
    """The dialog's intro sentence is read as its description when it opens."""
    text = intro.text() if isinstance(intro, QLabel) else intro
    dialog.setAccessibleDescription(" ".join(text.split()))


def focus_ring_style(view: QWidget) -> str:
    """A style sheet that rings a view while it has the keyboard, in the theme's own colour.

    The platform styles draw no focus on a table or list (only on a cell, faintly or not at
    all), so a keyboard user could not tell where Tab had put them.
    """
    if isinstance(view, QTabBar):
        # Fusion draws no focus on a tab: the chosen tab's words underlined, in the link
        # colour (dark enough to read), only while the tabs have the keyboard.
        return "QTabBar::tab:selected:focus { color: palette(link); text-decoration: underline; }"
    colour = view.palette().color(QPalette.ColorRole.Highlight).name()
    kind = type(view).__name__
    return f"{kind}:focus {{ border: 2px solid {colour}; }}"


def show_focus(view: QWidget) -> None:
    """Ring ``view`` while it has focus (keeps any style sheet it already has)."""
    rule = focus_ring_style(view)
    if rule not in view.styleSheet():
        view.setStyleSheet((view.styleSheet() + "\n" + rule).strip())


def tab_leaves(view: QAbstractItemView) -> QAbstractItemView:
    """Tab and Shift+Tab move out of ``view`` to the next control; arrows move inside it."""
    view.setTabKeyNavigation(False)
    show_focus(view)
    return view


_help: weakref.WeakKeyDictionary[QWidget, Callable[[], object]] = weakref.WeakKeyDictionary()


def set_help(widget: QWidget, show: Callable[[], object]) -> None:
    """F1 anywhere inside ``widget`` calls ``show`` (the nearest enclosing one wins)."""
    _help[widget] = show


def help_for(widget: QWidget | None = None) -> Callable[[], object] | None:
    """The help for ``widget`` (the focus widget by default), or None for the user guide."""
    current = widget if widget is not None else QApplication.focusWidget()
    while current is not None:
        show = _help.get(current)
        if show is not None:
            return show
        current = current.parentWidget()
    return None


def name_fields(root: QWidget) -> None:
    """Every field a label is buddy of is named by that label; a dialog is described by
    its intro sentence (the first long wrapped label that names no field)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and plain(label.text()):
            buddy.setAccessibleName(plain(label.text()))
    from PySide6.QtWidgets import QDialog

    if isinstance(root, QDialog) and not root.accessibleDescription():
        for label in root.findChildren(QLabel):
            if label.wordWrap() and label.buddy() is None and len(label.text()) > 40:
                describe(root, label)
                break


# The keyboard helpers live in desktop/ui/keyboard.py; named here too, as one place to look.
from desktop.ui.keyboard import (  # noqa: E402
    TabChain,
    first_control,
    install_keyboard_helpers,
    parts_take_focus,
    search_leads_to,
    sections_take_focus,
    switch_page,
)
