"""Dialogs for resource needs: add or edit a need, move its status, the rates, and a
meeting's time and travel.

Each dialog checks what was typed with the domain rules, shows any problem under its
field in words, keeps everything typed, and writes only when OK succeeds.

``add_meeting_costs(parent, hub, meeting_id) -> bool`` is the one call the partnership
Meetings screen needs for "Add the time and travel this meeting cost as a resource need".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError, format_date, parse_date
from desktop.domain.ledger import (
    LedgerError,
    Problem,
    Rates,
    TransitionError,
    default_unit_cost,
    estimate_pence,
    next_statuses,
    parse_quantity,
    read_need_form,
)
from desktop.domain.money import MoneyError, format_pence, format_pence_plain, parse_pence
from desktop.domain.vocab import ResourceCategory, ResourceStatus, ResourceUnit
from desktop.services import resources
from desktop.services.resource_views import NeedView, meeting_cost_preview
from desktop.ui.data import DataHub


def tr(text: str) -> str:
    return QCoreApplication.translate("ResourceDialogs", text)


class ProblemLabel(QLabel):
    """A problem under a field: a warning sign and words in dark red; hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        from desktop.ui.theme import problem_text  # readable in light, dark, high contrast

        self.setStyleSheet(f"color: {problem_text().name()}; font-weight: bold;")
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText("⚠ " + message if message else "")
        self.setVisible(bool(message))


