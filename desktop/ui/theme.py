"""Colours that work in the light theme, the dark theme and high contrast.

Partnerbook takes its colours from the system (Qt gives us the palette of the person's light,
dark or high-contrast theme), so it never sets a style or a palette of its own. The few
places that need a colour of their own (a problem under a field, an overdue action, a row
that will not import) ask here, at the moment they paint, so the colour suits the palette in
use, even when the person switches theme while Partnerbook is open. Each colour keeps a
contrast of at least 4.5:1 with the text on it (WCAG AA).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStyleHints

# Light theme: dark red words; a pale red wash behind dark text.
PROBLEM_TEXT_LIGHT = QColor("#a40000")
PROBLEM_BACKGROUND_LIGHT = QColor("#fdecea")
# Dark theme: light red words; a dark red wash behind light text.
PROBLEM_TEXT_DARK = QColor("#ff9e9e")
PROBLEM_BACKGROUND_DARK = QColor("#5c1f1f")


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(current: QPalette | None = None) -> bool:
    """True when the window background is darker than its text (a dark or high-contrast
    theme with light text)."""
    current = current or palette()
    window = current.color(QPalette.ColorRole.Window)
    text = current.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def problem_text(current: QPalette | None = None) -> QColor:
    """The colour of words that say something is wrong or late."""
    current = current or palette()
    if is_high_contrast(current):
        return current.color(QPalette.ColorRole.WindowText)
    return PROBLEM_TEXT_DARK if is_dark(current) else PROBLEM_TEXT_LIGHT


def problem_background(current: QPalette | None = None) -> QColor:
    """A wash behind a whole row that has a problem; the palette's text stays readable."""
    current = current or palette()
    if is_high_contrast(current):
        return current.color(QPalette.ColorRole.Base)
    return PROBLEM_BACKGROUND_DARK if is_dark(current) else PROBLEM_BACKGROUND_LIGHT


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_high_contrast(current: QPalette | None = None) -> bool:
    """The person asked the system for high contrast (Windows, macOS and GNOME can say so).

    Such themes choose every colour on purpose, so we then add none of our own: a problem
    is still marked by its warning sign and its words. ``current`` is accepted so callers
    can pass the palette they paint with; the answer comes from the system's setting.
    """
    del current
    preference = _style_hints().accessibility().contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


@functools.cache
def _style_hints() -> QStyleHints:
    # Held for the life of the app: when PySide's wrapper of the style hints is collected,
    # the accessibility hints it handed out are taken with it ("already deleted").
    return QGuiApplication.styleHints()


def blend(top: QColor, bottom: QColor) -> QColor:
    """``top`` painted over ``bottom``, so a translucent wash can be checked for contrast."""
    alpha = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha),
        top.blueF() * alpha + bottom.blueF() * (1 - alpha),
    )
