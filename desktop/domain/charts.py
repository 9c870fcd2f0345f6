"""Chart geometry shared by the app (QPainter) and the PDF reports (reportlab).

The maths lives here, in plain Python, so the radar on screen and the radar in a return
are the same figure: same axis order, same angles, same scale, same band rings. Every
coordinate is in a unit space with y pointing UP (mathematics' convention, and
reportlab's); the Qt side flips y when it maps to pixels.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.frameworks import TOP_SCORE, Band

__all__ = [
    "RadarAxis",
    "RadarGeometry",
    "TrendGeometry",
    "TrendPoint",
    "radar_geometry",
    "trend_geometry",
]


@dataclass(frozen=True)
class RadarAxis:
    label: str
    angle: float  # radians, anticlockwise from the positive x axis
    end: tuple[float, float]  # where the axis meets the outer ring (radius 1)
    label_at: tuple[float, float]  # just beyond the ring, where the label goes
    align: str  # "left", "centre" or "right": which side of label_at the text sits


@dataclass(frozen=True)
class RadarGeometry:
    axes: tuple[RadarAxis, ...]
    rings: tuple[tuple[float, Band | None], ...]  # radius (0..1) and the band starting there
    series: tuple[tuple[tuple[float, float], ...], ...]  # one polygon per series
    missing: tuple[tuple[int, ...], ...]  # per series: axes with no score (drawn at centre)


def _scale(score: float | None) -> float:
    if score is None:
        return 0.0
    return max(0.0, min(1.0, score / TOP_SCORE))


def radar_geometry(
    labels: Sequence[str],
    series: Sequence[Sequence[float | None]],
    bands: Sequence[Band] = (),
    label_gap: float = 0.12,
) -> RadarGeometry:
    """Axes for ``labels`` clockwise from the top, and each series' polygon.

    A score of None sits at the centre (and is listed in ``missing`` so a renderer can mark
    it) rather than breaking the polygon. Rings: one per band boundary, then the outer ring.
    """
    count = len(labels)
    axes: list[RadarAxis] = []
    for index, label in enumerate(labels):
        # Start at 12 o'clock and go clockwise, as people read a clock face.
        angle = math.pi / 2 - 2 * math.pi * index / max(count, 1)
        cos, sin = math.cos(angle), math.sin(angle)
        align = "centre" if abs(cos) < 0.2 else "left" if cos > 0 else "right"
        axes.append(
            RadarAxis(
                label=label,
                angle=angle,
                end=(cos, sin),
                label_at=((1 + label_gap) * cos, (1 + label_gap) * sin),
                align=align,
            )
        )
    polygons = []
    missing = []
    for values in series:
        if len(values) != count:
            raise ValueError(f"a series has {len(values)} values for {count} axes")
        polygons.append(
            tuple(
                (_scale(value) * axis.end[0], _scale(value) * axis.end[1])
                for value, axis in zip(values, axes, strict=True)
            )
        )
        missing.append(tuple(i for i, value in enumerate(values) if value is None))
    rings: list[tuple[float, Band | None]] = [
        (_scale(band.lower), band) for band in bands if band.lower > 0
    ]
    rings.append((1.0, None))
    return RadarGeometry(tuple(axes), tuple(rings), tuple(polygons), tuple(missing))


@dataclass(frozen=True)
class TrendPoint:
    when: date
    score: float
    x: float  # 0..1 across the plot
    y: float  # 0..1 up the plot
    band: Band | None


@dataclass(frozen=True)
class TrendGeometry:
    points: tuple[TrendPoint, ...]
    zones: tuple[tuple[float, float, Band], ...]  # y from, y to, band: shaded behind
    x_ticks: tuple[tuple[float, str], ...]  # position and label (years, or the dates)
    y_ticks: tuple[tuple[float, str], ...]


def trend_geometry(
    reviews: Sequence[tuple[date, float | None]], bands: Sequence[Band] = ()
) -> TrendGeometry:
    """The overall score over time, spaced by date, with the bands as shaded zones.

    Reviews with no score are left out (nothing to plot); one review sits in the middle.
    Dates are spaced in proportion to time, so a gap of three years looks like one.
    """
    scored = sorted((when, score) for when, score in reviews if score is not None)
    zones = tuple((_scale(b.lower), _scale(b.upper), b) for b in bands)
    y_ticks = tuple((value / TOP_SCORE, str(value)) for value in (0, 25, 50, 75, 100))
    if not scored:
        return TrendGeometry((), zones, (), y_ticks)
    first, last = scored[0][0].toordinal(), scored[-1][0].toordinal()
    span = last - first
    # A margin on each side, so the first and last points are not drawn on the frame.
    margin = 0.08

    def x_of(day: date) -> float:
        if span == 0:
            return 0.5
        return margin + (1 - 2 * margin) * (day.toordinal() - first) / span

    def band_of(score: float) -> Band | None:
        for band in bands:
            if band.contains(score):
                return band
        return None

    points = tuple(
        TrendPoint(when, score, x_of(when), _scale(score), band_of(score)) for when, score in scored
    )
    years = sorted({when.year for when, _ in scored})
    if len(points) <= 6:
        x_ticks = tuple((p.x, f"{p.when:%b %Y}") for p in points)
    else:  # too many to label each: label the years instead
        x_ticks = tuple(
            (x_of(date(year, 1, 1)), str(year))
            for year in years
            if 0 <= x_of(date(year, 1, 1)) <= 1
        )
    return TrendGeometry(points, zones, x_ticks, y_ticks)
