"""Chart geometry shared by the app (QPainter) and the PDF reports (reportlab).

The maths lives here, in plain Python, so the radar on screen and the radar in a return
are the same figure: same axis order, same angles, same scale, same band rings. Every
coordinate is in a unit space with y pointing UP (mathematics' convention, and
reportlab's); the Qt side flips y when it maps to pixels.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.framework_model import LEVEL_DOMAIN, LEVEL_ITEM, LEVEL_TOOL, METHOD_SUM
from desktop.domain.frameworks import TOP_SCORE, Band, Framework
from desktop.domain.tool_scoring import score_values

__all__ = [
    "RadarAxis",
    "RadarGeometry",
    "RadarPlan",
    "TrendGeometry",
    "TrendPoint",
    "radar_geometry",
    "radar_plan",
    "scored_runs",
    "trend_geometry",
    "trend_range",
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
    missing: tuple[tuple[int, ...], ...]  # per series: axes with no score (left as a gap)


def _scale(score: float | None, low: float = 0.0, high: float = TOP_SCORE) -> float:
    """Where a score sits from ``low`` (0) to ``high`` (1): a tool's own range, such as
    4 to 16 for a domain summed over four questions scored 1 to 4."""
    if score is None or high <= low:
        return 0.0
    return max(0.0, min(1.0, (score - low) / (high - low)))


def radar_geometry(
    labels: Sequence[str],
    series: Sequence[Sequence[float | None]],
    bands: Sequence[Band] = (),
    label_gap: float = 0.12,
    low: float = 0.0,
    high: float = TOP_SCORE,
) -> RadarGeometry:
    """Axes for ``labels`` clockwise from the top, and each series' polygon.

    Scores run from ``low`` at the centre to ``high`` on the outer ring (0 to 100 unless
    the tool says otherwise). A score of None ("Don't know") is listed in ``missing``:
    renderers leave a gap there (``scored_runs``) and name it in the key, never drawing it
    at the centre as if it were the lowest score. Rings: one per band boundary, then the
    outer ring.
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
                (_scale(value, low, high) * axis.end[0], _scale(value, low, high) * axis.end[1])
                for value, axis in zip(values, axes, strict=True)
            )
        )
        missing.append(tuple(i for i, value in enumerate(values) if value is None))
    rings: list[tuple[float, Band | None]] = [
        (_scale(band.lower, low, high), band) for band in bands if band.lower > low
    ]
    rings.append((1.0, None))
    return RadarGeometry(tuple(axes), tuple(rings), tuple(polygons), tuple(missing))


def scored_runs(missing: Sequence[int], count: int) -> tuple[tuple[int, ...], ...]:
    """The axes to join with lines when some have no score, as runs of neighbours.

    A question answered only "Don't know" has no score; drawing it at the centre said "No"
    (issue 21). Instead the outline breaks there: each run of scored neighbours is one open
    line, going round the clock and across 12 o'clock. Empty when nothing is missing (draw
    the closed polygon as before).
    """
    if not missing:
        return ()
    gaps = set(missing)
    if len(gaps) >= count:
        return ()
    start = (max(gaps) + 1) % count  # just after a gap, so no run is cut in two
    runs: list[tuple[int, ...]] = []
    run: list[int] = []
    for step in range(count):
        axis = (start + step) % count
        if axis in gaps:
            if run:
                runs.append(tuple(run))
            run = []
        else:
            run.append(axis)
    if run:
        runs.append(tuple(run))
    return tuple(runs)


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
    reviews: Sequence[tuple[date, float | None]],
    bands: Sequence[Band] = (),
    low: float = 0.0,
    high: float = TOP_SCORE,
) -> TrendGeometry:
    """The overall score over time, spaced by date, with the bands as shaded zones.

    The scores must all come from one tool (a line across two tools would compare things
    that cannot be compared); ``low`` and ``high`` are that tool's range, 0 to 100 unless
    it says otherwise (24 to 96 for a sum of 24 questions scored 1 to 4).

    Reviews with no score are left out (nothing to plot); one review sits in the middle.
    Dates are spaced in proportion to time, so a gap of three years looks like one.
    """
    scored = sorted((when, score) for when, score in reviews if score is not None)
    zones = tuple((_scale(b.lower, low, high), _scale(b.upper, low, high), b) for b in bands)
    y_ticks = tuple((step / 4, f"{low + (high - low) * step / 4:g}") for step in (0, 1, 2, 3, 4))
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
        TrendPoint(when, score, x_of(when), _scale(score, low, high), band_of(score))
        for when, score in scored
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


