"""Dialogs: our group's profile, and adding a partnership.

Both save on OK. A problem is shown next to its field and summed up at the top; the
dialog stays open with everything still typed, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.domain.partnership_rules import PartnershipInput, validate_partnership
from desktop.domain.problems import Problem
from desktop.domain.record_rules import GroupInput, group_problems
from desktop.domain.vocab import PartnershipStatus, Setting, SizeBand
from desktop.services.group import load_group, save_group_profile
from desktop.services.partnerships import (
    InvalidInput,
    create_partnership,
    other_partnership_names,
)
from desktop.ui.a11y import describe
from desktop.ui.data import DataHub
from desktop.ui.dialog_errors import DialogErrors, grow_to_fit
from desktop.ui.fit import scrolling
from desktop.ui.partnerships.fields import ProblemLabel
from desktop.ui.partnerships.forms import FieldSpec, RecordForm, choices_of

if TYPE_CHECKING:
    from desktop.services.types import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("PartnershipDialogs", text)


class FormDialog(QDialog):
    """A form, a summary of problems, and OK / Cancel."""

    def __init__(
        self,
        hub: DataHub,
        title: str,
        intro: str,
        specs: list[FieldSpec],
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.summary = ProblemLabel()
        self.form = RecordForm(specs)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setAccessibleName(ok_text.replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Cancel"))
        cancel.setAccessibleName(tr("Cancel"))
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        # The form scrolls when the screen is too short for it and its messages (a
        # 1366x768 laptop at 125%); the intro, the summary and the buttons stay in view.
        layout.addWidget(scrolling(self.form), 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None
        describe(self, self.intro)
        self.errors = DialogErrors(self, self.summary, self._check)
        self._fitted = False
        for key, widget in self.form.widgets.items():
            self.errors.watch(key, widget, self.form.problems[key])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # as tall as the form needs, up to the screen's height
            self._fitted = True
            grow_to_fit(self)

    def check(self, values: dict[str, Any]) -> list[Problem]:
        """The rules' problems with ``values``, without saving (rechecked as the person types)."""
        return []

    def _check(self) -> list[Problem]:
        values, unreadable = self.form.values()
        if unreadable:
            return unreadable
        return self.check(values)

    def save(self, session: Session, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        values, problems = self.form.values()
        if not problems:
            try:
                self.result_value = self.hub.write(
                    lambda s: self.save(s, values), self.topic, tr("Saved")
                )
            except InvalidInput as exc:
                problems = exc.problems
        if problems:
            self._show(problems)
            return
        super().accept()

    topic = Change.PARTNERSHIPS

    def _show(self, problems: list[Problem]) -> None:
        self.errors.show(problems)


def group_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", tr("Our group's &name")),
        FieldSpec("charity_number", tr("Charity or company n&umber"), optional=True),
        FieldSpec("area_served", tr("&Area we serve"), optional=True),
        FieldSpec("cvs_name", tr("The &CVS we report to"), optional=True),
        FieldSpec("contact_name", tr("Main contact: na&me"), optional=True),
        FieldSpec("contact_email", tr("Main contact: &email"), optional=True),
        FieldSpec("contact_phone", tr("Main contact: &phone"), optional=True),
        FieldSpec("size_band", tr("Si&ze (yearly income)"), "choice", True, choices_of(SizeBand)),
        FieldSpec("setting", tr("&Rural or urban"), "choice", True, choices_of(Setting)),
    ]


class GroupProfileDialog(FormDialog):
    topic = Change.GROUP

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(
            hub,
            tr("Our group"),
            tr(
                "Tell Partnerbook about your group. This goes on the returns you send to "
                "your CVS, so they know who the return is from."
            ),
            group_fields(),
            tr("&Save"),
            parent,
        )
        with hub.database().session() as session:
            current = load_group(session)
        if current is not None:
            self.form.load(vars(current))

    def save(self, session: Session, values: dict[str, Any]) -> Any:
        return save_group_profile(session, GroupInput(**values)).id

    def check(self, values: dict[str, Any]) -> list[Problem]:
        return group_problems(GroupInput(**values))


def new_partnership_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", tr("&Name of the partnership")),
        FieldSpec("short_name", tr("Short na&me"), optional=True, hint=tr("for example NDHWP")),
        FieldSpec("status", tr("S&tatus"), "choice", choices=choices_of(PartnershipStatus)),
    ]


class NewPartnershipDialog(FormDialog):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(
            hub,
            tr("New partnership"),
            tr(
                "Give the partnership's name. You can fill in everything else on the next "
                "screen, now or later."
            ),
            new_partnership_fields(),
            tr("&Add partnership"),
            parent,
        )
        self.form.load({"status": PartnershipStatus.ACTIVE.value})
        with hub.database().session() as session:
            self._other_names = other_partnership_names(session)

    def save(self, session: Session, values: dict[str, Any]) -> Any:
        return create_partnership(session, PartnershipInput(**values)).id

    def check(self, values: dict[str, Any]) -> list[Problem]:
        return validate_partnership(PartnershipInput(**values), self._other_names)


def run_dialog(dialog: FormDialog, then: Callable[[Any], None] | None = None) -> Any:
    """Show a dialog; if it was saved, pass what it made to ``then``."""
    if dialog.exec() == QDialog.DialogCode.Accepted:
        if then is not None:
            then(dialog.result_value)
        return dialog.result_value
    return None
