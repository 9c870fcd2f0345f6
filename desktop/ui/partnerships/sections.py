"""The fields and one-line summaries of each kind of row, and how a view is bound to them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.domain.dates import format_date
from desktop.domain.frameworks import Framework, load_builtin
from desktop.domain.money import format_pence
from desktop.domain.vocab import (
    ActionStatus,
    ActionStep,
    FundingPhase,
    OutcomeTerm,
    RepresentativeRole,
    Sector,
)
from desktop.services import rows
from desktop.ui.partnerships.forms import FieldSpec, choices_of
from desktop.ui.partnerships.rows_view import RowsView


def tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


def _join(*parts: str) -> str:
    return " — ".join(p for p in parts if p)


def stakeholder_categories(framework: Framework | None = None) -> tuple[tuple[str, str], ...]:
    """The kinds of stakeholder the partnership's framework lists (for the Devon Code, 4.2
    (a-g): who should be round the table); the built-in Code's when none is given."""
    items = (framework or load_builtin()).stakeholder_items
    return tuple((item.ref, f"{item.title} ({item.ref})") for item in items)


def use_stakeholder_categories(view: RowsView, framework: Framework) -> str:
    """Offer ``framework``'s kinds of stakeholder in ``view`` (its form and its list), and
    return the first kind's ref ("" when the framework lists none), for new rows."""
    kinds = stakeholder_categories(framework)
    combo = view.form.widgets["category_ref"]
    assert isinstance(combo, QComboBox)
    combo.blockSignals(True)
    try:
        combo.clear()
        for value, text in kinds:
            combo.addItem(text, value)
    finally:
        combo.blockSignals(False)
    names = dict(kinds)
    view.summary = lambda row: stakeholder_summary(row, names)
    return kinds[0][0] if kinds else ""


def partner_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", tr("&Organisation")),
        # "GP practices", "faith groups": the papers often list partners as a kind (issue 21).
        FieldSpec("is_kind", tr("A kind of organisation, not one named"), "check", True),
        FieldSpec("sector", tr("Sec&tor"), "choice", choices=choices_of(Sector)),
        FieldSpec("role", tr("Their ro&le"), optional=True, hint=tr("for example Chair")),
    ]


def partner_summary(row: dict[str, Any]) -> str:
    kind = tr("a kind of organisation") if row.get("is_kind") else ""
    return _join(row["name"], kind, Sector.label_of(row["sector"]), row["role"])


def stakeholder_fields() -> list[FieldSpec]:
    return [
        FieldSpec(
            "category_ref", tr("&Kind of stakeholder"), "choice", choices=stakeholder_categories()
        ),
        FieldSpec("name", tr("&Who they are")),
        FieldSpec("involved", tr("&Involved so far"), "check"),
        FieldSpec("notes", tr("Notes"), "long", True),
    ]


def stakeholder_summary(row: dict[str, Any], kinds: dict[str, str] | None = None) -> str:
    involved = "" if row["involved"] else tr("not involved yet")
    kinds = dict(stakeholder_categories()) if kinds is None else kinds
    return _join(row["name"], kinds.get(row["category_ref"], row["category_ref"]), involved)


def representative_fields() -> list[FieldSpec]:
    return [
        FieldSpec("full_name", tr("&Name")),
        FieldSpec("role", tr("Lead or dep&uty"), "choice", choices=choices_of(RepresentativeRole)),
        FieldSpec("term_start", tr("Ter&m starts"), "date", True),
        FieldSpec("term_end", tr("Term en&ds"), "date", True),
        FieldSpec("email", tr("Emai&l"), optional=True),
        FieldSpec("phone", tr("&Phone"), optional=True),
    ]


def representative_summary(row: dict[str, Any]) -> str:
    term = ""
    if row["term_start"] or row["term_end"]:
        term = tr("{start} to {end}").format(
            start=format_date(row["term_start"]) or "…", end=format_date(row["term_end"]) or "…"
        )
    return _join(row["full_name"], RepresentativeRole.label_of(row["role"]), term)


def meeting_fields() -> list[FieldSpec]:
    return [
        FieldSpec("meeting_date", tr("&Date"), "date"),
        FieldSpec("title", tr("&Title"), optional=True, hint=tr("for example Partnership board")),
        FieldSpec("location", tr("&Where"), optional=True),
        FieldSpec("notes", tr("N&otes"), "long", True),
    ]


def meeting_summary(row: dict[str, Any]) -> str:
    return _join(format_date(row["meeting_date"]), row["title"], row["location"])


