"""One partnership, in full: a heading and a tab for each section.

Shown inside the partnerships area in place of the register, so the main window's status
bar says "Saved" and the keyboard never has to find another window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.data import DataHub
from desktop.ui.partnerships.meetings_tab import MeetingsTab
from desktop.ui.partnerships.overview_tab import OverviewTab
from desktop.ui.partnerships.partners_tab import PartnersTab
from desktop.ui.partnerships.plan_tab import PlanTab
from desktop.ui.partnerships.run_tab import HowItIsRunTab
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
        self.tabs.setToolTip(tr("Ctrl+Tab moves to the next section"))
        # Each section is built the first time it is looked at, so a partnership opens fast.
        self._sections: dict[str, QWidget] = {}
        self._holders: dict[str, QVBoxLayout] = {}
        for key, title in self.section_titles():
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = box
            self.tabs.addTab(holder, title)
        layout.addLayout(top)
        layout.addWidget(self.saving_note)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.go_back)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back.activated.connect(self.go_back)
        self.overview.name_changed.connect(self.heading.setText)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._load_tab)
        # A closed partnership says so above its tabs, which are read-only (issue 17, item 9);
        # made after _load_tab is connected, so a tab is locked once it is built.
        from desktop.ui.partnerships.run_readonly import ClosedGuard

        self.closed_note = QLabel()
        layout.insertWidget(1, self.closed_note)
        keys = [key for key, _title in self.section_titles()]
        self.closed_guard = ClosedGuard(
            hub, self.tabs, keys, self.closed_note, lambda: self.partnership_id
        )

    @staticmethod
    def section_titles() -> list[tuple[str, str]]:
        return [
            ("overview", tr("Overview")),
            ("partners", tr("Partners")),
            ("seat", tr("Our seat")),
            ("meetings", tr("Meetings")),
            ("plan", tr("Plan")),
            ("run", tr("How it is run")),
        ]

    def section(self, key: str) -> QWidget:
        """The widget of one section, built on first use."""
        if key not in self._sections:
            factory = {
                "overview": OverviewTab,
                "partners": PartnersTab,
                "seat": SeatTab,
                "meetings": MeetingsTab,
                "plan": PlanTab,
                "run": HowItIsRunTab,
            }[key]
            widget = factory(self.hub)
            if not widget.accessibleName():
                widget.setAccessibleName(dict(self.section_titles())[key])
            self._holders[key].addWidget(widget)
            from desktop.ui.partnerships.forms import RecordForm

            for form in widget.findChildren(RecordForm):  # why a field was not saved
                form.refused.connect(self.hub.saved)
            widget.show()  # a widget added to a shown holder would otherwise appear later
            self._sections[key] = widget
        return self._sections[key]

    def show_section(self, key: str) -> QWidget:
        keys = [k for k, _ in self.section_titles()]
        self.tabs.setCurrentIndex(keys.index(key))
        return self.section(key)

    @property
    def overview(self) -> OverviewTab:
        return self.section("overview")  # type: ignore[return-value]

    @property
    def partners(self) -> PartnersTab:
        return self.section("partners")  # type: ignore[return-value]

    @property
    def seat(self) -> SeatTab:
        return self.section("seat")  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsTab:
        return self.section("meetings")  # type: ignore[return-value]

    @property
    def plan(self) -> PlanTab:
        return self.section("plan")  # type: ignore[return-value]

    @property
    def run(self) -> HowItIsRunTab:
        return self.section("run")  # type: ignore[return-value]

    def open(self, partnership_id: int) -> None:
        """Show a partnership; sections load when first looked at, so opening is quick."""
        self.partnership_id = partnership_id
        self._loaded.clear()
        self.tabs.setCurrentIndex(0)
        self._load_tab(0)
        self.heading.setText(self.overview.form.value("name"))
        self.closed_guard.refresh()

    def go_back(self) -> None:
        if self.may_leave():
            self.back_requested.emit()

    def unsaved(self) -> list[str]:
        """Each field of this partnership holding text that could not be saved, and why."""
        from desktop.ui.partnerships.forms import RecordForm, plain

        lines = []
        titles = dict(self.section_titles())
        for key, section in self._sections.items():
            for form in section.findChildren(RecordForm):
                for field in form.unsaved():
                    lines.append(
                        tr("{section}, {field}: {why}").format(
                            section=titles[key],
                            field=plain(form.specs[field].label),
                            why=form.problem_text(field),
                        )
                    )
        return lines

    def may_leave(self) -> bool:
        """True when nothing typed would be lost, or the person chose to leave it unsaved."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit | QPlainTextEdit) and self.isAncestorOf(focused):
            focused.clearFocus()  # a field being typed in is saved as it is left
            focused.setFocus()
        lines = self.unsaved()
        if not lines:
            return True
        answer = QMessageBox.question(
            self,
            tr("Leave without saving?"),
            tr(
                "Some of what you typed could not be saved:\n\n{fields}\n\n"
                "Choose Yes to leave without it, or No to stay and put it right."
            ).format(fields="\n".join("• " + line for line in lines)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _load_tab(self, index: int) -> None:
        if self.partnership_id is None or index in self._loaded:
            return
        self._loaded.add(index)
        key = self.section_titles()[index][0]
        self.section(key).load(self.partnership_id)  # type: ignore[attr-defined]
