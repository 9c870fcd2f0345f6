"""How it is run: closing a partnership, or our part in it. Why, when, what happens to its
work, money and records, and what we learned. Closing is a deliberate step (a button, then
a question); after it, each field of the closing note is saved as the person leaves it,
and "Reopen" undoes a closing made by mistake."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.run_registers import ClosureScope
from desktop.services.governance import closure
from desktop.services.partnerships import InvalidInput
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec, RecordForm, choices_of


def tr(text: str) -> str:
    return QCoreApplication.translate("RunClosing", text)


def closing_fields() -> list[FieldSpec]:
    return [
        FieldSpec("scope", tr("&What is closing"), "choice", choices=choices_of(ClosureScope)),
        FieldSpec("closed_on", tr("&Date"), "date"),
        FieldSpec("reason", tr("Wh&y"), "long"),
        FieldSpec("work_after", tr("What happens to its w&ork"), "long", True),
        FieldSpec("money_after", tr("What happens to its &money"), "long", True),
        FieldSpec("records_after", tr("What happens to its &records"), "long", True),
        FieldSpec("lessons", tr("&Lessons"), "long", True),
    ]


class ClosingSection(QScrollArea):
    closed_changed = Signal(bool)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.closed = False
        self.setWidgetResizable(True)  # a long form scrolls inside the tab
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(tr("Whether it is closed"))
        self.form = RecordForm(closing_fields())
        buttons = QHBoxLayout()
        self.close_button = QPushButton(tr("&Close it…"))
        self.close_button.setAccessibleName(tr("Close the partnership, or our part in it"))
        self.reopen_button = QPushButton(tr("Reo&pen it…"))
        self.reopen_button.setAccessibleName(tr("Reopen the partnership"))
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout.addWidget(self.state)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(inner)
        self.close_button.clicked.connect(self.close_it)
        self.reopen_button.clicked.connect(self.reopen)
        self.form.field_edited.connect(self._edited)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = partnership_id
        with self.hub.database().session() as session:
            stored = closure.closure_of(session, partnership_id)
        self.closed = stored is not None
        if stored is None:
            self.form.load(
                {name: "" for name in closure.TEXT_FIELDS}
                | {"scope": ClosureScope.PARTNERSHIP.value, "closed_on": date.today()}
            )
            self.state.setText(
                tr(
                    "When the partnership ends, or we leave it, say why and what happens to "
                    "its work, money and records, then choose Close it. The record stays "
                    "complete: it can still be read, put in a return and exported."
                )
            )
        else:
            self.form.load(stored)
            what = ClosureScope.label_of(stored["scope"])
            self.state.setText(
                tr(
                    "Closed on {day} ({what}). The other tabs are read-only now; this note "
                    "and the learning log can still be changed."
                ).format(day=format_date(stored["closed_on"]), what=what.lower())
            )
        self.close_button.setVisible(not self.closed)
        self.reopen_button.setVisible(self.closed)

    def close_it(self) -> None:
        if self.partnership_id is None or self.closed:
            return
        values, unreadable = self.form.values()
        if unreadable:
            self.form.show_problems(unreadable)
            return
        answer = QMessageBox.question(
            self,
            tr("Close it?"),
            tr(
                "Close it on {day}? Its record is kept as it is, read-only, and nothing more "
                "will be due for it. You can reopen it if this was a mistake."
            ).format(day=format_date(values["closed_on"])),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pid = self.partnership_id
        try:
            self.hub.write(
                lambda s: closure.close_partnership(s, pid, values),
                Change.PARTNERSHIPS,
                tr("Closed"),
            )
        except InvalidInput as exc:
            self.form.show_problems(exc.problems)
            return
        self.load(pid)
        self.closed_changed.emit(True)

    def reopen(self) -> None:
        if self.partnership_id is None or not self.closed:
            return
        answer = QMessageBox.question(
            self,
            tr("Reopen it?"),
            tr("Reopen it? Its closing note is removed and its status goes back as it was."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pid = self.partnership_id
        self.hub.write(
            lambda s: closure.reopen_partnership(s, pid), Change.PARTNERSHIPS, tr("Reopened")
        )
        self.load(pid)
        self.closed_changed.emit(False)

    def _edited(self, key: str) -> None:
        """Before closing, the fields wait for the button; after it, each saves on leaving."""
        if self.partnership_id is None or not self.closed:
            return
        try:
            value = self.form.value(key)
        except ValueError:
            return
        pid = self.partnership_id
        try:
            self.hub.write(
                lambda s: closure.update_closure(s, pid, {key: value}),
                Change.PARTNERSHIPS,
                tr("Saved"),
            )
        except InvalidInput as exc:
            self.form.show_problems(exc.problems)
            return
        self.form.clear_problems([key])
        self.form.mark_saved(key, value)