def action_fields() -> list[FieldSpec]:
    return [
        FieldSpec("description", tr("What needs doin&g"), "long"),
        FieldSpec("owner_label", tr("Who wi&ll do it"), optional=True),
        FieldSpec("due_date", tr("Due b&y"), "date", True),
        FieldSpec("status", tr("Stat&us"), "choice", choices=choices_of(ActionStatus)),
        # Issue 21: when it was really done, not only the day it was ticked.
        FieldSpec("done_date", tr("Done on"), "date", True),  # its letters are all taken
    ]


def priority_action_fields() -> list[FieldSpec]:
    return [
        *action_fields()[:1],
        FieldSpec("step", tr("&Immediate or future"), "choice", choices=choices_of(ActionStep)),
        *action_fields()[1:],
    ]


def action_summary(row: dict[str, Any]) -> str:
    due = tr("due {when}").format(when=format_date(row["due_date"])) if row["due_date"] else ""
    status = ActionStatus.label_of(row["status"]) if row["status"] != ActionStatus.OPEN else ""
    first = row["description"].splitlines()[0] if row["description"] else ""
    return _join(first, row["owner_label"], due, status)


def priority_action_summary(row: dict[str, Any]) -> str:
    return _join(ActionStep.label_of(row["step"]), action_summary(row))


def milestone_fields() -> list[FieldSpec]:
    return [
        FieldSpec("title", tr("&Milestone")),
        FieldSpec("due_date", tr("D&ue by"), "date", True),
        FieldSpec("done_date", tr("Done on"), "date", True),  # its letters are all taken
        FieldSpec("notes", tr("No&tes"), "long", True),
    ]


def milestone_summary(row: dict[str, Any]) -> str:
    due = tr("due {when}").format(when=format_date(row["due_date"])) if row["due_date"] else ""
    done = tr("done {when}").format(when=format_date(row["done_date"])) if row["done_date"] else ""
    return _join(row["title"], due, done)


def aim_fields() -> list[FieldSpec]:
    return [
        FieldSpec("area_for_action", tr("&Area for action")),
        FieldSpec("aims", tr("A&ims"), "long", True),
        FieldSpec("outputs", tr("&Outputs"), "long", True),
        FieldSpec("use_of_funding", tr("Use of f&unding"), "long", True),
        FieldSpec("use_of_support", tr("Use of &support or coaching"), "long", True),
        FieldSpec("build_on", tr("What we can &build on"), "long", True),
    ]


def priority_fields() -> list[FieldSpec]:
    return [
        FieldSpec("title", tr("&Priority")),
        FieldSpec("notes", tr("No&tes"), "long", True),
    ]


def outcome_fields() -> list[FieldSpec]:
    return [
        FieldSpec("term", tr("&Term"), "choice", choices=choices_of(OutcomeTerm)),
        FieldSpec("description", tr("&Outcome"), "long"),
        FieldSpec("measure", tr("How we will &know"), "long", True),
        FieldSpec("achieved", tr("&Achieved"), "check"),
    ]


def outcome_summary(row: dict[str, Any]) -> str:
    achieved = tr("achieved") if row["achieved"] else ""
    first = row["description"].splitlines()[0] if row["description"] else ""
    return _join(OutcomeTerm.label_of(row["term"]), first, achieved)


def funding_fields() -> list[FieldSpec]:
    return [
        FieldSpec("source", tr("&Where the money comes from")),
        FieldSpec("amount_pence", tr("&Amount"), "money"),
        # Coaching, leadership time, a room: counted at an estimated value (issue 21).
        FieldSpec(
            "in_kind", tr("Support &in kind: the amount is its estimated value"), "check", True
        ),
        FieldSpec("phase", tr("&Kind of funding"), "choice", choices=choices_of(FundingPhase)),
        FieldSpec("period_label", tr("&Period"), optional=True, hint=tr("for example 2026-27")),
        FieldSpec("start_date", tr("&Starts"), "date", True),
        FieldSpec("end_date", tr("E&nds"), "date", True),
        FieldSpec("fundholder", tr("Who hol&ds it"), optional=True),
        FieldSpec("notes", tr("N&otes"), "long", True),
    ]


def funding_summary(row: dict[str, Any]) -> str:
    amount = format_pence(row["amount_pence"])
    if row.get("in_kind"):
        amount = tr("in kind, worth about {amount}").format(amount=amount)
    return _join(
        row["source"],
        amount,
        FundingPhase.label_of(row["phase"]),
        row["period_label"],
    )


def bind_rows(
    view: RowsView,
    kind: str,
    partnership_id: int,
    add: Callable[[Any], int],
    **where: Any,
) -> None:
    """Bind a view to rows of ``kind`` through the rows service."""
    view.bind(
        load=lambda s: rows.list_rows(s, kind, partnership_id, **where),
        add=add,
        save=lambda s, row_id, changes: rows.update_row(s, kind, row_id, changes),
        remove=lambda s, row_id: rows.remove_row(s, kind, row_id),
    )
