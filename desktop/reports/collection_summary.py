"""The area summary: one PDF a CVS can send to the county, drawn from a collection.

Every table here is one of the collection's views, gathered by
``desktop.services.collection.summary`` into an ``AreaSummary`` (plain data: this module never
reads the collection), so the PDF says exactly what the screen and the spreadsheet export
say. It never claims more than it shows: no word or reference is split across lines
(``fitted_tables``), each radar says how many of a partnership's groups it draws, and a list
cut short for the page says how many it shows and which sheet of the spreadsheet export has
the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from desktop.domain.collection_tables import Dashboard, PartnershipDetail, Table
from desktop.domain.numbers import count
from desktop.domain.periods import Period
from desktop.domain.text_safety import one_line
from desktop.reports.charts import RadarChart, bar_drawing, stacked_drawing
from desktop.reports.fitted_tables import fitted_table, text
from desktop.reports.pdf_kit import FRAME_WIDTH, build_pdf, p, spacer, styles
from desktop.reports.pdf_tables import key_values

__all__ = ["RADARS", "AreaSummary", "radar_groups", "render"]

BAR = colors.HexColor("#1D4ED8")
INK = colors.HexColor("#111827")
MAX_ROWS = 60  # longer lists (but the groups themselves) show this many, and say so
BY_GROUP_ROWS = 30
NEED_HELP_ROWS = 15
BARS = 10
RADARS = 4  # the partnerships most groups sit on get a radar each
RADAR_GROUPS = 6  # more polygons than this on one chart cannot be told apart


@dataclass(frozen=True)
class AreaSummary:
    """Everything the summary shows, gathered from the collection by the service."""

    title: str
    today: date
    period: Period | None  # the period the figures are for (None: no returns yet)
    totals: dict[str, int]
    # The spreadsheet export's own tables, by key, and the sheet each is on, so "on the
    # sheet ..." names a sheet that has them all.
    tables: dict[str, Table]
    sheets: dict[str, str]
    dashboard: Dashboard
    # The partnerships to draw a radar for (``radar_groups`` has two or more), in order.
    radars: list[PartnershipDetail] = field(default_factory=list)


def radar_groups(detail: PartnershipDetail) -> list[tuple[str, tuple[float | None, ...]]]:
    """The groups of ``detail`` with a review to draw; a radar needs two of them."""
    if not detail.radar_axes:
        return []
    return [
        (name, series)
        for name, series in zip(detail.groups, detail.radar_series, strict=False)
        if any(v is not None for v in series)
    ]


def _more(shown: int, total: int, what: str, sheet: str) -> Flowable:
    return p(
        f"This page shows {shown} of the {total:,} {what}. The spreadsheet export (XLSX) "
        f"has every one, on the sheet “{sheet}”.",
        styles().small,
    )


def _table(
    table: Table,
    weights: list[float],
    sheet: str,
    what: str,
    limit: int | None = MAX_ROWS,
    columns: list[int] | None = None,
) -> list[Flowable]:
    """One view as a PDF table; ``columns`` picks which columns fit on the page."""
    s = styles()
    story: list[Flowable] = [p(table.title, s.h2)]
    if not table.rows:
        return [*story, p("None.", s.small)]
    shown = columns if columns is not None else list(range(len(table.columns)))
    count = len(table.rows) if limit is None else min(limit, len(table.rows))
    rows = [[table.display(r, c) for c in shown] for r in range(count)]
    numeric = [i for i, c in enumerate(shown) if c in table.money]
    header = [table.columns[c] for c in shown]
    story.append(fitted_table(header, rows, weights, numeric=numeric))
    if count < len(table.rows):
        story.append(_more(count, len(table.rows), what, sheet))
    return story


def _fit_words(value: object, font: str, size: float, width: float) -> str:
    """``value`` on one line within ``width``: whole words, then "…" if some were left out."""
    words = one_line(text(value)).split()
    line = ""
    for word in words:
        wider = f"{line} {word}" if line else word
        if stringWidth(wider + " …", font, size) > width and line:
            return line + " …"
        line = wider
    while line and stringWidth(line, font, size) > width:  # one word wider than the space
        line = line[:-2] + "…"
    return line


def _bar_chart(table: Table, value_column: int, title: str) -> Drawing:
    """Horizontal bars with the amount printed beside each, so it reads in black and white."""
    s = styles()
    rows = table.rows[:BARS]
    if len(table.rows) > len(rows):
        title += f" (the {len(rows)} largest of {len(table.rows)})"
    height = 18 * len(rows) + 24
    drawing = Drawing(FRAME_WIDTH, height)
    drawing.add(String(0, height - 12, title, fontName=s.bold, fontSize=10, fillColor=INK))
    top = max((int(r[value_column] or 0) for r in rows), default=0) or 1
    label_width, bar_width = 170.0, FRAME_WIDTH - 170.0 - 80.0
    for index, row in enumerate(rows):
        y = height - 34 - 18 * index
        label = _fit_words(row[0], s.regular, 8, label_width - 6)
        drawing.add(String(0, y + 3, label, fontName=s.regular, fontSize=8))
        width = bar_width * int(row[value_column] or 0) / top
        drawing.add(Rect(label_width, y, max(width, 0.5), 12, fillColor=BAR, strokeColor=None))
        drawing.add(
            String(
                label_width + width + 4,
                y + 3,
                table.display(index, value_column),
                fontName=s.regular,
                fontSize=8,
            )
        )
    return drawing


def _period_words(period: Period | None) -> str:
    """Which period the figures are for: only returns for exactly these dates count."""
    if period is None:
        return "There are no returns in this collection yet."
    return one_line(
        f"For {period.label}: {period.start.strftime('%-d %B %Y')} to "
        f"{period.end.strftime('%-d %B %Y')}. Only returns for exactly these dates are counted."
    )


def _radars(details: list[PartnershipDetail]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [PageBreak(), p("Reviews side by side", s.h1)]
    charts: list[Flowable] = []
    for detail in details:
        reviewed = radar_groups(detail)
        if len(reviewed) < 2:
            continue
        drawn = reviewed[:RADAR_GROUPS]
        chart = RadarChart(
            detail.radar_axes,
            [series for _, series in drawn],
            detail.radar_bands,
            names=[_fit_words(name, s.regular, 9, 300) for name, _ in drawn],
            size=300,
            low=detail.radar_low,
            high=detail.radar_high,
        )
        tool = f" made with {detail.radar_tool}" if detail.radar_tool else ""
        if len(drawn) == len(reviewed):
            caption = f"All {len(drawn)} groups with a review{tool} of this partnership."
        else:
            caption = (
                f"Showing {len(drawn)} of the {len(reviewed)} groups with a review{tool} of "
                f"this partnership (the first {len(drawn)} by name): more would be too many "
                "lines to tell apart. Every group's answers are on the One partnership page "
                "of the collection window."
            )
        caption += (
            f" Scores run from {detail.radar_low:g} at the centre to {detail.radar_high:g} "
            "at the edge."
        )
        if detail.tools_used > 1:
            caption += (
                " Groups that used another review tool are not drawn: its scores are on "
                "another scale (see Review scores by tool)."
            )
        charts.append(KeepTogether([p(detail.name, s.h2), p(caption, s.small), chart]))
        if len(charts) >= RADARS:
            break
    if not charts:
        story.append(p("No partnership has reviews from two or more groups yet.", s.small))
        return story
    story.append(
        p(
            f"For the {count(len(charts), 'partnership')} most groups sit on, where two or more "
            "groups "
            "reviewed it with the same tool: each group's latest review on one chart, on "
            "that tool's own scale.",
            s.body,
        )
    )
    return story + charts


def _of(title: str, shown: int, total: int) -> str:
    return title if shown >= total else f"{title} (the {shown} largest of {total})"


def dashboard_story(board: Dashboard) -> list[Flowable]:
    """The area dashboard: needs by partnership and category, the clauses most often
    rated as needing help, review bands by partnership, returns received against expected."""
    s = styles()
    story: list[Flowable] = [PageBreak(), p("Area dashboard", s.h1)]
    if board.empty:
        return [*story, p("No returns and no expected groups for this period yet.", s.small)]
    story.append(
        bar_drawing(
            "Returns received against expected",
            [
                ("Groups expected", board.expected, str(board.expected)),
                (
                    "Expected groups with a return",
                    board.expected_received,
                    str(board.expected_received),
                ),
                ("Groups with a return", board.received, str(board.received)),
            ],
            FRAME_WIDTH - 12,
        )
    )

    def bars(title: str, items: Any, total: int, none: str) -> Flowable:
        if not items:
            return p(f"{title}: {none}", s.small)
        return bar_drawing(
            _of(title, len(items), total),
            [(b.label, b.value, b.text) for b in items],
            FRAME_WIDTH - 12,
        )

    story += [
        spacer(6),
        bars(
            "Needs by partnership (estimated cost)",
            board.needs_by_partnership,
            board.partnerships_with_needs,
            "none.",
        ),
        spacer(6),
        bars(
            "Needs by category (estimated cost)",
            board.needs_by_category,
            len(board.needs_by_category),
            "none.",
        ),
        spacer(6),
        bars(
            "Clauses most often rated as needing help (times)",
            board.need_help,
            board.clauses_needing_help,
            "none.",
        ),
        spacer(6),
    ]
    if board.bands:
        # The sentence and the chart it explains stay on one page.
        caption = p(
            "How many groups' reviews fell in each band, in each review tool's own bands "
            "(tools are never put together).",
            s.small,
        )
        chart = stacked_drawing(
            _of("Review bands by partnership", len(board.bands), board.bands_total),
            [(b.label, b.about, b.bands) for b in board.bands],
            FRAME_WIDTH - 12,
        )
        story.append(KeepTogether([caption, chart]))
    else:
        story.append(p("Review bands by partnership: no review with a band yet.", s.small))
    return story


def render(data: AreaSummary) -> bytes:
    """The summary PDF of ``data``, for its period, which it names under the title."""
    s = styles()
    title = one_line(data.title)
    period, totals, sheets, by_key = data.period, data.totals, data.sheets, data.tables
    groups, partnerships = by_key["groups"], by_key["partnerships"]
    by_category, by_group = by_key["needs_by_category"], by_key["needs_by_group"]
    need_help = by_key["need_help"]
    story: list[Any] = [
        p("Area summary", s.title),
        p(title, s.subtitle),
        p(_period_words(period), s.body),
        p(f"Made {data.today.strftime('%-d %B %Y')} by Partnerbook.", s.small),
        spacer(8),
        key_values(
            [
                ("Groups with a return", totals["groups"]),
                ("Current returns", totals["returns"]),
                ("Earlier returns replaced", totals["superseded"]),
                ("Partnerships", totals["partnerships"]),
                ("Files offered / rejected", f"{totals['files']} / {totals['rejected']}"),
            ]
        ),
    ]
    story += dashboard_story(data.dashboard)
    story.append(PageBreak())
    # Every group and every missing group: these are the lists an officer chases from.
    # Which partnerships each return speaks for, and replaced an earlier return for.
    story += _table(
        groups,
        [2.2, 1, 1.1, 2, 1, 1.6, 1.6],
        sheets["groups"],
        "",
        limit=None,
        columns=[0, 1, 2, 3, 4, 7, 8],
    )
    story += _table(by_key["missing"], [3, 4], sheets["missing"], "", limit=None)
    story += [PageBreak(), p("Partnerships", s.h1)]
    story += _table(
        partnerships, [2.2, 0.8, 1.4, 2.2, 0.9, 1.3, 1.3], sheets["partnerships"], "partnerships"
    )
    scores = _table(
        by_key["review_scores"],
        [2, 0.9, 1.6, 2, 0.8, 0.9, 1, 1.6],
        sheets["review_scores"],
        "review scores",
    )
    scores.insert(
        1,
        p(
            "Scores from different review tools are never averaged together: each tool has "
            "its own scale and bands, so each row is one tool, one section and one partnership.",
            s.small,
        ),
    )
    story += scores
    # How each group's partnerships are run (issue 17); every column is in the spreadsheet.
    story += _table(
        by_key["how_it_is_run"],
        [1.6, 1.9, 1.2, 1.0, 1.0, 0.8, 1.1, 1.4],
        sheets["how_it_is_run"],
        "partnerships",
        columns=[0, 1, 3, 4, 5, 7, 9, 10],
    )
    story += [PageBreak(), p("Resources groups need to take part", s.h1)]
    if by_category.rows:
        story.append(_bar_chart(by_category, 3, "Estimated cost by category"))
    story += _table(
        by_category, [2.6, 1, 1, 1.4, 1.4, 1.4], sheets["needs_by_category"], "categories"
    )
    story += _table(
        by_group,
        [2.6, 1, 1, 1.4, 1.4, 1.4],
        sheets["needs_by_group"],
        "groups with needs (the largest first)",
        limit=BY_GROUP_ROWS,
    )
    story += _table(
        need_help,
        [0.9, 3, 1.3, 0.8, 0.8, 1.2, 1.6],
        sheets["need_help"],
        "clauses rated “need help” (the most often first)",
        limit=NEED_HELP_ROWS,
    )
    story += _radars(data.radars)
    return build_pdf(
        story,
        title=f"Area summary: {title}",
        author="Partnerbook",
        subject="Partnership returns collected by the CVS",
        footer=_fit_words(
            f"Area summary · {title}" + (f" · {period.label}" if period else ""),
            s.regular,
            10,
            FRAME_WIDTH - 90,
        ),
    )
