"""The review charts drawn by reportlab: same geometry as the app, and not blank."""

from __future__ import annotations

import io
import math
import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.domain.charts import radar_geometry, trend_geometry
from desktop.domain.frameworks import load_builtin
from desktop.domain.scoring import review_questions
from desktop.reports.charts import RadarChart, RadarThumbnail, trend_drawing


def _pdf(drawing) -> bytes:  # type: ignore[no-untyped-def]
    """A one-page PDF of the chart, uncompressed so the test can read what was painted."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(drawing.width, drawing.height), pageCompression=0)
    if isinstance(drawing, Flowable):
        drawing.wrap(drawing.width, drawing.height)
        drawing.drawOn(canvas, 0, 0)
    else:
        renderPDF.draw(drawing, canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_radar_geometry_starts_at_the_top_and_goes_clockwise() -> None:
    geometry = radar_geometry(["a", "b", "c", "d"], [[100, 50, None, 0]])
    ends = [tuple(round(v, 6) + 0.0 for v in axis.end) for axis in geometry.axes]
    assert ends == [(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)]
    assert geometry.series[0][1] == pytest.approx((0.5, 0))
    assert geometry.missing == ((2,),)
    assert [axis.align for axis in geometry.axes] == ["centre", "left", "centre", "right"]
    with pytest.raises(ValueError):
        radar_geometry(["a", "b"], [[1.0]])


def test_trend_geometry_spaces_reviews_by_date_and_shades_bands() -> None:
    bands = load_builtin().bands
    geometry = trend_geometry(
        [
            (date(2024, 1, 1), 20),
            (date(2026, 1, 1), 80),
            (date(2025, 1, 1), 50),
            (date(2025, 6, 1), None),
        ],
        bands,
    )
    xs = [p.x for p in geometry.points]
    assert xs[0] == pytest.approx(0.08) and xs[-1] == pytest.approx(0.92)
    assert math.isclose(xs[1], 0.5, abs_tol=0.01)  # 2025 is half way in time
    assert [p.band.key for p in geometry.points] == ["concern", "borderline", "strength"]
    assert [(round(lo, 2), round(hi, 2)) for lo, hi, _ in geometry.zones] == [
        (0, 0.5),
        (0.5, 0.75),
        (0.75, 1.0),
    ]
    assert trend_geometry([(date(2025, 1, 1), 40)], bands).points[0].x == 0.5
    assert trend_geometry([], bands).points == ()


def test_radar_and_trend_charts_render_to_a_pdf_that_is_not_blank() -> None:
    framework = load_builtin()
    labels = [item.ref for item in review_questions(framework)]
    scores = [100, 67, 33, 0, None, 50, 67, 100, 33, 67, 100, 0, 50]
    radar = RadarChart(labels, [scores, [33] * 13], framework.bands, ["This review", "Last"])
    radar_pdf = _pdf(radar)
    painted = _text_of(radar_pdf)
    for label in [*labels, "This review", "Last"]:
        assert label in painted
    for band in framework.bands[1:]:  # each ring above the first is named
        assert band.label in painted
    # A closed path per ring (one per band boundary plus the outer ring) and per series,
    # and the two series: one filled, one outlined only.
    assert radar_pdf.count(b" h\n") + radar_pdf.count(b"h ") >= len(framework.bands) + 2
    assert re.search(rb"\sB\*?\s", radar_pdf) and re.search(rb"\ss\s|\sS\s", radar_pdf)
    trend = trend_drawing([(date(2025, 11, 7), 55.2), (date(2026, 11, 7), 70.0)], framework.bands)
    assert {"Working well", "Needs attention", "55.2", "70"} <= {
        s.text for s in trend.contents if isinstance(s, String)
    }
    for drawing in (radar, trend):
        pdf = _pdf(drawing)
        assert pdf.startswith(b"%PDF")
        # Lines, fills and text were really painted on the page.
        path_points = re.findall(rb"[-\d.]+ [-\d.]+ [ml]\s", pdf)
        assert len(path_points) > 3 and pdf.count(b" Tj") > 5


def test_a_thumbnail_radar_is_the_series_polygon_inside_the_outer_ring() -> None:
    thumb = RadarThumbnail(
        [100, 50, None, 0], 40, line=colors.HexColor("#1D4ED8"), fill=colors.HexColor("#BFDBFE")
    )
    pdf = _pdf(thumb)
    # Outer ring: a square with its corners on the 40 pt box less 2 pt, centred at (20, 20).
    assert re.search(rb"\b20 38 m 38 20 l 20 2 l 2 20 l h\b", pdf)
    # The series: 0 at the centre, 100 at the top, 50 halfway to the right, joined by open
    # lines; None ("Don't know") is a gap, never a point at the centre (issue 21).
    assert re.search(rb"\b20 20 m 20 38 l\b", pdf) and re.search(rb"\b20 38 m 29 20 l\b", pdf)
    assert not re.search(rb"29 20 l 20 20 l", pdf)


def _text_of(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
