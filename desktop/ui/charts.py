"""The review charts on screen, painted with QPainter from the shared geometry.

The geometry (angles, rings, spacing by date) comes from ``desktop.domain.charts``, the
same as the PDF charts, so the app and the return show one figure. Each chart also sets an
accessible description listing its numbers, because a screen reader cannot see a polygon.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.charts import radar_geometry, scored_runs, trend_geometry
from desktop.domain.frameworks import Band
from desktop.domain.numbers import score_text

SERIES_COLOURS = ("#1D4ED8", "#6B7280", "#7C3AED")
GRID = QColor("#9CA3AF")


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


class RadarChart(QWidget):
    """A spider chart of question scores: this review filled, earlier ones dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Radar chart of the scores"))
        self.labels: list[str] = []
        self.series: list[list[float | None]] = []
        self.bands: list[Band] = []
        self.names: list[str] = []
        self.low, self.high = 0.0, 100.0

    def sizeHint(self) -> QSize:
        return QSize(420, 420).expandedTo(self.minimumSizeHint())

    def key_texts(self) -> list[str]:
        """The words of the key under the chart: each review's name, then each ring."""
        if not self.labels:
            return []
        # The rings only: they never depend on the series (a partnership's radar across
        # 1,700 groups worked out 1,700 polygons here for each size asked, 80 ms a time).
        geometry = radar_geometry(self.labels, [], self.bands, low=self.low, high=self.high)
        ring_text = tr("Ring: {band} from {score}")
        rings = [
            ring_text.format(band=band.label, score=f"{band.lower:g}")
            for _ring, band in geometry.rings
            if band is not None
        ]
        return [*self.names, *rings]

    def small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7))
        return small

    def minimumSizeHint(self) -> QSize:
        # Wide enough for the longest line of the key (drawn from x=40) and for an axis
        # label on each side of a small chart, so no word is cut at a larger text size.
        metrics = QFontMetricsF(self.small_font())
        key = max((metrics.horizontalAdvance(t) for t in self.key_texts()), default=0.0)
        axis = max((metrics.horizontalAdvance(t) for t in self.labels), default=0.0)
        return QSize(int(max(320, key + 48, 2 * axis + 160)), 320)

    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[Sequence[float | None]],
        bands: Sequence[Band] = (),
        names: Sequence[str] = (),
        low: float = 0.0,
        high: float = 100.0,
    ) -> None:
        """``low`` sits at the centre and ``high`` on the outer ring (the tool's range)."""
        self.labels = list(labels)
        self.series = [list(values) for values in series]
        self.bands = list(bands)
        self.names = list(names)
        self.low, self.high = low, high
        parts = []
        for name, values in zip(self.names or [""] * len(self.series), self.series, strict=False):
            scores = ", ".join(
                f"{label} {'-' if v is None else f'{v:.1f}'.removesuffix('.0')}"
                for label, v in zip(self.labels, values, strict=True)
            )
            parts.append(f"{name}: {scores}" if name else scores)
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()  # the key's words may need more room than the last ones
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.labels:
            painter.end()
            return
        geometry = radar_geometry(
            self.labels, self.series, self.bands, low=self.low, high=self.high
        )
        key = [
            (name, QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]), 2.5 if index == 0 else 1.5)
            for index, name in enumerate(self.names)
        ]
        # The rings are named in the key, not beside them, where the names would sit on top
        # of the scores.
        ring_text = tr("Ring: {band} from {score}")
        key += [
            (ring_text.format(band=band.label, score=f"{band.lower:g}"), GRID, 1.0)
            for _ring, band in geometry.rings
            if band is not None
        ]
        # A question with no score ("Don't know") is a gap in the outline, named in the key
        # (it used to sit at the centre, where it read as the lowest score).
        gaps = geometry.missing[0] if geometry.missing else ()
        if gaps:
            refs = ", ".join(geometry.axes[i].label for i in gaps)
            key.append((tr("Gap: no score (Don't know) for {refs}").format(refs=refs), GRID, 0.0))
        key_height = 18 * len(key)
        side = min(self.width(), self.height() - key_height)
        centre = QPointF(self.width() / 2, (self.height() - key_height) / 2)
        text_colour = self.palette().text().color()
        small = self.small_font()
        painter.setFont(small)
        # Leave room for the widest axis label on either side, so none is cut off.
        widest = max(QFontMetricsF(small).horizontalAdvance(label) for label in self.labels)
        reach = max(abs(axis.label_at[0]) for axis in geometry.axes)  # labels sit beyond 1
        radius = max((side / 2 - widest - 6) / max(reach, 1.0), 20)

        def at(point: tuple[float, float]) -> QPointF:
            # The geometry's y points up; the screen's points down.
            return QPointF(centre.x() + point[0] * radius, centre.y() - point[1] * radius)

        for ring, band in geometry.rings:
            pen = QPen(GRID, 1, Qt.PenStyle.DashLine if band else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            polygon = QPolygonF([at((a.end[0] * ring, a.end[1] * ring)) for a in geometry.axes])
            painter.drawPolygon(polygon)
        for axis in geometry.axes:
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(centre, at(axis.end))
            anchor = at(axis.label_at)
            # As wide as the widest label: a domain's name is longer than a question's ref.
            width = max(widest + 4, 120)
            box = QRectF(anchor.x() - width / 2, anchor.y() - 10, width, 20)
            flags = Qt.AlignmentFlag.AlignVCenter
            if axis.align == "left":
                box.moveLeft(anchor.x())
                flags |= Qt.AlignmentFlag.AlignLeft
            elif axis.align == "right":
                box.moveRight(anchor.x())
                flags |= Qt.AlignmentFlag.AlignRight
            else:
                flags |= Qt.AlignmentFlag.AlignHCenter
            painter.setPen(text_colour)
            painter.drawText(box, int(flags), axis.label)
        for index in reversed(range(len(geometry.series))):
            colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            pen = QPen(colour, 2.5 if index == 0 else 1.5)
            if index:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(50 if index == 0 else 0)
            painter.setBrush(fill)
            points = [at(p) for p in geometry.series[index]]
            missing = geometry.missing[index]
            if not missing:
                painter.drawPolygon(QPolygonF(points))
            for run in scored_runs(missing, len(points)):  # open lines, a gap at each
                painter.drawPolyline(QPolygonF([points[axis] for axis in run]))
            painter.setBrush(colour)
            for axis, point in enumerate(points):
                if axis not in missing:
                    painter.drawEllipse(point, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, (name, colour, width) in enumerate(key):
            y = self.height() - key_height + 18 * index + 9
            pen = QPen(colour, width)
            if index:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(8, y), QPointF(32, y))
            painter.setPen(text_colour)
            painter.drawText(QPointF(40, y + 4), name)
        painter.end()


class TrendChart(QWidget):
    """The overall score of each finished review over the years, on the bands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Trend of the overall score"))
        self.reviews: list[tuple[date, float | None]] = []
        self.bands: list[Band] = []
        self.low, self.high = 0.0, 100.0

    def sizeHint(self) -> QSize:
        return QSize(480, 220).expandedTo(self.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        # The plot keeps 160 px beside the band names and the scores, in any font size.
        metrics = QFontMetricsF(self.font())
        band_room = max((metrics.horizontalAdvance(b.label) for b in self.bands), default=0.0)
        return QSize(int(band_room + metrics.horizontalAdvance("100") + 40 + 160), 180)

    def set_data(
        self,
        reviews: Sequence[tuple[date, float | None]],
        bands: Sequence[Band],
        low: float = 0.0,
        high: float = 100.0,
    ) -> None:
        """Reviews made with one tool only (their scores compare); ``low`` to ``high`` is
        the range of its headline score."""
        self.reviews = list(reviews)
        self.bands = list(bands)
        self.low, self.high = low, high
        self.setAccessibleDescription(
            "; ".join(f"{when:%d %b %Y}: {round(s)}" for when, s in reviews if s is not None)
        )
        self.updateGeometry()  # the band names may need more room than the last ones
        self.update()

    def plot_area(self) -> QRectF:
        """Where the plot goes: the margins hold the widest band name and score in the
        widget's own font, so "Needs attention" is never cut at a larger text size."""
        metrics = QFontMetricsF(self.font())
        band_room = max((metrics.horizontalAdvance(b.label) for b in self.bands), default=0.0)
        geometry = trend_geometry(self.reviews, self.bands, low=self.low, high=self.high)
        tick_room = max(
            (metrics.horizontalAdvance(label) for _y, label in geometry.y_ticks), default=0.0
        )
        left = tick_room + 12
        right = self.width() - band_room - 14
        line = metrics.height()
        return QRectF(QPointF(left, line * 0.8), QPointF(right, self.height() - line - 12))

    def text_boxes(self) -> list[tuple[QRectF, str]]:
        """Each piece of text the chart draws and the box it is drawn in (tests check that
        every box is inside the chart and wide enough for its words)."""
        metrics = QFontMetricsF(self.font())
        geometry = trend_geometry(self.reviews, self.bands, low=self.low, high=self.high)
        plot = self.plot_area()
        line = metrics.height()

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height())

        boxes = []
        for y_from, y_to, band in geometry.zones:
            middle = at(1, (y_from + y_to) / 2)
            width = metrics.horizontalAdvance(band.label) + 2
            boxes.append((QRectF(middle.x() + 6, middle.y() - line / 2, width, line), band.label))
        for y, label in geometry.y_ticks:
            point = at(0, y)
            boxes.append((QRectF(0, point.y() - line / 2, plot.left() - 6, line), label))
        for x, label in geometry.x_ticks:
            point = at(x, 0)
            width = metrics.horizontalAdvance(label) + 4
            left = min(max(point.x() - width / 2, 0), self.width() - width)
            boxes.append((QRectF(left, point.y() + 4, width, line), label))
        return boxes

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        geometry = trend_geometry(self.reviews, self.bands, low=self.low, high=self.high)
        plot = self.plot_area()
        text_colour = self.palette().text().color()

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height())

        for y_from, y_to, band in geometry.zones:
            fill = QColor(band.colour)
            fill.setAlpha(40)
            painter.fillRect(QRectF(at(0, y_to), at(1, y_from)), fill)
        painter.setPen(QPen(GRID, 1))
        painter.drawRect(QRectF(at(0, 1), at(1, 0)))
        painter.setPen(text_colour)
        zones = len(geometry.zones)
        ticks = len(geometry.y_ticks)
        for index, (box, label) in enumerate(self.text_boxes()):
            if index < zones:
                align = Qt.AlignmentFlag.AlignLeft
            elif index < zones + ticks:
                align = Qt.AlignmentFlag.AlignRight
            else:
                align = Qt.AlignmentFlag.AlignHCenter
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), label)
        if not geometry.points:
            painter.drawText(
                QRectF(at(0, 1), at(1, 0)),
                int(Qt.AlignmentFlag.AlignCenter),
                tr("No finished reviews yet"),
            )
            painter.end()
            return
        colour = QColor(SERIES_COLOURS[0])
        painter.setPen(QPen(colour, 2.5))
        points = [at(p.x, p.y) for p in geometry.points]
        for first, second in itertools.pairwise(points):
            painter.drawLine(first, second)
        painter.setBrush(colour)
        for point, trend_point in zip(points, geometry.points, strict=True):
            painter.setPen(QPen(colour, 1))
            painter.drawEllipse(point, 4, 4)
            painter.setPen(text_colour)
            painter.drawText(point + QPointF(-8, -8), score_text(trend_point.score))
        painter.end()
