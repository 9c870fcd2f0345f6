"""The health-check review wizard: saves as you go, resumes where it was left.

Each page is saved when the person moves on (Next), when they save it as a draft, and
when they close the wizard, so a laptop running out of battery halfway loses one page at
most. Finishing checks the whole review through the services; a refusal is shown on the
page in words and nothing typed is cleared.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget, QWizard

from desktop.domain.answers_file import question_options
from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.how_run import PartnerRate, overall_rate
from desktop.domain.problems import Problem
from desktop.domain.scoring import review_questions
from desktop.services.attendance_evidence import attendance_evidence, attendance_question_refs
from desktop.services.reviews import (
    ReviewDraft,
    ReviewError,
    finish_review,
    framework_for_partnership,
    load_review_draft,
    save_answers,
    set_respondents,
    start_review,
    update_review,
)
from desktop.ui.data import DataHub
from desktop.ui.partnerships.fields import FieldError
from desktop.ui.problem_text import said
from desktop.ui.review_pages import CheckPage, EvaluationPage, FreeTextPage, QuestionPage, StartPage

TOPIC = Change.REVIEWS


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewWizard", text)


def attendance_text(rates: list[PartnerRate]) -> str:
    """The partners' attendance in words, shown beside the question on attendance."""
    if not rates:
        return tr(
            "From the record: no partner's attendance is marked for the last year's meetings "
            "(Meetings tab, Which partners were there)."
        )
    lines = [
        tr("From the record, partners present at the last year's meetings:"),
        *(
            tr("• {partner}: {percent}% ({present} of {marked})").format(
                partner=r.partner, percent=r.percent, present=r.present, marked=r.recorded
            )
            for r in rates
        ),
    ]
    overall = overall_rate(rates)
    if overall is not None:
        lines.append(tr("All partners together: {percent}%.").format(percent=overall))
    return "\n".join(lines)


