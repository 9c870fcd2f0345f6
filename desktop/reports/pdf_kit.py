"""What every Partnerbook PDF shares: A4 pages, styles, "Page X of Y", safe text, tables.

Body text is 11 point in DejaVu Sans (embedded), because the people reading a return
include volunteers with poor eyesight and CVS staff printing on old printers. Tables
repeat their header row on each page and may split inside a row, so a 5,000-character
description never forces a row taller than a page.
"""

from __future__ import annotations

import functools
import io
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from desktop.domain.money import format_pence
from desktop.domain.text_safety import one_line, visible
from desktop.reports import glyphs
from desktop.reports.fonts import register_fonts
from desktop.reports.pdf_output import finish_canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_SIZE = 11
INK = colors.HexColor("#111827")
MUTED = colors.HexColor("#4B5563")
RULE = colors.HexColor("#9CA3AF")
HEADER_FILL = colors.HexColor("#E5E7EB")

__all__ = [
    "FRAME_WIDTH",
    "Styles",
    "build_pdf",
    "money",
    "p",
    "printable",
    "styles",
]


class Styles:
    """The paragraph styles, made once the fonts are registered."""

    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold

        def style(name: str, **kw: Any) -> ParagraphStyle:
            base: dict[str, Any] = {
                "fontName": regular,
                "fontSize": BODY_SIZE,
                "leading": BODY_SIZE * 1.35,
                "textColor": INK,
                "alignment": TA_LEFT,
                "splitLongWords": True,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = style("Body", spaceAfter=4)
        self.cell = style("Cell", leading=BODY_SIZE * 1.25)
        self.cell_bold = style("CellBold", fontName=bold, leading=BODY_SIZE * 1.25)
        self.cell_right = style("CellRight", leading=BODY_SIZE * 1.25, alignment=TA_RIGHT)
        self.cell_bold_right = style(
            "CellBoldRight", fontName=bold, leading=BODY_SIZE * 1.25, alignment=TA_RIGHT
        )
        self.small = style("Small", textColor=MUTED)
        self.title = style("Title", fontName=bold, fontSize=26, leading=32, spaceAfter=10)
        self.subtitle = style("Subtitle", fontSize=15, leading=20, spaceAfter=6)
        self.h1 = style(
            "H1",
            fontName=bold,
            fontSize=18,
            leading=23,
            spaceBefore=4,
            spaceAfter=8,
        )
        self.h2 = style(
            "H2",
            fontName=bold,
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=5,
        )
        self.h3 = style(
            "H3",
            fontName=bold,
            fontSize=12,
            leading=15,
            spaceBefore=6,
            spaceAfter=3,
        )


@functools.cache
def styles() -> Styles:
    return Styles()


def printable(text: object) -> str:
    """The text as our fonts print it: emoji kept (drawn from the emoji font), and any
    character no bundled font has written as its name (the data keeps them all)."""
    value = "" if text is None else str(text)
    if value.isascii():  # DejaVu Sans has every ASCII character
        return value
    return glyphs.printable_text(value, styles().regular)


def missing_glyphs(text: object) -> bool:
    """True when some character of ``text`` is in no bundled font (it prints as its name)."""
    return glyphs.missing(str(text or ""), styles().regular)


def p(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text: escaped (no markup from the data), line breaks kept,
    emoji drawn from the emoji font."""
    chosen = style or styles().body
    safe = glyphs.markup("" if text is None else str(text), chosen.fontName)
    return Paragraph(safe.replace("\n", "<br/>"), chosen)


def markup(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph whose markup is ours (bold labels); only for text we wrote."""
    return Paragraph(text, style or styles().body)


def money(pence: int | None) -> str:
    return format_pence(pence, blank="–")


def spacer(height: float = 6) -> Spacer:
    return Spacer(1, height)


class _NumberedCanvas(Canvas):
    """Writes "Page X of Y" on every page.

    Y is not known until the end, so each page draws a shared form that is filled in when
    the document is saved. (Holding pages back to number them later would break the PDF
    bookmarks, which must point at pages as they are made.)
    """

    footer_text = ""
    attachment: tuple[str, bytes] | None = None
    created: str | None = None
    _TOTAL_FORM = "pbPageTotal"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Otherwise every page names Helvetica as its starting font, unembedded, and a
        # strict checker (or PDF/A) would complain about a font we never draw with.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or styles().regular
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or BODY_SIZE
        super().__init__(*args, **kwargs)

    def showPage(self) -> None:
        s = styles()
        number = self.getPageNumber()
        self.saveState()
        self.setFont(s.regular, 10)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        self.line(MARGIN, MARGIN - 2 * mm, PAGE_WIDTH - MARGIN, MARGIN - 2 * mm)
        right = PAGE_WIDTH - MARGIN - self.stringWidth("000", s.regular, 10)
        # The footer stops short of "Page X of Y" however long the name in it.
        room = right - MARGIN - self.stringWidth("Page 000 of  ", s.regular, 10)
        footer = glyphs.fit(self.footer_text, s.regular, 10, room)
        glyphs.draw_runs(self, MARGIN, MARGIN - 7 * mm, footer, s.regular, 10)
        self.setFont(s.regular, 10)
        self.drawRightString(right, MARGIN - 7 * mm, f"Page {number} of ")
        self.translate(right, MARGIN - 7 * mm)
        self.doForm(self._TOTAL_FORM)
        self.restoreState()
        self.pages_made = number
        super().showPage()

    def save(self) -> None:
        finish_canvas(self, attachment=self.attachment, created=self.created)
        self.beginForm(self._TOTAL_FORM)
        self.setFont(styles().regular, 10)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(getattr(self, "pages_made", 0)))
        self.endForm()
        super().save()


class _Doc(SimpleDocTemplate):
    """Adds a PDF outline entry for each heading marked with ``outline_level``."""

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        self._outline_count = getattr(self, "_outline_count", 0) + 1
        key = f"section{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=level > 0)


def heading(text: str, style: ParagraphStyle, level: int) -> Paragraph:
    """A heading that also appears in the PDF's bookmarks."""
    para = p(text, style)
    para.outline_level = level  # type: ignore[attr-defined]
    para.outline_title = visible(text)[:120]  # type: ignore[attr-defined]
    return para


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    footer: str,
    attachment: tuple[str, bytes] | None = None,
    created: str | None = None,
) -> bytes:
    """Lay out ``story`` on A4 and return the PDF bytes, with ``attachment`` embedded.

    ``invariant=1`` fixes reportlab's creation date and document id, so the same story
    gives the same bytes (a return can be checked by re-making it).
    """
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=visible(title),
        author=visible(author),
        subject=visible(subject),
        creator="Partnerbook",
        lang="en-GB",
        invariant=1,
    )
    story = _no_orphan_headings(story)
    # Plain binary streams: ASCII85 only helps 7-bit mail gateways and costs time.
    previous_a85, rl_config.useA85 = rl_config.useA85, 0
    # Charts start in this font; left as Helvetica it is listed, unembedded, on every page.
    previous_font = rl_config.defaultGraphicsFontName
    rl_config.defaultGraphicsFontName = styles().regular
    canvas_class = type(
        "FooterCanvas",
        (_NumberedCanvas,),
        {"footer_text": one_line(footer), "attachment": attachment, "created": created},
    )
    try:
        doc.build(story, canvasmaker=canvas_class)
    finally:
        rl_config.useA85 = previous_a85
        rl_config.defaultGraphicsFontName = previous_font
    return buffer.getvalue()


# A heading needs this much room below it, or it moves to the next page with what follows.
ORPHAN_SPACE = 90
_HEADING_STYLES = frozenset({"H1", "H2", "H3"})


def _no_orphan_headings(story: list[Flowable]) -> list[Flowable]:
    """Put a conditional page break before each heading (cheaper than keepWithNext, which
    makes reportlab try to fit whole tables and slows long returns down)."""
    result: list[Flowable] = []
    for flowable in story:
        if type(flowable) is Paragraph and flowable.style.name in _HEADING_STYLES:
            result.append(CondPageBreak(ORPHAN_SPACE))
        result.append(flowable)
    return result
