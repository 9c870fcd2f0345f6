"""Moving round the app by keyboard: Tab, page changes, Ctrl+Tab, search into results.

- ``TabChain``: an explicit Tab order inside a page, leaving it at either end (Qt's
  ``setTabOrder`` on fields with focus proxies closed a loop on the Overview).
- ``switch_page``: change a stacked page without the focus detouring via "Areas".
- ``sections_take_focus``: Ctrl+Tab lands on the new section's first control, also from
  inside a section's own tabs (``parts_take_focus``: Ctrl+Page Down for those).
- ``search_leads_to``: Down and Enter from a search field into its results.
- ``install_keyboard_helpers``: per control, as it first gets the focus, the fixes that
  every screen needs (see ``_KeyboardHelpers``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

__all__ = [
    "TabChain",
    "bring_into_view",
    "first_control",
    "install_keyboard_helpers",
    "keyboard_focus",
    "parts_take_focus",
    "search_leads_to",
    "sections_take_focus",
    "switch_page",
    "turn_tab",
]


def _usable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


class TabChain(QObject):
    """Tab and Shift+Tab follow ``order()`` inside ``container``, then leave it.

    Qt's own chain follows the order widgets were made in, and ``setTabOrder`` on fields
    with focus proxies (dates, the themes picker) can close a loop: on a partnership's
    Overview Tab went from the last field back to the themes for ever, never reaching the
    section tabs or the Back button. Here the order is a list, and past either end the
    focus goes to the first control outside the container, as Qt's chain has it.
    """

    def __init__(self, container: QWidget, order: Callable[[], list[QWidget]]) -> None:
        super().__init__(container)
        self.container = container
        self.order = order
        self.watch()

    def watch(self) -> None:
        """Listen to the fields in the order (call again when fields are added)."""
        for widget in self.order():
            widget.removeEventFilter(self)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or modifiers not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        return self.move(watched, forward)

    def move(self, current: QWidget, forward: bool) -> bool:
        order = [w for w in self.order() if _usable(w)]
        if current not in order:
            return False
        index = order.index(current) + (1 if forward else -1)
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        if 0 <= index < len(order):
            keyboard_focus(order[index], reason)
            return True
        step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
        widget: QWidget = self.container
        for _ in range(5000):  # a window's whole chain, at most
            widget = step(widget)
            if widget is self.container:
                break
            if not self.container.isAncestorOf(widget) and _usable(widget):
                keyboard_focus(widget, reason)
                return True
        return False


def first_control(page: QWidget) -> QWidget | None:
    """The first control in ``page`` the keyboard can reach, in the window's Tab order."""
    widget = page
    for _ in range(5000):
        widget = widget.nextInFocusChain()
        if widget is page:
            return None
        # A scroll area holding a page is a panel, not a control: its fields come next.
        if page.isAncestorOf(widget) and _usable(widget) and not isinstance(widget, QScrollArea):
            return widget
    return None


def switch_page(show: Callable[[], object], page: QWidget, focus: QWidget | None = None) -> None:
    """Show ``page`` (by calling ``show``) and give the keyboard to ``focus``, or to the
    control it last had, or to its first control.

    Hiding the page that had the focus makes Qt pass it to the next control in the window
    (the "Areas" list), so a screen reader announced "Areas" on every page change before
    the page itself. The focus is let go first, and put straight into the new page.
    """
    window = page.window()
    had = window.focusWidget() if window is not None else None
    if had is not None and not page.isAncestorOf(had) and had is not page:
        had.clearFocus()
    show()
    target = focus
    if target is None:
        remembered = page.focusWidget()
        if remembered is not None and page.isAncestorOf(remembered) and _usable(remembered):
            target = remembered
        else:
            target = first_control(page)
    if target is not None:
        keyboard_focus(target, Qt.FocusReason.TabFocusReason)


