"""The return's fields for how a partnership is run (issue 17, items 6-9; JSON schema v2).

``add_run_fields`` adds, to each partnership's entry, its place in the structure, its
registers, its reporting back and its closing. Every list is read for all the chosen
partnerships at once (one query per table), so a return of many partnerships stays quick.
Dated logs are those dated by the end of the period (or undated); report backs are those
in the period. Names typed into these fields are scrubbed with the rest of the return when
contact details are left out (services.return_data).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.periods import Period
from desktop.domain.run_registers import is_high_risk, risk_score
from desktop.services.governance.closure import FIELDS as CLOSURE_FIELDS
from desktop.services.governance.registers import registers_for
from desktop.services.governance.report_backs import report_back_plan
from desktop.store.models import Closure, Partnership

# The register kinds and the key each has in the return, with the field it is dated by.
DATED = {
    "interest_declaration": ("conflicts_of_interest", "declared_on"),
    "disagreement": ("disagreements", "raised_on"),
    "equality_note": ("equality_notes", "noted_on"),
    "learning_entry": ("learning_log", "noted_on"),
}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A register row as the return gives it: its uuid as id, dates as text."""
    out: dict[str, Any] = {"id": row["uuid"]}
    for key, value in row.items():
        if key in ("id", "uuid"):
            continue
        out[key] = _iso(value) if isinstance(value, date) else value
    return out


def _risk(row: dict[str, Any]) -> dict[str, Any]:
    entry = _plain(row)
    entry["owner"] = entry.pop("owner_label")
    entry["score"] = risk_score(row["likelihood"], row["impact"])
    entry["high"] = is_high_risk(row["likelihood"], row["impact"], row["status"])
    return entry


def run_fields(
    session: Session, partnerships: list[Partnership], period: Period, today: date | None = None
) -> dict[int, dict[str, Any]]:
    """The fields of each partnership (by id), ready to merge into its return entry."""
    ids = [p.id for p in partnerships]
    parents = {p.id: p.parent_id for p in partnerships}
    wanted = {pid for pid in parents.values() if pid is not None}
    parent_rows = {
        pid: (uuid, name)
        for pid, uuid, name in session.execute(
            select(Partnership.id, Partnership.uuid, Partnership.name).where(
                Partnership.id.in_(wanted)
            )
        )
    }
    risks = registers_for(session, "risk", ids)
    dated = {kind: registers_for(session, kind, ids) for kind in DATED}
    reports = registers_for(session, "report_back", ids)
    plan = report_back_plan(session, ids, today or date.today())
    closures = {
        c.partnership_id: c
        for c in session.scalars(select(Closure).where(Closure.partnership_id.in_(ids)))
    }
    result: dict[int, dict[str, Any]] = {}
    for p in partnerships:
        parent = parent_rows.get(p.parent_id) if p.parent_id else None
        entry: dict[str, Any] = {
            "structure": {
                "parent_id": parent[0] if parent else None,
                "parent_name": parent[1] if parent else "",
                "vision": p.vision,
                "goal": p.goal,
                "principles": p.principles,
            },
            "risks": [_risk(row) for row in risks[p.id]],
        }
        for kind, (key, dated_by) in DATED.items():
            entry[key] = [
                _plain(row)
                for row in dated[kind][p.id]
                if row[dated_by] is None or row[dated_by] <= period.end
            ]
        mine = plan.get(p.id, {})
        entry["reporting_back"] = {
            "every": mine.get("every", ""),
            "last": _iso(mine.get("last")),
            "next_due": _iso(mine.get("next_due")),
            "reports": [
                _plain(row)
                for row in reports[p.id]
                if row["reported_on"] and period.start <= row["reported_on"] <= period.end
            ],
        }
        closure = closures.get(p.id)
        entry["closure"] = (
            None
            if closure is None
            else {
                name: _iso(getattr(closure, name))
                if name == "closed_on"
                else getattr(closure, name)
                for name in CLOSURE_FIELDS
            }
        )
        result[p.id] = entry
    return result


def add_run_fields(
    session: Session,
    chosen: list[Partnership],
    entries: list[dict[str, Any]],
    period: Period,
    today: date | None = None,
) -> None:
    """Merge each partnership's fields into its return entry (same order as ``chosen``)."""
    fields = run_fields(session, chosen, period, today)
    for partnership, entry in zip(chosen, entries, strict=True):
        entry.update(fields[partnership.id])
