"""Look for text a person cannot read in full: clipped labels and buttons, untranslated text.

Shared by the pseudo-translation test (strings ~40% longer) and the 200% scale test. A
widget is checked only while it is visible; each finding names the window, the widget and
the text, so a failure says exactly where to look.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QCommandLinkButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    window = widget.window()
    title = window.windowTitle() or type(window).__name__
    return f"{title} > {type(widget).__name__} {widget.objectName()!r}".replace(" ''", "")


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def clipped(root: QWidget) -> Iterator[str]:
    """Descriptions of every visible piece of text under ``root`` that does not fit."""
    for label in root.findChildren(QLabel):
        text = label.text()
        if not _visible(label) or not text.strip() or label.pixmap() is not None:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() + SLACK < needed:
                yield f"{_name(label)}: {label.height()} px high, needs {needed}: {text[:60]!r}"
        else:
            hint = label.sizeHint()
            if label.width() + SLACK < hint.width() or label.height() + SLACK < hint.height():
                yield (
                    f"{_name(label)}: {label.width()}x{label.height()}, needs "
                    f"{hint.width()}x{hint.height()}: {text[:60]!r}"
                )
    for button in root.findChildren(QAbstractButton):
        if not _visible(button) or not button.text().strip():
            continue
        if isinstance(button, QCommandLinkButton):
            needed = button.heightForWidth(button.width())
            if button.height() + SLACK < needed:
                yield f"{_name(button)}: {button.height()} px high, needs {needed}"
        elif isinstance(button, QPushButton | QCheckBox | QRadioButton):
            hint = button.sizeHint()
            if button.width() + SLACK < hint.width():
                yield (
                    f"{_name(button)}: {button.width()} px wide, needs {hint.width()}: "
                    f"{button.text()!r}"
                )
    for box in root.findChildren(QGroupBox):
        if _visible(box) and box.title():
            needed = box.fontMetrics().horizontalAdvance(box.title())
            if box.width() < needed:
                yield f"{_name(box)}: title needs {needed} px, has {box.width()}"
    for view in root.findChildren(QListWidget):
        if not _visible(view) or view.wordWrap():
            continue
        width = view.viewport().width()
        for row in range(view.count()):
            needed = view.sizeHintForRow(row) and view.sizeHintForColumn(0)
            if needed > width + SLACK:
                text = view.item(row).text()
                yield f"{_name(view)}: row {row} needs {needed} px, has {width}: {text[:60]!r}"
                break


def elided_headers(root: QWidget) -> Iterator[str]:
    """Column titles of visible tables that are cut short ("Na…"), with the room they need."""
    for header in root.findChildren(QHeaderView):
        if not _visible(header) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if not text.strip():
                continue
            if header.defaultAlignment() & Qt.TextFlag.TextWordWrap:
                # Titles that wrap: every word whole, and every line within the title row.
                metrics = header.fontMetrics()
                width = header.sectionSize(section)
                longest = max(metrics.horizontalAdvance(w) for w in text.split())
                flags = int(Qt.TextFlag.TextWordWrap)
                tall = metrics.boundingRect(0, 0, max(width - 8, 1), 10_000, flags, text)
                if longest > width or tall.height() > header.height() + SLACK:
                    yield f"{_name(header)}: title {text!r} does not fit {width} px wide"
                continue
            needed = header.sectionSizeHint(section)
            if header.sectionSize(section) + SLACK < needed:
                yield (
                    f"{_name(header)}: column {text!r} is {header.sectionSize(section)} px, "
                    f"needs {needed}"
                )


def stretched_column(view: QAbstractItemView) -> int | None:
    """The column a view declares as its main text (``mainColumn`` property), if any."""
    value = view.property("mainColumn")
    return int(value) if value is not None else None


def cut_cells(root: QWidget, rows: int = 40) -> Iterator[str]:
    """Cells of a view's main text column (its ``mainColumn`` property) shown with "…"."""
    for view in root.findChildren(QAbstractItemView):
        column = stretched_column(view)
        model = view.model()
        if column is None or model is None or not _visible(view):
            continue
        if view.horizontalScrollBar().isVisible():
            yield f"{_name(view)}: the table is wider than its room and scrolls sideways"
        for row in range(min(model.rowCount(), rows)):
            index = model.index(row, column)
            text = str(index.data() or "")
            rect = view.visualRect(index)
            if not text or rect.isEmpty():
                continue
            metrics = view.fontMetrics()
            needed = view.sizeHintForIndex(index).width()
            if rect.width() + SLACK >= needed:
                continue
            if view.wordWrap():
                # Wrapped at spaces: the row must have the lines the words need.
                margins = needed - metrics.horizontalAdvance(text)
                usable = max(rect.width() - margins, 1)
                flags = int(Qt.TextFlag.TextWordWrap)
                tall = metrics.boundingRect(0, 0, usable, 10_000, flags, text).height()
                if rect.height() + SLACK < tall:
                    yield f"{_name(view)}: {text[:60]!r} is {rect.height()} px high, needs {tall}"
                continue
            yield f"{_name(view)}: {text[:60]!r} is {rect.width()} px wide, needs {needed}"


def untranslated(root: QWidget, marker: str = "[") -> Iterator[str]:
    """Visible labels, buttons and group titles whose text did not come through tr()."""
    for label in root.findChildren(QLabel):
        text = label.text()
        if _visible(label) and any(c.isalpha() for c in text) and marker not in text:
            yield f"{_name(label)}: {label.text()[:60]!r}"
    for button in root.findChildren(QAbstractButton):
        text = button.text()
        if _visible(button) and any(c.isalpha() for c in text) and marker not in text:
            yield f"{_name(button)}: {text[:60]!r}"
    for box in root.findChildren(QGroupBox):
        if _visible(box) and box.title() and marker not in box.title():
            yield f"{_name(box)}: {box.title()[:60]!r}"