@dataclass(frozen=True)
class RadarPlan:
    """What a review's radar shows: one axis per domain where the tool has domains (a
    radar of 35 questions cannot be read), else one per question; and the range the
    axes run over, with the bands drawn as rings."""

    keys: tuple[str, ...]  # domain keys or question refs, to line up an earlier review
    labels: tuple[str, ...]
    values: tuple[float | None, ...]
    low: float
    high: float
    bands: tuple[Band, ...]
    by_domain: bool


def _range(low: float, high: float, size: int, method: str) -> tuple[float, float]:
    return (low * size, high * size) if method == METHOD_SUM else (low, high)


def radar_plan(framework: Framework, scores: Mapping[str, float | None]) -> RadarPlan:
    """The radar of a review made with ``framework``, from ``{question ref: score}``."""
    sections = framework.review_sections
    with_domains = next((s for s in sections if s.domains and s.scale is not None), None)
    if with_domains is not None and with_domains.scale is not None:
        section, scale = with_domains, with_domains.scale
        tool = score_values(section, scores)
        ranges = {
            _range(scale.lowest, scale.highest, d.size, section.domain_method) for d in tool.domains
        }
        values = tuple(d.score for d in tool.domains)
        bands = section.bands_at(LEVEL_DOMAIN)
        if len(ranges) == 1 and not any(d.bands for d in section.domains):
            low, high = ranges.pop()
        else:  # domains of different sizes: each axis as a share of its own range
            values = tuple(
                None
                if d.score is None
                else 100.0
                * _fraction(
                    d.score, *_range(scale.lowest, scale.highest, d.size, section.domain_method)
                )
                for d in tool.domains
            )
            low, high, bands = 0.0, 100.0, ()
        return RadarPlan(
            keys=tuple(d.key for d in tool.domains),
            labels=tuple(d.title for d in tool.domains),
            values=values,
            low=low,
            high=high,
            bands=tuple(bands),
            by_domain=True,
        )
    items = framework.review_items()
    first = sections[0] if sections else None
    low, high = 0.0, TOP_SCORE
    bands: tuple[Band, ...] = tuple(framework.bands)
    if first is not None and first.scale is not None and framework.format >= 2:
        low, high = first.scale.lowest, first.scale.highest
        bands = first.bands_at(LEVEL_ITEM) or (
            first.bands_at(LEVEL_TOOL) if first.method != METHOD_SUM else ()
        )
    return RadarPlan(
        keys=tuple(i.ref for i in items),
        labels=tuple(i.ref for i in items),
        values=tuple(scores.get(i.ref) for i in items),
        low=low,
        high=high,
        bands=bands,
        by_domain=False,
    )


def _fraction(score: float, low: float, high: float) -> float:
    return 0.0 if high <= low else max(0.0, min(1.0, (score - low) / (high - low)))


def trend_range(framework: Framework) -> tuple[float, float, tuple[Band, ...]]:
    """The range of a review's headline score under ``framework``, and its bands."""
    sections = framework.review_sections
    first = sections[0] if sections else None
    if framework.format < 2 or first is None or first.scale is None:
        return 0.0, TOP_SCORE, tuple(framework.bands)
    low, high = _range(first.scale.lowest, first.scale.highest, len(first.items), first.method)
    return low, high, tuple(first.bands_at(LEVEL_TOOL))
