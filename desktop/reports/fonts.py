"""The fonts every Partnerbook PDF uses, registered with reportlab from our own resources.

reportlab's built-in Helvetica only covers Latin-1, so names such as "Zoë" or "Łukasz" and
symbols such as "£" and "–" can vanish or turn into boxes. We ship DejaVu Sans in
``resources/fonts`` rather than reading the system copy, because a person's computer may not
have it (Windows and macOS never do). Emoji come from the monochrome Noto Emoji (SIL Open
Font License, ``LICENSE-NotoEmoji.txt``), drawn where DejaVu Sans has no glyph (see
``reports/glyphs.py``); it is registered on its own, not as part of the family.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resource_paths import resources_dir

REGULAR = "PartnerbookSans"
BOLD = "PartnerbookSans-Bold"
FALLBACK = "PartnerbookEmoji"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "NotoEmoji-Regular.ttf",
}
_lock = threading.Lock()


def fonts_dir() -> Path:
    """Return the folder holding the bundled TrueType fonts."""
    return resources_dir() / "fonts"


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (emoji) written as UTF-16
    pairs as the PDF standard says; reportlab writes "<1F308>", which readers mangle, so
    copying "🌈" out of a PDF gave "ἰ"."""
    cmap = _reportlab_cmap(fontname, subset)
    for code in subset:
        if code > 0xFFFF:
            pair = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"> <{code:04X}>", f"> <{pair}>")
    return cmap


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold fonts with reportlab; return their names.

    Safe to call before every document: a font already registered is left alone, so callers
    need not track whether someone else registered it first. The pair is also registered as a
    family so ``<b>`` in a Paragraph picks the bold face.
    """
    with _lock:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # type: ignore[assignment]
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
    return REGULAR, BOLD
