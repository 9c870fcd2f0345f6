"""The People screen: everyone we hold, exporting what we hold, and forgetting on request.

Reached from Edit → People…. Every rule lives in services.privacy and services.forgetting;
this screen shows their answers and asks before anything that cannot be undone. Saving what
we hold about someone, and forgetting them (a backup first, then a look through every
backup), run in the background (ui/background.py).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.people_rules import MAX_RETENTION_YEARS, MIN_RETENTION_YEARS
from desktop.services.backups import BackupError
from desktop.services.forgetting import ForgetReport
from desktop.services.privacy import (
    PersonRow,
    list_people,
    people_past_retention,
    retention_years,
    set_retention_years,
)
from desktop.services.storage_errors import StorageProblem
from desktop.ui.background import (
    Failure,
    FailureKind,
    Job,
    Task,
    run_in_background,
    run_in_session,
)
from desktop.ui.data import DataHub
from desktop.ui.people_duplicates import duplicates_text, merge_duplicates
from desktop.ui.rows_model import RowsModel

if TYPE_CHECKING:
    from desktop.services.types import Session

TOPIC = Change.PEOPLE


def tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


class PeopleTableModel(RowsModel):
    NAME, EMAIL, PHONE, LAST_TERM, STATUS = range(5)
    HEADERS = ("Name", "Email", "Phone", "End of term", "Status")

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.due: set[int] = set()

    @property
    def people(self) -> list[PersonRow]:
        return self._rows

    def set_people(self, people: list[PersonRow], due: set[int]) -> None:
        self.due = due
        self.set_rows(people)

    def header_text(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def status(self, row: PersonRow) -> str:
        if row.forgotten:
            return tr("Forgotten")
        if row.id in self.due:
            return tr("Left long ago: review")
        if row.still_serving or (row.last_term_end and row.last_term_end >= self.today):
            return tr("Serving")
        return tr("Left") if row.last_term_end else ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.people[index.row()]
        column = index.column()
        if column == self.NAME:
            return row.full_name
        if column == self.EMAIL:
            return row.email
        if column == self.PHONE:
            return row.phone
        if column == self.LAST_TERM:
            end = row.last_term_end
            return format_date(end) if end else ""
        return self.status(row)


def _file_name(name: str, suffix: str) -> str:
    return (re.sub(r"[^\w\- ]+", "", name).strip() or "person") + suffix


class PeopleDialog(QDialog):
    def __init__(
        self, hub: DataHub, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.today = today or date.today()
        self.job: Job[Any] | None = None  # a copy being saved, or someone being forgotten
        self.setWindowTitle(tr("People"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Names and contact details are kept here and nowhere else. You can give "
                "someone a copy of everything held about them, or forget them: their name "
                "and details are removed, and the meetings and roles they took part in stay "
                "as \u201cFormer representative\u201d."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setObjectName("retentionReminder")
        layout.addWidget(self.reminder)
        # Records that may be one person, and the button that merges them (issue 21).
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        layout.addWidget(self.duplicates)

        self.model = PeopleTableModel(self.today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("People"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)

        years_row = QHBoxLayout()
        years_label = QLabel(tr("&Remind me about people who left more than"))
        self.years = QSpinBox()
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.years.setSuffix(tr(" years ago"))
        self.years.setAccessibleName(tr("Years after which to be reminded"))
        years_label.setBuddy(self.years)
        self.years.editingFinished.connect(self.save_years)
        years_row.addWidget(years_label)
        years_row.addWidget(self.years)
        years_row.addStretch(1)
        layout.addLayout(years_row)

        buttons = QDialogButtonBox()
        self.pdf_button = QPushButton(tr("Export as &PDF…"))
        self.json_button = QPushButton(tr("Export as &JSON…"))
        self.forget_button = QPushButton(tr("&Forget this person…"))
        self.merge_button = QPushButton(tr("&Merge duplicates…"))
        for button in (self.pdf_button, self.json_button, self.forget_button, self.merge_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("&Close"))
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.forget_button.clicked.connect(self.forget_selected)
        self.merge_button.clicked.connect(self.merge_duplicates)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # Data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.hub.database().session() as session:
            people = list_people(session)
            years = retention_years(session)
            due = people_past_retention(session, self.today, years)
        self.model.set_people(people, {p.id for p in due})
        self.years.blockSignals(True)
        self.years.setValue(years)
        self.years.blockSignals(False)
        if due:
            names = ", ".join(p.full_name for p in due)
            text = (
                tr("One person's term ended more than {years} years ago: {names}.")
                if len(due) == 1
                else tr("{count} people's terms ended more than {years} years ago: {names}.")
            )
            self.reminder.setText(
                text.format(count=len(due), years=years, names=names)
                + " "
                + tr("If your group no longer needs their details, forget them.")
            )
        self.reminder.setVisible(bool(due))
        said_duplicates = duplicates_text(self.hub)
        self.duplicates.setText(said_duplicates)
        self.duplicates.setVisible(bool(said_duplicates))
        self.merge_button.setEnabled(bool(said_duplicates))
        self._update_buttons()

    def merge_duplicates(self) -> int:
        """Offer each group of records that may be one person for merging."""
        merged = merge_duplicates(self, self.hub)
        self.refresh()
        return merged

    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.people[rows[0].row()] if rows else None

    def select_person(self, name: str) -> None:
        for number, row in enumerate(self.model.people):
            if row.full_name == name:
                self.table.selectRow(number)
                return

    def _update_buttons(self, *_args: object) -> None:
        person = self.selected()
        for button in (self.pdf_button, self.json_button):
            button.setEnabled(person is not None)
        self.forget_button.setEnabled(person is not None and not person.forgotten)

    def save_years(self) -> None:
        years = self.years.value()
        self.hub.write(lambda s: set_retention_years(s, years), TOPIC, tr("Reminder saved"))
        self.refresh()

    # Actions ---------------------------------------------------------------------------
    def export(self, kind: str) -> Job[Path] | None:
        """Ask where, then save what we hold about the chosen person in the background."""
        person = self.selected()
        if person is None or self.job is not None:
            return None
        suffix = ".pdf" if kind == "pdf" else ".json"
        from desktop.ui.last_folder import remember, suggested

        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save everything held about {name}").format(name=person.full_name),
            suggested(self.hub, _file_name(person.full_name, suffix)),
            tr("PDF (*.pdf)") if kind == "pdf" else tr("JSON (*.json)"),
        )
        if not name:
            return None
        remember(self.hub, name)
        target = Path(name)
        from desktop.services.person_export import export_person_report

        person_id, what = person.id, "json" if kind == "json" else "pdf"

        def work(session: Session, _task: Task) -> Path:
            export_person_report(session, person_id, target, kind=what)
            return target

        def done(path: Path) -> None:
            self._idle()
            self.hub.saved.emit(tr("Saved {path}").format(path=path))

        def failed(failure: Failure) -> None:
            self._idle()  # a SaveError says which file, why, and what to do
            QMessageBox.warning(self, tr("Not saved"), failure.message)

        self._busy()
        self.job = run_in_session(
            self.hub, self, work, on_done=done, on_failed=failed, what=tr("The copy")
        )
        return self.job

    def reject(self) -> None:
        """Not while a copy is being saved or someone forgotten: it finishes first."""
        if self.job is None:
            super().reject()

    def _busy(self) -> None:
        for button in (self.pdf_button, self.json_button, self.forget_button):
            button.setEnabled(False)

    def _idle(self) -> None:
        self.job = None
        self._update_buttons()

    def forget_selected(self) -> bool:
        """Ask, then forget the chosen person in the background; False if not started."""
        person = self.selected()
        if person is None or person.forgotten or self.job is not None:
            return False
        answer = QMessageBox.question(
            self,
            tr("Forget {name}?").format(name=person.full_name),
            tr(
                "Remove {name}'s name and contact details from Partnerbook? The meetings and "
                "roles they took part in stay, as \u201cFormer representative\u201d.\n\n"
                "A backup is made first. This cannot be undone in the app."
            ).format(name=person.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.hub.ensure_writable()
        except StorageProblem:
            return False  # already said
        from desktop.services.forgetting import forget_person_everywhere
        from desktop.services.opening import database_at

        paths, person_id, name = self.hub.paths, person.id, person.full_name

        def work(_task: Task) -> ForgetReport:
            database = database_at(paths.database)  # its own, on the job's thread
            try:
                return forget_person_everywhere(paths, database, person_id)
            finally:
                database.dispose()

        self._busy()
        self.job = run_in_background(
            self,
            work,
            on_done=lambda report: self._forgotten(name, report),
            on_failed=self._not_forgotten,
            what=tr("Forgetting"),
            hub=self.hub,
            changes=TOPIC,
        )
        return True

    def _not_forgotten(self, failure: Failure) -> None:
        self._idle()
        message = failure.message
        if failure.kind is FailureKind.REFUSED and isinstance(failure.error, BackupError):
            message = tr("Nothing was changed, because the backup made first failed: {why}").format(
                why=message
            )
        QMessageBox.warning(self, tr("Not forgotten"), message)

    def _forgotten(self, name: str, report: ForgetReport) -> None:
        from desktop.services.forgetting import delete_backups

        self._idle()
        self.refresh()
        holding = report.backups_holding
        if holding:
            listing = "\n".join(p.name for p in holding[:12])
            more = len(holding) - 12
            if more > 0:
                listing += "\n" + tr("and {count} more").format(count=more)
            delete = QMessageBox.question(
                self,
                tr("Backups still hold their details"),
                tr(
                    "{name} has been forgotten. These {count} backups still hold their name "
                    "and contact details:\n\n{listing}\n\nOld backups are removed automatically "
                    "over the coming months. Delete these backups now? (Your records are not "
                    "affected.)"
                ).format(name=name, count=len(holding), listing=listing),
            )
            if delete == QMessageBox.StandardButton.Yes:
                delete_backups(holding)
        else:
            QMessageBox.information(
                self, tr("Forgotten"), tr("{name} has been forgotten.").format(name=name)
            )
