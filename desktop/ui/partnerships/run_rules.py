"""Sections of "How it is run": the terms of reference and key rules, and the offices
(chair, vice-chair and other officers), each field saved as the person leaves it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.how_run import DecisionMethod, HowChosen, OfficeKind, QuorumKind
from desktop.domain.problems import Problem
from desktop.services import how_run
from desktop.services.partnerships import InvalidInput
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec, RecordForm, choices_of
from desktop.ui.partnerships.rows_view import RowsView

# Typed as text, stored as whole numbers.
WHOLE_NUMBERS = ("quorum_value", "meetings_a_year")


def tr(text: str) -> str:
    return QCoreApplication.translate("HowItIsRun", text)


def rules_fields() -> list[FieldSpec]:
    return [
        FieldSpec("has_terms", tr("&Terms of reference or agreement"), "yesno"),
        FieldSpec("terms_date", tr("&Agreed on"), "date", True),
        FieldSpec("terms_review_date", tr("Ne&xt review"), "date", True),
        FieldSpec(
            "terms_covers",
            tr("What they &cover"),
            "long",
            True,
            hint=tr("for example purpose, membership, meetings, decisions, conflicts"),
        ),
        FieldSpec("quorum_kind", tr("&Quorum is"), "choice", True, choices=choices_of(QuorumKind)),
        FieldSpec("quorum_value", tr("Quorum (&number or per cent)"), optional=True, hint="3"),
        FieldSpec(
            "decision_method",
            tr("How &decisions are made"),
            "choice",
            True,
            choices=choices_of(DecisionMethod),
        ),
        FieldSpec(
            "meetings_a_year",
            tr("&Meetings a year (at least)"),
            optional=True,
            hint=tr("for example 4"),
        ),
        FieldSpec(
            "membership_rule",
            tr("&Who may be a member"),
            "long",
            True,
            hint=tr("for example any voluntary group working in the district"),
        ),
    ]


def whole_number(key: str, text: str) -> int | None:
    """A typed whole number, None for blank; InvalidInput naming the field if neither."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise InvalidInput([Problem(key, "Type a whole number, such as 3.")])
    return int(text)


