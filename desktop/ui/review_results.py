"""What a review says: scores and bands, charts, viewpoints side by side, actions to take.

Bands are shown in words and colour together, never colour alone. The view reads through
``review_outcome`` and writes through the services, so it holds no scoring rules itself.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change as Changed  # scoring has its own Change
from desktop.domain.charts import radar_plan, trend_range
from desktop.domain.dates import format_date
from desktop.domain.frameworks import Band, Framework
from desktop.domain.numbers import score_text as domain_score_text
from desktop.domain.scoring import Change, score_values
from desktop.domain.vocab import ReviewStatus
from desktop.services.choices import people_to_choose
from desktop.services.review_outcomes import (
    AcceptedAction,
    ReviewOutcome,
    accept_actions,
    review_outcome,
)
from desktop.services.reviews import ReviewError, add_respondent, save_answers
from desktop.ui.charts import RadarChart, TrendChart
from desktop.ui.data import DataHub
from desktop.ui.i18n import plural
from desktop.ui.partnerships.fields import DateEdit, FieldError, ProblemLabel
from desktop.ui.problem_text import said
from desktop.ui.review_partners import PartnersPanel

CHANGE_MARKS = {
    Change.BETTER: "▲",
    Change.WORSE: "▼",
    Change.SAME: "=",
    Change.NEW: "•",
    Change.NOT_SCORED: "–",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewResults", text)


def compared_with_before(change: Change, previous: date) -> str:
    """One whole sentence per kind of change: words built from pieces ("Not scored than")
    read wrongly in English and cannot be translated."""
    sentences = {
        Change.BETTER: tr("{mark} Better than the review of {date}."),
        Change.WORSE: tr("{mark} Worse than the review of {date}."),
        Change.SAME: tr("{mark} The same as the review of {date}."),
        Change.NEW: tr("{mark} The review of {date} had no score to compare with."),
        Change.NOT_SCORED: tr("{mark} No score yet to compare with the review of {date}."),
    }
    return sentences[change].format(mark=CHANGE_MARKS[change], date=format_date(previous))


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("%n action(s)": 1 action, 5 actions)."""
    return plural("ReviewResults", text, n)


def score_text(score: float) -> str:
    """A score as people read it: one decimal place at most (2.5, 62, 12.3), by the one
    rounding rule the PDFs use too (``domain.numbers``)."""
    return domain_score_text(score)


def band_text(band: Band | None, score: float | None) -> str:
    """The score and, where the tool has a band at that level, the band's name."""
    if score is None:
        return tr("Not scored")
    if band is None:
        return score_text(score)
    return f"{score_text(score)} · {band.label}"


def answer_labels(framework: Framework, ref: str) -> dict[str, str]:
    """The answer keys of a question's own scale, with the words people read."""
    try:
        scale = framework.sections[framework.item(ref).section_key].scale
    except KeyError:
        scale = None
    options = scale.options if scale is not None else framework.answer_scale
    return {o.key: o.label for o in options}


def tool_summary(framework: Framework, scores: dict[str, float | None]) -> str:
    """Each part of the review scored on its own (the Devon Code's evaluation apart from
    its health check), with each domain's subtotal and band, as plain lines."""
    lines = []
    for section in framework.review_sections:
        tool = score_values(section, scores)
        if tool.score is None:
            total = tr("not scored")
        else:
            total = tr("{score} (from {low} to {high})").format(
                score=band_text(tool.band, tool.score),
                low=score_text(tool.lowest),
                high=score_text(tool.highest),
            )
        lines.append(tr("{title}: {total}").format(title=section.title, total=total))
        for domain in tool.domains:
            lines.append(
                "    "
                + tr("{title}: {total}").format(
                    title=domain.title, total=band_text(domain.band, domain.score)
                )
            )
    return "\n".join(lines)


def paint_band(item: QTableWidgetItem, band: Band | None) -> None:
    """A pale wash of the band's colour behind dark text: readable, and the words say it."""
    if band is None:
        return
    colour = QColor(band.colour)
    colour.setAlpha(60)
    item.setBackground(QBrush(colour))


