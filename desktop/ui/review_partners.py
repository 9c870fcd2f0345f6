"""The Partners tab of a review: questionnaires out, answers back, the partnership's view.

Make a questionnaire (for one partner organisation, or one any partner may fill in), see
who was sent one and who has answered, drop the returned PDFs here (or choose them), and
see every partner's answers and subtotals side by side with the spread. Returned files are
read in worker processes (``ReaderPool``), because they come from outside, and the answers
stored, all in the background (ui/background.py); each file gets its outcome in plain words.
Making a questionnaire (its PDF, maybe a text copy, and the record that it was sent) runs in
the background too. The agreed answer stays the group's to choose, on the Viewpoints tab.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.frameworks import Framework
from desktop.domain.partner_view import MIN_PARTNERS_FOR_ANONYMOUS, PartnersView
from desktop.domain.problems import UserError
from desktop.services.choices import review_is_finished, review_partner_names
from desktop.services.partner_answers import review_partners_view
from desktop.services.questionnaires import (
    AnswerOutcome,
    SentQuestionnaire,
    collect_answers,
    make_questionnaire,
    questionnaires_of,
)
from desktop.services.storage_errors import StorageProblem
from desktop.ui.background import Failure, Job, Task, run_in_background, run_in_session
from desktop.ui.data import DataHub
from desktop.ui.partnerships.fields import FieldError, ProblemLabel
from desktop.ui.problem_text import said
from desktop.ui.questionnaire_dialog import QuestionnaireDialog

if TYPE_CHECKING:
    from desktop.services.types import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPartners", text)


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}".removesuffix(".0")


def read_files(paths: list[Path]) -> list[tuple[str, object]]:
    """Read returned questionnaires in worker processes under the untrusted-file limits:
    (file name, what was read or why it was rejected) for each file, never an exception."""
    from desktop.services.collection.intake import Rejected
    from desktop.services.collection.watchdog import ReaderPool
    from desktop.services.questionnaire_reader import LIMITS, READER
    from desktop.services.questionnaire_reasons import READ_FAILED

    try:
        with ReaderPool(LIMITS, reader=READER) as pool:
            return [(path.name, read) for path, read in pool.read_many(paths)]
    except UserError as exc:  # the reader processes could not start
        return [(path.name, Rejected("damaged", str(exc))) for path in paths]
    except Exception:  # our bug: logged, and each file is told as not read
        from desktop.logging_setup import log

        log.exception("Reading returned questionnaires failed")
        return [(path.name, Rejected("damaged", READ_FAILED)) for path in paths]


class PartnersPanel(QWidget):
    """Questionnaires and the partnership's view for one review."""

    collected = Signal(list)  # the outcomes of the files just brought back

    def __init__(self, hub: DataHub, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.today = today
        self.review_id: int | None = None
        self.dialog: QuestionnaireDialog | None = None
        self.reading: Job[list[AnswerOutcome]] | None = None  # answers being brought back
        self.making: Job[None] | None = None  # a questionnaire being made
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(tr("&Make a questionnaire…"))
        self.make_button.clicked.connect(self.make)
        self.bring_button = QPushButton(tr("&Bring back answers…"))
        self.bring_button.setToolTip(tr("Choose filled questionnaires (PDF), or drop them here"))
        self.bring_button.clicked.connect(self.choose_files)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.bring_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.drop_note = QLabel(
            tr("Drop filled questionnaires (PDF) anywhere on this tab to bring the answers back.")
        )
        self.drop_note.setWordWrap(True)
        layout.addWidget(self.drop_note)
        self.sent = QTableWidget(0, 4)
        self.sent.setHorizontalHeaderLabels(
            [tr("Sent to"), tr("Sent on"), tr("Answer by"), tr("Answered")]
        )
        self.sent.setAccessibleName(tr("Questionnaires sent and answers received"))
        self._setup(self.sent)
        layout.addWidget(self.sent, 1)
        self.outcomes = QLabel()
        self.outcomes.setWordWrap(True)
        self.outcomes.setAccessibleName(tr("What happened to the files brought back"))
        layout.addWidget(self.outcomes)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)
        self.view_note = QLabel()
        self.view_note.setWordWrap(True)
        layout.addWidget(self.view_note)
        self.view = QTableWidget(0, 0)
        self.view.setAccessibleName(tr("Each partner's answers side by side"))
        self._setup(self.view)
        layout.addWidget(self.view, 2)

    @staticmethod
    def _setup(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    # -- showing ---------------------------------------------------------------------------
    def show_review(self, review_id: int | None) -> None:
        self.review_id = review_id
        self.setEnabled(review_id is not None)
        if review_id is None:
            return
        with self.hub.database().session() as session:
            sent = questionnaires_of(session, review_id)
            framework, view = review_partners_view(session, review_id)
        # Answers are only added to a draft: say so before anyone makes a form for nothing.
        finished = review_is_finished(self.hub.read(), review_id)
        for button in (self.make_button, self.bring_button):
            button.setEnabled(not finished and self.reading is None)
        self.drop_note.setText(
            tr(
                "This review is finished. To ask partners for their answers, start a new "
                "review, or change this one (it becomes a draft again)."
            )
            if finished
            else tr(
                "Drop filled questionnaires (PDF) anywhere on this tab to bring the answers back."
            )
        )
        self._fill_sent(sent)
        self._fill_view(framework, view)

    def _fill_sent(self, sent: list[SentQuestionnaire]) -> None:
        self.sent.setRowCount(len(sent))
        for row, item in enumerate(sent):
            answered = "; ".join(
                tr("{who} on {date}").format(who=who, date=format_date(when))
                if when is not None
                else tr("answered, anonymously")
                for who, when in item.answered
            ) or tr("Not yet")
            overdue = not item.answered and item.deadline is not None and item.deadline < self.today
            cells = [
                item.partner or tr("Any partner"),
                format_date(item.sent_on),
                format_date(item.deadline) if item.deadline else tr("no deadline"),
                (tr("⚠ Not yet: the deadline has passed") if overdue else answered),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3 and overdue:
                    cell.setBackground(QBrush(QColor(255, 214, 0, 90)))
                self.sent.setItem(row, column, cell)

    def _fill_view(self, framework: Framework, view: PartnersView) -> None:
        columns = view.columns
        notes = [
            tr(
                "Each partner's own answers side by side, with the spread: the distance "
                "between the lowest and highest score given (the questions partners disagree "
                "on most are marked). The agreed answer is still the group's to choose, on the "
                "Viewpoints tab."
            )
        ]
        if view.held_back:
            notes.append(
                tr(
                    "{n} partner(s) asked to stay anonymous: their answers are shown once at "
                    "least {min} partners have answered."
                ).format(n=view.held_back, min=MIN_PARTNERS_FOR_ANONYMOUS)
            )
        if not columns:
            notes.append(tr("No partner has answered yet."))
        self.view_note.setText("\n".join(notes))
        self.view.clear()
        self.view.setColumnCount(len(columns) + 2)
        self.view.setHorizontalHeaderLabels(
            [tr("Question")] + [c.label for c in columns] + [tr("Spread")]
        )
        worst = {s.ref for s in view.most_disagreed(3)}
        rows: list[list[str]] = []
        marks: list[bool] = []
        labels = {
            item.ref: {key: label for key, label in _options(framework, item.ref)}
            for item in framework.review_items()
        }
        for spread in view.spreads:
            words = labels.get(spread.ref, {})
            cells = [f"{spread.ref}  {spread.title}"]
            cells += [words.get(c.answers.get(spread.ref, ""), "") for c in columns]
            cells.append(
                (tr("⚠ {n}") if spread.ref in worst else "{n}").format(n=_score(spread.spread))
                if spread.spread is not None
                else ""
            )
            rows.append(cells)
            marks.append(spread.ref in worst)
        for key, title in view.groups:
            rows.append(
                [tr("Subtotal: {title}").format(title=title.strip())]
                + [_score(c.domain_scores.get(key)) for c in columns]
                + [""]
            )
            marks.append(False)
        self.view.setRowCount(len(rows))
        for row, (cells, marked) in enumerate(zip(rows, marks, strict=True)):
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if marked:
                    cell.setBackground(QBrush(QColor(255, 214, 0, 90)))
                self.view.setItem(row, column, cell)

    # -- making ----------------------------------------------------------------------------
    def _partners(self) -> list[str]:
        if self.review_id is None:
            return []
        return review_partner_names(self.hub.read(), self.review_id)

    def make(self) -> None:
        if self.review_id is None or self.making is not None:
            return
        self.dialog = QuestionnaireDialog(self._partners(), self)
        self.dialog.accepted.connect(self._made)
        self.dialog.open()

    def _made(self) -> None:
        dialog = self.dialog
        if dialog is None or self.review_id is None:
            return
        try:
            deadline = dialog.deadline.value()
        except FieldError as exc:
            self.problem.show_problem(str(exc))
            return
        partner = dialog.chosen_partner()
        suggested = f"questionnaire {partner or 'for partners'}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the questionnaire"), suggested, tr("PDF files (*.pdf)")
        )
        if not path:
            return
        review_id = self.review_id
        return_to = dialog.return_to.text()
        text_out = Path(path).with_suffix(".txt") if dialog.text_copy.isChecked() else None
        try:
            self.hub.ensure_writable()
        except StorageProblem:
            return  # already said
        today = self.today

        def work(session: Session, _task: Task) -> None:
            make_questionnaire(
                session,
                review_id,
                Path(path),
                today,
                partner=partner,
                deadline=deadline,
                return_to=return_to,
                text_out=text_out,
            )

        def done(_result: None) -> None:
            self.making = None
            self.make_button.setEnabled(True)
            self.hub.saved.emit(tr("Questionnaire saved"))
            self.problem.show_problem("")
            self.show_review(review_id)

        self.make_button.setEnabled(False)
        self.making = run_in_session(
            self.hub,
            self,
            work,
            on_done=done,
            on_failed=self._not_made,
            what=tr("The questionnaire"),
            changes=Change.ACTIONS,
        )

    def _not_made(self, failure: Failure) -> None:
        self.making = None
        self.make_button.setEnabled(True)
        self.problem.show_problem(failure.message)

    # -- bringing back ---------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, tr("Bring back filled questionnaires"), "", tr("PDF files (*.pdf)")
        )
        if paths:
            self.bring_back([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.review_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.bring_back(paths)

    def bring_back(self, paths: list[Path]) -> None:
        review_id = self.review_id
        if review_id is None or self.reading is not None:
            return
        try:
            self.hub.ensure_writable()
        except StorageProblem:
            return  # already said
        today, opened = self.today, self.hub.own_session()

        def work(_task: Task) -> list[AnswerOutcome]:
            reads = read_files(paths)
            with opened() as session:  # every file's answers, or none, in one transaction
                return collect_answers(session, review_id, reads, today)

        self.outcomes.setText(tr("Reading {n} file(s)…").format(n=len(paths)))
        self.bring_button.setEnabled(False)
        self.reading = run_in_background(
            self,
            work,
            on_done=lambda outcomes: self._brought_back(review_id, outcomes),
            on_failed=self._not_brought_back,
            what=tr("Bringing back the answers"),
            hub=self.hub,
            changes=Change.REVIEWS,
        )

    def _brought_back(self, review_id: int, outcomes: list[AnswerOutcome]) -> None:
        self.reading = None
        self.bring_button.setEnabled(True)
        self.outcomes.setText("\n".join(_outcome_text(o) for o in outcomes))
        if self.review_id == review_id:  # still showing the review they were brought to
            self.show_review(review_id)
        self.collected.emit(outcomes)

    def _not_brought_back(self, failure: Failure) -> None:
        self.reading = None
        self.bring_button.setEnabled(True)
        self.outcomes.setText(failure.message)


def _options(framework: Framework, ref: str) -> list[tuple[str, str]]:
    from desktop.domain.answers_file import question_options

    return [(o.key, o.label) for o in question_options(framework, framework.item(ref))]


def _outcome_text(outcome: AnswerOutcome) -> str:
    if outcome.outcome == "added":
        text = tr("{file}: added as the viewpoint “{who}”.")
    elif outcome.outcome == "duplicate":
        text = tr("{file}: already brought back (“{who}”); nothing changed.")
    elif outcome.outcome == "replaces":
        text = tr("{file}: replaces the earlier answers of “{who}”.")
    else:
        text = tr("{file}: not brought back: {why}.")
    return text.format(
        file=outcome.file,
        who=outcome.viewpoint,
        why=said(outcome.reason) if outcome.reason else "",
    )
