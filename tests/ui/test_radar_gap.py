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


def test_the_key_names_each_ring_whatever_the_series(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The key's rings are worked out without the series' polygons (1,700 groups' radar
    asked for its size worked them all out): the same words with one series or many."""
    from desktop.domain.frameworks import Band
    from desktop.ui.charts import RadarChart

    chart = RadarChart()
    qtbot.addWidget(chart)
    bands = [
        Band(key, label, lower, upper, "#888888", "")
        for key, label, lower, upper in (
            ("low", "Needs attention", 0, 40),
            ("mid", "Fair", 40, 70),
            ("high", "Good", 70, 100),
        )
    ]
    chart.set_data(["A", "B", "C"], [[10, 50, 90]], bands, ["Group 1"], low=0, high=100)
    one = chart.key_texts()
    assert one == ["Group 1", "Ring: Fair from 40", "Ring: Good from 70"]
    many = [[float(n % 100), None, 50.0] for n in range(1700)]
    chart.set_data(["A", "B", "C"], many, bands, [f"G{n}" for n in range(1700)])
    assert chart.key_texts() == [*(f"G{n}" for n in range(1700)), *one[1:]]
