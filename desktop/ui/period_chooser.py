"""Choosing a reporting period: a UK financial year, one of its quarters, or dates chosen.

The widgets go into the caller's form (``add_rows``), so the labels line up with the rest
of it; only the rows that matter for the kind of period chosen are shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel

from desktop.domain.periods import (
    Period,
    custom_period,
    financial_year,
    financial_year_of,
    quarters,
)

__all__ = ["PeriodChooser"]


def tr(text: str) -> str:
    return QCoreApplication.translate("PeriodChooser", text)


class PeriodChooser(QObject):
    # The person changed any part of the period (not sent by set_period).
    changed = Signal()

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.period_kind = QComboBox()
        self.period_kind.addItem(tr("Financial year"), "financial_year")
        self.period_kind.addItem(tr("Quarter"), "quarter")
        self.period_kind.addItem(tr("Dates I choose"), "custom")
        self.period_kind.currentIndexChanged.connect(self._kind_changed)
        this_year = financial_year_of(today)
        self.year = QComboBox()
        for start in range(this_year + 1, this_year - 6, -1):
            self.year.addItem(financial_year(start).label, start)
        self.year.setCurrentIndex(1)  # the year we are in
        self.quarter = QComboBox()
        for number, label in enumerate(
            (
                tr("Q1: April to June"),
                tr("Q2: July to September"),
                tr("Q3: October to December"),
                tr("Q4: January to March"),
            )
        ):
            self.quarter.addItem(label, number)
        self.start_date = QDateEdit(calendarPopup=True)
        self.end_date = QDateEdit(calendarPopup=True)
        fy = financial_year(this_year)
        self.start_date.setDate(QDate(fy.start.year, fy.start.month, fy.start.day))
        self.end_date.setDate(QDate(fy.end.year, fy.end.month, fy.end.day))
        for widget in (self.start_date, self.end_date):
            widget.setDisplayFormat("d MMM yyyy")
        self.kind_label = QLabel(tr("&Period:"))
        self.year_label = QLabel(tr("Financial &year:"))
        self.quarter_label = QLabel(tr("&Quarter:"))
        self.start_label = QLabel(tr("Fro&m:"))
        self.end_label = QLabel(tr("Up &to:"))
        for box in (self.period_kind, self.year, self.quarter):
            box.currentIndexChanged.connect(self.changed)
        for edit in (self.start_date, self.end_date):
            edit.dateChanged.connect(self.changed)

    def add_rows(self, form: QFormLayout) -> None:
        for label, widget in (
            (self.kind_label, self.period_kind),
            (self.year_label, self.year),
            (self.quarter_label, self.quarter),
            (self.start_label, self.start_date),
            (self.end_label, self.end_date),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.period_kind.currentData()
        for widget in (self.year, self.year_label):
            widget.setVisible(kind in ("financial_year", "quarter"))
        for widget in (self.quarter, self.quarter_label):
            widget.setVisible(kind == "quarter")
        for widget in (self.start_date, self.start_label, self.end_date, self.end_label):
            widget.setVisible(kind == "custom")

    def set_period(self, period: Period) -> None:
        """Show ``period``: as a financial year or quarter when its dates are one, else as
        dates. ``changed`` is not sent."""
        start_year = financial_year_of(period.start)
        dates = (period.start, period.end)
        year = financial_year(start_year)
        in_quarters = [(q.start, q.end) for q in quarters(start_year)]
        kind = (
            "financial_year"
            if dates == (year.start, year.end)
            else "quarter"
            if dates in in_quarters
            else "custom"
        )
        widgets = (self.period_kind, self.year, self.quarter, self.start_date, self.end_date)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.period_kind.setCurrentIndex(self.period_kind.findData(kind))
            if kind != "custom":
                if self.year.findData(start_year) < 0:
                    self.year.addItem(year.label, start_year)
                self.year.setCurrentIndex(self.year.findData(start_year))
            if kind == "quarter":
                self.quarter.setCurrentIndex(in_quarters.index(dates))
            self.start_date.setDate(QDate(period.start.year, period.start.month, period.start.day))
            self.end_date.setDate(QDate(period.end.year, period.end.month, period.end.day))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._kind_changed()

    def period(self) -> Period:
        """The period chosen; raises PeriodError (plain words) for dates that make none."""
        kind = self.period_kind.currentData()
        start_year = int(self.year.currentData())
        if kind == "quarter":
            return quarters(start_year)[int(self.quarter.currentData())]
        if kind == "custom":
            start, end = self.start_date.date().toPython(), self.end_date.date().toPython()
            return custom_period(start, end, f"{start.isoformat()} to {end.isoformat()}")
        return financial_year(start_year)
