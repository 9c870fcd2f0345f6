"""The window's radar leaves a gap for "Don't know" instead of a point at the centre
(issue 21: it read as the lowest score)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.ui.charts import SERIES_COLOURS, RadarChart


def _centre_is_series_colour(qtbot, values: list[float | None]) -> bool:  # type: ignore[no-untyped-def]
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(420, 420)
    chart.set_data(["1.1", "1.2", "1.3", "1.4", "1.5"], [values], names=["This review"])
    image = chart.grab().toImage()
    key_height = 18  # one key line: the series name (and one more for the gap note)
    lines = 2 if None in values else 1
    centre_y = (chart.height() - key_height * lines) // 2
    blue = QColor(SERIES_COLOURS[0])
    near = [
        image.pixelColor(chart.width() // 2 + dx, centre_y + dy)
        for dx in (-1, 0, 1)
        for dy in (-1, 0, 1)
    ]
    return any(
        abs(c.red() - blue.red()) + abs(c.green() - blue.green()) + abs(c.blue() - blue.blue()) < 60
        for c in near
    )


def test_dont_know_is_a_gap_not_the_centre(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A real 0 is drawn at the centre (the dot and the lines to it)...
    assert _centre_is_series_colour(qtbot, [80, 60, 0, 70, 90])
    # ...a "Don't know" is not.
    assert not _centre_is_series_colour(qtbot, [80, 60, None, 70, 90])
