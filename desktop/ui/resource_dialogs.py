"""Dialogs for resource needs: add or edit a need, and move its status.

Each dialog checks what was typed with the domain rules, shows any problem under its
field in words, keeps everything typed, and writes only when OK succeeds. The rates and a
meeting's time and travel are in desktop.ui.cost_dialogs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.ledger import (
    LedgerError,
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
from desktop.services.resource_views import NeedView
from desktop.ui.data import DataHub
from desktop.ui.form_dialog import FormDialog, combo, read_date
from desktop.ui.i18n import vocab
from desktop.ui.problem_text import problem_from, said


def tr(text: str) -> str:
    return QCoreApplication.translate("ResourceDialogs", text)


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
        self.partnership = combo(
            [(tr("General (not one partnership)"), None), *[(n, i) for i, n in partnerships]]
        )
        self.add_field("partnership", tr("&Partnership:"), self.partnership)
        self.category = combo([(vocab(c.label), c.value) for c in ResourceCategory])
        self.add_field("category", tr("&Category:"), self.category)
        self.description = QLineEdit()
        self.add_field("description", tr("&Description:"), self.description)
        self.quantity = QLineEdit("1")
        self.add_field("quantity", tr("&Quantity:"), self.quantity)
        self.unit = combo([(vocab(u.label), u.value) for u in ResourceUnit])
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
            noticed = read_date(self.noticed.text(), "noticed")
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
                    lambda s: resources.add_need(s, data),
                    Change.RESOURCES,
                    tr("Resource need added"),
                )
            else:
                need_id = self.need.id
                need = self.hub.write(
                    lambda s: resources.update_need(s, need_id, data),
                    Change.RESOURCES,
                    tr("Resource need saved"),
                )
        except LedgerError as exc:
            self.show_problems(exc.problems)
            return
        except resources.ResourceError as exc:
            self.show_problems([problem_from("", exc)])
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
                status=vocab(ResourceStatus.label_of(need.status)).lower(),
            )
        )
        current.setWordWrap(True)
        self.form.addRow(current)
        first = next_statuses(need.status)
        rest = [s for s in ResourceStatus if s not in first and s.value != need.status]
        self.target = combo([(vocab(s.label), s.value) for s in [*first, *rest]])
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
            on = read_date(self.on.text(), "on") or date.today()
            try:
                amount = parse_pence(self.amount.text(), allow_blank=True)
            except MoneyError as exc:
                raise LedgerError([problem_from("amount", exc)]) from exc
            self._move(target, on, amount, confirm_skip=False)
        except TransitionError as exc:
            if not exc.skipped:
                self.show_problems([problem_from("status", exc)])
                return
            answer = QMessageBox.question(
                self,
                tr("Skip a step?"),
                said(exc) + "\n\n" + tr("Skip and record the same date for the skipped steps?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.show_problems([problem_from("status", exc)])
                return
            try:
                self._move(target, on, amount, confirm_skip=True)
            except (LedgerError, TransitionError) as again:
                problems = getattr(again, "problems", [problem_from("status", again)])
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
            Change.RESOURCES,
            tr("Status changed"),
        )
