"""Home: what needs attention today. Later areas add their own lists here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QListWidget, QStackedLayout, QVBoxLayout, QWidget

from desktop.services.overview import group_summary, upcoming_meetings
from desktop.ui.areas import Area
from desktop.ui.data import DataHub
from desktop.ui.widgets import EmptyState


def tr(text: str) -> str:
    return QCoreApplication.translate("HomeArea", text)


def format_date(value: date) -> str:
    """Dates as people in the UK write them: 3 Dec 2026."""
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(
        value, "d MMM yyyy"
    )


class HomeArea(Area):
    topics = ("group", "partnerships", "actions", "*")

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.stack = QStackedLayout(self)
        self.empty = EmptyState(
            tr("Welcome to Partnerbook"),
            tr(
                "Partnerbook keeps the record of the partnerships your group sits on, on this "
                "computer. Start by telling it about your group, then add a partnership."
            ),
        )
        self.stack.addWidget(self.empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        self.heading = QLabel()
        self.heading.setObjectName("homeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        meetings_label = QLabel(tr("Next &meetings"))
        self.meetings = QListWidget()
        self.meetings.setAccessibleName(tr("Next meetings"))
        meetings_label.setBuddy(self.meetings)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(meetings_label)
        layout.addWidget(self.meetings)
        self.stack.addWidget(page)
        self.page = page
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        conn = self.hub.read()
        summary = group_summary(conn, today)
        if summary is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.page)
        self.heading.setText(summary.name or tr("Our group"))
        self.summary.setText(
            tr(
                "{n} partnerships ({active} active, {considering} being considered). "
                "{open} actions to do, {overdue} overdue."
            ).format(
                n=summary.partnerships,
                active=summary.active,
                considering=summary.considering,
                open=summary.open_actions,
                overdue=summary.overdue_actions,
            )
        )
        self.meetings.clear()
        for meeting in upcoming_meetings(conn, today):
            self.meetings.addItem(f"{format_date(meeting.when)}: {meeting.partnership}")
        if self.meetings.count() == 0:
            self.meetings.addItem(tr("No meetings coming up."))
