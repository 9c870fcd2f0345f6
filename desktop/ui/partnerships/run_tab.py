"""The "How it is run" tab: one place for how a partnership governs itself (issue 17).

A list of sections on the left (rules, offices, attendance, decisions, and the registers,
reporting back and closing that other modules add); the chosen one on the right. Each
section is its own module with a widget taking ``(hub)`` and having ``load(partnership_id)``,
built the first time it is chosen, so opening a partnership stays quick.

To add a section: one import and one ``(key, title, factory)`` in ``section_factories``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.data import DataHub


def tr(text: str) -> str:
    return QCoreApplication.translate("HowItIsRunTab", text)


Factory = Callable[[DataHub], QWidget]


def section_factories() -> list[tuple[str, str, Factory]]:
    """Every section of the tab, in the order listed: (key, title, widget factory)."""
    # 17a sections: rules, offices, partners' attendance, decisions.
    from desktop.ui.partnerships.run_attendance import AttendanceSection
    from desktop.ui.partnerships.run_decisions import DecisionsSection
    from desktop.ui.partnerships.run_rules import OfficesSection, RulesSection

    sections: list[tuple[str, str, Factory]] = [
        ("rules", tr("Terms of reference and rules"), RulesSection),
        ("offices", tr("Chair and officers"), OfficesSection),
        ("attendance", tr("Partners' attendance"), AttendanceSection),
        ("decisions", tr("Decision log"), DecisionsSection),
    ]
    # 17b sections (structure, registers, reporting back, closing) go below this line.
    from desktop.ui.partnerships.run_closing import ClosingSection
    from desktop.ui.partnerships.run_registers_ui import RegistersSection
    from desktop.ui.partnerships.run_reporting import ReportingSection
    from desktop.ui.partnerships.run_structure import StructureSection

    sections += [
        ("structure", tr("Structure, vision and goal"), StructureSection),
        ("registers", tr("Risks, conflicts, equality and learning"), RegistersSection),
        ("reporting", tr("Reporting back"), ReportingSection),
        ("closing", tr("Closing"), ClosingSection),
    ]
    return sections


class HowItIsRunTab(QWidget):
    """Sections chosen from a list; each built and loaded when first shown."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setAccessibleName(tr("How it is run"))
        self._factories = section_factories()
        self._built: dict[str, QWidget] = {}
        self._loaded: set[str] = set()
        layout = QHBoxLayout(self)
        self.chooser = QListWidget()
        self.chooser.setAccessibleName(tr("Parts of how it is run"))
        for _key, title, _factory in self._factories:
            self.chooser.addItem(title)
        # Narrow, with long names wrapped, so the section beside it has the room.
        self.chooser.setWordWrap(True)
        self.chooser.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.chooser.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.stack = QStackedWidget()
        self._holders: dict[str, QVBoxLayout] = {}
        for key, _title, _factory in self._factories:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = box
            self.stack.addWidget(holder)
        layout.addWidget(self.chooser)
        layout.addWidget(self.stack, 1)
        self.chooser.currentRowChanged.connect(self._chosen)

    def keys(self) -> list[str]:
        return [key for key, _t, _f in self._factories]

    def section(self, key: str) -> QWidget:
        """The widget of one section, built on first use (and loaded if a partnership is)."""
        if key not in self._built:
            from desktop.ui.partnerships.forms import RecordForm

            factory = dict((k, f) for k, _t, f in self._factories)[key]
            widget = factory(self.hub)
            titles = {k: t for k, t, _f in self._factories}
            if not widget.accessibleName():
                widget.setAccessibleName(titles[key])
            self._holders[key].addWidget(widget)
            for form in widget.findChildren(RecordForm):  # why a field was not saved
                form.refused.connect(self.hub.saved)
            widget.show()
            self._built[key] = widget
        widget = self._built[key]
        if self.partnership_id is not None and key not in self._loaded:
            self._loaded.add(key)
            widget.load(self.partnership_id)  # type: ignore[attr-defined]
        return widget

    def show_section(self, key: str) -> QWidget:
        self.chooser.setCurrentRow(self.keys().index(key))
        return self.section(key)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = partnership_id
        self._loaded.clear()
        if self.chooser.currentRow() < 0:
            self.chooser.setCurrentRow(0)  # builds and loads the first section
        else:
            self.section(self.keys()[self.chooser.currentRow()])

    def _chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.section(self.keys()[row])