class RulesSection(QScrollArea):
    """The terms of reference (or partnership agreement) and the rules kept from them."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(
            tr(
                "The written rules the partnership runs by. The quorum is used to say whether "
                "each meeting was quorate, from the partners' attendance on the Meetings tab."
            )
        )
        intro.setWordWrap(True)
        self.form = RecordForm(rules_fields())
        self.quorum_note = QLabel()
        self.quorum_note.setObjectName("quorumNote")
        self.quorum_note.setWordWrap(True)
        self.meetings_note = QLabel()
        self.meetings_note.setObjectName("meetingsNote")
        self.meetings_note.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.quorum_note)
        layout.addWidget(self.meetings_note)
        layout.addStretch(1)
        self.setWidget(inner)
        self.form.field_edited.connect(self.save)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = partnership_id
        with self.hub.database().session() as session:
            values = how_run.rules_of(session, partnership_id)
        self.form.load(values)
        for key in WHOLE_NUMBERS:  # compared as typed, so leaving the field is not a change
            self.form.mark_saved(key, "" if values[key] is None else str(values[key]))
        self._show_quorum(values)

    def save(self, key: str) -> None:
        if self.partnership_id is None:
            return
        try:
            typed = self.form.value(key)
        except ValueError:
            return  # the field already says why it cannot be read
        pid = self.partnership_id
        try:
            value = whole_number(key, typed) if key in WHOLE_NUMBERS else typed
            self.hub.write(
                lambda s: how_run.update_rules(s, pid, {key: value}),
                Change.PARTNERSHIPS,
                tr("Saved"),
            )
        except InvalidInput as exc:
            self.form.show_problems(exc.problems)
            return
        self.form.clear_problems([key])
        self.form.mark_saved(key, typed)
        with self.hub.database().session() as session:
            self._show_quorum(how_run.rules_of(session, pid))

    def _show_meetings(self, wanted: int | None) -> None:
        """Set the meetings the rules ask for against those held in the last year."""
        if not wanted or self.partnership_id is None:
            self.meetings_note.setText("")
            return
        with self.hub.database().session() as session:
            held = how_run.meetings_in_year_to(session, self.partnership_id, date.today())
        text = tr(
            "The rules ask for at least {wanted} meetings a year. Held in the last twelve "
            "months: {held}."
        ).format(wanted=wanted, held=held)
        if held < wanted:
            text += " " + tr("That is fewer than the rules ask for.")
        self.meetings_note.setText(text)

    def _show_quorum(self, values: dict[str, Any]) -> None:
        self._show_meetings(values["meetings_a_year"])
        kind, number = values["quorum_kind"], values["quorum_value"]
        if kind == QuorumKind.SHARE and number:
            text = tr("A meeting is quorate when {n}% of the members are present.").format(n=number)
        elif kind == QuorumKind.NUMBER and number:
            text = tr("A meeting is quorate when {n} members are present.").format(n=number)
        elif number and not kind:
            text = tr("Choose whether the quorum is a number of members or a share of them.")
        else:
            text = tr("No quorum recorded, so meetings are not checked for one.")
        self.quorum_note.setText(text)


def office_fields() -> list[FieldSpec]:
    return [
        FieldSpec("kind", tr("&Office"), "choice", choices=choices_of(OfficeKind)),
        FieldSpec("title", tr("Its &name"), optional=True, hint=tr("for example Secretary")),
        FieldSpec("organisation", tr("Held by (o&rganisation)"), optional=True),
        FieldSpec("holder_name", tr("Held by (&person)"), optional=True),
        FieldSpec("holder_email", tr("Their e&mail"), optional=True),
        FieldSpec("holder_phone", tr("Their phone"), optional=True),
        FieldSpec("from_date", tr("Term &starts"), "date", True),
        FieldSpec("to_date", tr("Term en&ds"), "date", True),
        FieldSpec("how_chosen", tr("How &chosen"), "choice", True, choices=choices_of(HowChosen)),
        FieldSpec("next_election", tr("Ne&xt election"), "date", True),
    ]


def office_summary(row: dict[str, Any]) -> str:
    who = " — ".join(p for p in (row["organisation"], row["holder_name"]) if p)
    when = ""
    if row["from_date"] or row["to_date"]:
        when = tr("{start} to {end}").format(
            start=format_date(row["from_date"]) or "…", end=format_date(row["to_date"]) or "…"
        )
    ended = row["to_date"] is not None and row["to_date"] < date.today()
    label = QCoreApplication.translate("Vocab", how_run.office_label(row))
    parts = [label, who or tr("not filled"), when, tr("past") if ended else ""]
    return " — ".join(p for p in parts if p)


class OfficesSection(QScrollArea):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(
            tr(
                "Who chairs the partnership and holds its other offices, for how long, and "
                "how they were chosen. A next election shows on Home when it is near. The "
                "person's name and details are kept like our own people's: left out of a "
                "return unless contact details are included."
            )
        )
        intro.setWordWrap(True)
        self.offices = RowsView(
            hub,
            tr("Offices"),
            office_fields(),
            summary=office_summary,
            add_text=tr("&Add an office"),
            remove_text=tr("Remove this office"),
        )
        self.offices.list.setMaximumHeight(160)
        layout.addWidget(intro)
        layout.addWidget(self.offices)
        layout.addStretch(1)
        self.setWidget(inner)

    def load(self, partnership_id: int) -> None:
        pid = partnership_id
        self.offices.bind(
            load=lambda s: how_run.offices_of(s, pid),
            add=lambda s: how_run.add_office(s, pid),
            save=how_run.update_office,
            remove=how_run.remove_office,
        )
