"""How it is run: the registers. Risks (likelihood and impact 1-5), conflicts of interest
declared, disagreements and how they were resolved, equality impact notes, and the
learning log; each a list with a form, saved as the person leaves each field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.dates import format_date
from desktop.domain.run_registers import SCALE, RiskStatus, risk_score
from desktop.services.governance import registers
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec, choices_of
from desktop.ui.partnerships.rows_view import RowsView


def tr(text: str) -> str:
    return QCoreApplication.translate("RunRegisters", text)


def _join(*parts: str) -> str:
    return " — ".join(p for p in parts if p)


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def scale_choices() -> tuple[tuple[str, str], ...]:
    words = {1: tr("very low"), 2: tr("low"), 3: tr("medium"), 4: tr("high"), 5: tr("very high")}
    return tuple((str(n), f"{n} — {words[n]}") for n in SCALE)


def register_fields() -> dict[str, list[FieldSpec]]:
    return {
        "risk": [
            FieldSpec("description", tr("&Risk"), "long"),
            FieldSpec("likelihood", tr("Likelihood"), "choice", True, scale_choices()),
            FieldSpec("impact", tr("Impact"), "choice", True, scale_choices()),
            FieldSpec("owner_label", tr("Owner"), optional=True, hint=tr("who watches it")),
            FieldSpec("mitigation", tr("What we do about it"), "long", True),
            FieldSpec("review_date", tr("Review by"), "date", True),
            FieldSpec("status", tr("Status"), "choice", choices=choices_of(RiskStatus)),
        ],
        "interest_declaration": [
            FieldSpec("declared_by", tr("Declared &by"), hint=tr("a role or an organisation")),
            FieldSpec("about", tr("About what"), "long"),
            FieldSpec("handled", tr("How it was handled"), "long", True),
            FieldSpec("declared_on", tr("Declared on"), "date", True),
        ],
        "disagreement": [
            FieldSpec("about", tr("What the &disagreement is about"), "long"),
            FieldSpec("between", tr("Between"), optional=True, hint=tr("who disagreed")),
            FieldSpec("raised_on", tr("Raised on"), "date", True),
            FieldSpec("resolution", tr("How it was resolved"), "long", True),
            FieldSpec("resolved_on", tr("Resolved on"), "date", True),
        ],
        "equality_note": [
            FieldSpec("left_out", tr("Who &might be left out"), "long"),
            FieldSpec("action", tr("What is being done"), "long", True),
            FieldSpec("noted_on", tr("Noted on"), "date", True),
        ],
        "learning_entry": [
            FieldSpec("learned", tr("What we &learned"), "long"),
            FieldSpec("do_differently", tr("What we will do differently"), "long", True),
            FieldSpec("shared_with", tr("Shared with"), optional=True),
            FieldSpec("noted_on", tr("Noted on"), "date", True),
        ],
    }


def risk_summary(row: dict[str, Any]) -> str:
    score = risk_score(_int(row["likelihood"]), _int(row["impact"]))
    rated = tr("score {score} of 25").format(score=score) if score is not None else ""
    status = RiskStatus.label_of(row["status"]) if row["status"] != RiskStatus.OPEN else ""
    return _join(_first_line(row["description"]), rated, row["owner_label"], status)


def _dated(day: Any) -> str:
    return format_date(day) if day else ""


SUMMARIES = {
    "risk": risk_summary,
    "interest_declaration": lambda r: _join(
        r["declared_by"], _first_line(r["about"]), _dated(r["declared_on"])
    ),
    "disagreement": lambda r: _join(
        _first_line(r["about"]),
        tr("resolved") if r["resolved_on"] or r["resolution"] else tr("not resolved yet"),
    ),
    "equality_note": lambda r: _join(_first_line(r["left_out"]), _dated(r["noted_on"])),
    "learning_entry": lambda r: _join(_first_line(r["learned"]), _dated(r["noted_on"])),
}


def register_titles() -> dict[str, tuple[str, str, str]]:
    """(list title, add button, remove button) for each register."""
    return {
        "risk": (tr("Risks"), tr("Add a ris&k"), tr("Remove this risk")),
        "interest_declaration": (
            tr("Conflicts of interest declared"),
            tr("Add a de&claration"),
            tr("Remove this declaration"),
        ),
        "disagreement": (
            tr("Disagreements and how they were resolved"),
            tr("Add a disa&greement"),
            tr("Remove this disagreement"),
        ),
        "equality_note": (
            tr("Equality impact: who might be left out"),
            tr("Add an e&quality note"),
            tr("Remove this note"),
        ),
        "learning_entry": (
            tr("Learning log"),
            tr("Add what we lear&ned"),
            tr("Remove this entry"),
        ),
    }


def _int(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


# What a new row starts with (the first field is then selected, ready to type over).
def _starting_values() -> dict[str, dict[str, Any]]:
    return {
        "risk": {"description": tr("New risk")},
        "interest_declaration": {"declared_by": tr("Who declared it"), "about": tr("About")},
        "disagreement": {"about": tr("New disagreement")},
        "equality_note": {"left_out": tr("Who might be left out")},
        "learning_entry": {"learned": tr("What we learned")},
    }


def for_form(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row as the form shows it (the 1-5 scales as the combo's text keys)."""
    if kind != "risk":
        return row
    return {**row, **{k: "" if row[k] is None else str(row[k]) for k in ("likelihood", "impact")}}


def for_store(kind: str, changes: dict[str, Any]) -> dict[str, Any]:
    if kind != "risk":
        return changes
    return {k: _int(v) if k in ("likelihood", "impact") else v for k, v in changes.items()}


class RegistersSection(QScrollArea):
    """The five registers, one under the other."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(
            tr(
                "Keep a note of what could go wrong, interests declared, disagreements, who "
                "might be left out, and what the partnership has learned. A risk scoring 15 "
                "or more (likelihood × impact) shows in the brief."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.views: dict[str, RowsView] = {}
        fields = register_fields()
        for kind, (title, add_text, remove_text) in register_titles().items():
            view = RowsView(
                hub,
                title,
                fields[kind],
                summary=SUMMARIES[kind],
                add_text=add_text,
                remove_text=remove_text,
            )
            self.views[kind] = view
            layout.addWidget(view)
        layout.addStretch(1)
        self.setWidget(inner)

    def load(self, partnership_id: int) -> None:
        starting = _starting_values()
        for kind, view in self.views.items():
            view.bind(
                load=lambda s, k=kind: [
                    for_form(k, r) for r in registers.list_register(s, k, partnership_id)
                ],
                add=lambda s, k=kind: registers.add_register_row(s, k, partnership_id, starting[k]),
                save=lambda s, row_id, changes, k=kind: registers.update_register_row(
                    s, k, row_id, for_store(k, changes)
                ),
                remove=lambda s, row_id, k=kind: registers.remove_register_row(s, k, row_id),
            )
