"""Readable at the default size (issue 21, item 3), in the app's own process.

Each test is a finding of the issue: the register's Name column 15-30 px wide and not
widened by dragging, chart labels cut ("Could be bette", "Needs attentior"), splitters that
forget where they were put, the Resource needs table wider than the window. The whole
screens at 1366x768 are checked by test_fits_laptop.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QSplitter

from desktop.domain.framework_model import Band
from desktop.ui.charts import TrendChart
from desktop.ui.partnerships.register_model import RegisterModel
from desktop.ui.resources_models import LedgerModel


def settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def laptop_window(main_window):  # type: ignore[no-untyped-def]
    main_window.resize(1366, 740)
    settle()
    return main_window


def test_the_register_shows_whole_names_and_a_dragged_column_stays(
    demo_database, main_window, qtbot
) -> None:
    area = laptop_window(main_window).show_area("partnerships")
    area.refresh()
    settle()
    table = area.table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    longest = max(metrics.horizontalAdvance(row.name) for row in area.model.rows)
    assert header.sectionSize(RegisterModel.NAME) >= longest  # was 15-30 px
    # Every title whole.
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    # The person drags the name wider: it stays, even when the window is resized.
    wider = header.sectionSize(RegisterModel.NAME) + 60
    header.resizeSection(RegisterModel.NAME, wider)
    main_window.resize(1300, 740)
    settle()
    assert header.sectionSize(RegisterModel.NAME) == wider


def test_resource_needs_fit_the_window_and_hidden_columns_can_be_shown(
    demo_database, main_window, qtbot
) -> None:
    area = laptop_window(main_window).show_area("resources")
    area.refresh()
    settle()
    table = area.table
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()  # it scrolled sideways before
    # Amounts are never shortened.
    for column in LedgerModel.MONEY_COLUMNS:
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= area.columns.wanted_of(column)
    hidden = [c for c in range(header.count()) if header.isSectionHidden(c)]
    if hidden:  # the person asks for one back from the titles' menu
        area.columns.choose(hidden[0], True)
        assert not header.isSectionHidden(hidden[0])


def test_splitters_remember_where_they_were_put(demo_database, hub, qtbot) -> None:
    from desktop.ui.main_window import MainWindow

    first = MainWindow(hub)
    qtbot.addWidget(first)
    first.show()
    splitter = first.show_area("commitments").findChild(QSplitter, "splitter_commitments")
    assert splitter is not None
    total = sum(splitter.sizes())
    splitter.setSizes([total // 4, total - total // 4])
    splitter.splitterMoved.emit(total // 4, 1)  # what a drag sends
    moved = splitter.sizes()
    first.close()

    again = MainWindow(hub)
    qtbot.addWidget(again)
    again.show()
    splitter = again.show_area("commitments").findChild(QSplitter, "splitter_commitments")
    assert splitter.sizes() == moved


def test_chart_band_names_are_never_cut(qtbot) -> None:
    bands = [
        Band("good", "Working well", 70, 100, "#15803D", ""),
        Band("better", "Could be better", 40, 70, "#B45309", ""),
        Band("attention", "Needs attention", 0, 40, "#B91C1C", ""),
    ]
    for size in (9.0, 12.0, 16.0):
        chart = TrendChart()
        qtbot.addWidget(chart)
        font = QFont(chart.font())
        font.setPointSizeF(size)
        chart.setFont(font)
        chart.set_data([(date(2025, 3, 1), 55.0), (date(2026, 3, 1), 62.0)], bands)
        chart.resize(chart.minimumSizeHint())
        metrics = QFontMetricsF(font)
        boxes = chart.text_boxes()
        assert {text for _box, text in boxes} >= {b.label for b in bands}
        for box, text in boxes:
            assert chart.rect().toRectF().contains(box), (size, text, box)
            assert box.width() + 0.5 >= metrics.horizontalAdvance(text), (size, text)


def test_the_radar_key_and_labels_fit_at_any_text_size(qtbot) -> None:
    from desktop.ui.charts import RadarChart

    bands = [
        Band("good", "Working well", 70, 100, "#15803D", ""),
        Band("better", "Could be better", 40, 70, "#B45309", ""),
        Band("attention", "Needs attention", 0, 40, "#B91C1C", ""),
    ]
    labels = ["4.8(a)", "4.8(b)", "4.8(c)", "How the partnership measures success"]
    for size in (9.0, 14.0):
        chart = RadarChart()
        qtbot.addWidget(chart)
        font = QFont(chart.font())
        font.setPointSizeF(size)
        chart.setFont(font)
        chart.set_data(labels, [[50.0, 60.0, None, 70.0]], bands, ["Review of 13 Nov 2026"])
        chart.resize(chart.minimumSizeHint())
        metrics = QFontMetricsF(chart.small_font())
        for text in chart.key_texts():  # each line of the key starts at x=40
            assert 40 + metrics.horizontalAdvance(text) <= chart.width(), (size, text)
        assert "Ring: Could be better from 40" in chart.key_texts()
