"""The Reviews area: choose a partnership, see its health-check reviews, start or resume one.

The list is a Qt model over ``list_reviews`` (plain sqlite3, fast). The selected review's
results sit underneath. A partnership we are only considering gets its joining check here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.numbers import score_text
from desktop.domain.review_checks import REVIEW_DUE_MONTHS_RANGE
from desktop.services.choices import partnerships_to_choose
from desktop.services.frameworks import framework_ids, review_tool_for_partnership
from desktop.services.review_reads import (
    ReviewSummary,
    list_reviews,
    partnerships_overdue_review,
    review_due_months,
)
from desktop.services.reviews import delete_review, reopen_review, set_review_due_months
from desktop.ui.area import Area
from desktop.ui.data import DataHub
from desktop.ui.framework_choice import REVIEWS, FrameworkChoice
from desktop.ui.joining import JoiningCheckForm
from desktop.ui.review_results import ReviewResultsView
from desktop.ui.review_wizard import ReviewWizard
from desktop.ui.rows_model import Index, RowsModel
from desktop.ui.widgets import EmptyState


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewsArea", text)


class ReviewListModel(RowsModel):
    DATE, STATUS, SCORE, BAND, RESPONDENTS, TOOL = range(6)
    HEADERS = ("Date", "Status", "Score", "Band", "Who took part", "Review tool")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Each review's tool by title: scores from different tools do not compare, so the
        # list says which tool each was made with.
        self.tools: dict[int, str] = {}

    def header_text(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def review_at(self, row: int) -> ReviewSummary:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        review = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_date(review.review_date)
            if column == self.STATUS:
                return tr("⚠ Draft: not finished") if review.is_draft else tr("Finished")
            if column == self.SCORE:
                # The one rounding rule (domain/numbers): the same figure as the heading.
                return "" if review.overall is None else score_text(review.overall)
            if column == self.BAND:
                return review.band_label or tr("Not scored")
            if column == self.TOOL:
                return self.tools.get(review.id, "")
            return ", ".join(review.respondents)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.BAND and review.band_colour:
            colour = QColor(review.band_colour)
            colour.setAlpha(60)
            return QBrush(colour)
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and review.is_draft:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return review.id
        return None


class ReviewsArea(Area):
    topics = (
        Change.REVIEWS,
        Change.PARTNERSHIPS,
        Change.JOINING,
        Change.ACTIONS,
        Change.FRAMEWORKS,
    )

    def __init__(
        self, hub: DataHub, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(hub, parent)
        self.today = today or date.today()
        self.wizard: ReviewWizard | None = None
        self.joining_dialog: QDialog | None = None
        self.stack = QStackedLayout(self)
        self.empty = EmptyState(
            tr("No reviews yet"),
            tr(
                "A health-check review asks how well a partnership is working. Add a "
                "partnership first, then start its first review here."
            ),
        )
        self.stack.addWidget(self.empty)
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        choose_label = QLabel(tr("&Partnership:"))
        self.partnership = QComboBox()
        self.partnership.setAccessibleName(tr("Partnership"))
        choose_label.setBuddy(self.partnership)
        self.partnership.currentIndexChanged.connect(lambda _i: self._show_partnership())
        self.joining_button = QPushButton(tr("&Joining check…"))
        self.joining_button.clicked.connect(self.open_joining_check)
        # The tool new reviews use, chosen apart from the commitments framework.
        self.tool_choice = FrameworkChoice(hub, REVIEWS)
        tool_label = QLabel(tr("Review tool (&used by new reviews):"))
        tool_label.setBuddy(self.tool_choice)
        top.addWidget(choose_label)
        top.addWidget(self.partnership, 1)
        top.addWidget(self.joining_button)
        layout.addLayout(top)
        due_row = QHBoxLayout()
        self.due_note = QLabel()
        self.due_note.setWordWrap(True)
        period_label = QLabel(tr("Review due &after"))
        self.period = QSpinBox()
        self.period.setRange(*REVIEW_DUE_MONTHS_RANGE)
        self.period.setSuffix(tr(" months"))
        self.period.setAccessibleName(tr("A review is due after this many months"))
        self.period.setToolTip(
            tr("Partnerships with no finished review for this long are flagged.")
        )
        period_label.setBuddy(self.period)
        self.period.editingFinished.connect(self._save_period)
        # On its own row: beside the partnership it squeezed long names to a few letters.
        due_row.addWidget(tool_label)
        due_row.addWidget(self.tool_choice, 1)
        due_row.addWidget(period_label)
        due_row.addWidget(self.period)
        layout.addLayout(due_row)
        # The note has the whole width: beside the choices it wrapped a word a line.
        layout.addWidget(self.due_note)

        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.model = ReviewListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Reviews of this partnership"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        # Double-click resumes a draft; a finished review is only changed on purpose.
        self.table.doubleClicked.connect(lambda _i: self._double_clicked())
        buttons = QHBoxLayout()
        self.start_button = QPushButton(tr("&Start a review…"))
        self.start_button.clicked.connect(self.start_review)
        self.continue_button = QPushButton(tr("C&ontinue the draft…"))
        self.continue_button.clicked.connect(self.continue_review)
        self.delete_button = QPushButton(tr("De&lete review"))
        self.delete_button.clicked.connect(self.delete_review)
        for button in (self.start_button, self.continue_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(buttons)
        self.results = ReviewResultsView(hub, self.today)
        splitter.addWidget(upper)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(1, 3)
        from desktop.ui.sizing import remember_splitter, window_settings

        remember_splitter(splitter, "reviews", window_settings(hub.paths.data))
        layout.addWidget(splitter, 1)
        self.stack.addWidget(page)
        self.page = page
        self.refresh()

    # ----------------------------------------------------------------------------------
    def partnership_id(self) -> int | None:
        value = self.partnership.currentData()
        return int(value) if value is not None else None

    def selected_review(self) -> ReviewSummary | None:
        index = self.table.currentIndex()
        return self.model.review_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        rows = partnerships_to_choose(self.hub.read())
        if not rows:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.page)
        keep = self.partnership_id()
        self.considering = {row.id for row in rows if row.considering}
        self.partnership.blockSignals(True)
        self.partnership.clear()
        for row in rows:
            suffix = tr(" (considering)") if row.considering else ""
            self.partnership.addItem(f"{row.name}{suffix}", row.id)
        self.partnership.setCurrentIndex(max(self.partnership.findData(keep), 0))
        self.partnership.blockSignals(False)
        self._show_partnership()

    def _save_period(self) -> None:
        months = self.period.value()
        if months != review_due_months(self.hub.read()):
            self.hub.write(lambda s: set_review_due_months(s, months), Change.REVIEWS)

    def select_partnership(self, partnership_id: int) -> None:
        self.partnership.setCurrentIndex(max(self.partnership.findData(partnership_id), 0))

    def _show_partnership(self) -> None:
        pid = self.partnership_id()
        if pid is None:
            return
        keep = self.selected_review()
        with self.hub.database().session() as session:
            tools = framework_ids(session)
            tool = review_tool_for_partnership(session, pid)
        self.tool_choice.show_choice(tools, pid, tool.id)
        conn = self.hub.read()
        reviews = list_reviews(conn, pid)
        titles = dict(tools)
        self.model.tools = {r.id: titles.get(r.framework_id, r.framework_id) for r in reviews}
        self.model.set_rows(reviews)
        considering = pid in self.considering
        self.joining_button.setVisible(considering)
        months = review_due_months(conn)
        self.period.blockSignals(True)
        self.period.setValue(months)
        self.period.blockSignals(False)
        overdue = partnerships_overdue_review(conn, self.today, months)
        if considering:
            self.due_note.setText(
                tr("We are still considering this partnership: use the joining check first.")
            )
        elif pid in overdue:
            last = overdue[pid]
            self.due_note.setText(
                tr("⚠ A review is due: none finished since {date}.").format(date=format_date(last))
                if last
                else tr("⚠ A review is due: this partnership has never been reviewed.")
            )
        else:
            self.due_note.setText("")
        row = 0
        if keep is not None:
            row = next((i for i, r in enumerate(reviews) if r.id == keep.id), 0)
        if reviews:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_selected()

    def _show_selected(self) -> None:
        review = self.selected_review()
        self.continue_button.setEnabled(review is not None)
        finished = review is not None and not review.is_draft
        self.continue_button.setText(
            tr("Chan&ge this review…") if finished else tr("C&ontinue the draft…")
        )
        self.delete_button.setEnabled(review is not None)
        self.results.setVisible(review is not None)
        self.results.request(review.id if review else None)

    # ----------------------------------------------------------------------------------
    def _open_wizard(self, review_id: int | None) -> None:
        pid = self.partnership_id()
        if pid is None:
            return
        name = self.partnership.currentText()
        self.wizard = ReviewWizard(self.hub, pid, name, review_id, self.today, self)
        self.wizard.open()

    def _double_clicked(self) -> None:
        review = self.selected_review()
        if review is not None and review.is_draft:
            self._open_wizard(review.id)

    def start_review(self) -> None:
        self._open_wizard(None)

    def continue_review(self) -> None:
        review = self.selected_review()
        if review is not None and review.is_draft:
            self._open_wizard(review.id)
        elif review is not None:
            self.change_finished_review(review)

    def change_finished_review(self, review: ReviewSummary) -> None:
        """Correct a finished review: it becomes a draft again until it is finished again."""
        answer = QMessageBox.question(
            self,
            tr("Change this review"),
            tr(
                "Open the review of {date} again to change it?\n\n"
                "It becomes a draft until you finish it again. While it is a draft it is left "
                "out of the charts, What's due and returns."
            ).format(date=format_date(review.review_date)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.hub.write(lambda s: reopen_review(s, review.id), Change.REVIEWS, tr("Review reopened"))
        self._open_wizard(review.id)

    def delete_review(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Delete review"),
            tr("Delete the review of {date}? Its answers are deleted too.").format(
                date=format_date(review.review_date)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.hub.write(
                lambda s: delete_review(s, review.id), Change.REVIEWS, tr("Review deleted")
            )

    def open_joining_check(self) -> None:
        pid = self.partnership_id()
        if pid is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(
            tr("Joining check: {name}").format(name=self.partnership.currentText())
        )
        layout = QVBoxLayout(dialog)
        form = JoiningCheckForm(self.hub, pid, self.today)
        layout.addWidget(form, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.finished.connect(lambda _r: form.save_all())
        dialog.resize(640, 720)
        dialog.form = form  # type: ignore[attr-defined]
        self.joining_dialog = dialog
        dialog.open()