def keyboard_focus(widget: QWidget, reason: Qt.FocusReason) -> None:
    """Give ``widget`` the focus as the keyboard does, so the style draws it (Fusion draws
    a focus frame only after a key moved the focus; a mouse click turns it off again)."""
    widget.setFocus(reason)
    # After setFocus, which turns the flag off when the focus did not come from Qt's own
    # Tab handling; the widget repaints with its focus frame.
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    widget.update()


class _SectionKeys(QObject):
    """Ctrl+Tab and Ctrl+Shift+Tab: the next or previous *section* (the tabs given to
    ``sections_take_focus``, a partnership's Overview … How it is run), wherever the focus
    is inside them, also inside a section that has tabs of its own (the Plan's Milestones …
    Funding, which ``parts_take_focus`` puts on Ctrl+Page Down and Ctrl+Page Up). Qt let the
    innermost tabs take the key, so Ctrl+Tab in the Plan went round its parts for ever and
    never reached "How it is run".

    The new section's first control gets the keyboard (Qt left it on the section's unnamed
    panel, after a detour via "Areas").
    """

    def __init__(self) -> None:
        super().__init__()
        self.sections: weakref.WeakSet[QTabWidget] = weakref.WeakSet()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QTabWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        tabs = self._sections_holding(watched)
        if tabs is None:
            return False  # tabs outside any sections: Qt's own Ctrl+Tab
        back = key == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        turn_tab(tabs, -1 if back else 1)
        return True

    def _sections_holding(self, tabs: QTabWidget) -> QTabWidget | None:
        widget: QWidget | None = tabs
        while widget is not None:
            if isinstance(widget, QTabWidget) and widget in self.sections:
                return widget
            widget = widget.parentWidget()
        return None


def turn_tab(tabs: QTabWidget, step: int) -> None:
    """Show the tab ``step`` away (round at either end, past disabled or hidden tabs) and put
    the keyboard on its first control."""
    count = tabs.count()
    index = tabs.currentIndex()
    for _ in range(count):
        index = (index + step) % count
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            break
    else:
        return
    page = tabs.widget(index)
    switch_page(lambda: tabs.setCurrentIndex(index), page)


_section_keys: _SectionKeys | None = None


def _keys_between_tabs() -> _SectionKeys:
    global _section_keys
    if _section_keys is None:
        _section_keys = _SectionKeys()
    return _section_keys


def sections_take_focus(tabs: QTabWidget) -> None:
    """Ctrl+Tab and Ctrl+Shift+Tab anywhere in ``tabs`` go to its next or previous section,
    the keyboard on that section's first control (see ``_SectionKeys``)."""
    keys = _keys_between_tabs()
    keys.sections.add(tabs)
    tabs.installEventFilter(keys)


def parts_take_focus(tabs: QTabWidget) -> None:
    """``tabs`` inside a section: Ctrl+Page Down and Ctrl+Page Up go through its parts,
    the keyboard on the part's first control, while Ctrl+Tab still goes to the next section
    (see ``_SectionKeys``).

    Shortcuts rather than key presses: a list with rows, or a text box, takes Page Down
    itself before the tabs would see it.
    """
    tabs.installEventFilter(_keys_between_tabs())
    for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
        shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), tabs)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda step=step: turn_tab(tabs, step))
    tabs.setToolTip(
        QCoreApplication.translate(
            "Keyboard", "Ctrl+Page Down moves to the next part, Ctrl+Tab to the next section"
        )
    )