class FormDialog(QDialog):
    """A form whose fields each have a label buddy and a problem label beneath."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.general = ProblemLabel()
        layout.addWidget(self.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.problems: dict[str, ProblemLabel] = {}

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(widget)
        problem = ProblemLabel()
        inner.addWidget(problem)
        self.problems[key] = problem
        self.form.addRow(caption, box)
        return widget

    def show_problems(self, problems: list[Problem]) -> None:
        for label in self.problems.values():
            label.show_problem("")
        self.general.show_problem("")
        for problem in problems:
            target = self.problems.get(problem.field, self.general)
            target.show_problem(problem.message)

    def problem_text(self, key: str) -> str:
        label = self.problems.get(key, self.general)
        return "" if label.isHidden() else label.text().removeprefix("⚠ ")

    def try_accept(self) -> None:  # overridden
        self.accept()


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _read_date(text: str, field: str) -> date | None:
    try:
        return parse_date(text)
    except DateError as exc:
        raise LedgerError([Problem(field, str(exc))]) from exc


class NeedDialog(FormDialog):
    """Add a need, or edit one (``need`` given). Status is moved in its own dialog."""

    def __init__(
        self,
        hub: DataHub,
        partnerships: list[tuple[int, str]],
        rates: Rates,
        need: NeedView | None = None,
        partnership_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit resource need") if need else tr("Add a resource need"), parent)
        self.hub = hub
        self.rates = rates
        self.need = need
        self.saved_id: int | None = None
        self.partnership = _combo(
            [(tr("General (not one partnership)"), None), *[(n, i) for i, n in partnerships]]
        )
        self.add_field("partnership", tr("&Partnership:"), self.partnership)
        self.category = _combo([(tr(c.label), c.value) for c in ResourceCategory])
        self.add_field("category", tr("&Category:"), self.category)
        self.description = QLineEdit()
        self.add_field("description", tr("&Description:"), self.description)
        self.quantity = QLineEdit("1")
        self.add_field("quantity", tr("&Quantity:"), self.quantity)
        self.unit = _combo([(tr(u.label), u.value) for u in ResourceUnit])
        self.add_field("unit", tr("&Unit:"), self.unit)
        self.unit_cost = QLineEdit()
        self.unit_cost.setPlaceholderText(tr("for example 0.45"))
        self.add_field("unit_cost", tr("Cost of eac&h (£):"), self.unit_cost)
        self.estimate = QLineEdit()
        self.estimate.setPlaceholderText(tr("worked out from quantity × cost of each"))
        self.add_field("estimate", tr("&Estimated cost (£):"), self.estimate)
        self.worked_out = QLabel()
        self.form.addRow("", self.worked_out)
        self.asked_of = QLineEdit()
        self.add_field("asked_of", tr("As&ked of:"), self.asked_of)
        self.noticed = QLineEdit(format_date(date.today()))
        self.add_field("noticed", tr("&Noticed on:"), self.noticed)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.add_field("notes", tr("N&otes:"), self.notes)
        self._auto_cost = ""
        if need is not None:
            self._fill(need)
        else:
            self._select(self.partnership, partnership_id)
            self._suggest_cost()
        self.category.currentIndexChanged.connect(self._suggest_cost)
        self.unit.currentIndexChanged.connect(self._suggest_cost)
        for field in (self.quantity, self.unit_cost, self.estimate):
            field.textChanged.connect(self._show_worked_out)
        self._show_worked_out()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill(self, need: NeedView) -> None:
        self._select(self.partnership, need.partnership_id)
        self._select(self.category, need.category)
        self._select(self.unit, need.unit)
        self.description.setText(need.description)
        self.quantity.setText(f"{need.quantity:g}")
        self.unit_cost.setText(format_pence_plain(need.unit_cost_pence))
        self.estimate.setText(format_pence_plain(need.estimated_pence))
        self.asked_of.setText(need.asked_of)
        self.noticed.setText(format_date(need.identified_date))
        self.notes.setPlainText(need.notes)

    def _suggest_cost(self) -> None:
        """Offer the mileage rate for miles and the hourly value for time, unless typed."""
        if self.unit_cost.text() not in ("", self._auto_cost):
            return
        pence = default_unit_cost(self.category.currentData(), self.unit.currentData(), self.rates)
        self._auto_cost = format_pence_plain(pence)
        self.unit_cost.setText(self._auto_cost)

    def _show_worked_out(self) -> None:
        try:
            qty = parse_quantity(self.quantity.text())
            each = parse_pence(self.unit_cost.text(), allow_blank=True)
        except (ValueError, MoneyError):
            self.worked_out.setText("")
            return
        total = estimate_pence(qty, each)
        self.worked_out.setText(
            tr("Quantity × cost of each = {total}").format(total=format_pence(total))
            if total is not None
            else ""
        )

    def try_accept(self) -> None:
        try:
            noticed = _read_date(self.noticed.text(), "noticed")
            data = read_need_form(
                description=self.description.text(),
                category=self.category.currentData(),
                quantity=self.quantity.text(),
                unit=self.unit.currentData(),
                unit_cost=self.unit_cost.text(),
                estimate=self.estimate.text(),
                asked_of=self.asked_of.text(),
                notes=self.notes.toPlainText(),
                partnership_id=self.partnership.currentData(),
                identified_date=noticed,
            )
            if self.need is None:
                need = self.hub.write(
                    lambda s: resources.add_need(s, data), "resources", tr("Resource need added")
                )
            else:
                need_id = self.need.id
                need = self.hub.write(
                    lambda s: resources.update_need(s, need_id, data),
                    "resources",
                    tr("Resource need saved"),
                )
        except LedgerError as exc:
            self.show_problems(exc.problems)
            return
        except resources.ResourceError as exc:
            self.show_problems([Problem("", str(exc))])
            return
        self.saved_id = need.id
        self.accept()


class StatusDialog(FormDialog):
    """Move a need to another status on a date, with the amount agreed or received."""

    def __init__(self, hub: DataHub, need: NeedView, parent: QWidget | None = None) -> None:
        super().__init__(tr("Move status"), parent)
        self.hub = hub
        self.need = need
        current = QLabel(
            tr("“{description}” is now {status}.").format(
                description=need.description,
                status=tr(ResourceStatus.label_of(need.status)).lower(),
            )
        )
        current.setWordWrap(True)
        self.form.addRow(current)
        first = next_statuses(need.status)
        rest = [s for s in ResourceStatus if s not in first and s.value != need.status]
        self.target = _combo([(tr(s.label), s.value) for s in [*first, *rest]])
        self.add_field("status", tr("&Move to:"), self.target)
        self.on = QLineEdit(format_date(date.today()))
        self.add_field("on", tr("&On:"), self.on)
        self.amount = QLineEdit()
        self.amount_label_text = tr("&Amount (£):")
        self.add_field("amount", self.amount_label_text, self.amount)
        self.target.currentIndexChanged.connect(self._amount_hint)
        self._amount_hint()

    def _amount_hint(self) -> None:
        status = self.target.currentData()
        needs_amount = status in ("agreed", "partly_agreed", "received")
        self.amount.setEnabled(needs_amount)
        if status == "received":
            self.amount.setPlaceholderText(tr("blank: what was agreed"))
        elif status == "agreed":
            self.amount.setPlaceholderText(format_pence_plain(self.need.estimated_pence))
        else:
            self.amount.setPlaceholderText("")

    def try_accept(self) -> None:
        target = self.target.currentData()
        try:
            on = _read_date(self.on.text(), "on") or date.today()
            try:
                amount = parse_pence(self.amount.text(), allow_blank=True)
            except MoneyError as exc:
                raise LedgerError([Problem("amount", str(exc))]) from exc
            self._move(target, on, amount, confirm_skip=False)
        except TransitionError as exc:
            if not exc.skipped:
                self.show_problems([Problem("status", str(exc))])
                return
            answer = QMessageBox.question(
                self,
                tr("Skip a step?"),
                str(exc) + "\n\n" + tr("Skip and record the same date for the skipped steps?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.show_problems([Problem("status", str(exc))])
                return
            try:
                self._move(target, on, amount, confirm_skip=True)
            except (LedgerError, TransitionError) as again:
                problems = getattr(again, "problems", [Problem("status", str(again))])
                self.show_problems(problems)
                return
        except LedgerError as exc:
            self.show_problems(exc.problems)
            return
        self.accept()

    def _move(self, target: str, on: date, amount: int | None, *, confirm_skip: bool) -> None:
        need_id = self.need.id
        agreed = amount if target in ("agreed", "partly_agreed") else None
        received = amount if target == "received" else None
        self.hub.write(
            lambda s: resources.move_status(
                s,
                need_id,
                target,
                on=on,
                confirm_skip=confirm_skip,
                agreed_pence=agreed,
                received_pence=received,
            ),
            "resources",
            tr("Status changed"),
        )


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
            self.hub.write(work, "resources", tr("Rates saved"))
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
            problems.append(Problem("hours", str(exc)))
        if self.miles.text().strip():
            try:
                miles = parse_quantity(self.miles.text())
            except ValueError as exc:
                problems.append(Problem("miles", str(exc)))
        if problems:
            self.show_problems(problems)
            return
        try:
            needs = self.hub.write(
                lambda s: resources.need_from_meeting(s, self.meeting_id, hours, miles),
                "resources",
                tr("Meeting's time and travel added as resource needs"),
            )
        except LedgerError as exc:
            self.show_problems(exc.problems)
            return
        except resources.ResourceError as exc:
            self.show_problems([Problem("", str(exc))])
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