class ReviewWizard(QWizard):
    """Start a review of ``partnership_id``, or carry on with the draft ``review_id``."""

    review_saved = Signal(int)

    def __init__(
        self,
        hub: DataHub,
        partnership_id: int,
        partnership_name: str,
        review_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id = partnership_id
        self.review_id = review_id
        self.today = today or date.today()
        self._saved_as_draft = False
        self.setWindowTitle(tr("Health check review: {name}").format(name=partnership_name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, tr("&Save as draft"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Finish"))
        self.customButtonClicked.connect(self._on_custom)

        draft: ReviewDraft | None = None
        with hub.database().session() as session:
            if review_id is not None:
                draft = load_review_draft(session, review_id)
                framework = draft.framework
            else:
                # The partnership's review tool, not its commitments framework.
                framework = framework_for_partnership(session, partnership_id)
        self.framework = framework
        items = review_questions(framework)
        # One page per question, each with its own section's scale (a tool may have
        # several); the Devon Code's evaluation criteria are asked together on one page.
        health = [i for i in items if i.section_key != "evaluation"]
        evaluation = [i for i in items if i.section_key == "evaluation"]

        self.start_page = StartPage(partnership_name)
        self.addPage(self.start_page)
        evidence = self._attendance_evidence(health)
        self.question_pages = [
            QuestionPage(
                item,
                question_options(framework, item),
                n,
                len(health),
                evidence=evidence.get(item.ref, ""),
            )
            for n, item in enumerate(health, start=1)
        ]
        for page in self.question_pages:
            self.addPage(page)
        self.evaluation_page = EvaluationPage(
            evaluation,
            question_options(framework, evaluation[0]) if evaluation else framework.answer_scale,
        )
        if evaluation:
            self.addPage(self.evaluation_page)
        self.free_text_page = FreeTextPage()
        self.addPage(self.free_text_page)
        self.check_page = CheckPage()
        self.addPage(self.check_page)
        # Each page scrolls inside the wizard, so the longest question still leaves Next and
        # Finish on a 768 px screen, and the wizard is never taller than the screen.
        from desktop.ui.fit import keep_on_screen, scroll_inside

        for page_id in self.pageIds():
            scroll_inside(self.page(page_id))
        keep_on_screen(self, 680, 720)
        self.currentIdChanged.connect(self._focus_page)
        self._clear_problems_on_edit()

        if draft is None:
            self.start_page.date.set_value(self.today)
        else:
            self._fill(draft)
            self.setStartId(min(max(draft.resume_page, 0), len(self.pageIds()) - 1))

    # ----------------------------------------------------------------------------------
    def _fill(self, draft: ReviewDraft) -> None:
        self.start_page.date.set_value(draft.review_date)
        self.start_page.who.setPlainText("\n".join(label for _id, label in draft.respondents))
        answers = dict(draft.agreed)
        for page in self.question_pages:
            page.set_answers(answers)
        self.evaluation_page.set_answers(answers)
        self.free_text_page.what_to_change.setPlainText(draft.what_to_change)
        self.free_text_page.link_with.setPlainText(draft.link_with)

    def _answer_pages(self) -> list[QuestionPage | EvaluationPage]:
        pages: list[QuestionPage | EvaluationPage] = list(self.question_pages)
        if self.evaluation_page.items:
            pages.append(self.evaluation_page)
        return pages

    def _show(self, problems: list[Problem], page: object) -> None:
        start = self.start_page
        for problem in problems:
            if page is start and problem.field == "review_date":
                start.date_problem.show_problem(said(problem))
            elif page is start and problem.field == "respondents":
                start.who_problem.show_problem(said(problem))
            else:
                getattr(page, "problem", self.check_page.problem).show_problem(said(problem))

    def _save_page(self, page: object, resume_page: int) -> bool:
        """Save what one page holds; False (with the problem shown) when it is refused."""
        try:
            if page is self.start_page:
                return self._save_start(resume_page)
            if self.review_id is None:
                return True  # nothing to attach answers to until the first page is saved
            review_id = self.review_id
            if isinstance(page, QuestionPage | EvaluationPage):
                page.problem.show_problem("")
                answers = page.answers()
                self.hub.write(
                    lambda s: save_answers(s, review_id, answers, resume_page=resume_page),
                    TOPIC,
                )
            elif page is self.free_text_page:
                change = self.free_text_page.what_to_change.toPlainText()
                link = self.free_text_page.link_with.toPlainText()
                self.hub.write(
                    lambda s: update_review(
                        s,
                        review_id,
                        self.today,
                        what_to_change=change,
                        link_with=link,
                        resume_page=resume_page,
                    ),
                    TOPIC,
                )
            else:
                self.hub.write(
                    lambda s: update_review(s, review_id, self.today, resume_page=resume_page),
                    TOPIC,
                )
        except ReviewError as exc:
            self._show(exc.problems, page)
            return False
        return True

    def _save_start(self, resume_page: int) -> bool:
        page = self.start_page
        page.date_problem.show_problem("")
        page.who_problem.show_problem("")
        try:
            when = page.date.value()
        except FieldError as exc:
            page.date_problem.show_problem(said(exc))
            return False
        if when is None:
            page.date_problem.show_problem(tr("Give the date of the review."))
            return False
        labels = page.labels()
        if self.review_id is None:
            review = self.hub.write(
                lambda s: start_review(s, self.partnership_id, when, self.today, labels), TOPIC
            )
            self.review_id = review.id
            review_id = review.id
            self.hub.write(
                lambda s: update_review(s, review_id, self.today, resume_page=resume_page), TOPIC
            )
        else:
            review_id = self.review_id

            def work(session):  # type: ignore[no-untyped-def]
                update_review(
                    session, review_id, self.today, review_date=when, resume_page=resume_page
                )
                set_respondents(session, review_id, labels)

            self.hub.write(work, TOPIC)
        self.review_saved.emit(review_id)
        return True

    # ----------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if self._saved_as_draft:
            return True  # QWizard.done() asks again; the draft was saved a moment ago
        if page is self.check_page:
            return self._finish(keep_as_draft=False)
        return self._save_page(page, self.currentId() + 1)

    def _clear_problems_on_edit(self) -> None:
        """A page's problem goes as soon as the person changes what it was about (issue 21,
        item 4), not when Next is pressed again."""
        start = self.start_page
        start.date.line.textEdited.connect(lambda _t: start.date_problem.show_problem(""))
        start.who.textChanged.connect(lambda: start.who_problem.show_problem(""))
        for page in self._answer_pages():
            for button in page.findChildren(QRadioButton):
                button.toggled.connect(lambda on, p=page: on and p.problem.show_problem(""))

    def _focus_page(self, _page_id: int) -> None:
        """Give the keyboard to the answer the page chose (its initializePage asked for it
        while the page was hidden), unless it is already inside the page."""
        page = self.currentPage()
        focused = QApplication.focusWidget()
        if page is None or (focused is not None and page.isAncestorOf(focused)):
            return
        wanted = page.focusWidget()
        if wanted is None or not page.isAncestorOf(wanted):
            wanted = next(
                (
                    w
                    for w in page.findChildren(QWidget)
                    if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                ),
                None,
            )
        if wanted is not None:
            wanted.setFocus(Qt.FocusReason.TabFocusReason)

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if self.page(page_id) is self.check_page:
            self._summarise()

    def _summarise(self) -> None:
        rows = []
        for page in self._answer_pages():
            for ref, (key, comment) in page.answers().items():
                item = self.framework.item(ref)
                options = question_options(self.framework, item)
                label = next((o.label for o in options if o.key == key), "")
                rows.append((ref, item.title, label, comment))
        try:
            when = format_date(self.start_page.date.value())
        except FieldError:
            when = self.start_page.date.text()
        self.check_page.problem.show_problem("")
        free = self.free_text_page
        notes = [
            (tr("What do we need to change?"), free.what_to_change.toPlainText()),
            (tr("What else should we link with?"), free.link_with.toPlainText()),
        ]
        self.check_page.show_summary(rows, ", ".join(self.start_page.labels()), when, notes)

    def _finish(self, keep_as_draft: bool) -> bool:
        current = self.currentPage()
        if current is not self.check_page and not self._save_page(current, self.currentId()):
            return False
        if self.review_id is None:
            return False
        review_id = self.review_id
        page_now = self.currentId()
        try:
            self.hub.write(
                lambda s: (
                    update_review(s, review_id, self.today, resume_page=page_now),
                    finish_review(s, review_id, self.today, keep_as_draft=keep_as_draft),
                ),
                TOPIC,
                tr("Review saved as a draft") if keep_as_draft else tr("Review finished"),
            )
        except ReviewError as exc:
            self._show(exc.problems, self.check_page if current is self.check_page else current)
            return False
        self.review_saved.emit(review_id)
        return True

    def _attendance_evidence(self, items: list) -> dict[str, str]:  # type: ignore[type-arg]
        """Evidence for each question on attendance: the partners' rates (Code 4.8(a))."""
        refs = attendance_question_refs(items)
        if not refs:
            return {}
        with self.hub.database().session() as session:
            rates = attendance_evidence(session, self.partnership_id, self.today)
        text = attendance_text(rates)
        return {ref: text for ref in refs}

    def _on_custom(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value and self._finish(keep_as_draft=True):
            self._saved_as_draft = True
            self.done(QWizard.DialogCode.Accepted.value)

    def reject(self) -> None:
        """Closing keeps what is on the page as part of the draft (never lose typing)."""
        if self.review_id is not None and self.currentPage() is not self.check_page:
            self._save_page(self.currentPage(), self.currentId())
        super().reject()
