"""The Returns area: a short export form, a progress bar, then Open and Show in folder.

The export runs in the background (``ui/background.py``) so the window stays usable while
the PDF is drawn; the returns log underneath lists every return already sent.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.periods import Period, PeriodError
from desktop.services.choices import partnerships_to_choose
from desktop.services.return_data import ReturnEmpty
from desktop.services.returns import (
    NOT_LOGGED,
    ExportRequest,
    ExportResult,
    export_return,
    returns_log,
)
from desktop.ui.a11y import announce
from desktop.ui.area import Area
from desktop.ui.background import Failure, Job, Task, run_in_session
from desktop.ui.data import DataHub
from desktop.ui.i18n import plural
from desktop.ui.period_chooser import PeriodChooser
from desktop.ui.problem_text import said, translate
from desktop.ui.returns_log import ReturnsLogModel
from desktop.ui.widgets import EmptyState

if TYPE_CHECKING:
    from desktop.services.types import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnsArea", text)


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("%n partnership(s)")."""
    return plural("ReturnsArea", text, n)


def today() -> date:
    """Today's date; tests put their fixed day here."""
    return date.today()


class ReturnsArea(Area):
    topics = (Change.RETURNS, Change.PARTNERSHIPS)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job[ExportResult] | None = None
        self.result: ExportResult | None = None
        self._last_request: ExportRequest | None = None
        outer = QVBoxLayout(self)
        self.empty = EmptyState(
            tr("Send your return to the CVS"),
            tr(
                "At the end of a period, export a return: a PDF with your records inside it "
                "that your CVS can read and import. Add a partnership first."
            ),
        )
        outer.addWidget(self.empty)
        self.content = QWidget()
        # Scrolls rather than demanding a tall window: at 200% the form alone fills a laptop.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.content)
        self.scroll.setAccessibleName(tr("Returns"))
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(self.content)
        intro = QLabel(
            tr(
                "A return is a PDF of your partnership records for your CVS, with the same "
                "records inside it as data they can import. Choose what goes in, then export."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_form())
        layout.addLayout(self._build_actions())
        log_box = QGroupBox(tr("Returns already exported"))
        log_layout = QVBoxLayout(log_box)
        self.log_model = ReturnsLogModel()
        self.log_view = QTableView()
        self.log_view.setModel(self.log_model)
        self.log_view.setAccessibleName(tr("Returns already exported"))
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_view.verticalHeader().hide()
        log_layout.addWidget(self.log_view)
        layout.addWidget(log_box, 1)
        self.refresh()

    # -- the form -----------------------------------------------------------------------

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(tr("Export a return"))
        form = QFormLayout(box)
        from desktop.ui.pack_choice import PackChoice

        self.pack_choice = PackChoice()
        self.pack_label = QLabel(tr("The return is &for:"))
        self.pack_label.setBuddy(self.pack_choice)
        form.addRow(self.pack_label, self.pack_choice)
        self.periods = PeriodChooser(today(), self)
        self.periods.add_rows(form)
        self.pack_choice.period_chosen.connect(self.periods.set_period)
        self.pack_choice.currentIndexChanged.connect(lambda _i: self._contacts_wording())

        self.all_partnerships = QRadioButton(tr("&All partnerships"))
        self.chosen_partnerships = QRadioButton(tr("Only the ones I tic&k"))
        self.all_partnerships.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_partnerships)
        group.addButton(self.chosen_partnerships)
        self.partnership_list = QListWidget()
        self.partnership_list.setAccessibleName(tr("Partnerships to include"))
        self.partnership_list.setMaximumHeight(110)
        # Ticking a partnership chooses "only the ones I tick"; the list is never greyed
        # out, because greyed text is too faint to read on some screens.
        self.partnership_list.itemChanged.connect(self._partnership_ticked)
        which = QVBoxLayout()
        which.addWidget(self.all_partnerships)
        which.addWidget(self.chosen_partnerships)
        which.addWidget(self.partnership_list)
        which_label = QLabel(tr("Partnerships:"))
        which_label.setBuddy(self.all_partnerships)
        form.addRow(which_label, which)

        self.include_contacts = QCheckBox(tr("Include people's names and &contact details"))
        self.include_contacts.setToolTip(
            tr("Left out unless you tick this: representatives then appear by their role.")
        )
        form.addRow("", self.include_contacts)
        self.companions = QCheckBox(
            tr("Also save a &web page and spreadsheet (CSV) copies beside it")
        )
        form.addRow("", self.companions)

        self.signoff_name = QLineEdit()
        self.signoff_name.setAccessibleName(tr("Signed off by: name"))
        self.signoff_role = QLineEdit()
        self.signoff_role.setAccessibleName(tr("Signed off by: role"))
        self.signoff_role.setPlaceholderText(tr("For example: Chair of trustees"))
        self.signoff_date = QDateEdit(calendarPopup=True)
        self.signoff_date.setDisplayFormat("d MMM yyyy")
        now = today()
        self.signoff_date.setDate(QDate(now.year, now.month, now.day))
        for text, widget in (
            (tr("Signed off by (&name):"), self.signoff_name),
            (tr("Their &role:"), self.signoff_role),
            (tr("Sign-off &date:"), self.signoff_date),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return box

    def _build_actions(self) -> QVBoxLayout:
        column = QVBoxLayout()
        row = QHBoxLayout()
        self.export_button = QPushButton(tr("E&xport return…"))
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(tr("&Open"))
        self.open_button.clicked.connect(self.open_result)
        self.folder_button = QPushButton(tr("&Show in folder"))
        self.folder_button.clicked.connect(self.show_in_folder)
        for button in (self.open_button, self.folder_button):
            button.setEnabled(False)
        row.addWidget(self.export_button)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Export progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addLayout(row)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        return column

    def _partnership_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen_partnerships.setChecked(True)

    def _contacts_wording(self) -> None:
        """For a pack, contact details travel sealed for its CVS: say so where they are chosen."""
        cvs = self.pack_choice.cvs_name()
        if cvs:
            self.include_contacts.setText(
                tr("Include people's names and &contact details (sealed for {cvs})").format(cvs=cvs)
            )
            self.include_contacts.setToolTip(
                tr(
                    "They go in encrypted so that only {cvs}'s Partnerbook can read them; the "
                    "printed pages say so and do not show them."
                ).format(cvs=cvs)
            )
        else:
            self.include_contacts.setText(tr("Include people's names and &contact details"))
            self.include_contacts.setToolTip(
                tr("Left out unless you tick this: representatives then appear by their role.")
            )

    def period(self) -> Period:
        return self.periods.period()

    def refresh(self) -> None:
        conn = self.hub.read()
        ticked = {
            self.partnership_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.partnership_list.count())
            if self.partnership_list.item(i).checkState() == Qt.CheckState.Checked
        }
        self.partnership_list.blockSignals(True)
        self.partnership_list.clear()
        for choice in partnerships_to_choose(conn):
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            checked = choice.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.partnership_list.addItem(item)
        self.partnership_list.blockSignals(False)
        self.pack_choice.load(conn)
        self._contacts_wording()
        self.pack_label.setVisible(self.pack_choice.isVisibleTo(self))
        with self.hub.database().session() as session:
            self.log_model.load(returns_log(session))
        has_any = self.partnership_list.count() > 0 or self.log_model.rowCount() > 0
        self.empty.setVisible(not has_any)
        self.scroll.setVisible(has_any)

    # -- exporting ------------------------------------------------------------------------

    def _request(self, out: Path) -> ExportRequest | None:
        try:
            period = self.period()
        except PeriodError as exc:
            QMessageBox.warning(self, tr("Check the dates"), said(exc))
            return None
        ids = None
        if self.chosen_partnerships.isChecked():
            ids = [
                self.partnership_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.partnership_list.count())
                if self.partnership_list.item(i).checkState() == Qt.CheckState.Checked
            ]
            if not ids:
                QMessageBox.warning(
                    self,
                    tr("Choose partnerships"),
                    tr("Tick at least one partnership, or choose all of them."),
                )
                return None
        companions = self.companions.isChecked()
        return ExportRequest(
            period=period,
            out_path=out,
            partnership_ids=ids,
            include_contacts=self.include_contacts.isChecked(),
            signoff_name=self.signoff_name.text(),
            signoff_role=self.signoff_role.text(),
            signoff_date=self.signoff_date.date().toPython(),
            html_path=out.with_suffix(".html") if companions else None,
            csv_dir=out.with_name(f"{out.stem} CSV") if companions else None,
            pack_id=self.pack_choice.pack_id(),
        )

    def export(self) -> None:
        """Ask where to save, then export in the background."""
        if self.job is not None:
            return
        try:
            label = self.period().label
        except PeriodError as exc:
            QMessageBox.warning(self, tr("Check the dates"), said(exc))
            return
        from desktop.ui.last_folder import remember, suggested

        offered = suggested(self.hub, f"Partnership return {label.replace('/', '-')}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the return as"), offered, tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        remember(self.hub, chosen)
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        request = self._request(out)
        if request is not None:
            self._start(request)

    def _start(self, request: ExportRequest) -> None:
        self._last_request = request
        self.result = None
        # Records open for reading only cannot take the log entry: the return is still
        # saved, and its result warns that the returns log does not know about it.
        if self.hub.is_read_only:
            request = replace(request, add_to_log=False)

        def work(session: Session, task: Task) -> ExportResult:
            return export_return(
                session,
                request,
                progress=lambda percent, stage: task.progress(percent, 100, stage),
            )

        self.export_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(tr("Making the return…"))
        self.job = run_in_session(
            self.hub,
            self,
            work,
            on_done=self._finished,
            on_failed=self._failed,
            progress=self._progress,
            what=tr("The return"),
            changes=Change.RETURNS,
            pool=self.pool,
        )

    def _progress(self, percent: int, _total: int, message: object) -> None:
        self.progress.setValue(percent)
        # The export service reports its stages in English; listed here so each is translated.
        stages = {
            "Gathering the records for the return": tr("Gathering the records for the return"),
            "Drawing the PDF": tr("Drawing the PDF"),
            "Saving": tr("Saving"),
            "Done": tr("Done"),
        }
        self.status.setText(stages.get(str(message), str(message)))

    def _done(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.progress.hide()

    def _finished(self, result: ExportResult) -> None:
        self._done()
        self.result = result
        text = tr_n(
            "Saved return {reference} (%n partnership(s)) to {path}.", result.partnership_count
        ).format(reference=result.reference, path=result.path)
        # The CVS may ask for it when a return comes from a new computer (issue 20).
        text += " " + tr("Signed with your group's key {key}.").format(key=result.signed_by)
        if result.supersedes_reference and result.made_for:
            text += " " + tr(
                "It replaces return {old} for the same period, for {names} only; the CVS "
                "keeps the earlier return's word on the other partnerships."
            ).format(old=result.supersedes_reference, names=", ".join(result.made_for))
        elif result.supersedes_reference:
            text += " " + tr(
                "It replaces return {old} for the same period, for all the group's partnerships."
            ).format(old=result.supersedes_reference)
        self.status.setText(text)
        # A label's new text is silent to a screen reader: the result is read out as well.
        announce(self.status, text)
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        if not result.logged:
            QMessageBox.information(self, tr("Not in the returns log"), translate(NOT_LOGGED))
        for warning in result.warnings:
            QMessageBox.information(self, tr("Some characters will not print"), warning)

    def _empty(self, message: str) -> None:
        self.status.setText(message)
        answer = QMessageBox.question(
            self, tr("Nothing to report"), message + "\n\n" + tr("Export an empty return anyway?")
        )
        if answer == QMessageBox.StandardButton.Yes and self._last_request is not None:
            self._last_request.allow_empty = True
            self._start(self._last_request)

    def _failed(self, failure: Failure) -> None:
        self._done()
        if isinstance(failure.error, ReturnEmpty):  # nothing to report: ask first
            self._empty(failure.message)
            return
        self.status.setText(failure.message)
        QMessageBox.warning(self, tr("The return was not saved"), failure.message)

    def open_result(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    def show_in_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))
