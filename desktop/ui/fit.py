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
