"""The review charts for PDF reports, drawn with reportlab from the shared geometry.

``radar_drawing`` and ``trend_drawing`` return reportlab Drawings that a report embeds as
flowables. The geometry comes from ``desktop.domain.charts``, so these are the same
figures the app shows. Colour is never the only signal: every band is named in text too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from desktop.domain.charts import radar_geometry, trend_geometry
from desktop.domain.frameworks import Band
from desktop.reports.fonts import register_fonts

GRID = colors.HexColor("#9CA3AF")
INK = colors.HexColor("#111827")
SERIES = (colors.HexColor("#1D4ED8"), colors.HexColor("#9CA3AF"), colors.HexColor("#7C3AED"))


def radar_drawing(
    labels: Sequence[str],
    series: Sequence[Sequence[float | None]],
    bands: Sequence[Band] = (),
    names: Sequence[str] = (),
    size: float = 260,
) -> Drawing:
    """A radar of scores 0-100, one polygon per series (this review first, then earlier).

    ``labels`` are short axis names (question refs print well); ``names`` label the series
    in a key underneath, so a printed page in black and white can still be read.
    """
    regular, _bold = register_fonts()
    key_height = 14 * len(names)
    drawing = Drawing(size, size + key_height)
    geometry = radar_geometry(labels, series, bands)
    centre_x, centre_y = size / 2, size / 2 + key_height
    radius = size / 2 - 46

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return centre_x + point[0] * radius, centre_y + point[1] * radius

    for ring, band in geometry.rings:
        ring_points = [
            coordinate
            for axis in geometry.axes
            for coordinate in at((axis.end[0] * ring, axis.end[1] * ring))
        ]
        drawing.add(
            Polygon(
                ring_points,
                fillColor=None,
                strokeColor=GRID,
                strokeWidth=0.5,
                strokeDashArray=[2, 2] if band else None,
            )
        )
        if band is not None:
            x, y = at((0, ring))
            drawing.add(
                String(x + 2, y + 1, band.label, fontName=regular, fontSize=6, fillColor=GRID)
            )
    for axis in geometry.axes:
        drawing.add(Line(centre_x, centre_y, *at(axis.end), strokeColor=GRID, strokeWidth=0.5))
        x, y = at(axis.label_at)
        anchor = {"left": "start", "right": "end", "centre": "middle"}[axis.align]
        drawing.add(
            String(
                x, y - 3, axis.label, fontName=regular, fontSize=7, fillColor=INK, textAnchor=anchor
            )
        )
    # Earlier reviews first, so this review's polygon is drawn on top.
    for index in reversed(range(len(geometry.series))):
        colour = SERIES[index % len(SERIES)]
        points = [coordinate for point in geometry.series[index] for coordinate in at(point)]
        fill = colors.Color(colour.red, colour.green, colour.blue, alpha=0.18 if index == 0 else 0)
        drawing.add(
            Polygon(
                points,
                fillColor=fill,
                strokeColor=colour,
                strokeWidth=2 if index == 0 else 1,
                strokeDashArray=None if index == 0 else [3, 2],
            )
        )
        for point in geometry.series[index]:
            drawing.add(Circle(*at(point), 2, fillColor=colour, strokeColor=None))
    for index, name in enumerate(names):
        y = key_height - 10 - 14 * index
        colour = SERIES[index % len(SERIES)]
        drawing.add(
            Line(
                4,
                y + 3,
                22,
                y + 3,
                strokeColor=colour,
                strokeWidth=2 if index == 0 else 1,
                strokeDashArray=None if index == 0 else [3, 2],
            )
        )
        drawing.add(String(28, y, name, fontName=regular, fontSize=8, fillColor=INK))
    return drawing


def trend_drawing(
    reviews: Sequence[tuple[date, float | None]],
    bands: Sequence[Band] = (),
    width: float = 360,
    height: float = 180,
) -> Drawing:
    """The overall score of each finished review over time, on the bands shaded behind."""
    regular, _bold = register_fonts()
    drawing = Drawing(width, height)
    geometry = trend_geometry(reviews, bands)
    left, bottom, right, top = 30.0, 24.0, width - 90.0, height - 10.0

    def at(x: float, y: float) -> tuple[float, float]:
        return left + x * (right - left), bottom + y * (top - bottom)

    for y_from, y_to, band in geometry.zones:
        x0, y0 = at(0, y_from)
        x1, y1 = at(1, y_to)
        fill = colors.HexColor(band.colour)
        drawing.add(
            Rect(
                x0,
                y0,
                x1 - x0,
                y1 - y0,
                fillColor=colors.Color(fill.red, fill.green, fill.blue, alpha=0.12),
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                x1 + 4, (y0 + y1) / 2 - 3, band.label, fontName=regular, fontSize=7, fillColor=INK
            )
        )
    drawing.add(
        Rect(
            left,
            bottom,
            right - left,
            top - bottom,
            fillColor=None,
            strokeColor=GRID,
            strokeWidth=0.5,
        )
    )
    for y, label in geometry.y_ticks:
        x0, y0 = at(0, y)
        drawing.add(
            String(
                x0 - 4, y0 - 3, label, fontName=regular, fontSize=7, fillColor=INK, textAnchor="end"
            )
        )
    for x, label in geometry.x_ticks:
        x0, y0 = at(x, 0)
        drawing.add(
            String(
                x0, y0 - 12, label, fontName=regular, fontSize=7, fillColor=INK, textAnchor="middle"
            )
        )
    points = [at(p.x, p.y) for p in geometry.points]
    if len(points) > 1:
        drawing.add(
            PolyLine([c for point in points for c in point], strokeColor=SERIES[0], strokeWidth=2)
        )
    for (x, y), point in zip(points, geometry.points, strict=True):
        drawing.add(Circle(x, y, 3, fillColor=SERIES[0], strokeColor=colors.white))
        drawing.add(
            String(
                x,
                y + 6,
                f"{point.score:.0f}",
                fontName=regular,
                fontSize=7,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    if not points:
        drawing.add(
            String(
                (left + right) / 2,
                (bottom + top) / 2,
                "No finished reviews yet",
                fontName=regular,
                fontSize=9,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing
