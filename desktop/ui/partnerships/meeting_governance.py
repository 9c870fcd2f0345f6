"""On the Meetings tab, for the chosen meeting: which partners were there (and so whether
it was quorate), and what it decided, with the actions that carry each decision out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.how_run import DecisionMethod, PartnerPresence
from desktop.services import decisions, partner_attendance
from desktop.services.partner_attendance import MeetingQuorum
from desktop.services.partnerships import InvalidInput
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec, choices_of
from desktop.ui.partnerships.rows_view import RowsView
from desktop.ui.problem_text import said_all


def tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsTab", text)


def quorum_text(quorum: MeetingQuorum) -> str:
    if quorum.needed is None:
        if not quorum.members:
            return tr("Add the partners on the Partners tab to record who was there.")
        return tr(
            "No quorum is recorded (How it is run → Terms of reference and rules), so this "
            "meeting is not checked for one."
        )
    if quorum.quorate is None:
        return tr("Quorum: {needed} of {members} members. Mark who was there below.").format(
            needed=quorum.needed, members=quorum.members
        )
    verdict = tr("Quorate") if quorum.quorate else tr("Not quorate")
    return tr("{verdict}: {present} of {members} members present; {needed} needed.").format(
        verdict=verdict, present=quorum.present, members=quorum.members, needed=quorum.needed
    )


class PartnerAttendanceBox(QGroupBox):
    """A choice per partner (present, apologies, absent), saved as it is chosen."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(tr("Which partners were there"), parent)
        self.hub = hub
        self.meeting_id: int | None = None
        outer = QVBoxLayout(self)
        self.quorum = QLabel()
        self.quorum.setObjectName("quorumVerdict")
        self.quorum.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.form = QFormLayout()
        outer.addWidget(self.quorum)
        outer.addLayout(self.form)
        outer.addWidget(self.problem)
        self.combos: dict[int, QComboBox] = {}

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.problem.hide()
        if meeting_id is None:
            return
        with self.hub.database().session() as session:
            rows = partner_attendance.partners_at_meeting(session, meeting_id)
        options = ((None, tr("Not recorded")), *choices_of(PartnerPresence))
        for partner_id, name, status in rows:
            combo = QComboBox()
            for value, text in options:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(status), 0))
            combo.setAccessibleName(tr("Was {name} there?").format(name=name))
            label = QLabel(name)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, p=partner_id, c=combo: self._changed(p, c))
            self.form.addRow(label, combo)
            label.show()
            combo.show()
            self.combos[partner_id] = combo
        self.show_quorum()

    def show_quorum(self) -> None:
        if self.meeting_id is None:
            return
        with self.hub.database().session() as session:
            quorum = partner_attendance.meeting_quorum(session, self.meeting_id)
        self.quorum.setText(quorum_text(quorum))

    def _changed(self, partner_id: int, combo: QComboBox) -> None:
        meeting_id, status = self.meeting_id, combo.currentData()
        if meeting_id is None:
            return
        try:
            self.hub.write(
                lambda s: partner_attendance.set_partner_attendance(
                    s, meeting_id, partner_id, status
                ),
                Change.PARTNERSHIPS,
                tr("Saved"),
            )
        except InvalidInput as exc:
            self.problem.setText(said_all(exc.problems, "\n"))
            self.problem.show()
            return
        self.problem.hide()
        self.show_quorum()


def decision_fields() -> list[FieldSpec]:
    return [
        FieldSpec("what", tr("Wh&at was decided"), "long"),
        FieldSpec(
            "how", tr("How it was dec&ided"), "choice", True, choices=choices_of(DecisionMethod)
        ),
        FieldSpec("responsible", tr("Who is res&ponsible"), optional=True),
    ]


def decision_summary(row: dict[str, Any]) -> str:
    first = row["what"].splitlines()[0] if row["what"] else ""
    return " — ".join(p for p in (first, row["responsible"]) if p)


class MeetingDecisions(QWidget):
    """The chosen meeting's decisions, and a button that makes an action for one."""

    action_added = Signal(int)  # the new action's id, so the actions list can show it

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.meeting_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = RowsView(
            hub,
            tr("Decisions"),
            decision_fields(),
            summary=decision_summary,
            add_text=tr("Add a decisio&n"),
            remove_text=tr("Remove this decision"),
        )
        row = QHBoxLayout()
        self.action_button = QPushButton(tr("Add an action to ca&rry it out"))
        self.action_button.setAccessibleName(tr("Add an action to carry out this decision"))
        self.actions_note = QLabel()
        self.actions_note.setWordWrap(True)
        row.addWidget(self.action_button)
        row.addWidget(self.actions_note, 1)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.view.current_changed.connect(self._decision_chosen)
        self.action_button.clicked.connect(self.add_action)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        if meeting_id is None:
            self.view.unbind()
            self._decision_chosen(None)
            return
        mid = meeting_id
        self.view.bind(
            load=lambda s: decisions.decisions_of_meeting(s, mid),
            add=lambda s: decisions.add_decision(s, mid, tr("New decision")),
            save=decisions.update_decision,
            remove=decisions.remove_decision,
        )

    def _decision_chosen(self, decision_id: int | None) -> None:
        self.action_button.setEnabled(decision_id is not None)
        if decision_id is None:
            self.actions_note.setText("")
            return
        with self.hub.database().session() as session:
            actions = decisions.actions_of_decision(session, decision_id)
        if actions:
            self.actions_note.setText(
                tr("Carried out by: {actions}").format(
                    actions="; ".join(a["description"].splitlines()[0] for a in actions)
                )
            )
        else:
            self.actions_note.setText(tr("No action carries it out yet."))

    def add_action(self) -> None:
        decision_id = self.view.current_id()
        if decision_id is None:
            return
        action_id = self.hub.write(
            lambda s: decisions.add_decision_action(s, decision_id, tr("New action")),
            Change.PARTNERSHIPS,
            tr("Action added"),
        )
        self._decision_chosen(decision_id)
        self.action_added.emit(action_id)
