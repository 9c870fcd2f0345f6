"""The pages of the review wizard: who and when, one question a page, the evaluation
criteria together, the free-text questions, and a check-your-answers page.

Pages only hold what is typed; the wizard saves it through the services as the person
moves on, so nothing here knows about the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.domain.frameworks import Item, ScaleOption
from desktop.ui.i18n import plural
from desktop.ui.partnerships.fields import DateEdit, ProblemLabel

# Letters the wizard's own buttons use (Back, Next, Finish, Save as draft, Comment), so an
# answer never steals them.
RESERVED_MNEMONICS = frozenset("bnfsc")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewWizard", text)


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("%n action(s)": 1 action, 5 actions)."""
    return plural("ReviewWizard", text, n)


def with_mnemonic(label: str, used: set[str]) -> str:
    """``label`` with & before the first letter not already taken on the page."""
    for index, char in enumerate(label):
        lower = char.lower()
        if char.isalpha() and lower not in used and lower not in RESERVED_MNEMONICS:
            used.add(lower)
            return label[:index] + "&" + label[index:]
    return label


def _plain(text: QPlainTextEdit) -> QPlainTextEdit:
    text.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
    text.setMaximumHeight(90)
    return text


class AnswerChoice(QWidget):
    """The answer scale as radio buttons: arrow keys move between them, letters pick one."""

    def __init__(
        self,
        options: Sequence[ScaleOption],
        mnemonics: bool,
        accessible: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # With mnemonics (one question a page) each answer gets a line and its meaning;
        # without (several questions on a page) the answers sit in one row to save room.
        layout: QVBoxLayout | QHBoxLayout = QVBoxLayout(self) if mnemonics else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        used: set[str] = set()
        for option in options:
            text = with_mnemonic(option.label, used) if mnemonics else option.label
            button = QRadioButton(text)
            button.setAccessibleName(f"{accessible}: {option.label}")
            button.setToolTip(option.meaning)
            if mnemonics:
                row = QHBoxLayout()
                row.addWidget(button)
                meaning = QLabel(option.meaning)
                meaning.setWordWrap(True)
                row.addWidget(meaning, 1)
                layout.addLayout(row)
            else:
                layout.addWidget(button)
            self.group.addButton(button)
            self.buttons[option.key] = button
        if not mnemonics:
            layout.addStretch(1)

    def value(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return ""

    def set_value(self, key: str) -> None:
        button = self.buttons.get(key)
        if button is not None:
            button.setChecked(True)
        else:  # an exclusive group will not uncheck its last button by itself
            self.group.setExclusive(False)
            for other in self.buttons.values():
                other.setChecked(False)
            self.group.setExclusive(True)

    def focus_button(self) -> QAbstractButton:
        checked = self.group.checkedButton()
        return checked or next(iter(self.buttons.values()))


class StartPage(QWizardPage):
    def __init__(self, partnership: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Health check review"))
        self.setSubTitle(
            tr(
                "A health check asks how well {name} is working (Code 4.8). Answer together "
                "if you can. You can stop at any point and carry on later."
            ).format(name=partnership)
        )
        layout = QVBoxLayout(self)
        date_label = QLabel(tr("&Date of the review"))
        self.date = DateEdit()
        self.date.setAccessibleName(tr("Date of the review"))
        date_label.setBuddy(self.date.line)
        who_label = QLabel(tr("&Who took part? One person, role or organisation a line"))
        self.who = _plain(QPlainTextEdit())
        self.who.setPlaceholderText(tr("for example: Our trustee\nOur representative"))
        self.who.setAccessibleName(tr("Who took part"))
        who_label.setBuddy(self.who)
        self.date_problem = ProblemLabel()
        self.who_problem = ProblemLabel()
        for widget in (date_label, self.date, self.date.problem, self.date_problem):
            layout.addWidget(widget)
        for widget in (who_label, self.who, self.who_problem):
            layout.addWidget(widget)
        layout.addStretch(1)

    def labels(self) -> list[str]:
        return [line.strip() for line in self.who.toPlainText().splitlines() if line.strip()]


class QuestionPage(QWizardPage):
    def __init__(
        self,
        item: Item,
        options: Sequence[ScaleOption],
        number: int,
        total: int,
        parent: QWidget | None = None,
        evidence: str = "",
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setTitle(f"{item.ref}  {item.title}")
        self.setSubTitle(tr("Question {n} of {total}").format(n=number, total=total))
        layout = QVBoxLayout(self)
        question = QLabel(item.text)
        question.setWordWrap(True)
        font = question.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        question.setFont(font)
        layout.addWidget(question)
        if item.guidance:
            guidance = QLabel(item.guidance)
            guidance.setWordWrap(True)
            layout.addWidget(guidance)
        # What the record says, beside the question (the partners' attendance, issue 17).
        self.evidence = QLabel(evidence)
        self.evidence.setObjectName("questionEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence.setVisible(bool(evidence))
        layout.addWidget(self.evidence)
        self.choice = AnswerChoice(options, True, item.title)
        layout.addWidget(self.choice)
        comment_label = QLabel(tr("&Comment (optional): why, and what would help"))
        self.comment = _plain(QPlainTextEdit())
        self.comment.setAccessibleName(tr("Comment on {ref}").format(ref=item.ref))
        comment_label.setBuddy(self.comment)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.choice.focus_button().setFocus()

    def answers(self) -> dict[str, tuple[str, str]]:
        return {self.item.ref: (self.choice.value(), self.comment.toPlainText())}

    def set_answers(self, answers: dict[str, tuple[str, str]]) -> None:
        key, comment = answers.get(self.item.ref, ("", ""))
        self.choice.set_value(key)
        self.comment.setPlainText(comment)


class EvaluationPage(QWizardPage):
    """The evaluation criteria (4.8E a-e) together: they are one question, asked five ways."""

    def __init__(
        self, items: Sequence[Item], options: Sequence[ScaleOption], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.setTitle(tr("How the partnership measures success"))
        self.setSubTitle(
            tr("Does the way the partnership checks its progress meet these criteria? (Code 4.8)")
        )
        layout = QVBoxLayout(self)
        self.choices: dict[str, AnswerChoice] = {}
        self.comments: dict[str, QLineEdit] = {}
        for item in self.items:
            box = QGroupBox(f"{item.ref}  {item.title}")
            inner = QVBoxLayout(box)
            text = QLabel(item.text)
            text.setWordWrap(True)
            inner.addWidget(text)
            choice = AnswerChoice(options, False, item.title)
            inner.addWidget(choice)
            comment = QLineEdit()
            comment.setPlaceholderText(tr("Comment (optional)"))
            comment.setAccessibleName(tr("Comment on {ref}").format(ref=item.ref))
            inner.addWidget(comment)
            self.choices[item.ref] = choice
            self.comments[item.ref] = comment
            layout.addWidget(box)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        if self.items:
            self.choices[self.items[0].ref].focus_button().setFocus()

    def answers(self) -> dict[str, tuple[str, str]]:
        return {
            ref: (choice.value(), self.comments[ref].text()) for ref, choice in self.choices.items()
        }

    def set_answers(self, answers: dict[str, tuple[str, str]]) -> None:
        for ref, choice in self.choices.items():
            key, comment = answers.get(ref, ("", ""))
            choice.set_value(key)
            self.comments[ref].setText(comment)


class FreeTextPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("What next?"))
        self.setSubTitle(tr("In your own words. Both are optional."))
        layout = QVBoxLayout(self)
        change_label = QLabel(tr("What do we need to &change?"))
        self.what_to_change = _plain(QPlainTextEdit())
        self.what_to_change.setAccessibleName(tr("What do we need to change?"))
        change_label.setBuddy(self.what_to_change)
        link_label = QLabel(tr("What else should we &link with?"))
        self.link_with = _plain(QPlainTextEdit())
        self.link_with.setAccessibleName(tr("What else should we link with?"))
        link_label.setBuddy(self.link_with)
        self.problem = ProblemLabel()
        for widget in (change_label, self.what_to_change, link_label, self.link_with, self.problem):
            layout.addWidget(widget)
        layout.addStretch(1)


class CheckPage(QWizardPage):
    """Check your answers: every question with its answer, the gaps in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Check your answers"))
        self.setSubTitle(
            tr("Go back to change anything. Finish when all is right, or save it as a draft.")
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(tr("Your answers"))
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.problem = ProblemLabel()
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def show_summary(
        self,
        rows: Iterable[tuple[str, str, str, str]],
        who: str,
        when: str,
        notes: Iterable[tuple[str, str]] = (),
    ) -> int:
        """Rows of (ref, title, answer label or "", comment); returns how many are blank."""
        blank = 0
        lines = [
            f"<p><b>{escape(tr('Date'))}:</b> {escape(when)}<br><b>{escape(tr('Who took part'))}:"
            f"</b> {escape(who or tr('not given'))}</p><table cellspacing='4'>"
        ]
        for ref, title, answer, comment in rows:
            if not answer:
                blank += 1
                answer_html = f"<b>⚠ {escape(tr('Not answered yet'))}</b>"
            else:
                answer_html = escape(answer)
            note = f"<br><i>{escape(comment)}</i>" if comment.strip() else ""
            lines.append(
                f"<tr><td>{escape(ref)}</td><td>{escape(title)}</td><td>{answer_html}{note}</td></tr>"
            )
        lines.append("</table>")
        for question, text in notes:
            if text.strip():
                lines.append(f"<p><b>{escape(question)}</b><br>{escape(text)}</p>")
        if blank:
            lines.append(
                "<p>"
                + escape(
                    tr_n(
                        "%n question(s) not answered yet. You can finish only when every "
                        'question has an answer ("Don\'t know" counts); until then, save the '
                        "review as a draft.",
                        blank,
                    )
                )
                + "</p>"
            )
        self.summary.setText("".join(lines))
        return blank