class ReviewResultsView(QWidget):
    def __init__(
        self, hub: DataHub, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.today = today or date.today()
        self.outcome: ReviewOutcome | None = None
        self.people: list[tuple[int, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(tr("Scores of each part of the review"))
        layout.addWidget(self.summary)
        self.scale_note = QLabel()
        self.scale_note.setWordWrap(True)
        self.scale_note.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_note.setAccessibleName(tr("Where the scale and bands come from"))
        layout.addWidget(self.scale_note)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Review results"))
        layout.addWidget(self.tabs, 1)

        self.scores = QTableWidget(0, 4)
        self.scores.setHorizontalHeaderLabels(
            [tr("Question"), tr("Answer"), tr("Score and band"), tr("Since last review")]
        )
        self.scores.setAccessibleName(tr("Scores question by question"))
        self._setup_table(self.scores)
        self.tabs.addTab(self.scores, tr("Sco&res"))

        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        self.radar = RadarChart()
        self.trend = TrendChart()
        charts_layout.addWidget(self.radar, 1)
        charts_layout.addWidget(self.trend, 1)
        self.tabs.addTab(charts, tr("C&harts"))

        views = QWidget()
        views_layout = QVBoxLayout(views)
        self.views_note = QLabel(
            tr(
                "Each viewpoint's answers side by side. Where they differ, the row is marked: "
                "talk it through and record the answer you agree. The score uses the agreed "
                "answer; without one, the average of the viewpoints."
            )
        )
        self.views_note.setWordWrap(True)
        self.viewpoints = QTableWidget(0, 0)
        self.viewpoints.setAccessibleName(tr("Viewpoints side by side"))
        self._setup_table(self.viewpoints)
        add_row = QHBoxLayout()
        add_label = QLabel(tr("&New viewpoint:"))
        self.new_viewpoint = QLineEdit()
        self.new_viewpoint.setPlaceholderText(tr("for example: District council"))
        self.new_viewpoint.setAccessibleName(tr("Name of the new viewpoint"))
        add_label.setBuddy(self.new_viewpoint)
        self.add_viewpoint = QPushButton(tr("A&dd"))
        self.add_viewpoint.clicked.connect(self._add_viewpoint)
        self.new_viewpoint.returnPressed.connect(self._add_viewpoint)
        for widget in (add_label, self.new_viewpoint, self.add_viewpoint):
            add_row.addWidget(widget)
        self.views_problem = ProblemLabel()
        views_layout.addWidget(self.views_note)
        views_layout.addWidget(self.viewpoints, 1)
        views_layout.addLayout(add_row)
        views_layout.addWidget(self.views_problem)
        self.tabs.addTab(views, tr("Vie&wpoints"))

        # Partners answer for themselves: questionnaires out, answers back (issue 18).
        self.partners = PartnersPanel(hub, self.today)
        self.tabs.addTab(self.partners, tr("Partners' answ&ers"))

        actions = QWidget()
        actions_layout = QVBoxLayout(actions)
        self.actions_note = QLabel()
        self.actions_note.setWordWrap(True)
        self.suggestions = QTableWidget(0, 4)
        self.suggestions.setHorizontalHeaderLabels(
            [tr("Add?"), tr("Action"), tr("Who will do it"), tr("By when")]
        )
        self.suggestions.setAccessibleName(tr("Suggested actions"))
        self._setup_table(self.suggestions)
        self.accept_button = QPushButton(tr("Turn weak answers into &actions"))
        self.accept_button.clicked.connect(self._accept)
        self.actions_problem = ProblemLabel()
        actions_layout.addWidget(self.actions_note)
        actions_layout.addWidget(self.suggestions, 1)
        actions_layout.addWidget(self.actions_problem)
        actions_layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(actions, tr("Ac&tions"))

    @staticmethod
    def _setup_table(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    # ----------------------------------------------------------------------------------
    def request(self, review_id: int | None) -> None:
        """Show ``review_id`` once control returns to the event loop.

        A change made from a combo box in the viewpoints table announces itself at once;
        rebuilding the table then would delete the combo box inside its own signal.
        """
        QTimer.singleShot(0, self, lambda: self.show_review(review_id))

    def show_review(self, review_id: int | None) -> None:
        if review_id is None:
            self.outcome = None
            self.heading.setText(tr("Choose a review to see its results."))
            self.summary.clear()
            self.scale_note.clear()
            self.tabs.setEnabled(False)
            self.partners.show_review(None)
            return
        with self.hub.database().session() as session:
            self.outcome = review_outcome(session, review_id)
        self.people = people_to_choose(self.hub.read())
        self.tabs.setEnabled(True)
        self._fill_heading()
        self._fill_scores()
        self._fill_charts()
        self._fill_viewpoints()
        self._fill_suggestions()
        self.partners.show_review(review_id)

    def _fill_heading(self) -> None:
        outcome = self.outcome
        assert outcome is not None
        status = (
            tr("Draft: not finished yet")
            if outcome.status != ReviewStatus.COMPLETE
            else tr("Finished")
        )
        overall = outcome.result.overall
        text = tr("Review of {date} ({status}). Overall: {score}.").format(
            date=format_date(outcome.review_date),
            status=status,
            score=band_text(outcome.result.band, overall),
        )
        if outcome.previous_date is not None:
            text += " " + compared_with_before(outcome.overall_change, outcome.previous_date)
        self.heading.setText(text)
        framework = outcome.framework
        scores = {q.ref: q.score for q in outcome.result.questions}
        self.summary.setText(
            tr("Made with {framework}.").format(framework=framework.label)
            + "\n"
            + tool_summary(framework, scores)
        )
        self.scale_note.setText(framework.scale_note)
        self.scale_note.setVisible(bool(framework.scale_note))

    def _fill_scores(self) -> None:
        outcome = self.outcome
        assert outcome is not None
        changes = {c.ref: c for c in outcome.changes}
        self.scores.setRowCount(len(outcome.result.questions))
        for row, question in enumerate(outcome.result.questions):
            labels = answer_labels(outcome.framework, question.ref)
            if question.agreed:
                answer = labels.get(question.agreed, question.agreed)
            elif question.source == "respondents" and not question.differs:
                given = next(k for k in question.answers.values() if k)
                answer = tr("{answer} (every viewpoint)").format(answer=labels.get(given, given))
            elif question.source == "respondents":
                answer = tr("Average of the viewpoints")
            else:
                answer = tr("Not answered")
            change = changes[question.ref]
            change_text = f"{CHANGE_MARKS[change.change]} {change.change.label}"
            if change.difference is not None and change.change is not Change.SAME:
                change_text += f" ({change.difference:+.1f})".replace(".0)", ")")
            cells = [
                f"{question.ref}  {question.title}",
                answer,
                band_text(question.band, question.score),
                change_text,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    paint_band(item, question.band)
                self.scores.setItem(row, column, item)
        self.scores.resizeRowsToContents()

    def _fill_charts(self) -> None:
        outcome = self.outcome
        assert outcome is not None
        framework = outcome.framework
        # With domains, one axis per domain (its subtotal); otherwise one per question.
        plan = radar_plan(framework, {q.ref: q.score for q in outcome.result.questions})
        series = [list(plan.values)]
        names = [format_date(outcome.review_date)]
        if outcome.previous_date is not None:
            before = radar_plan(framework, {c.ref: c.previous for c in outcome.changes})
            series.append(list(before.values))
            names.append(format_date(outcome.previous_date))
        self.radar.set_data(plan.labels, series, plan.bands, names, plan.low, plan.high)
        # The trend holds reviews made with this review's tool only (review_outcome picks
        # them), on the range and bands of its headline score.
        low, high, bands = trend_range(framework)
        self.trend.set_data(outcome.trend, bands, low, high)

    def _fill_viewpoints(self) -> None:
        outcome = self.outcome
        assert outcome is not None
        columns = [*outcome.respondents, (0, tr("Agreed answer"))]
        self.viewpoints.clear()
        self.viewpoints.setColumnCount(len(columns) + 2)
        self.viewpoints.setHorizontalHeaderLabels(
            [tr("Question")] + [label for _key, label in columns] + [tr("Views differ?")]
        )
        self.viewpoints.setRowCount(len(outcome.result.questions))
        for row, question in enumerate(outcome.result.questions):
            options = [
                ("", tr("(no answer)")),
                *answer_labels(outcome.framework, question.ref).items(),
            ]
            self.viewpoints.setItem(row, 0, QTableWidgetItem(f"{question.ref}  {question.title}"))
            for column, (key, label) in enumerate(columns, start=1):
                current = question.agreed if key == 0 else question.answers.get(key, "")
                combo = QComboBox()
                combo.setAccessibleName(f"{label}: {question.ref}")
                for option_key, option_label in options:
                    combo.addItem(option_label, option_key)
                combo.setCurrentIndex(max(combo.findData(current), 0))
                combo.currentIndexChanged.connect(
                    lambda _i, c=combo, k=key, ref=question.ref: self._answer_changed(k, ref, c)
                )
                self.viewpoints.setCellWidget(row, column, combo)
            differs = QTableWidgetItem(
                tr("⚠ Yes: agree an answer") if question.differs else tr("No")
            )
            if question.differs:
                differs.setBackground(QBrush(QColor(255, 214, 0, 90)))
                font = differs.font()
                font.setBold(True)
                differs.setFont(font)
            self.viewpoints.setItem(row, len(columns) + 1, differs)
        self.viewpoints.resizeColumnsToContents()

    def _answer_changed(self, respondent_key: int, ref: str, combo: QComboBox) -> None:
        outcome = self.outcome
        assert outcome is not None
        review_id = outcome.review_id
        comment = outcome.comments.get((respondent_key, ref), "")
        answers = {ref: (str(combo.currentData() or ""), comment)}
        respondent_id = None if respondent_key == 0 else respondent_key
        try:
            self.hub.write(
                lambda s: save_answers(s, review_id, answers, respondent_id=respondent_id),
                Changed.REVIEWS,
            )
        except ReviewError as exc:
            self.views_problem.show_problem(said(exc))
            return
        self.views_problem.show_problem("")
        self.request(review_id)

    def _add_viewpoint(self) -> None:
        if self.outcome is None:
            return
        review_id = self.outcome.review_id
        label = self.new_viewpoint.text()
        try:
            self.hub.write(lambda s: add_respondent(s, review_id, label), Changed.REVIEWS)
        except ReviewError as exc:
            self.views_problem.show_problem(said(exc))
            return
        self.views_problem.show_problem("")
        self.new_viewpoint.clear()
        self.show_review(review_id)

    def _fill_suggestions(self) -> None:
        outcome = self.outcome
        assert outcome is not None
        suggestions = outcome.suggestions
        if suggestions:
            bands = ", ".join(dict.fromkeys(f'"{s.band.label}"' for s in suggestions))
            self.actions_note.setText(
                tr(
                    "These answers are weak (in the band {band}). Each suggests the next step "
                    "its band gives. Tick the ones to act on, say who will do it and by when; "
                    "they join the What's due list."
                ).format(band=bands)
            )
        else:
            self.actions_note.setText(
                tr("No answer is weak enough to suggest an action: none is in the lowest band.")
            )
        self.suggestions.setRowCount(len(suggestions))
        self.rows: list[tuple[str, QCheckBox, QLineEdit, QComboBox, DateEdit]] = []
        for row, suggestion in enumerate(suggestions):
            done = suggestion.ref in outcome.already_actioned
            tick = QCheckBox(tr("Already an action") if done else "")
            tick.setChecked(not done)
            tick.setEnabled(not done)
            tick.setAccessibleName(tr("Add an action for {ref}").format(ref=suggestion.ref))
            text = QLineEdit(suggestion.description)
            text.setCursorPosition(0)
            text.setToolTip(suggestion.description)
            text.setAccessibleName(tr("Action for {ref}").format(ref=suggestion.ref))
            owner = QComboBox()
            owner.setEditable(True)
            owner.addItem("", None)
            for pid, name in self.people:
                owner.addItem(name, pid)
            owner.setAccessibleName(
                tr("Who will do the action for {ref}").format(ref=suggestion.ref)
            )
            due = DateEdit()
            due.set_value(self.today + timedelta(days=28))
            due.setAccessibleName(tr("Due date of the action for {ref}").format(ref=suggestion.ref))
            for column, widget in enumerate((tick, text, owner, due)):
                self.suggestions.setCellWidget(row, column, widget)
            self.rows.append((suggestion.ref, tick, text, owner, due))
        header = self.suggestions.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.suggestions.resizeRowsToContents()
        self.accept_button.setEnabled(any(tick.isEnabled() for _r, tick, *_ in self.rows))

    def _accept(self) -> None:
        if self.outcome is None:
            return
        review_id = self.outcome.review_id
        accepted: list[AcceptedAction] = []
        for ref, tick, text, owner, due in self.rows:
            if not (tick.isEnabled() and tick.isChecked()):
                continue
            try:
                when = due.value()
            except FieldError as exc:
                self.actions_problem.show_problem(f"{ref}: {exc}")
                return
            name = owner.currentText().strip()
            index = owner.findText(name)
            person = owner.itemData(index) if name and index >= 0 else None
            accepted.append(
                AcceptedAction(
                    ref=ref,
                    description=text.text(),
                    due_date=when,
                    owner_person_id=person,
                    owner_label="" if person else name,
                )
            )
        if not accepted:
            self.actions_problem.show_problem(tr("Tick at least one action to add."))
            return
        try:
            self.hub.write(
                lambda s: accept_actions(s, review_id, accepted),
                Changed.ACTIONS,
                tr_n("%n action(s) added to What's due", len(accepted)),
            )
        except ReviewError as exc:
            self.actions_problem.show_problem(said(exc))
            return
        self.actions_problem.show_problem("")
        self.show_review(review_id)
