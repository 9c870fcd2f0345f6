"""Meetings of one partnership: who from us went, notes, actions arising (Code 4.8 a)."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.vocab import AttendanceStatus
from desktop.services import meetings, rows
from desktop.ui.data import DataHub
from desktop.ui.i18n import plural
from desktop.ui.partnerships import hooks
from desktop.ui.partnerships.forms import choices_of
from desktop.ui.partnerships.meeting_governance import MeetingDecisions, PartnerAttendanceBox
from desktop.ui.partnerships.rows_view import RowsView
from desktop.ui.partnerships.sections import (
    action_fields,
    action_summary,
    bind_rows,
    meeting_fields,
    meeting_summary,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsTab", text)


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("%n meeting(s)": 1 meeting, 5 meetings)."""
    return plural("MeetingsTab", text, n)


class MeetingsTab(QScrollArea):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.rate = QLabel()
        self.rate.setWordWrap(True)
        self.rate.setObjectName("attendanceRate")
        # Created first so Tab reaches them first, as they sit first on the page.
        hook_row = QHBoxLayout()
        self.brief_button = QPushButton(tr("Print meeting &brief…"))
        self.brief_button.setAccessibleName(tr("Print meeting brief"))
        self.costs_button = QPushButton(
            tr("Add this meeting's time and travel as a resource need…")
        )
        self.costs_button.setAccessibleName(
            tr("Add this meeting's time and travel as a resource need")
        )
        hook_row.addWidget(self.brief_button)
        hook_row.addWidget(self.costs_button)
        hook_row.addStretch(1)
        self.meetings = RowsView(
            hub,
            tr("Meetings"),
            meeting_fields(),
            summary=meeting_summary,
            add_text=tr("Add a &meeting"),
            remove_text=tr("Remove this meeting"),
        )
        self.attendance_box = QGroupBox(tr("Who from us was there"))
        self.attendance_form = QFormLayout(self.attendance_box)
        self.attendance: dict[int, QComboBox] = {}
        # Every partner's attendance, the quorum, and the decision log (issue 17, items 4-5).
        self.partner_attendance = PartnerAttendanceBox(hub)
        self.decisions = MeetingDecisions(hub)
        self.actions = RowsView(
            hub,
            tr("Actions arising"),
            action_fields(),
            summary=action_summary,
            add_text=tr("Add an a&ction arising"),
            remove_text=tr("Remove this action"),
        )
        layout.addWidget(self.rate)
        layout.addLayout(hook_row)
        layout.addWidget(self.meetings)
        layout.addWidget(self.attendance_box)
        layout.addWidget(self.partner_attendance)
        layout.addWidget(self.decisions)
        layout.addWidget(self.actions)
        layout.addStretch(1)
        self.setWidget(inner)
        self.meetings.current_changed.connect(self._meeting_chosen)
        self.hub.changed.connect(self._data_changed)
        self.brief_button.clicked.connect(self._print_brief)
        self.costs_button.clicked.connect(self._add_costs)
        self.decisions.action_added.connect(lambda aid: self.actions.reload(select_id=aid))

    def load(self, partnership_id: int) -> None:
        self.partnership_id = pid = partnership_id
        bind_rows(
            self.meetings,
            "meeting",
            pid,
            lambda s: meetings.record_meeting(s, pid, date.today()),
        )
        self._show_rate()

    def _data_changed(self, topic: Change) -> None:
        if topic == Change.PARTNERSHIPS and self.partnership_id is not None:
            self._show_rate()

    def _show_rate(self) -> None:
        assert self.partnership_id is not None
        with self.hub.database().session() as session:
            rate = meetings.attendance_rate(session, self.partnership_id, date.today())
        if rate.held == 0 and rate.not_entered:
            text = tr_n(
                "Attendance is not entered yet for the %n meeting(s) held, so there is no "
                "attendance rate (Code 4.8 a).",
                rate.not_entered,
            )
        elif rate.held == 0:
            text = tr("No meetings held yet, so there is no attendance rate (Code 4.8 a).")
        else:
            text = tr_n(
                "Someone from us was at {attended} of the %n meeting(s) held: {percent}% "
                "(Code 4.8 a).",
                rate.held,
            ).format(attended=rate.attended, percent=rate.percent)
            if rate.not_entered:
                text += " " + tr_n(
                    "Not counted: %n meeting(s) without attendance entered.",
                    rate.not_entered,
                )
        self.rate.setText(text)

    def _meeting_chosen(self, meeting_id: int | None) -> None:
        self.partner_attendance.show_meeting(meeting_id)
        self.decisions.show_meeting(meeting_id)
        self._build_attendance(meeting_id)
        self.attendance_box.setVisible(meeting_id is not None)
        self.partner_attendance.setVisible(meeting_id is not None)
        self.decisions.setVisible(meeting_id is not None)
        self.actions.setVisible(meeting_id is not None)
        self.costs_button.setEnabled(meeting_id is not None)
        if meeting_id is None:
            self.actions.unbind()
            return
        mid = meeting_id
        assert self.partnership_id is not None
        bind_rows(
            self.actions,
            "action",
            self.partnership_id,
            lambda s: rows.add_meeting_action(s, mid, tr("New action")),
            meeting_id=mid,
        )

    def _build_attendance(self, meeting_id: int | None) -> None:
        while self.attendance_form.rowCount():
            self.attendance_form.removeRow(0)
        self.attendance.clear()
        if meeting_id is None or self.partnership_id is None:
            return
        with self.hub.database().session() as session:
            people = meetings.people_for_attendance(session, self.partnership_id, meeting_id)
            recorded = meetings.attendance_of(session, meeting_id)
        if not people:
            note = QLabel(tr("Add our representatives on the Our seat tab to record who went."))
            note.setWordWrap(True)
            self.attendance_form.addRow(note)
            return
        options = ((None, tr("Not recorded")), *choices_of(AttendanceStatus))
        for person_id, name in people.items():
            combo = QComboBox()
            for value, text in options:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(recorded.get(person_id)), 0))
            combo.setAccessibleName(tr("Was {name} there?").format(name=name))
            label = QLabel(name)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(
                lambda _i, p=person_id, c=combo, m=meeting_id: self._attendance_changed(m, p, c)
            )
            self.attendance_form.addRow(label, combo)
            label.show()  # shown now, not after the next event, so Tab can reach them
            combo.show()
            self.attendance[person_id] = combo
        # Made after the actions below, so put them back in the order they are seen.
        chain = [
            list(self.meetings.form.widgets.values())[-1],
            *self.attendance.values(),
            *self.partner_attendance.combos.values(),
            self.decisions.view.list,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _attendance_changed(self, meeting_id: int, person_id: int, combo: QComboBox) -> None:
        status: Any = combo.currentData()
        self.hub.write(
            lambda s: meetings.set_attendance(s, meeting_id, person_id, status),
            Change.PARTNERSHIPS,
            tr("Saved"),
        )

    def _print_brief(self) -> None:
        if self.partnership_id is not None:
            hooks.export_brief(self, self.hub, self.partnership_id)

    def _add_costs(self) -> None:
        meeting_id = self.meetings.current_id()
        if meeting_id is not None:
            hooks.add_meeting_costs(self, self.hub, meeting_id)
