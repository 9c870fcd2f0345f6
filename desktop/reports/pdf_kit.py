"""What every Partnerbook PDF shares: A4 pages, styles, "Page X of Y", safe text, tables.

Body text is 11 point in DejaVu Sans (embedded), because the people reading a return
include volunteers with poor eyesight and CVS staff printing on old printers. Tables
repeat their header row on each page and may split inside a row, so a 5,000-character
description never forces a row taller than a page.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.money import format_pence
from desktop.reports.fonts import register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_SIZE = 11
INK = colors.HexColor("#111827")
MUTED = colors.HexColor("#4B5563")
RULE = colors.HexColor("#9CA3AF")
HEADER_FILL = colors.HexColor("#E5E7EB")
REPLACEMENT = "?"

__all__ = [
    "FRAME_WIDTH",
    "Styles",
    "build_pdf",
    "data_table",
    "key_values",
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


@functools.cache
def _font_chars() -> frozenset[int]:
    font = pdfmetrics.getFont(styles().regular)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def printable(text: object) -> str:
    """The text with characters our font cannot draw shown as "?" (the data keeps them)."""
    value = "" if text is None else str(text)
    if value.isascii():  # DejaVu Sans has every ASCII character
        return value
    chars = _font_chars()
    if all(ord(c) in chars or c in "\n\t" for c in value):
        return value
    return "".join(c if ord(c) in chars or c in "\n\t" else REPLACEMENT for c in value)


def missing_glyphs(text: object) -> bool:
    """True when some character of ``text`` would print as "?"."""
    chars = _font_chars()
    return any(ord(c) not in chars and c not in "\n\t" for c in str(text or ""))


def p(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text: escaped (no markup from the data), line breaks kept."""
    safe = escape(printable(text)).replace("\n", "<br/>")
    return Paragraph(safe, style or styles().body)


def markup(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph whose markup is ours (bold labels); only for text we wrote."""
    return Paragraph(text, style or styles().body)


def money(pence: int | None) -> str:
    return format_pence(pence, blank="–")


PADDING = 6  # reportlab's own cell padding, so no command is needed to set it
CELL_LEADING = BODY_SIZE * 1.25


def wrap_lines(text: str, font: str, width: float, size: float = BODY_SIZE) -> str:
    """Break ``text`` into lines no wider than ``width`` (words longer than that are cut).

    Tables draw multi-line strings for a fraction of what a Paragraph costs, which is what
    lets a 25-partnership return build in well under a second.
    """
    if "\n" not in text and pdfmetrics.stringWidth(text, font, size) <= width:
        return text  # most cells: short enough already
    widths: dict[str, float] = {}

    def measure(word: str) -> float:
        if word not in widths:
            widths[word] = pdfmetrics.stringWidth(word, font, size)
        return widths[word]

    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for word in paragraph.split(" "):
            word_width = measure(word)
            while word_width > width:  # a word longer than the column: cut it
                cut = _longest_fitting(word, font, size, width)
                if line:
                    lines.append(line)
                    line, line_width = "", 0.0
                lines.append(word[:cut])
                word = word[cut:]
                word_width = measure(word)
            if line and line_width + space + word_width > width:
                lines.append(line)
                line, line_width = word, word_width
            elif line:
                line, line_width = f"{line} {word}", line_width + space + word_width
            else:
                line, line_width = word, word_width
        lines.append(line)
    return "\n".join(lines)


def _longest_fitting(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _cells(
    rows: Sequence[Sequence[object]], col_widths: Sequence[float], bold_rows: set[int]
) -> list[list[object]]:
    """Every cell as a string wrapped to its column (drawings are left as they are)."""
    s = styles()
    out: list[list[object]] = []
    for r, row in enumerate(rows):
        font = s.bold if r in bold_rows else s.regular
        out.append(
            [
                value
                if isinstance(value, Flowable)
                else wrap_lines(printable(value), font, col_widths[c] - 2 * PADDING)
                for c, value in enumerate(row)
            ]
        )
    return out


# Rows taller than this may split across pages. Splitting inside rows is slower, so it is
# only switched on for a table that has such a row (a 5,000-character purpose, say).
TALL_ROW = 300


def _tall(data: list[list[object]]) -> int:
    lines = max(
        (cell.count("\n") + 1 for row in data for cell in row if isinstance(cell, str)),
        default=1,
    )
    return int(lines * CELL_LEADING > TALL_ROW)


def _text_commands(bold_rows: set[int]) -> list[tuple[Any, ...]]:
    s = styles()
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), s.regular, BODY_SIZE, CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for row in sorted(bold_rows):
        commands.append(("FONT", (0, row), (-1, row), s.bold, BODY_SIZE, CELL_LEADING))
    return commands


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    total_row: bool = False,
    width: float = FRAME_WIDTH,
) -> Table:
    """A table with a header repeated on each page; cells wrap; rows may split."""
    total = sum(widths)
    col_widths = [width * w / total for w in widths]
    bold_rows = {0} | ({len(rows)} if total_row and rows else set())
    data = _cells([list(header), *rows], col_widths, bold_rows)
    table = Table(data, colWidths=col_widths, repeatRows=1, splitInRow=_tall(data), hAlign="LEFT")
    commands = [
        *_text_commands(bold_rows),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ]
    for column in numeric:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if total_row and rows:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, INK))
    table.setStyle(TableStyle(commands))
    return table


def key_values(pairs: Sequence[tuple[str, object]]) -> Table:
    """A two-column table of labels and values; values wrap when they are long."""
    col_widths = [FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.7]
    rows = [[label, value] for label, value in pairs]
    s = styles()
    data = [
        [wrap_lines(printable(label), s.bold, col_widths[0] - 2 * PADDING), value]
        for label, value in _cells(rows, col_widths, set())
    ]
    table = Table(data, colWidths=col_widths, splitInRow=_tall(data), hAlign="LEFT")
    commands = [
        *_text_commands(set()),
        ("FONT", (0, 0), (0, -1), s.bold, BODY_SIZE, CELL_LEADING),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    table.setStyle(TableStyle(commands))
    return table


def layout_table(cells: list[list[object]], widths: Sequence[float]) -> Table:
    """Flowables side by side (a chart beside its table), with no grid and no padding.

    The font is set even though the cells hold no text: reportlab otherwise starts the
    table in Helvetica, which would then be listed (unembedded) in the PDF.
    """
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles().regular, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def spacer(height: float = 6) -> Spacer:
    return Spacer(1, height)


class _NumberedCanvas(Canvas):
    """Writes "Page X of Y" on every page.

    Y is not known until the end, so each page draws a shared form that is filled in when
    the document is saved. (Holding pages back to number them later would break the PDF
    bookmarks, which must point at pages as they are made.)
    """

    footer_text = ""
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
        self.drawString(MARGIN, MARGIN - 7 * mm, self.footer_text[:80])
        right = PAGE_WIDTH - MARGIN - self.stringWidth("000", s.regular, 10)
        self.drawRightString(right, MARGIN - 7 * mm, f"Page {number} of ")
        self.translate(right, MARGIN - 7 * mm)
        self.doForm(self._TOTAL_FORM)
        self.restoreState()
        self.pages_made = number
        super().showPage()

    def save(self) -> None:
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
    para.outline_title = printable(text)[:120]  # type: ignore[attr-defined]
    return para


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    footer: str,
) -> bytes:
    """Lay out ``story`` on A4 and return the PDF bytes.

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
        title=printable(title),
        author=printable(author),
        subject=printable(subject),
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
    canvas_class = type("FooterCanvas", (_NumberedCanvas,), {"footer_text": printable(footer)})
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
