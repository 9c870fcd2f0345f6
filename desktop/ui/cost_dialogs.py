"""Costing dialogs: the rates used to cost time and travel, and a meeting's time and travel.

``add_meeting_costs(parent, hub, meeting_id) -> bool`` is the one call the partnership
Meetings screen needs for "Add the time and travel this meeting cost as a resource need".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.ledger import (
    LedgerError,
    Rates,
    parse_quantity,
)
from desktop.domain.money import format_pence, format_pence_plain
from desktop.domain.problems import Problem
from desktop.services import resources
from desktop.services.resource_views import meeting_cost_preview
from desktop.ui.data import DataHub
from desktop.ui.form_dialog import FormDialog
from desktop.ui.problem_text import problem_from


def tr(text: str) -> str:
    return QCoreApplication.translate("ResourceDialogs", text)


class RatesDialog(FormDialog):
    """The mileage rate and the value of an hour of volunteer time."""

    def __init__(self, hub: DataHub, rates: Rates, parent: QWidget | None = None) -> None:
        super().__init__(tr("Rates for costing"), parent)
        self.hub = hub
        intro = QLabel(
            tr(
                "Used to cost travel and volunteer time. 45p a mile is the usual rate for a "
                "car; set the hourly value your funders accept."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.mileage = QLineEdit(format_pence_plain(rates.mileage_pence))
        self.add_field("mileage_rate", tr("&Mileage rate (£ a mile):"), self.mileage)
        self.hourly = QLineEdit(format_pence_plain(rates.hourly_pence))
        self.add_field("hourly_value", tr("&Hourly value of volunteer time (£):"), self.hourly)

    def try_accept(self) -> None:
        mileage, hourly = self.mileage.text(), self.hourly.text()

        def work(session):  # type: ignore[no-untyped-def]
            problems: list[Problem] = []
            for setter, text in (
                (resources.set_mileage_rate, mileage),
                (resources.set_hourly_value, hourly),
            ):
                try:
                    setter(session, text)
                except LedgerError as exc:
                    problems.extend(exc.problems)
            if problems:
                raise LedgerError(problems)  # rolls back both: all or nothing

        try:
            self.hub.write(work, Change.RESOURCES, tr("Rates saved"))
        except LedgerError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()


class MeetingCostsDialog(FormDialog):
    """Turn a meeting's attendance into time and travel needs, one per person who went."""

    def __init__(self, hub: DataHub, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add this meeting's time and travel"), parent)
        self.hub = hub
        self.meeting_id = meeting_id
        self.added = 0
        with hub.database().session() as session:
            preview = meeting_cost_preview(session, meeting_id)
            self.rates = resources.get_rates(session)
        self.preview = preview
        summary = QLabel()
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.hours = QLineEdit()
        self.add_field("hours", tr("&Hours per meeting:"), self.hours)
        self.miles = QLineEdit()
        self.miles.setPlaceholderText(tr("blank: the miles recorded for each person"))
        self.add_field("miles", tr("&Miles per round trip:"), self.miles)
        if preview is None:
            summary.setText(tr("That meeting no longer exists."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        summary.setText(
            tr(
                "{title} on {date} ({partnership}): {n} of us attended. This adds a time need "
                "and a travel need for each, at {hourly} an hour and {mileage} a mile."
            ).format(
                title=preview.title or tr("Meeting"),
                date=format_date(preview.meeting_date),
                partnership=preview.partnership_name,
                n=preview.attended,
                hourly=format_pence(self.rates.hourly_pence),
                mileage=format_pence(self.rates.mileage_pence),
            )
        )
        self.hours.setText(f"{preview.hours:g}" if preview.hours else "2")
        if preview.already_costed:
            self.general.show_problem(
                tr("The time and travel for this meeting are already recorded as needs.")
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def try_accept(self) -> None:
        problems: list[Problem] = []
        hours = 0.0
        miles: float | None = None
        try:
            hours = parse_quantity(self.hours.text())
        except ValueError as exc:
            problems.append(problem_from("hours", exc))
        if self.miles.text().strip():
            try:
                miles = parse_quantity(self.miles.text())
            except ValueError as exc:
                problems.append(problem_from("miles", exc))
        if problems:
            self.show_problems(problems)
            return
        try:
            needs = self.hub.write(
                lambda s: resources.need_from_meeting(s, self.meeting_id, hours, miles),
                Change.RESOURCES,
                tr("Meeting's time and travel added as resource needs"),
            )
        except LedgerError as exc:
            self.show_problems(exc.problems)
            return
        except resources.ResourceError as exc:
            self.show_problems([problem_from("", exc)])
            return
        self.added = len(needs)
        self.accept()


def add_meeting_costs(parent: QWidget | None, hub: DataHub, meeting_id: int) -> bool:
    """Ask for hours and miles, then add the meeting's time and travel as resource needs.

    Returns True when needs were added. For the partnership Meetings screen's button
    "Add the time and travel this meeting cost as a resource need".
    """
    dialog = MeetingCostsDialog(hub, meeting_id, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.added > 0
