"""The review charts for PDF reports, drawn with reportlab from the shared geometry.

``RadarChart`` and ``RadarThumbnail`` are flowables that paint straight onto the page;
``trend_drawing`` returns a reportlab Drawing (a report has at most one of those). The
geometry comes from ``desktop.domain.charts``, so these are the same figures the app shows.
Colour is never the only signal: every band is named in text too.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.domain.charts import radar_geometry, scored_runs, trend_geometry
from desktop.domain.frameworks import Band
from desktop.domain.numbers import score_text
from desktop.reports.fonts import register_fonts
from desktop.reports.glyphs import single_font

GRID = colors.HexColor("#9CA3AF")
INK = colors.HexColor("#111827")
SERIES = (colors.HexColor("#1D4ED8"), colors.HexColor("#9CA3AF"), colors.HexColor("#7C3AED"))


class RadarChart(Flowable):
    """A radar of scores 0-100, one polygon per series (this review first, then earlier).

    ``labels`` are short axis names (question refs print well); ``names`` label the series
    in a key underneath, so a printed page in black and white can still be read.

    It paints straight onto the page rather than building a reportlab Drawing: a Drawing
    checks every attribute of its thirty-odd shapes and then walks them again to render,
    and with a radar per partnership that was a tenth of the time a return took to make.
    """

    def __init__(
        self,
        labels: Sequence[str],
        series: Sequence[Sequence[float | None]],
        bands: Sequence[Band] = (),
        names: Sequence[str] = (),
        size: float = 260,
        low: float = 0.0,
        high: float = 100.0,
    ) -> None:
        super().__init__()
        self.geometry = radar_geometry(labels, series, bands, low=low, high=high)
        self.names = [str(name) for name in names]
        # The rings are named in the key, not beside them, where the names would sit on
        # top of the scores.
        self.ring_notes = [
            f"Ring: {band.label} from {band.lower:g}"
            for _ring, band in self.geometry.rings
            if band is not None
        ]
        # A question with no score ("Don't know") is a gap in the outline, named here.
        gaps = self.geometry.missing[0] if self.geometry.missing else ()
        if gaps:
            refs = ", ".join(self.geometry.axes[i].label for i in gaps)
            self.ring_notes.append(f"Gap: no score (Don't know) for {refs}")
        self.size = size
        self.key_height = 14 * (len(self.names) + len(self.ring_notes))
        self.width, self.height = size, size + self.key_height

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        regular, _bold = register_fonts()
        geometry = self.geometry
        centre_x, centre_y = self.size / 2, self.size / 2 + self.key_height
        radius = self.size / 2 - 46

        def at(point: tuple[float, float]) -> tuple[float, float]:
            return centre_x + point[0] * radius, centre_y + point[1] * radius

        for ring, band in geometry.rings:
            outline = [at((axis.end[0] * ring, axis.end[1] * ring)) for axis in geometry.axes]
            _polygon(canv, outline, stroke=GRID, width=0.5, dash=[2, 2] if band else None)
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.5)
        canv.lines([(centre_x, centre_y, *at(axis.end)) for axis in geometry.axes])
        for axis in geometry.axes:
            x, y = at(axis.label_at)
            _text(canv, x, y - 3, axis.label, regular, 7, INK, anchor=axis.align)
        # Earlier reviews first, so this review's polygon is drawn on top.
        for index in reversed(range(len(geometry.series))):
            colour = SERIES[index % len(SERIES)]
            points = [at(point) for point in geometry.series[index]]
            gaps = geometry.missing[index]
            runs = scored_runs(gaps, len(points))
            if not gaps:
                _polygon(
                    canv,
                    points,
                    stroke=colour,
                    width=2 if index == 0 else 1,
                    dash=None if index == 0 else [3, 2],
                    fill=colour if index == 0 else None,
                    fill_alpha=0.18,
                )
            for run in runs:  # no score on some axes: open lines, a gap at each
                if len(run) < 2:
                    continue  # a lone scored axis between gaps: its dot alone
                canv.saveState()
                canv.setStrokeColor(colour)
                canv.setLineWidth(2 if index == 0 else 1)
                if index:
                    canv.setDash([3, 2])
                canv.lines([(*points[a], *points[b]) for a, b in itertools.pairwise(run)])
                canv.restoreState()
            canv.setFillColor(colour)
            for axis, (x, y) in enumerate(points):
                if axis not in gaps:
                    canv.circle(x, y, 2, stroke=0, fill=1)
        key = [
            (name, SERIES[index % len(SERIES)], 2 if index == 0 else 1, [3, 2] if index else None)
            for index, name in enumerate(self.names)
        ]
        key += [(note, GRID, 0.5, [2, 2]) for note in self.ring_notes]
        for index, (text, colour, width, dash) in enumerate(key):
            y = self.key_height - 10 - 14 * index
            canv.saveState()
            canv.setStrokeColor(colour)
            canv.setLineWidth(width)
            if dash:
                canv.setDash(dash)
            canv.line(4, y + 3, 22, y + 3)
            canv.restoreState()
            _text(canv, 28, y, text, regular, 8, INK)


class RadarThumbnail(Flowable):
    """A radar small enough for a table cell: the outer ring and one polygon, no labels."""

    def __init__(
        self,
        scores: Sequence[float | None],
        size: float,
        *,
        line: Color,
        fill: Color,
        low: float = 0.0,
        high: float = 100.0,
    ) -> None:
        super().__init__()
        self.geometry = radar_geometry([""] * len(scores), [scores], low=low, high=high)
        self.width = self.height = self.size = size
        self.line, self.fill = line, fill

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        radius, centre = self.size / 2 - 2, self.size / 2

        def at(point: tuple[float, float]) -> tuple[float, float]:
            return centre + point[0] * radius, centre + point[1] * radius

        _polygon(self.canv, [at(a.end) for a in self.geometry.axes], stroke=GRID, width=1)
        series = [at(point) for point in self.geometry.series[0]]
        gaps = self.geometry.missing[0]
        if not gaps:
            _polygon(self.canv, series, stroke=self.line, width=1, fill=self.fill)
            return
        # No score on some axes ("Don't know"): open lines with a gap there, no fill.
        self.canv.saveState()
        self.canv.setStrokeColor(self.line)
        self.canv.setLineWidth(1)
        for run in scored_runs(gaps, len(series)):
            self.canv.lines([(*series[a], *series[b]) for a, b in itertools.pairwise(run)])
        self.canv.restoreState()


def _polygon(
    canv: Canvas,
    points: Sequence[tuple[float, float]],
    *,
    stroke: Color,
    width: float,
    dash: list[float] | None = None,
    fill: Color | None = None,
    fill_alpha: float | None = None,
) -> None:
    if len(points) < 2:
        return
    canv.saveState()
    canv.setStrokeColor(stroke)
    canv.setLineWidth(width)
    if dash:
        canv.setDash(dash)
    if fill is not None:
        canv.setFillColor(fill, alpha=fill_alpha)
    path = canv.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    canv.drawPath(path, stroke=1, fill=int(fill is not None))
    canv.restoreState()


def _text(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    colour: Color,
    anchor: str = "left",
) -> None:
    canv.setFont(font, size)
    canv.setFillColor(colour)
    draw = {
        "left": canv.drawString,
        "right": canv.drawRightString,
        "centre": canv.drawCentredString,
    }[anchor]
    draw(x, y, single_font(text, font))  # one font per label: emoji are named


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
                score_text(point.score),
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


# Bar charts for the area dashboard ---------------------------------------------------------
BAR = colors.HexColor("#1D4ED8")
# Band segments, told apart by shade and by the count printed in each (never colour alone).
SEGMENTS = (
    colors.HexColor("#1D4ED8"),
    colors.HexColor("#93C5FD"),
    colors.HexColor("#7C3AED"),
    colors.HexColor("#C4B5FD"),
    colors.HexColor("#0F766E"),
    colors.HexColor("#99F6E4"),
)
_ROW = 16.0


def _fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` within ``width``: whole words, then "…" where some were left out."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words, line = single_font(text, font).split(), ""
    for word in words:
        wider = f"{line} {word}" if line else word
        if stringWidth(wider + " …", font, size) > width and line:
            return line + " …"
        line = wider
    while line and stringWidth(line, font, size) > width:
        line = line[:-2] + "…"
    return line


def bar_drawing(
    title: str,
    bars: Sequence[tuple[str, float, str]],
    width: float,
    label_width: float = 190.0,
) -> Drawing:
    """Horizontal bars, largest first as given: (label, value, the value in words), the
    words printed beside each bar so the chart reads in black and white."""
    regular, bold = register_fonts()
    height = _ROW * len(bars) + 24
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=bold, fontSize=10, fillColor=INK))
    top = max((value for _, value, _ in bars), default=0) or 1
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # The words beside the longest bar must fit too: at most half the bars' width.
    beside = min(
        max((stringWidth(w, regular, 8) for _, _, w in bars), default=0) + 8,
        (width - label_width) / 2,
    )
    room = width - label_width - beside
    for index, (label, value, words) in enumerate(bars):
        y = height - 32 - _ROW * index
        drawing.add(
            String(
                0, y + 2, _fitted(label, regular, 8, label_width - 6), fontName=regular, fontSize=8
            )
        )
        length = room * max(value, 0) / top
        drawing.add(Rect(label_width, y, max(length, 0.5), 11, fillColor=BAR, strokeColor=None))
        words = _fitted(words, regular, 8, width - label_width - length - 6)
        drawing.add(String(label_width + length + 4, y + 2, words, fontName=regular, fontSize=8))
    return drawing


def stacked_drawing(
    title: str,
    stacks: Sequence[tuple[str, str, Sequence[tuple[str, int]]]],
    width: float,
    label_width: float = 190.0,
) -> Drawing:
    """One bar per row (label, what it is about, segments), cut into segments (a band and
    how many), each segment's count printed in it and its name in the key under the bar."""
    regular, bold = register_fonts()
    row = 2 * _ROW + 4
    height = row * len(stacks) + 24
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=bold, fontSize=10, fillColor=INK))
    top = max((sum(c for _, c in parts) for _, _, parts in stacks), default=0) or 1
    room = width - label_width - 10
    for index, (label, about, parts) in enumerate(stacks):
        y = height - 32 - row * index
        drawing.add(
            String(
                0, y + 2, _fitted(label, regular, 8, label_width - 6), fontName=regular, fontSize=8
            )
        )
        x = label_width
        key = []
        for n, (band, count) in enumerate(parts):
            length = room * count / top
            shade = SEGMENTS[n % len(SEGMENTS)]
            drawing.add(Rect(x, y, length, 11, fillColor=shade, strokeColor=colors.white))
            ink = colors.white if n % 2 == 0 else INK
            drawing.add(String(x + 3, y + 2, str(count), fontName=bold, fontSize=8, fillColor=ink))
            x += length
            key.append(f"{band}: {count}")
        words = _fitted("; ".join(key) + f" ({about})", regular, 7, room)
        drawing.add(String(label_width, y - 10, words, fontName=regular, fontSize=7, fillColor=INK))
    return drawing
