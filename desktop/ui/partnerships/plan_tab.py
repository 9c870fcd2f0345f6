"""The plan of one partnership: milestones (4.3), aims and outputs, priorities and their
actions, outcomes, and funding with the budget for voluntary sector involvement (4.4)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.domain.vocab import ActionStep
from desktop.services import rows
from desktop.services.partnerships import InvalidInput, set_vcs_budget, vcs_budget_of
from desktop.ui.data import DataHub
from desktop.ui.keyboard import parts_take_focus
from desktop.ui.partnerships.forms import FieldSpec, RecordForm
from desktop.ui.partnerships.rows_view import RowsView
from desktop.ui.partnerships.sections import (
    aim_fields,
    bind_rows,
    funding_fields,
    funding_summary,
    milestone_fields,
    milestone_summary,
    outcome_fields,
    outcome_summary,
    priority_action_fields,
    priority_action_summary,
    priority_fields,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanTab", text)


def _page(name: str, *widgets: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll.setWidget(inner)
    return scroll


def budget_fields() -> list[FieldSpec]:
    return [
        FieldSpec("has_vcs_budget", tr("Is there a &budget for us to take part?"), "yesno"),
        FieldSpec("vcs_budget_pence", tr("How &much"), "money", True),
        FieldSpec("vcs_budget_notes", tr("Notes about the budget"), "long", True),
    ]


class PlanTab(QTabWidget):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setAccessibleName(tr("Parts of the plan"))

        def view(title: str, fields: list[FieldSpec], summary, add: str, remove: str) -> RowsView:  # type: ignore[no-untyped-def]
            return RowsView(hub, title, fields, summary=summary, add_text=add, remove_text=remove)

        self.milestones = view(
            tr("Milestones on a clear timescale (Code 4.3)"),
            milestone_fields(),
            milestone_summary,
            tr("Add a mi&lestone"),
            tr("Remove this milestone"),
        )
        self.aims = view(
            tr("Aims and outputs, one row for each area for action"),
            aim_fields(),
            lambda r: r["area_for_action"],
            tr("Add an area for a&ction"),
            tr("Remove this row"),
        )
        self.priorities = view(
            tr("Priorities"),
            priority_fields(),
            lambda r: r["title"],
            tr("Add a p&riority"),
            tr("Remove this priority"),
        )
        self.priority_actions = view(
            tr("Immediate actions and future steps for this priority"),
            priority_action_fields(),
            priority_action_summary,
            tr("Add an action or ste&p"),
            tr("Remove this action"),
        )
        self.outcomes = view(
            tr("Outcomes in the short, medium and long term"),
            outcome_fields(),
            outcome_summary,
            tr("Add an out&come"),
            tr("Remove this outcome"),
        )
        # The budget sits above the funding lines, so it is made first (Tab order).
        self.budget_box = QGroupBox(tr("Budget for voluntary sector involvement (Code 4.4)"))
        self.budget = RecordForm(budget_fields())
        QVBoxLayout(self.budget_box).addWidget(self.budget)
        self.funding = view(
            tr("Funding"),
            funding_fields(),
            funding_summary,
            tr("Add a f&unding line"),
            tr("Remove this funding line"),
        )

        for title, widgets in (
            (tr("Milestones"), (self.milestones,)),
            (tr("Aims and outputs"), (self.aims,)),
            (tr("Priorities"), (self.priorities, self.priority_actions)),
            (tr("Outcomes"), (self.outcomes,)),
            (tr("Funding"), (self.budget_box, self.funding)),
        ):
            self.addTab(_page(title, *widgets), title)
        # Ctrl+Page Down goes through these parts; Ctrl+Tab still goes to the next section.
        parts_take_focus(self)
        self.priorities.current_changed.connect(self._priority_chosen)
        self.budget.field_edited.connect(self.save_budget)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = pid = partnership_id
        bind_rows(
            self.milestones,
            "milestone",
            pid,
            lambda s: rows.add_milestone(s, pid, tr("New milestone")),
        )
        bind_rows(
            self.aims,
            "aim_output",
            pid,
            lambda s: rows.add_aim_output(s, pid, tr("New area for action")),
        )
        bind_rows(
            self.priorities,
            "priority",
            pid,
            lambda s: rows.add_priority(s, pid, tr("New priority")),
        )
        bind_rows(
            self.outcomes,
            "outcome",
            pid,
            lambda s: rows.add_outcome(s, pid, "short", tr("New outcome")),
        )
        bind_rows(
            self.funding,
            "funding_line",
            pid,
            lambda s: rows.add_funding_line(s, pid, tr("New funding line"), 0),
        )
        with self.hub.database().session() as session:
            self.budget.load(vcs_budget_of(session, pid))

    def _priority_chosen(self, priority_id: int | None) -> None:
        self.priority_actions.setVisible(priority_id is not None)
        if priority_id is None or self.partnership_id is None:
            self.priority_actions.unbind()
            return
        prio = priority_id
        bind_rows(
            self.priority_actions,
            "action",
            self.partnership_id,
            lambda s: rows.add_priority_action(s, prio, tr("New action"), ActionStep.IMMEDIATE),
            priority_id=prio,
        )

    def save_budget(self, key: str) -> None:
        """Save what can be saved; a field that cannot keeps its text and says why."""
        if self.partnership_id is None:
            return
        values, problems = self.budget.values()
        held = {p.field for p in problems}  # unreadable: the stored value stays
        pid = self.partnership_id
        while True:
            given = {k: self.budget.stored(k) for k in held} | {
                k: v for k, v in values.items() if k not in held
            }
            has, amount, notes = (
                given["has_vcs_budget"],
                given["vcs_budget_pence"],
                given["vcs_budget_notes"],
            )
            if amount is not None and has is None:
                has = True  # an amount typed says there is a budget
            try:
                self.hub.write(
                    lambda s, h=has, a=amount, n=notes: set_vcs_budget(s, pid, h, a, n),
                    Change.PARTNERSHIPS,
                    tr("Saved"),
                )
            except InvalidInput as exc:
                refused = {p.field for p in exc.problems} & set(values) - held
                problems = [*problems, *exc.problems]
                if not refused:
                    self.budget.show_problems(problems)
                    return
                held |= refused  # save the others without the refused field
                continue
            break
        self.budget.clear_problems(k for k in values if k not in held)
        self.budget.show_problems(problems)
        if "vcs_budget_pence" not in held and (
            has is not values["has_vcs_budget"] or (not has and amount is not None)
        ):
            self.budget.load({"has_vcs_budget": has, "vcs_budget_pence": amount if has else None})
        for name, value in values.items():
            if name not in held:
                self.budget.mark_saved(name, value)
