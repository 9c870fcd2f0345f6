"""One partnership, in full: a heading and a tab for each section.

Shown inside the partnerships area in place of the register, so the main window's status
bar says "Saved" and the keyboard never has to find another window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.ui.data import DataHub
from desktop.ui.partnerships.meetings_tab import MeetingsTab
from desktop.ui.partnerships.overview_tab import OverviewTab
from desktop.ui.partnerships.partners_tab import PartnersTab
from desktop.ui.partnerships.plan_tab import PlanTab
from desktop.ui.partnerships.seat_tab import SeatTab


def tr(text: str) -> str:
    return QCoreApplication.translate("PartnershipPage", text)


class PartnershipPage(QWidget):
    back_requested = Signal()

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(tr("◀ All partnerships"))
        self.back_button.setAccessibleName(tr("Back to all partnerships"))
        self.back_button.setToolTip(tr("Back to all partnerships (Alt+Left)"))
        self.heading = QLabel()
        self.heading.setObjectName("partnershipHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        self.saving_note = QLabel(tr("Each field is saved when you leave it."))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Sections of the partnership"))
        self.overview = OverviewTab(hub)
        self.partners = PartnersTab(hub)
        self.seat = SeatTab(hub)
        self.meetings = MeetingsTab(hub)
        self.plan = PlanTab(hub)
        for tab, title in (
            (self.overview, tr("Overview")),
            (self.partners, tr("Partners")),
            (self.seat, tr("Our seat")),
            (self.meetings, tr("Meetings")),
            (self.plan, tr("Plan")),
        ):
            self.tabs.addTab(tab, title)
            if not tab.accessibleName():
                tab.setAccessibleName(title)
        self.tabs.setToolTip(tr("Ctrl+Tab moves to the next section"))
        layout.addLayout(top)
        layout.addWidget(self.saving_note)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.back_requested)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back.activated.connect(self.back_requested)
        self.overview.name_changed.connect(self.heading.setText)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._load_tab)

    def open(self, partnership_id: int) -> None:
        """Show a partnership; sections load when first looked at, so opening is quick."""
        self.partnership_id = partnership_id
        self._loaded.clear()
        self.tabs.setCurrentIndex(0)
        self._load_tab(0)
        self.heading.setText(self.overview.form.value("name"))

    def _load_tab(self, index: int) -> None:
        if self.partnership_id is None or index in self._loaded:
            return
        self._loaded.add(index)
        tab = self.tabs.widget(index)
        tab.load(self.partnership_id)  # type: ignore[attr-defined]
