"""Form controls a volunteer can use: typed UK dates with a calendar, money in pounds.

Each control keeps what was typed when it cannot be read and says why next to itself, in
words (never colour alone). Problems from the services are shown the same way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.domain.dates import DateError, format_date, parse_date
from desktop.domain.money import MoneyError, format_pence, parse_pence
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class FieldError(ValueError):
    """What was typed cannot be read; the message is for the person."""


class ProblemLabel(QLabel):
    """A problem shown under a field: a warning sign and words, in dark red, hidden if none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("problem")
        # A palette and a font, not a style sheet: far cheaper when a form has dozens.
        palette = self.palette()
        from desktop.ui.theme import problem_text  # readable in light, dark, high contrast

        palette.setColor(QPalette.ColorRole.WindowText, problem_text())
        self.setPalette(palette)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_problem(self, message: str) -> None:
        said_before = self.text()
        self.setText("⚠ " + message if message else "")
        self.setVisible(bool(message))
        if message and self.text() != said_before:
            from desktop.ui.a11y import announce  # a screen reader reads it out at once

            announce(self, message, assertive=True)

    def problem(self) -> str:
        return self.text().removeprefix("⚠ ")


class DateEdit(QWidget):
    """A date typed as people in the UK write it (28/11/2026), or picked from a calendar.

    Empty is allowed (None). ``edited`` is emitted when the person leaves the field with a
    date that can be read and differs from the last one set, or picks one from the calendar.
    """

    edited = Signal()
    refused = Signal(str)  # what was typed cannot be read: why, for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr("for example 28/11/2026"))
        self.line.setMinimumWidth(190)
        self.line.setMaximumWidth(220)
        self.button = QToolButton()
        self.button.setText(tr("Calendar…"))
        self.button.setAccessibleName(tr("Pick the date from a calendar"))
        self.button.setToolTip(tr("Pick the date from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setAccessibleName(tr("Calendar"))
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self.problem = ProblemLabel()
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self._committed: date | None = None
        self.line.editingFinished.connect(self._finished)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.button.setAccessibleName(tr("Pick {name} from a calendar").format(name=name))

    def value(self) -> date | None:
        """The date typed; raises FieldError (and shows it) when it cannot be read."""
        try:
            return parse_date(self.line.text())
        except DateError as exc:
            raise FieldError(said(exc)) from exc

    def set_value(self, value: date | None) -> None:
        self._committed = value
        self.line.setText(format_date(value))
        self.problem.show_problem("")

    def text(self) -> str:
        return self.line.text()

    def _finished(self) -> None:
        # A field showing a problem is tried again when left, even if the text is unchanged:
        # the problem may have been about another field that has since been put right.
        retry = bool(self.problem.problem())
        try:
            value = self.value()
        except FieldError as exc:
            self.problem.show_problem(said(exc))
            self.refused.emit(said(exc))
            return
        self.problem.show_problem("")
        if retry or value != self._committed or self.line.text() != format_date(value):
            self._committed = value
            self.line.setText(format_date(value))
            self.edited.emit()

    def _prepare_calendar(self) -> None:
        try:
            current = self.value() or date.today()
        except FieldError:
            current = date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self.line.setText(format_date(date(picked.year(), picked.month(), picked.day())))
        self.button.menu().hide()
        self.line.setFocus()
        self._finished()


class MoneyEdit(QLineEdit):
    """An amount in pounds and pence ("£1,250.50"); empty is allowed when ``optional``."""

    edited = Signal()
    refused = Signal(str)  # what was typed cannot be read: why, for the status bar

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(tr("for example £1,250.00"))
        self.setMaximumWidth(200)
        self.problem = ProblemLabel()
        self._committed: int | None = None
        self.editingFinished.connect(self._finished)

    def value(self) -> int | None:
        """Pence; raises FieldError when the text is not an amount of money."""
        try:
            return parse_pence(self.text(), allow_blank=self.optional)
        except MoneyError as exc:
            raise FieldError(said(exc)) from exc

    def set_value(self, pence: int | None) -> None:
        self._committed = pence
        self.setText(format_pence(pence))
        self.problem.show_problem("")

    def _finished(self) -> None:
        retry = bool(self.problem.problem())  # see DateEdit._finished
        try:
            value = self.value()
        except FieldError as exc:
            self.problem.show_problem(said(exc))
            self.refused.emit(said(exc))
            return
        self.problem.show_problem("")
        if retry or value != self._committed:
            self._committed = value
            self.setText(format_pence(value))
            self.edited.emit()
