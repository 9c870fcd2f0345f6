"""The area summary: one PDF a CVS can send to the county, drawn from a collection.

Every table here is one of the collection's views (desktop.services.collection.views), so
the PDF says exactly what the screen and the spreadsheet export say.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from desktop.domain.frameworks import load_builtin
from desktop.reports.charts import RadarChart
from desktop.reports.pdf_kit import FRAME_WIDTH, build_pdf, p, spacer, styles
from desktop.reports.pdf_tables import data_table, key_values
from desktop.services.collection import views
from desktop.services.collection.views import Table

__all__ = ["render_area_summary"]

BAR = colors.HexColor("#1D4ED8")
INK = colors.HexColor("#111827")
MAX_ROWS = 60  # a summary, not the spreadsheet: longer tables say how many were left out
RADARS = 4  # the partnerships most groups sit on get a radar each
RADAR_GROUPS = 6


def _table(
    table: Table, widths: list[float], limit: int = MAX_ROWS, columns: list[int] | None = None
) -> list[Flowable]:
    """One view as a PDF table; ``columns`` picks which columns fit on the page."""
    s = styles()
    story: list[Flowable] = [p(table.title, s.h2)]
    if not table.rows:
        return [*story, p("None.", s.small)]
    shown = columns if columns is not None else list(range(len(table.columns)))
    rows = [[table.display(r, c) for c in shown] for r in range(len(table.rows))]
    numeric = [i for i, c in enumerate(shown) if c in table.money]
    header = [table.columns[c] for c in shown]
    story.append(data_table(header, rows[:limit], widths, numeric=numeric))
    if len(rows) > limit:
        story.append(p(f"{len(rows) - limit} more rows are in the spreadsheet export.", s.small))
    return story


def _bar_chart(table: Table, value_column: int, title: str) -> Drawing:
    """Horizontal bars with the amount printed beside each, so it reads in black and white."""
    s = styles()
    rows = table.rows[:10]
    height = 18 * len(rows) + 24
    drawing = Drawing(FRAME_WIDTH, height)
    drawing.add(String(0, height - 12, title, fontName=s.bold, fontSize=10, fillColor=INK))
    top = max((int(r[value_column] or 0) for r in rows), default=0) or 1
    label_width, bar_width = 170.0, FRAME_WIDTH - 170.0 - 80.0
    for index, row in enumerate(rows):
        y = height - 34 - 18 * index
        drawing.add(String(0, y + 3, str(row[0])[:32], fontName=s.regular, fontSize=8))
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


def _radars(conn: sqlite3.Connection, partnerships: Table) -> list[Flowable]:
    s = styles()
    bands = load_builtin().bands
    story: list[Flowable] = [PageBreak(), p("Reviews side by side", s.h1)]
    story.append(
        p(
            "For the partnerships most groups sit on: each group's latest health-check "
            "review, all drawn on one chart. Scores run from 0 at the centre to 100 at the edge.",
            s.body,
        )
    )
    shown = 0
    for key in partnerships.keys:
        detail = views.partnership_detail(conn, key)
        drawn = [
            (name, series)
            for name, series in zip(detail.groups, detail.radar_series, strict=False)
            if any(v is not None for v in series)
        ][:RADAR_GROUPS]
        if len(drawn) < 2 or not detail.radar_axes:
            continue
        chart = RadarChart(
            detail.radar_axes,
            [series for _, series in drawn],
            bands,
            names=[name[:50] for name, _ in drawn],
            size=300,
        )
        story.append(KeepTogether([p(detail.name, s.h2), chart]))
        shown += 1
        if shown >= RADARS:
            break
    if shown == 0:
        story.append(p("No partnership has reviews from two or more groups yet.", s.small))
    return story


def render_area_summary(conn: sqlite3.Connection, title: str, today: date | None = None) -> bytes:
    """The summary PDF of the collection open on ``conn``."""
    s = styles()
    totals = views.area_totals(conn)
    groups = views.groups_view(conn)
    partnerships = views.partnerships_view(conn)
    by_category = views.needs_view(conn, "category")
    by_group = views.needs_view(conn, "group")
    need_help = views.need_help_view(conn, limit=15)
    story: list[Any] = [
        p("Area summary", s.title),
        p(title, s.subtitle),
        p(f"Made {(today or date.today()).strftime('%-d %B %Y')} by Partnerbook.", s.small),
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
    story += _table(groups, [3, 1.3, 1.8, 2.9, 1.7, 1.7], columns=[0, 1, 2, 3, 4, 5])
    story += _table(views.expected_missing(conn), [3, 4])
    story += [PageBreak(), p("Partnerships", s.h1)]
    story += _table(partnerships, [2.4, 1, 1.5, 1.1, 1, 1.5, 1.5])
    story += [PageBreak(), p("Resources groups need to take part", s.h1)]
    if by_category.rows:
        story.append(_bar_chart(by_category, 3, "Estimated cost by category"))
    story += _table(by_category, [2.6, 1, 1, 1.4, 1.4, 1.4])
    story += _table(by_group, [2.6, 1, 1, 1.4, 1.4, 1.4], limit=30)
    story += _table(need_help, [1, 3.5, 1.6, 0.9, 0.9, 1.4])
    story += _radars(conn, partnerships)
    return build_pdf(
        story,
        title=f"Area summary: {title}",
        author="Partnerbook",
        subject="Partnership returns collected by the CVS",
        footer=f"Area summary · {title}",
    )
