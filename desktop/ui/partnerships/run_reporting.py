"""How it is run: reporting back to the people we represent. How often we should, when it
is next due (the same date What's due shows), and each time we did."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.run_registers import ReportBackEvery, ReportBackHow
from desktop.services.governance import registers, report_backs
from desktop.services.partnerships import InvalidInput
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec, choices_of
from desktop.ui.partnerships.rows_view import RowsView
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("RunReporting", text)


def report_back_fields() -> list[FieldSpec]:
    return [
        FieldSpec("reported_on", tr("&Date"), "date"),
        FieldSpec("to_whom", tr("&To whom"), hint=tr("for example our trustees")),
        FieldSpec("how", tr("Ho&w"), "choice", choices=choices_of(ReportBackHow)),
        FieldSpec("note", tr("A short &note"), "long", True),
    ]


def report_back_summary(row: dict[str, Any]) -> str:
    parts = [format_date(row["reported_on"]), row["to_whom"], ReportBackHow.label_of(row["how"])]
    return " — ".join(p for p in parts if p)


class ReportingSection(QScrollArea):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setWidgetResizable(True)  # a long form scrolls inside the tab
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(
            tr(
                "Record each time you reported back to the people you represent. The next "
                "one due shows in What's due on Home."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.every = QComboBox()
        self.every.addItem(tr("Not chosen (after each meeting, if a duty is written)"), "")
        for value, text in choices_of(ReportBackEvery):
            self.every.addItem(text, value)
        self.every.setAccessibleName(tr("How often we report back"))
        every_label = QLabel(tr("How &often we report back"))
        every_label.setBuddy(self.every)
        form.addRow(every_label, self.every)
        self.next_due = QLabel()
        self.next_due.setAccessibleName(tr("Next report back due"))
        form.addRow(QLabel(tr("Next report back due")), self.next_due)
        self.view = RowsView(
            hub,
            tr("Times we reported back"),
            report_back_fields(),
            summary=report_back_summary,
            add_text=tr("Add a &report back"),
            remove_text=tr("Remove this report back"),
        )
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.view)
        layout.addStretch(1)
        self.setWidget(inner)
        self.every.activated.connect(self._every_chosen)
        hub.changed.connect(self._changed)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = pid = partnership_id
        self.view.bind(
            load=lambda s: registers.list_register(s, "report_back", pid),
            add=lambda s: registers.add_register_row(
                s,
                "report_back",
                pid,
                {"reported_on": date.today(), "to_whom": tr("The people we represent")},
            ),
            save=lambda s, row_id, changes: registers.update_register_row(
                s, "report_back", row_id, changes
            ),
            remove=lambda s, row_id: registers.remove_register_row(s, "report_back", row_id),
        )
        self._show_plan()

    def _show_plan(self) -> None:
        if self.partnership_id is None:
            return
        pid = self.partnership_id
        with self.hub.database().session() as session:
            plan = report_backs.report_back_plan(session, [pid], date.today())[pid]
        self.every.setCurrentIndex(max(self.every.findData(plan["every"]), 0))
        if plan["next_due"] is not None:
            self.next_due.setText(format_date(plan["next_due"]))
        elif plan["every"] or plan["has_duty"]:
            self.next_due.setText(tr("Nothing due until the next meeting is set."))
        else:
            self.next_due.setText(
                tr("No duty to report back is written on Our seat, and no rhythm is chosen.")
            )

    def _changed(self, topic: Change) -> None:
        if topic == Change.PARTNERSHIPS and self.isVisible():
            self._show_plan()  # a report back added or a meeting moved changes the date

    def _every_chosen(self, _index: int) -> None:
        if self.partnership_id is None:
            return
        pid, every = self.partnership_id, self.every.currentData() or ""
        try:
            self.hub.write(
                lambda s: report_backs.set_report_back_every(s, pid, every),
                Change.PARTNERSHIPS,
                tr("Saved"),
            )
        except InvalidInput as exc:
            self.hub.saved.emit(said(exc.problems[0]))
        self._show_plan()
