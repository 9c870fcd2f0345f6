"""The collection window's Dashboard page: the area dashboard for the chosen period.

Four charts drawn with QtCharts from ``desktop.services.collection.dashboard`` (the figures
the summary PDF draws too): returns received against expected, needs by partnership and by
category, the clauses most often rated as needing help, and review bands by partnership
(each tool's own bands). Every bar's label starts with its figure, and every chart has a
text alternative for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.text_safety import one_line
from desktop.services.collection.dashboard import Dashboard, area_dashboard
from desktop.ui.collection.pages import Page

if TYPE_CHECKING:
    from desktop.services.collection.opening import Connection

__all__ = ["DashboardPage"]

LABEL = 48  # characters of a bar's label shown; the whole label is in the description


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionDashboard", text)


def _short(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= LABEL else text[: LABEL - 1].rstrip() + "…"


def _categories(labels: Sequence[str]) -> list[str]:
    """Shortened labels, each different: a bar axis merges bars whose names are the same
    (two sections of one long partnership name, cut short, once lost a bar)."""
    seen: set[str] = set()
    result = []
    for label in labels:
        short, n = _short(label), 2
        while short in seen:
            short, n = f"{_short(label)[: LABEL - 5]}… [{n}]", n + 1
        seen.add(short)
        result.append(short)
    return result


class ChartBox(QChartView):
    """One chart; ``describe`` is what a screen reader hears instead of the picture."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(name)
        self.setMinimumHeight(220)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.name = name
        self.bars: list[tuple[str, float]] = []

    def _fresh(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def show_bars(self, title: str, bars: Sequence[tuple[str, float, str]], empty: str) -> None:
        """Horizontal bars, the first at the top; the value in words beside each bar."""
        chart = self._fresh(title)
        self.bars = [(label, value) for label, value, _ in bars]
        if not bars:
            chart.setTitle(f"{title}: {empty}")
            self.setAccessibleDescription(empty)
            return
        values = QBarSet(title)
        for _label, value, _words in reversed(bars):
            values.append(value)
        values.setColor(Qt.GlobalColor.darkBlue)
        series = QHorizontalBarSeries()
        series.append(values)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(_categories([f"{words} · {label}" for label, _v, words in reversed(bars)]))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        scale = QValueAxis()
        scale.setRange(0, max(value for _, value, _ in bars) * 1.15 or 1)
        scale.applyNiceNumbers()  # ticks at 500, 1000… rather than 501, 1002…
        scale.setLabelFormat("%.0f")
        chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(scale)
        chart.legend().hide()
        self.setMinimumHeight(90 + 26 * len(bars))
        self.setAccessibleDescription("; ".join(f"{label}: {words}" for label, _, words in bars))

    def show_stacks(
        self, title: str, rows: Sequence[tuple[str, Sequence[tuple[str, int]]]], empty: str
    ) -> None:
        """A bar per row cut by band: one set per band name, the legend naming them."""
        chart = self._fresh(title)
        self.bars = [(label, float(sum(c for _, c in parts))) for label, parts in rows]
        if not rows:
            chart.setTitle(f"{title}: {empty}")
            self.setAccessibleDescription(empty)
            return
        band_names: list[str] = []
        for _label, parts in rows:
            for band, _count in parts:
                if band not in band_names:
                    band_names.append(band)
        series = QHorizontalStackedBarSeries()
        for band in band_names:
            counts = QBarSet(band)
            for _label, parts in reversed(rows):
                counts.append(float(dict(parts).get(band, 0)))
            series.append(counts)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(_categories([label for label, _ in reversed(rows)]))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        scale = QValueAxis()
        top = max(sum(c for _, c in parts) for _, parts in rows)
        scale.setRange(0, top)
        # Whole numbers of groups: one tick per group while they fit, never "1, 1, 2".
        scale.setTickCount(top + 1 if top <= 10 else 2)
        if top > 10:
            scale.applyNiceNumbers()
        scale.setLabelFormat("%.0f")
        chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(scale)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setMinimumHeight(140 + 36 * len(rows))
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: " + ", ".join(f"{band} {count}" for band, count in parts)
                for label, parts in rows
            )
        )


class DashboardPage(Page):
    """The area at a glance, for the period the window shows."""

    def __init__(self) -> None:
        super().__init__()
        self.board: Dashboard | None = None
        self._conn: Connection | None = None  # refreshed while hidden: draw when shown
        outer = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        inside = QWidget()
        grid = QGridLayout(inside)
        self.returns = ChartBox(tr("Returns received against expected"))
        self.by_partnership = ChartBox(tr("Needs by partnership"))
        self.by_category = ChartBox(tr("Needs by category"))
        self.need_help = ChartBox(tr("Clauses most often rated as needing help"))
        self.bands = ChartBox(tr("Review bands by partnership"))
        # One chart a row: side by side on a laptop, QtCharts cut every long label short.
        for row, chart in enumerate(
            (self.returns, self.by_category, self.by_partnership, self.need_help, self.bands)
        ):
            grid.addWidget(chart, row, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(tr("Area dashboard charts"))
        scroll.setWidget(inside)
        outer.addWidget(scroll, 1)

    def charts(self) -> list[ChartBox]:
        return [self.returns, self.by_category, self.by_partnership, self.need_help, self.bands]

    def refresh(self, conn: Connection) -> None:
        """Draw the charts now if the page is shown, else when it is next shown: they add
        up the whole period (seconds for a county's returns), so a window that opens on
        another page never waits for them."""
        self._conn = conn
        if self.isVisible():
            self._draw(conn)

    def showEvent(self, event: QShowEvent) -> None:
        if self._conn is not None:
            self._draw(self._conn)
        super().showEvent(event)

    def _draw(self, conn: Connection) -> None:
        self._conn = None  # drawn: not again until the next refresh
        board = self.board = area_dashboard(conn, self.period)
        self.note.setText(
            tr("Nothing to show for this period yet: no returns and no expected groups.")
            if board.empty
            else tr(
                "Each bar's figure comes first in its label. Review bands are each tool's own: "
                "scores from different tools are never put together."
            )
        )
        none = tr("none in this period")
        self.returns.show_bars(
            tr("Returns received against expected"),
            [
                (tr("Groups expected"), board.expected, str(board.expected)),
                (
                    tr("Expected groups with a return"),
                    board.expected_received,
                    str(board.expected_received),
                ),
                (tr("Groups with a return"), board.received, str(board.received)),
            ],
            none,
        )

        def of(title: str, shown: int, total: int) -> str:
            if shown >= total:
                return title
            return tr("{title} (the {shown} largest of {total})").format(
                title=title, shown=shown, total=total
            )

        self.by_partnership.show_bars(
            of(
                tr("Needs by partnership (estimated cost)"),
                len(board.needs_by_partnership),
                board.partnerships_with_needs,
            ),
            [(b.label, b.value / 100, b.text) for b in board.needs_by_partnership],
            none,
        )
        self.by_category.show_bars(
            tr("Needs by category (estimated cost)"),
            [(b.label, b.value / 100, b.text) for b in board.needs_by_category],
            none,
        )
        self.need_help.show_bars(
            of(
                tr("Clauses most often rated as needing help (times)"),
                len(board.need_help),
                board.clauses_needing_help,
            ),
            [(b.label, b.value, b.text) for b in board.need_help],
            none,
        )
        self.bands.show_stacks(
            of(
                tr("Review bands by partnership (groups in each band, each tool's own bands)"),
                len(board.bands),
                board.bands_total,
            ),
            [(f"{s.label} — {s.about}", s.bands) for s in board.bands],
            none,
        )
