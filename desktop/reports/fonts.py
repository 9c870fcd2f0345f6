"""The fonts every Partnerbook PDF uses, registered with reportlab from our own resources.

reportlab's built-in Helvetica only covers Latin-1, so names such as "Zoë" or "Łukasz" and
symbols such as "£" and "–" can vanish or turn into boxes. We ship DejaVu Sans in
``resources/fonts`` rather than reading the system copy, because a person's computer may not
have it (Windows and macOS never do).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resource_paths import resources_dir

REGULAR = "PartnerbookSans"
BOLD = "PartnerbookSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def fonts_dir() -> Path:
    """Return the folder holding the bundled TrueType fonts."""
    return resources_dir() / "fonts"


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold fonts with reportlab; return their names.

    Safe to call before every document: a font already registered is left alone, so callers
    need not track whether someone else registered it first. The pair is also registered as a
    family so ``<b>`` in a Paragraph picks the bold face.
    """
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
    return REGULAR, BOLD
