"""The collection's "How it is run" view (issue 17): groups' partnerships side by side on
how each is governed.

At import, ``run_summary`` takes from each partnership of a return the few facts the view
shows and the collection keeps them as small JSON (``collected_partnership.how_run``, made
for older rows by migration c0006_governance), so the view never parses whole returns:
reading 1,000 returns' data each time took seconds. A version-1 return, or a version-2 one
made before these fields, has none of them: each cell then says "Not recorded", never "No"
or 0, so a CVS officer can tell "not asked" from "none".

17a's fields (terms of reference, meetings and quorum, attendance, offices) are under the
partnership's "governance"; 17b's (structure, risks, reporting back, closure) are at its
top level (resources/schemas/README.md, Version 2).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.domain.dates import format_date
from desktop.domain.periods import Period
from desktop.domain.problems import marked
from desktop.domain.run_registers import ClosureScope
from desktop.services.collection.views import EVERY_ROW, Table, Window, chosen_period
from desktop.store.collection.view_queries import run_rows

NOT_RECORDED = marked("Not recorded")

COLUMNS = (
    marked("Group"),
    marked("Partnership"),
    marked("Sits under"),
    marked("Terms of reference"),
    marked("Quorate meetings"),
    marked("Partner attendance"),
    marked("Next election"),
    marked("Open high risks"),
    marked("Last report back"),
    marked("Next report back"),
    marked("Closed"),
)


def _text(value: Any, limit: int = 300) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _day_text(value: Any) -> str | None:
    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None


def run_summary(entry: dict[str, Any]) -> dict[str, Any]:
    """What the view needs of one partnership of a return (each part absent when the
    return did not carry it), small enough to keep beside its row."""
    summary: dict[str, Any] = {}
    governance = entry.get("governance")
    if isinstance(governance, dict):
        terms = governance.get("terms") or {}
        meetings = [m for m in governance.get("meetings") or [] if isinstance(m, dict)]
        judged = [m for m in meetings if isinstance(m.get("quorate"), bool)]
        rate = governance.get("overall_attendance_percent")
        elections = sorted(
            d
            for d in (_day_text(o.get("next_election")) for o in governance.get("offices") or [])
            if d
        )
        summary["governance"] = {
            "terms": terms.get("exists") if isinstance(terms.get("exists"), bool) else None,
            "terms_date": _day_text(terms.get("date")),
            "meetings": len(meetings),
            "judged": len(judged),
            "quorate": sum(1 for m in judged if m["quorate"]),
            "attendance": rate if isinstance(rate, int | float) else None,
            "next_election": elections[0] if elections else None,
        }
    structure = entry.get("structure")
    if isinstance(structure, dict):
        summary["parent"] = _text(structure.get("parent_name"))
    if isinstance(entry.get("risks"), list):
        back = entry.get("reporting_back") or {}
        closure = entry.get("closure")
        summary["run"] = {
            "high": sum(1 for r in entry["risks"] if isinstance(r, dict) and r.get("high")),
            "last": _day_text(back.get("last")),
            "next_due": _day_text(back.get("next_due")),
            "closed_on": _day_text(closure.get("closed_on")) if closure else None,
            "scope": _text(closure.get("scope"), 32) if closure else "",
        }
    return summary


def _day(value: str | None) -> str:
    return format_date(date.fromisoformat(value)) if value else ""


def _governance_cells(summary: dict[str, Any]) -> list[str]:
    g = summary.get("governance")
    if g is None:
        return [NOT_RECORDED] * 4
    has_terms = {True: "Yes", False: "No"}.get(g["terms"], "Not known")
    if g["terms"] and g["terms_date"]:
        has_terms += f", {_day(g['terms_date'])}"
    if g["judged"]:
        quorate = f"{g['quorate']} of {g['judged']}"
    else:
        quorate = "No rule to judge by" if g["meetings"] else "No meetings"
    rate = g["attendance"]
    attendance = f"{rate:g}%" if rate is not None else "Not recorded yet"
    return [has_terms, quorate, attendance, _day(g["next_election"]) or "–"]


def _run_cells(summary: dict[str, Any]) -> list[str]:
    run = summary.get("run")
    if run is None:
        return [NOT_RECORDED] * 4
    closed = "–"
    if run["closed_on"]:
        closed = f"{_day(run['closed_on'])}: {ClosureScope.label_of(run['scope']).lower()}"
    return [
        str(run["high"]),
        _day(run["last"]) or "None recorded",
        _day(run["next_due"]) or "–",
        closed,
    ]


def row_cells(summary: dict[str, Any]) -> list[str]:
    """The view's cells after Group and Partnership, from a partnership's ``run_summary``."""
    parent = summary.get("parent")
    sits_under = NOT_RECORDED if parent is None else (parent or "–")
    return [sits_under, *_governance_cells(summary), *_run_cells(summary)]


def run_window(conn: Any, period: Period | None, window: Window = EVERY_ROW) -> Table:
    """A window of ``how_it_is_run_view`` for ``period`` as already chosen
    (``chosen_period``): the rows ``window`` asks for, in its order, holding its words."""
    result, keys = [], []
    for group, name, stored, key in run_rows(conn, period, window):
        try:
            summary = json.loads(stored) if stored else {}
        except ValueError:
            summary = {}
        result.append((group, name, *row_cells(summary if isinstance(summary, dict) else {})))
        keys.append(key)
    return Table("how_it_is_run", "How it is run", COLUMNS, result, keys=keys)


def how_it_is_run_view(conn: Any, period: Period | None = None) -> Table:
    """One row per group's partnership with the latest word for the period."""
    return run_window(conn, chosen_period(conn, period))