class _KeyboardHelpers(QObject):
    """Keyboard and screen-reader fixes applied to each control as it first gets focus:

    - a table or list: Tab leaves it and it shows a focus ring (``tab_leaves``);
    - a push button: Enter presses it, as Space does (it did nothing outside dialogs);
    - every field in its window that a label names is given the label's words as its
      accessible name (a combo box was read by its value: "Considering", not "Status");
    - a dialog without a description takes its intro sentence as one.

    Qt sends a screen reader the focus event after ``focusChanged``, so the names are in
    place before they are read.
    """

    def __init__(self) -> None:
        super().__init__()
        self._done: weakref.WeakSet[QWidget] = weakref.WeakSet()

    def focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        from desktop.ui.a11y import name_fields, show_focus, tab_leaves

        # The window is held while ``new`` is used: a dialog made by Qt itself (the save
        # dialog of QFileDialog.getSaveFileName) is wrapped only here, and dropping its
        # wrapper early drops the wrappers of its children too, ``new`` among them.
        window = new.window()
        name_fields(window)
        bring_into_view(new)
        if new in self._done:
            return
        self._done.add(new)
        if type(new) is QScrollArea or type(new).__bases__[0] is QScrollArea:
            # A page in a scroll area is a panel, not a stop: Tab goes on to its first
            # control (one with no controls stays a stop, so it can be scrolled by keys).
            inside = first_control(new)
            if inside is not None:
                new.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                if old is not None and new.isAncestorOf(old):
                    # Shift+Tab from its first control: on backwards, out of the panel
                    # (going in again put the focus back where it was, so it stayed).
                    inside = _previous_outside(new) or inside
                keyboard_focus(inside, Qt.FocusReason.TabFocusReason)
                # Qt tells a screen reader about the scroll area after this handler, so
                # AT-SPI last heard "focus on the panel": say again where the focus is.
                QTimer.singleShot(0, inside, lambda: _say_focus(inside))
                return
        if isinstance(new, QAbstractItemView):
            tab_leaves(new)
        elif isinstance(new, QTabBar):
            show_focus(new)
        elif isinstance(new, QPushButton):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton):
            assert isinstance(event, QKeyEvent)
            plain_key = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            # In a dialog an auto-default button already answers Enter itself.
            dialog_handles = watched.autoDefault() and _in_dialog(watched)
            if plain_key and enter and watched.isEnabled() and not dialog_handles:
                watched.animateClick()
                return True
        return False


def _previous_outside(panel: QWidget) -> QWidget | None:
    """The control before ``panel`` in the window's Tab order (Shift+Tab out of it)."""
    widget = panel
    for _ in range(5000):  # a window's whole chain, at most
        widget = widget.previousInFocusChain()
        if widget is panel:
            return None
        if not panel.isAncestorOf(widget) and _usable(widget):
            return widget
    return None


def _say_focus(widget: QWidget) -> None:
    if widget.hasFocus():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))


def bring_into_view(widget: QWidget) -> None:
    """Scroll every scroll area holding ``widget`` so that it is on screen.

    Qt scrolls to a field only when its own Tab handling moved the focus; a field reached
    by a TabChain, a shortcut or a page change could stay below the fold, where a sighted
    keyboard user cannot see what they type.
    """
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            area.ensureWidgetVisible(widget, 8, 8)
        parent = area if area is not None else None


def _in_dialog(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QDialog

    return isinstance(widget.window(), QDialog)  # a dialog's own Enter handling applies


_helpers: _KeyboardHelpers | None = None


def install_keyboard_helpers() -> None:
    """Turn on ``_KeyboardHelpers`` for the whole application (once)."""
    global _helpers
    app = QApplication.instance()
    if _helpers is not None or not isinstance(app, QApplication):
        return
    _helpers = _KeyboardHelpers()
    app.focusChanged.connect(_helpers.focus_changed)


class _SearchKeys(QObject):
    """Down from a search field goes into its results; Enter opens the chosen one."""

    def __init__(
        self, search: QWidget, view: QAbstractItemView, open_current: Callable[[], object]
    ) -> None:
        super().__init__(search)
        self.view = view
        self.open_current = open_current

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.view.currentIndex()
            if not current.isValid() or current.row() >= model.rowCount():
                self.view.setCurrentIndex(model.index(0, 0))
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
            else:
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


def search_leads_to(
    search: QWidget, view: QAbstractItemView, open_current: Callable[[], object]
) -> None:
    """Down (or Page Down) in ``search`` moves into ``view``'s results, keeping the chosen
    row (the first if none); Enter opens the chosen one with ``open_current``."""
    search.installEventFilter(_SearchKeys(search, view, open_current))
