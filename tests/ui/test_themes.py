"""Light, dark and high-contrast themes: every piece of text stays readable.

Partnerbook sets no style and no palette of its own, so the system's theme applies. These
tests give the app a light, a dark and a high-contrast palette (as the system would), open
every area over the example data, and measure the contrast of each label and each table
cell against what is behind it. WCAG AA asks for 4.5:1 for ordinary text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from desktop.ui.theme import blend, contrast, is_dark, problem_background, problem_text

MINIMUM = 4.5
Role = QPalette.ColorRole


def make_palette(window: str, text: str, base: str, highlight: str, link: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (Role.Window, window),
        (Role.Button, window),
        (Role.WindowText, text),
        (Role.ButtonText, text),
        (Role.Text, text),
        (Role.Base, base),
        (Role.AlternateBase, base),
        (Role.ToolTipBase, base),
        (Role.ToolTipText, text),
        (Role.Highlight, highlight),
        (Role.HighlightedText, base),
        (Role.Link, link),
        (Role.PlaceholderText, text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {
    "light": lambda: QApplication.style().standardPalette(),
    "dark": lambda: make_palette("#353535", "#f0f0f0", "#262626", "#2a82da", "#8ab4f8"),
    "high contrast": lambda: make_palette("#000000", "#ffffff", "#000000", "#ffff00", "#ffff00"),
}


@pytest.fixture(params=list(PALETTES))
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    old = qapp.palette()
    palette = PALETTES[request.param]()
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(old)


def _behind(widget: QWidget) -> QColor:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return parent.palette().color(Role.Base)
        if parent.autoFillBackground():
            return parent.palette().color(parent.backgroundRole())
        parent = parent.parentWidget()
    return widget.palette().color(Role.Window)


def unreadable_labels(root: QWidget) -> Iterator[str]:
    for label in root.findChildren(QLabel):
        if not (label.isVisible() and label.isEnabled() and label.text().strip()):
            continue
        colour = label.palette().color(label.foregroundRole())
        ratio = contrast(colour, _behind(label))
        if ratio < MINIMUM:
            yield f"label {label.text()[:50]!r}: {colour.name()} gives {ratio:.1f}:1"


def _colour(value: object, fallback: QColor) -> QColor:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return fallback


def unreadable_cells(root: QWidget, rows: int = 40) -> Iterator[str]:
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or not view.isEnabled() or model is None:  # WCAG skips disabled
            continue
        base = view.palette().color(Role.Base)
        text = view.palette().color(Role.Text)
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # the private list model inside QListWidget: one column
            columns = 1
        for row in range(min(model.rowCount(QModelIndex()), rows)):
            for column in range(columns):
                index = model.index(row, column)
                shown = model.data(index, Qt.ItemDataRole.DisplayRole)
                if shown in (None, ""):
                    continue
                fore = _colour(model.data(index, Qt.ItemDataRole.ForegroundRole), text)
                back = _colour(model.data(index, Qt.ItemDataRole.BackgroundRole), base)
                ratio = contrast(fore, blend(back, base))
                if ratio < MINIMUM:
                    yield (
                        f"{type(model).__name__} row {row} column {column} {str(shown)[:30]!r}: "
                        f"{fore.name()} on {blend(back, base).name()} gives {ratio:.1f}:1"
                    )


def test_our_problem_colours_are_readable_in_every_theme(themed: QPalette) -> None:
    on_window = contrast(problem_text(themed), themed.color(Role.Window))
    on_wash = contrast(themed.color(Role.Text), problem_background(themed))
    assert on_window >= MINIMUM and on_wash >= MINIMUM


def test_dark_is_recognised(themed: QPalette) -> None:
    assert is_dark(themed) == (themed.color(Role.Window).lightness() < 128)


def test_every_area_is_readable_in_every_theme(themed, demo_database, hub, qtbot) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for spec in window.area_specs:
        window.show_area(spec.key)
        QApplication.processEvents()
        problems += [f"{spec.key}: {p}" for p in unreadable_labels(window)]
        problems += [f"{spec.key}: {p}" for p in unreadable_cells(window)]
    assert not problems, "\n".join(problems)
