"""Text whose every character prints: the main font, else the emoji font, else its name.

People type emoji and letters from every language into names ("Café ☕ club", "Grŵp
Cymunedol 🌈"). DejaVu Sans draws the letters of nearly every European language, but no
emoji; an undrawable character used to print as "?". Now each character is drawn by the
first of our bundled fonts that has it (DejaVu Sans, then the monochrome Noto Emoji), and a
character neither has is written as its Unicode name in brackets ("[CJK UNIFIED
IDEOGRAPH-4E2D]"), so a reader still knows what was typed. The data itself keeps every
character exactly as typed.

Variation selectors, skin-tone modifiers and zero-width joiners only change how a
neighbouring emoji looks; a monochrome font has no use for them, so they are dropped rather
than named.

Three ways to put text on a page, for the three ways our PDFs draw:

- ``markup(text)`` for a Paragraph: escaped, with each run of emoji in a ``<font>`` tag;
- ``runs(text)`` plus ``text_width`` for our own text objects (table cells, page footers):
  draw each run in its own font;
- ``single_font(text)`` where one string must be in one font (chart labels): emoji are
  written as their names too.
"""

from __future__ import annotations

import functools
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from desktop.reports.fonts import FALLBACK, register_fonts

__all__ = ["FALLBACK", "markup", "missing", "runs", "single_font", "text_width"]

# Characters that only shape a neighbour (variation selectors, ZWJ, skin tones, tag
# characters of subdivision flags, the keycap combiner): dropped, never named.
_SHAPERS = (
    {0x200D, 0xFE0E, 0xFE0F, 0x20E3}
    | set(range(0x1F3FB, 0x1F400))  # skin tones
    | set(range(0xE0020, 0xE0080))  # tags
)


@functools.cache
def _covered(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)  # type: ignore[attr-defined]


def _name(char: str) -> str:
    return f"[{unicodedata.name(char, f'U+{ord(char):04X}')}]"


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into (piece, font name) runs; characters no font has become names.

    Plain text in the main font comes back as one run, cheaply: nearly every string is.
    """
    if text.isascii():
        return [(text, font)] if text else []
    main, extra = _covered(font), _covered(FALLBACK)
    out: list[tuple[str, str]] = []
    piece, piece_font = "", font
    for char in text:
        code = ord(char)
        if code in _SHAPERS:
            continue
        if code in main or char in "\n\t":
            wanted, shown = font, char
        elif code in extra:
            wanted, shown = FALLBACK, char
        else:
            wanted, shown = font, _name(char)
        if wanted != piece_font and piece:
            out.append((piece, piece_font))
            piece = ""
        piece_font = wanted
        piece += shown
    if piece:
        out.append((piece, piece_font))
    return out


def printable_text(text: str, font: str) -> str:
    """``text`` as it will print, emoji kept and names in place of what no font has."""
    return "".join(piece for piece, _ in runs(text, font))


def single_font(text: str, font: str) -> str:
    """``text`` for a place that draws one font only: whatever it lacks is named."""
    if text.isascii():
        return text
    main = _covered(font)
    return "".join(
        "" if ord(c) in _SHAPERS else c if ord(c) in main or c in "\n\t" else _name(c) for c in text
    )


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of ``text`` with each run measured in its own font."""
    if text.isascii():
        return pdfmetrics.stringWidth(text, font, size)
    return _mixed_width(text, font, size)


@functools.lru_cache(maxsize=32768)
def _mixed_width(text: str, font: str, size: float) -> float:
    # Cached: a return measures the same "£0.00" and "–" thousands of times.
    return sum(pdfmetrics.stringWidth(piece, f, size) for piece, f in runs(text, font))


def markup(text: str, font: str) -> str:
    """``text`` escaped for a Paragraph, its emoji runs wrapped in the emoji font."""
    return "".join(
        escape(piece) if f == font else f'<font name="{FALLBACK}">{escape(piece)}</font>'
        for piece, f in runs(text, font)
    )


def missing(text: str, font: str) -> bool:
    """True when some character of ``text`` is in neither font (it will print as its name)."""
    if text.isascii():
        return False
    main, extra = _covered(font), _covered(FALLBACK)
    return any(
        ord(c) not in main and ord(c) not in extra and ord(c) not in _SHAPERS and c not in "\n\t"
        for c in text
    )


@functools.lru_cache(maxsize=256)
def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut to ``width`` with "…" when it is wider (as printed, names included)."""
    shown = printable_text(text, font)
    if text_width(shown, font, size) <= width:
        return shown
    while shown and text_width(shown + "…", font, size) > width:
        shown = shown[:-1]
    return shown.rstrip() + "…"


def draw_runs(canvas: object, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` from (x, y) on a reportlab canvas, each run in its own font."""
    for piece, piece_font in runs(text, font):
        canvas.setFont(piece_font, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, piece)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(piece, piece_font, size)
