"""Tables whose columns are as wide as their words: no word or reference is ever split.

``pdf_tables.data_table`` shares the page out by fixed weights, which suits a return's
prose but split short words in narrow columns of the area summary ("Perio d",
"PB-2026-27-1297 C946"). Here each column first gets the width of its longest word (a
reference has no spaces, so it is one word), the page's remaining width is shared out by
the weights, and if the words do not fit at body size the table is set a point or two
smaller. Only a word wider than ``MAX_SHARE`` of the page (which no real name or reference
is) is still cut, as a last resort.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import TableStyle

from desktop.domain.text_safety import visible
from desktop.reports.glyphs import text_width
from desktop.reports.pdf_kit import BODY_SIZE, FRAME_WIDTH, HEADER_FILL, RULE, printable, styles
from desktop.reports.pdf_tables import PADDING, TextTable, wrap_lines

__all__ = ["MAX_SHARE", "fitted_table", "text"]

SIZES = (BODY_SIZE, BODY_SIZE - 1, BODY_SIZE - 2, BODY_SIZE - 3)
MAX_SHARE = 0.45  # a word wider than this share of the page is cut rather than fitted


def text(value: object) -> str:
    """A cell's text as the PDF prints it: control characters shown, characters no font
    has written as their names."""
    return printable(visible(value))


def _measure(rows: Sequence[Sequence[str]], font: str, size: float) -> tuple[list[float], ...]:
    """For each column: its longest word and its longest whole line."""
    columns = len(rows[0]) if rows else 0
    words, lines = [0.0] * columns, [0.0] * columns
    seen: dict[str, float] = {}

    def width(piece: str) -> float:
        if piece not in seen:
            seen[piece] = text_width(piece, font, size)
        return seen[piece]

    for row in rows:
        for column, cell in enumerate(row):
            for line in cell.split("\n"):
                lines[column] = max(lines[column], width(line))
                for word in line.split():
                    words[column] = max(words[column], width(word))
    return words, lines


SHORT = 0.25  # a column whose longest line fits in this share of the page is "short"
ROOM = 0.2  # and longer text is comfortable with at least this share


def _layout(
    least: list[float], natural: list[float], weights: Sequence[float], width: float
) -> tuple[list[float], bool]:
    """Widths from the least and natural widths, and whether the result is comfortable
    (short columns on one line, longer text given at least a fifth of the page)."""
    spare = width - sum(least)
    widths = list(least)
    short = sorted(
        (c for c in range(len(widths)) if natural[c] <= width * SHORT),
        key=lambda c: natural[c] - least[c],
    )
    for column in short:
        need = natural[column] - widths[column]
        if need <= spare:
            widths[column] += need
            spare -= need
    longer = [c for c in range(len(widths)) if c not in short] or list(range(len(widths)))
    share = sum(weights[c] for c in longer)
    for column in longer:
        widths[column] += spare * weights[column] / share
    comfortable = all(widths[c] >= natural[c] - 0.01 for c in short) and all(
        widths[c] >= min(natural[c], width * ROOM) - 0.01 for c in longer
    )
    return widths, comfortable


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    weights: Sequence[float],
    width: float = FRAME_WIDTH,
) -> tuple[list[float], float]:
    """Column widths and the font size at which every word fits whole.

    Each column gets at least its longest word. Then short columns (dates, counts, money,
    references) get their whole line, so "5 Nov 2025" stays on one line, and what is left
    is shared by the weights among the columns of longer text (names, titles). The largest
    size at which that is comfortable is chosen; failing that, the largest at which every
    word fits; failing that (a word wider than the page), the page is shared out.
    """
    s = styles()
    cap = width * MAX_SHARE
    pad = 2 * PADDING + 1
    fits: tuple[list[float], float] | None = None
    for size in SIZES:
        head_words, _ = _measure([header], s.bold, size)
        body_words, body_lines = _measure(rows, s.regular, size)
        least = [min(max(h, b), cap) + pad for h, b in zip(head_words, body_words, strict=True)]
        if sum(least) > width:
            continue
        natural = [max(min(b, cap) + pad, least[c]) for c, b in enumerate(body_lines)]
        widths, comfortable = _layout(least, natural, weights, width)
        if comfortable:
            return widths, size
        fits = fits or (widths, size)
    if fits is not None:
        return fits
    total = sum(weights)
    return [width * weight / total for weight in weights], SIZES[-1]


def fitted_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    weights: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    width: float = FRAME_WIDTH,
) -> TextTable:
    """A table with a header repeated on each page, sized so no word is split."""
    s = styles()
    head = [text(h) for h in header]
    body = [[text(v) for v in row] for row in rows]
    widths, size = column_widths(head, body, weights, width)
    leading = size * 1.25

    def wrapped(row: Sequence[str], font: str) -> list[str]:
        return [wrap_lines(v, font, widths[c] - 2 * PADDING, size) for c, v in enumerate(row)]

    data = [wrapped(head, s.bold)] + [wrapped(row, s.regular) for row in body]
    table = TextTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), s.regular, size, leading),
        ("FONT", (0, 0), (-1, 0), s.bold, size, leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ]
    for column in numeric:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table
