"""Overview of one partnership: what it is, its kind and status, when it meets.

Each field is saved when the person leaves it. The rules judge some fields together (a
time-limited partnership needs an end date): a field they refuse keeps its text, says why
beside it and in the status bar, and the other fields are saved all the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.domain.problems import Problem
from desktop.domain.vocab import Basis, Duration, Formality, PartnershipStatus, Scale
from desktop.services.partnerships import FieldsSaved, partnership_input_of, save_valid_fields
from desktop.ui.a11y import TabChain
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec, RecordForm, choices_of, plain
from desktop.ui.partnerships.hooks import joining_widget
from desktop.ui.partnerships.themes import ThemePicker
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("OverviewTab", text)


def overview_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", tr("&Name")),
        FieldSpec("short_name", tr("Sho&rt name"), optional=True, hint=tr("for example NDHWP")),
        FieldSpec("status", tr("S&tatus"), "choice", choices=choices_of(PartnershipStatus)),
        FieldSpec("purpose", tr("&Purpose"), "long", True, hint=tr("What is the partnership for?")),
        FieldSpec(
            "current_focus",
            tr("C&urrent focus"),
            "long",
            True,
            hint=tr("What it is concentrating on for now"),
        ),
        FieldSpec("scale", tr("Sca&le"), "choice", True, choices_of(Scale)),
        FieldSpec("area", tr("&Area covered"), optional=True, hint=tr("for example Torridge")),
        FieldSpec("formality", tr("F&ormal or informal"), "choice", True, choices_of(Formality)),
        FieldSpec("basis", tr("Voluntary or &contractual"), "choice", True, choices_of(Basis)),
        FieldSpec(
            "duration", tr("Ongoin&g or time-limited"), "choice", choices=choices_of(Duration)
        ),
        FieldSpec("start_date", tr("&Start date"), "date", True),
        FieldSpec("end_date", tr("En&d date"), "date", True),
        FieldSpec("lead_body", tr("Lead or chair &body"), optional=True),
        FieldSpec("fundholder", tr("&Who holds the funds"), optional=True),
        FieldSpec(
            "meeting_frequency",
            tr("How often &it meets"),
            optional=True,
            hint=tr("for example every two months"),
        ),
        FieldSpec("next_meeting", tr("Ne&xt meeting"), "date", True),
        FieldSpec(
            "papers_location",
            tr("Where its papers are &kept"),
            optional=True,
            hint=tr("a folder on this computer, or a web link"),
        ),
    ]


class OverviewTab(QScrollArea):
    """The overview form, with the themes picker after the current focus."""

    name_changed = Signal(str)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.form = RecordForm(overview_fields())
        self.themes = ThemePicker()
        themes_label = QLabel(tr("The&mes (optional)"))
        themes_label.setBuddy(self.themes.list)
        # Themes sit after the current focus, where the eye expects them.
        self.form.layout_.insertRow(5, themes_label, self.themes)
        # Tab follows the eye (the themes between the current focus and the scale) and,
        # after the last field, leaves the page for the section tabs and Back; the scroll
        # area itself takes no focus (it scrolls to the field that has it).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.joining_box = QGroupBox(tr("Before joining (Code 4.1)"))
        self.joining_layout = QVBoxLayout(self.joining_box)
        self.considering_note = QLabel(
            tr(
                "We are still considering this partnership: the questions to ask before "
                "joining are at the end of this page."
            )
        )
        self.considering_note.setWordWrap(True)
        layout.addWidget(self.considering_note)
        layout.addWidget(self.form)
        layout.addWidget(self.joining_box)
        layout.addStretch(1)
        self.setWidget(inner)
        self.tab_chain = TabChain(self, self._tab_order)
        self.form.field_edited.connect(self.save)
        self.themes.changed.connect(self.save)

    def _tab_order(self) -> list[QWidget]:
        order: list[QWidget] = []
        for key, widget in self.form.widgets.items():
            line = getattr(widget, "line", None)  # a date: the typed date, then its calendar
            order += [line, widget.button] if line is not None else [widget]  # type: ignore[attr-defined]
            if key == "current_focus":
                order += [self.themes.list, self.themes.own, self.themes.add_button]
        # The questions before joining, when shown, come last, in the order they were made.
        order += [
            w
            for w in self.joining_box.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        return order

    def load(self, partnership_id: int) -> None:
        self.partnership_id = partnership_id
        with self.hub.database().session() as session:
            data = partnership_input_of(session, partnership_id)
        self.form.load(vars(data))
        self.themes.set_themes(data.themes)
        self._show_joining(data.status)

    def _show_joining(self, status: str) -> None:
        """The joining check is for partnerships we are still considering."""
        while self.joining_layout.count():
            item = self.joining_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        considering = status == PartnershipStatus.CONSIDERING and self.partnership_id is not None
        self.joining_box.setVisible(considering)
        self.considering_note.setVisible(considering)
        if considering:
            assert self.partnership_id is not None
            self.joining_layout.addWidget(joining_widget(self.hub, self.partnership_id))
            self.tab_chain.watch()

    def save(self, _key: str = "") -> list[Problem]:
        """Save each overview field the rules accept; the others keep their text and say why.

        The rules judge some fields together (a time-limited partnership needs an end date),
        but one field that cannot be saved never holds back the others.
        """
        if self.partnership_id is None:
            return []
        values, unreadable = self.form.values()
        changes = dict(values, themes=self.themes.themes())
        pid = self.partnership_id
        result = self.hub.write(
            lambda s: save_valid_fields(s, pid, changes), Change.PARTNERSHIPS, tr("Saved")
        )
        self.form.clear_problems(values)
        refused: list[Problem] = []
        for key, problems in result.refused.items():
            refused.extend(problems)
            if key in self.form.problems:
                # Said beside the field that was not saved, and beside the one the rule is about.
                self.form.problems[key].show_problem(" ".join(said(p) for p in problems))
        self.form.show_problems(refused)
        for key, value in values.items():
            if key not in result.refused:
                self.form.mark_saved(key, value)
        problems = unreadable + refused
        if problems:
            self.hub.saved.emit(self._not_saved_message(result, problems))
        if "name" not in result.refused and "name" in values:
            self.name_changed.emit(values["name"])
        status = values.get("status") if "status" not in result.refused else None
        if status is not None and self.joining_box.isVisible() != (
            status == PartnershipStatus.CONSIDERING
        ):
            self._show_joining(status)
        return problems

    def _not_saved_message(self, result: FieldsSaved, problems: list[Problem]) -> str:
        """For the status bar: what was not saved, and why."""
        names = []
        for problem in problems:
            key = next((k for k, ps in result.refused.items() if problem in ps), problem.field)
            label = self.form.labels.get(key)
            name = plain(self.form.specs[key].label) if label is not None else key
            if name not in names:
                names.append(name)
        why = said(problems[0])
        if result.saved:
            return tr("Saved, except {fields}: {why}").format(fields=", ".join(names), why=why)
        return tr("Not saved: {fields}: {why}").format(fields=", ".join(names), why=why)
