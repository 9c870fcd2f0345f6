"""A "Don't know" is a gap in the radar, never drawn at the centre like "No" (issue 21)."""

from __future__ import annotations

import io
import subprocess

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.charts import radar_geometry, scored_runs


def test_runs_skip_the_axes_without_a_score() -> None:
    assert scored_runs((), 5) == ()  # nothing missing: the closed polygon
    assert scored_runs((2,), 5) == ((3, 4, 0, 1),)  # one gap: one open line round it
    assert scored_runs((1, 3), 6) == ((4, 5, 0), (2,))
    assert scored_runs((0, 1, 2), 3) == ()  # nothing scored: nothing to join


def test_geometry_lists_the_gaps_per_series() -> None:
    geometry = radar_geometry(["a", "b", "c", "d"], [[100, None, 50, 0], [1, 2, 3, 4]])
    assert geometry.missing == ((1,), ())


def _radar_pdf(values: list[float | None]) -> bytes:
    from desktop.reports.charts import RadarChart

    chart = RadarChart(["1.1", "1.2", "1.3", "1.4", "1.5"], [values], names=["This review"])
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(chart.width, chart.height), pageCompression=0)
    chart.wrap(chart.width, chart.height)
    chart.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_pdf_radar_leaves_a_gap_and_names_it() -> None:
    whole = _radar_pdf([80, 60, 40, 70, 90])
    gap = _radar_pdf([80, 60, None, 70, 90])
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=gap, check=True, capture_output=True
    ).stdout.decode()
    assert "Gap: no score (Don't know) for 1.3" in " ".join(text.split())
    assert (
        "Gap:"
        not in subprocess.run(
            ["pdftotext", "-", "-"], input=whole, check=True, capture_output=True
        ).stdout.decode()
    )
    # No point is drawn for 1.3: the "No"-like dot at the centre is gone (4 dots, not 5),
    # and the outline is not filled as a closed shape.
    content = PdfReader(io.BytesIO(gap)).pages[0].get_contents().get_data().decode("latin-1")
    whole_content = PdfReader(io.BytesIO(whole)).pages[0].get_contents()
    assert content.count(" c") < whole_content.get_data().decode("latin-1").count(" c")
