"""Tables for Partnerbook PDFs: cells wrapped to their columns, headers repeated.

Cells are plain strings broken into lines here (``wrap_lines``), which reportlab draws far
faster than Paragraphs; a return has thousands of cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from desktop.reports.glyphs import runs, text_width
from desktop.reports.pdf_kit import (
    BODY_SIZE,
    FRAME_WIDTH,
    HEADER_FILL,
    INK,
    RULE,
    printable,
    styles,
)

__all__ = ["TextTable", "data_table", "key_values", "layout_table", "wrap_lines"]

PADDING = 6  # reportlab's own cell padding, so no command is needed to set it
CELL_LEADING = BODY_SIZE * 1.25


def wrap_lines(text: str, font: str, width: float, size: float = BODY_SIZE) -> str:
    """Break ``text`` into lines no wider than ``width`` (words longer than that are cut).

    Tables draw multi-line strings for a fraction of what a Paragraph costs, which is what
    lets a 25-partnership return build in well under a second.
    """
    if "\n" not in text and text_width(text, font, size) <= width:
        return text  # most cells: short enough already
    widths: dict[str, float] = {}

    def measure(word: str) -> float:
        if word not in widths:
            widths[word] = text_width(word, font, size)
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
        if text_width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


class TextTable(Table):
    """A reportlab Table that writes all its plain text in one PDF text object.

    reportlab starts a new text object for every line of every cell; a return has about
    10,000 such lines, and that bookkeeping was the largest single cost of drawing it.
    Cells that need anything special (centred or decimal alignment, links, right-to-left
    text, drawings) are still drawn by reportlab itself.
    """

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_font: tuple[str, float, float] | None = None
        self._text_colour: object = None
        self._text_used = False
        super().draw()
        if self._text_used:
            self.canv.drawText(self._text)

    def _drawCell(
        self,
        cellval: object,
        cellstyle: Any,
        pos: tuple[float, float],
        size: tuple[float, float],
    ) -> None:
        if (
            type(cellval) is not str
            or cellstyle.alignment not in ("LEFT", "RIGHT")
            or cellstyle.valign != "TOP"
            or cellstyle.href
            or cellstyle.destination
            or cellstyle.direction
            or cellstyle.shaping
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        text = self._text
        font = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        if font != self._text_font:
            text.setFont(*font)
            self._text_font = font
        if cellstyle.color != self._text_colour:
            text.setFillColor(cellstyle.color)
            self._text_colour = cellstyle.color
        right = cellstyle.alignment == "RIGHT"
        x = pos[0] + (size[0] - cellstyle.rightPadding if right else cellstyle.leftPadding)
        y = pos[1] + size[1] - cellstyle.topPadding - cellstyle.fontsize
        for line in cellval.split("\n"):
            if line:
                width = text_width(line, font[0], font[1]) if right else 0.0
                text.setTextOrigin(x - width, y)
                if line.isascii():
                    text.textOut(line)
                else:  # emoji are drawn from the emoji font, then back to the cell's
                    for piece, piece_font in runs(line, font[0]):
                        text.setFont(piece_font, font[1], font[2])
                        text.textOut(piece)
                    text.setFont(*font)
                self._text_used = True
            y -= cellstyle.leading


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
    table = TextTable(
        data, colWidths=col_widths, repeatRows=1, splitInRow=_tall(data), hAlign="LEFT"
    )
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
    table = TextTable(data, colWidths=col_widths, splitInRow=_tall(data), hAlign="LEFT")
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
    table = TextTable(cells, colWidths=list(widths), hAlign="LEFT")
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
