"""Make a window tall enough for its wrapped text, at any font size, scale or language.

Qt sizes a new window from its layout's size hint, which ignores how wrapped labels grow
when the window is narrower than the hint: the last lines are then cut off, worst at 200%
scale or in a longer language. Calling ``fit_height`` when the window is shown asks the
layout how tall it must be at the width it really has, and grows the window to that.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(window: QWidget) -> None:
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def scrolling(page: QWidget) -> QWidget:
    """``page`` in a frameless scroll area, so a window smaller than the page still fits.

    At 200% scale a 1920x1080 screen is 960x540 to Qt, less than some areas need; without
    this the window would grow past the screen's edge and cut off what is there. The scroll
    area takes no keyboard focus itself: Tab goes to the controls, and the area scrolls to
    show the one that has the focus.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area


def scroll_inside(page: QWidget) -> None:
    """Move what ``page`` holds into a scroll area inside it, so the page can be shorter
    than its contents: a wizard or dialog then fits a 768 px screen, its buttons stay in
    view, and nothing is squeezed or cut (the page scrolls instead).

    For pages built elsewhere (the review wizard's): their layout's items and child widgets
    are moved as they are, so the page's own code is unchanged.
    """
    from PySide6.QtWidgets import QVBoxLayout

    old = page.layout()
    if old is None:
        return
    inner = QWidget()
    moved = QVBoxLayout(inner)
    moved.setContentsMargins(old.contentsMargins())
    moved.setSpacing(old.spacing())
    children = [w for w in page.findChildren(QWidget, options=_direct()) if w.isWindow() is False]
    shown = {id(w): not w.isHidden() for w in children}
    while old.count():
        item = old.takeAt(0)
        if item.layout() is not None:
            item.layout().setParent(None)
        moved.addItem(item)
    for widget in children:
        widget.setParent(inner)
        widget.setVisible(shown[id(widget)])
    area = scrolling(inner)
    old.setContentsMargins(0, 0, 0, 0)
    old.addWidget(area)


def _direct():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def keep_on_screen(window: QWidget, width: int = 0, height: int = 0) -> None:
    """Never let ``window`` be larger than the screen it opens on; open it at ``width`` x
    ``height`` where the screen has room (its pages scroll inside when it has not)."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    margin = 48  # the window's own frame and title bar, which Qt does not count
    window.setMaximumSize(room.width(), room.height() - margin)
    if width or height:
        window.resize(
            min(max(width, window.width()), room.width()),
            min(max(height, window.height()), room.height() - margin),
        )
