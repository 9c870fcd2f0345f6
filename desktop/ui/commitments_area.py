"""The Commitments area: rate one partnership clause by clause, and the matrix across all.

Rating by keyboard: in the table, type 1 to 4 (the framework's rating options in order) to
rate the current clause and move to the next; 0 or Backspace clears it. The form below
the table holds evidence and the next action, saved when you leave each field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import DateError, format_date, parse_date
from desktop.domain.frameworks import Framework
from desktop.domain.problems import Problem
from desktop.services import commitments, frameworks
from desktop.services.commitments import CommitmentError, CommitmentInput, CommitmentRow
from desktop.ui.a11y import set_help, tab_leaves
from desktop.ui.area import Area
from desktop.ui.commitments_matrix import MatrixPage
from desktop.ui.commitments_models import CommitmentTableModel
from desktop.ui.data import DataHub
from desktop.ui.form_dialog import ProblemLabel
from desktop.ui.framework_choice import COMMITMENTS, REVIEWS, FrameworkChoice
from desktop.ui.problem_text import said
from desktop.ui.sizing import size_columns
from desktop.ui.widgets import EmptyState


def tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentsArea", text)


class CommitmentsArea(Area):
    topics = (Change.COMMITMENTS, Change.PARTNERSHIPS, Change.FRAMEWORKS, Change.PEOPLE)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.rating_page = RatingPage(hub)
        self.matrix_page = MatrixPage(hub)
        self.tabs.addTab(self.rating_page, tr("&One partnership"))
        self.tabs.addTab(self.matrix_page, tr("&Across partnerships"))
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.rating_page.reload()
        self.matrix_page.reload()


class RatingPage(QWidget):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.framework: Framework | None = None
        self._choices: list[tuple[str, str]] = []
        self._loading = False
        outer = QVBoxLayout(self)
        self.empty = EmptyState(
            tr("Rate your Compact commitments"),
            tr(
                "Add a partnership first. Then rate, clause by clause, how well we keep "
                "our Compact commitments in it."
            ),
        )
        outer.addWidget(self.empty)
        self.body = QWidget()
        outer.addWidget(self.body)
        layout = QVBoxLayout(self.body)

        top = QHBoxLayout()
        self.partnership = QComboBox()
        self.partnership.setAccessibleName(tr("Partnership"))
        label = QLabel(tr("&Partnership:"))
        label.setBuddy(self.partnership)
        # Commitments and reviews each have their own framework: a CVS's Compact and the
        # health-check tool it recommends are often different documents.
        self.framework_choice = FrameworkChoice(hub, COMMITMENTS)
        framework_label = QLabel(tr("Commitments f&ramework:"))
        framework_label.setBuddy(self.framework_choice)
        self.review_choice = FrameworkChoice(hub, REVIEWS)
        review_label = QLabel(tr("Review too&l:"))
        review_label.setBuddy(self.review_choice)
        self.guidance_button = QPushButton(tr("&Guidance (F1)"))
        self.guidance_button.setAccessibleName(tr("Guidance"))
        # Two rows: on one, at 1366x768, the three choices were cut to "Holsworthy Y".
        top.addWidget(label)
        top.addWidget(self.partnership, 1)
        top.addWidget(self.guidance_button)
        layout.addLayout(top)
        choices = QHBoxLayout()
        choices.addWidget(framework_label)
        choices.addWidget(self.framework_choice, 1)
        choices.addWidget(review_label)
        choices.addWidget(self.review_choice, 1)
        layout.addLayout(choices)
        self.scale_hint = QLabel()
        self.scale_hint.setWordWrap(True)
        layout.addWidget(self.scale_hint)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = CommitmentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Commitments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Each column as wide as its words, the commitment's wording taking what is left.
        self.columns = size_columns(
            self.table,
            CommitmentTableModel.COMMITMENT,
            whole=(CommitmentTableModel.CLAUSE, CommitmentTableModel.RATING),
            # The form under the table shows these for the chosen clause anyway.
            optional=(
                CommitmentTableModel.UPDATED,
                CommitmentTableModel.EVIDENCE,
                CommitmentTableModel.DUE,
                CommitmentTableModel.OWNER,
                CommitmentTableModel.NEXT_ACTION,
            ),
        )
        tab_leaves(self.table)  # Tab moves on to the form below; arrows move between clauses
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_form())
        self.table.installEventFilter(self)
        self.evidence.installEventFilter(self)
        splitter.setStretchFactor(0, 3)
        from desktop.ui.sizing import remember_splitter, window_settings

        remember_splitter(splitter, "commitments", window_settings(hub.paths.data))
        layout.addWidget(splitter, 1)

        self.partnership.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self.guidance_button.clicked.connect(self.show_guidance)
        # F1 anywhere on this page (the table, the evidence, the owner…) shows the guidance
        # of the clause being rated, as its button promises.
        set_help(self.body, self.show_guidance)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.reload()

    def _build_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.wording = QLabel()
        self.wording.setWordWrap(True)
        self.wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.wording)
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumHeight(80)
        self.next_action = QLineEdit()
        self.owner = QComboBox()
        self.due = QLineEdit()
        self.due.setPlaceholderText(tr("for example 28/11/2026"))
        self.problems: dict[str, ProblemLabel] = {}
        for key, text, widget in (
            ("evidence", tr("Ev&idence:"), self.evidence),
            ("next_action", tr("&Next action:"), self.next_action),
            ("owner", tr("O&wner:"), self.owner),
            ("due", tr("&Due by:"), self.due),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            problem = ProblemLabel()
            self.problems[key] = problem
            form.addRow("", problem)
        self.general = ProblemLabel()
        form.addRow(self.general)
        self.next_action.editingFinished.connect(self.save_form)
        self.due.editingFinished.connect(self.save_form)
        self.owner.activated.connect(lambda _i: self.save_form())
        return box

    # Loading -------------------------------------------------------------------------
    def reload(self) -> None:
        with self.hub.database().session() as session:
            partnerships = commitments.partnerships(session)
            people = commitments.people(session)
            self._choices = frameworks.framework_ids(session)
        self.empty.setVisible(not partnerships)
        self.body.setVisible(bool(partnerships))
        current = self.partnership.currentData()
        self._loading = True
        self.partnership.clear()
        for pid, name in partnerships:
            self.partnership.addItem(name, pid)
        self.partnership.setCurrentIndex(max(self.partnership.findData(current), 0))
        self.owner.clear()
        self.owner.addItem(tr("(nobody yet)"), None)
        for pid, name in people:
            self.owner.addItem(name, pid)
        self._loading = False
        self.reload_rows()

    def current_partnership(self) -> int | None:
        data = self.partnership.currentData()
        return int(data) if data is not None else None

    def reload_rows(self) -> None:
        if self._loading:
            return
        pid = self.current_partnership()
        if pid is None:
            self.model.set_rows([])
            self.framework_choice.show_choice(self._choices, None, "")
            self.review_choice.show_choice(self._choices, None, "")
            return
        row = max(self.table.currentIndex().row(), 0)
        with self.hub.database().session() as session:
            self.framework = frameworks.framework_for_partnership(session, pid)
            tool = frameworks.review_tool_for_partnership(session, pid)
            rows = commitments.commitment_rows(session, pid)
        self.model.set_rows(rows)
        self.framework_choice.show_choice(self._choices, pid, self.framework.id)
        self.review_choice.show_choice(self._choices, pid, tool.id)
        keys = ", ".join(
            f"{n} = {o.label}" for n, o in enumerate(self.framework.rating_scale, start=1)
        )
        self.scale_hint.setText(
            tr("In the table, type {keys}; 0 clears. † marks older wording.").format(keys=keys)
        )
        if rows:
            self.table.setCurrentIndex(self.model.index(min(row, len(rows) - 1), 0))
            self._load_form(self.model.row(self.table.currentIndex().row()))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load_form(self.model.row(current.row()))

    def _load_form(self, row: CommitmentRow) -> None:
        older = ""
        if row.older_wording:
            older = (
                "<br><i>"
                + tr(
                    "Answered against version {v}; rate it again to use the newest wording."
                ).format(v=row.version)
                + "</i>"
            )
        self.wording.setText(f"<b>{row.ref} {row.title}</b><br>{row.text}{older}")
        self.evidence.setPlainText(row.evidence)
        self.next_action.setText(row.next_action)
        self.owner.setCurrentIndex(max(self.owner.findData(row.owner_person_id), 0))
        self.due.setText(format_date(row.due_date))
        for label in (*self.problems.values(), self.general):
            label.show_problem("")

    def current_row(self) -> CommitmentRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    # Keyboard rating ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.ShortcutOverride:
            # F1 on a clause shows its guidance; claiming the key here keeps the app-wide
            # F1 (the user guide) for everywhere else.
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.HelpContents):
                event.accept()
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text.isdigit() and self.framework is not None:
                number = int(text)
                if number == 0:
                    self.rate_current("")
                    return True
                if number <= len(self.framework.rating_scale):
                    self.rate_current(self.framework.rating_scale[number - 1].key)
                    return True
            if event.matches(QKeySequence.StandardKey.HelpContents):
                self.show_guidance()
                return True
            if event.key() == Qt.Key.Key_Backspace:
                self.rate_current("")
                return True
        if watched is self.evidence and event.type() == QEvent.Type.FocusOut:
            self.save_form()
        return super().eventFilter(watched, event)

    def rate_current(self, rating: str) -> None:
        """Rate the current clause, then move down so the next can be rated at once."""
        row = self.current_row()
        pid = self.current_partnership()
        if row is None or pid is None:
            return
        number = self.table.currentIndex().row()
        ref = row.ref
        try:
            self.hub.write(
                lambda s: commitments.set_rating(s, pid, ref, rating),
                Change.COMMITMENTS,
                tr("Rating saved"),
            )
        except CommitmentError as exc:
            QMessageBox.warning(self, tr("Rating not saved"), said(exc))
            return
        if number + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(number + 1, 0))

    # The form ----------------------------------------------------------------------------
    def save_form(self) -> None:
        row = self.current_row()
        pid = self.current_partnership()
        if row is None or pid is None or self._loading:
            return
        for label in (*self.problems.values(), self.general):
            label.show_problem("")
        try:
            due = parse_date(self.due.text())
        except DateError as exc:
            self.problems["due"].show_problem(said(exc))
            return
        data = CommitmentInput(
            rating=row.rating,
            evidence=self.evidence.toPlainText(),
            next_action=self.next_action.text(),
            owner_person_id=self.owner.currentData(),
            due_date=due,
        )
        if (
            data.evidence.strip() == row.evidence
            and data.next_action.strip() == row.next_action
            and data.owner_person_id == row.owner_person_id
            and data.due_date == row.due_date
        ):
            return  # nothing changed: do not touch "last updated"
        ref = row.ref
        try:
            self.hub.write(
                lambda s: commitments.save_commitment(s, pid, ref, data),
                Change.COMMITMENTS,
                tr("Commitment saved"),
            )
        except CommitmentError as exc:
            self._show_problems(exc.problems)

    def _show_problems(self, problems: list[Problem]) -> None:
        for problem in problems:
            self.problems.get(problem.field, self.general).show_problem(said(problem))

    def show_guidance(self) -> None:
        row = self.current_row()
        if row is None or self.framework is None:
            return
        meanings = "\n".join(f"{o.label}: {o.meaning}" for o in self.framework.rating_scale)
        guidance = row.guidance or tr("There is no extra guidance for this clause.")
        QMessageBox.information(
            self,
            tr("Guidance: {ref} {title}").format(ref=row.ref, title=row.title),
            f"{row.text}\n\n{guidance}\n\n{meanings}",
        )
