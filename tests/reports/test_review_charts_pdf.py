"""The review charts drawn by reportlab: same geometry as the app, and not blank."""

from __future__ import annotations

import io
import math
import re
from datetime import date

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Polygon, String
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.charts import radar_geometry, trend_geometry
from desktop.domain.frameworks import load_builtin
from desktop.domain.scoring import review_questions
from desktop.reports.charts import radar_drawing, trend_drawing


def _pdf(drawing) -> bytes:  # type: ignore[no-untyped-def]
    """A one-page PDF of the drawing, uncompressed so the test can read what was painted."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(drawing.width, drawing.height), pageCompression=0)
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


def test_radar_and_trend_drawings_render_to_a_pdf_that_is_not_blank() -> None:
    framework = load_builtin()
    labels = [item.ref for item in review_questions(framework)]
    scores = [100, 67, 33, 0, None, 50, 67, 100, 33, 67, 100, 0, 50]
    radar = radar_drawing(labels, [scores, [33] * 13], framework.bands, ["This review", "Last"])
    polygons = [shape for shape in radar.contents if isinstance(shape, Polygon)]
    assert len(polygons) == 2 + len(framework.bands)  # 2 series, band rings + outer ring
    assert {s.text for s in radar.contents if isinstance(s, String)} >= set(labels)
    trend = trend_drawing([(date(2025, 11, 7), 55.2), (date(2026, 11, 7), 70.0)], framework.bands)
    assert {"Working well", "Needs attention", "55", "70"} <= {
        s.text for s in trend.contents if isinstance(s, String)
    }
    for drawing in (radar, trend):
        pdf = _pdf(drawing)
        assert pdf.startswith(b"%PDF")
        # Lines, fills and text were really painted on the page.
        path_points = re.findall(rb"[-\d.]+ [-\d.]+ [ml]\s", pdf)
        assert len(path_points) > 3 and pdf.count(b" Tj ") > 5 and b"B*" in pdf
