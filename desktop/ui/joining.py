"""The joining check form, for a partnership we are considering.

It shows what the partnership's framework asks before joining (the Devon Code's 4.1, 4.3
and 4.5, from its file), then our own boxes to answer in.

A self-contained widget: ``JoiningCheckForm(hub, partnership_id)``. The partnership
overview shows it while the status is "considering", and the Reviews area opens it too.
Each box is saved when the person leaves it, so nothing typed is lost; a refused change
(a decision date in the future, say) is explained next to the field and kept on screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.money import format_pence
from desktop.domain.vocab import JoiningDecision
from desktop.services.joining import joining_guide, load_joining_check, save_joining_check
from desktop.services.reviews import ReviewError
from desktop.ui.data import DataHub
from desktop.ui.i18n import vocab
from desktop.ui.partnerships.fields import DateEdit, FieldError, ProblemLabel
from desktop.ui.problem_text import said

TOPIC = Change.JOINING

# Field, label (with mnemonic), and the Code clause it comes from, in the order asked.
QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("done_already", "What has been &done already, or is going on now?", "4.1(a)"),
    ("evidence", "What &evidence is there (surveys, research, evaluations)?", "4.1(a)"),
    ("done_elsewhere", "Is the work already done &somewhere else?", "4.1(b)"),
    ("existing_host", "Could an e&xisting partnership take it on instead?", "4.1(c)"),
    ("constraints", "What &limits us (time, money, rules, skills)?", "4.1(d)"),
    ("why_join", "&Why would we join?", "3.1(e)"),
    ("what_we_bring", "What would we &bring?", "3.1(e)"),
    ("cost_notes", "What would it c&ost us in time and money?", "4.4"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("JoiningCheck", text)


class JoiningCheckForm(QWidget):
    def __init__(
        self,
        hub: DataHub,
        partnership_id: int,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id = partnership_id
        self.today = today or date.today()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        with hub.database().session() as session:
            self.guide = joining_guide(session, partnership_id)
        intro = QLabel(
            tr(
                "Before joining, ask these questions. A partnership takes time and "
                "energy: join when it is clearly the best way to get the result you want. "
                "Each answer is saved when you leave its box."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions inside
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        # What the partnership's own framework asks before joining (the Devon Code: 4.1,
        # 4.3 and 4.5), read from its file rather than written in here.
        self.points = QLabel(self._points_text())
        self.points.setWordWrap(True)
        self.points.setTextFormat(Qt.TextFormat.PlainText)
        self.points.setAccessibleName(tr("What the framework asks before joining"))
        form.addRow(self.points)
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.problems: dict[str, ProblemLabel] = {}
        for name, label_text, clause in QUESTIONS:
            # Cite the clause only where the partnership's framework has it.
            cited = f"  ({clause})" if clause in self.guide.refs else ""
            label = QLabel(f"{tr(label_text)}{cited}")
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMaximumHeight(80)
            box.setAccessibleName(tr(label_text).replace("&", ""))
            box.installEventFilter(self)
            label.setBuddy(box)
            problem = ProblemLabel()
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(box)
            holder_layout.addWidget(problem)
            if name == "cost_notes":
                self.resource_summary = QLabel()
                self.resource_summary.setWordWrap(True)
                holder_layout.addWidget(self.resource_summary)
            form.addRow(label, holder)
            self.boxes[name] = box
            self.problems[name] = problem
        decision_label = QLabel(tr("O&ur decision"))
        self.decision = QComboBox()
        for choice in JoiningDecision:
            self.decision.addItem(vocab(choice.label), choice.value)
        self.decision.setAccessibleName(tr("Our decision"))
        decision_label.setBuddy(self.decision)
        self.decision.activated.connect(lambda _i: self._save_decision())
        form.addRow(decision_label, self.decision)
        date_label = QLabel(tr("Date of the decisio&n"))
        self.decision_date = DateEdit()
        self.decision_date.setAccessibleName(tr("Date of the decision"))
        date_label.setBuddy(self.decision_date.line)
        self.decision_date.edited.connect(self._save_decision)
        self.decision_problem = ProblemLabel()
        form.addRow(date_label, self.decision_date)
        form.addRow("", self.decision_date.problem)
        form.addRow("", self.decision_problem)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.load()

    def _points_text(self) -> str:
        guide = self.guide
        if not guide.points:
            return tr("{framework} has no questions of its own for before joining.").format(
                framework=guide.framework
            )
        lines = [tr("What {framework} asks you to think about:").format(framework=guide.framework)]
        section = None
        for point in guide.points:
            if point.section != section:
                section = point.section
                lines.append("")
                lines.append(f"{point.clause} {point.section}".strip())
            lines.append(f"• {point.ref} {point.title}: {point.text}")
        return "\n".join(lines)

    def load(self) -> None:
        with self.hub.database().session() as session:
            data = load_joining_check(session, self.partnership_id)
        self._saved = dict(data.texts)
        for name, box in self.boxes.items():
            box.setPlainText(data.texts[name])
        self.decision.setCurrentIndex(max(self.decision.findData(data.decision), 0))
        self.decision_date.set_value(data.decision_date)
        if data.resource_needs:
            self.resource_summary.setText(
                tr(
                    "Resource needs recorded for this partnership: {n}, estimated at {money}."
                ).format(n=data.resource_needs, money=format_pence(data.resource_pence))
            )
        else:
            self.resource_summary.setText(
                tr("No resource needs recorded for this partnership yet (see Resource needs).")
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for name, box in self.boxes.items():
                if box is watched:
                    self._save_text(name)
        return super().eventFilter(watched, event)

    def _save_text(self, name: str) -> None:
        text = self.boxes[name].toPlainText()
        if text.strip() == self._saved.get(name, "").strip():
            return
        try:
            self.hub.write(
                lambda s: save_joining_check(s, self.partnership_id, self.today, **{name: text}),
                TOPIC,
            )
        except ReviewError as exc:
            self.problems[name].show_problem(said(exc))
            return
        self.problems[name].show_problem("")
        self._saved[name] = text

    def save_all(self) -> None:
        """Save every box now (the dialog holding the form calls this when it closes)."""
        for name in self.boxes:
            self._save_text(name)

    def _save_decision(self) -> None:
        try:
            when = self.decision_date.value()
        except FieldError as exc:
            self.decision_problem.show_problem(said(exc))
            return
        decision = str(self.decision.currentData())
        try:
            self.hub.write(
                lambda s: save_joining_check(
                    s, self.partnership_id, self.today, decision=decision, decision_date=when
                ),
                TOPIC,
            )
        except ReviewError as exc:
            self.decision_problem.show_problem(said(exc))
            return
        self.decision_problem.show_problem("")
