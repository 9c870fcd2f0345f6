"""The collection's "How it is run" view (issue 17): groups' partnerships side by side on
how each is governed, from the returns themselves.

Read from each current return's data (the JSON the collection keeps), so no new collected
columns are needed and a field added to the return later shows up here at once. A
version-1 return, or a version-2 one made before these fields, has none of them: each cell
then says "Not recorded", never "No" or 0, so a CVS officer can tell "not asked" from "none".

17a's fields (terms of reference, meetings and quorum, attendance, offices) are under the
partnership's "governance"; 17b's (structure, risks, reporting back, closure) are at its
top level (resources/schemas/README.md, Version 2).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.domain.dates import format_date
from desktop.domain.periods import Period
from desktop.domain.problems import marked
from desktop.domain.run_registers import ClosureScope
from desktop.services.collection.views import CURRENT_ROW, Table, _in, chosen_period

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


def _day(value: str | None) -> str:
    from datetime import date

    return format_date(date.fromisoformat(value)) if value else ""


def _governance_cells(entry: dict[str, Any]) -> list[str]:
    governance = entry.get("governance")
    if not isinstance(governance, dict):
        return [NOT_RECORDED] * 4
    terms = governance.get("terms") or {}
    exists = terms.get("exists")
    has_terms = {True: "Yes", False: "No"}.get(exists, "Not known")
    if exists and terms.get("date"):
        has_terms += f", {_day(terms['date'])}"
    meetings = governance.get("meetings") or []
    judged = [m for m in meetings if m.get("quorate") is not None]
    quorate = (
        f"{sum(1 for m in judged if m['quorate'])} of {len(judged)}"
        if judged
        else ("No rule to judge by" if meetings else "No meetings")
    )
    rate = governance.get("overall_attendance_percent")
    attendance = f"{rate}%" if rate is not None else "Not recorded yet"
    elections = sorted(
        o["next_election"] for o in governance.get("offices") or [] if o.get("next_election")
    )
    return [has_terms, quorate, attendance, _day(elections[0]) if elections else "–"]


def _run_cells(entry: dict[str, Any]) -> list[str]:
    if "risks" not in entry:
        return [NOT_RECORDED] * 4
    high = sum(1 for r in entry["risks"] if r.get("high"))
    back = entry.get("reporting_back") or {}
    closure = entry.get("closure")
    closed = (
        f"{_day(closure['closed_on'])}: {ClosureScope.label_of(closure['scope']).lower()}"
        if closure
        else "–"
    )
    return [
        str(high),
        _day(back.get("last")) or "None recorded",
        _day(back.get("next_due")) or "–",
        closed,
    ]


def _sits_under(entry: dict[str, Any]) -> str:
    structure = entry.get("structure")
    if not isinstance(structure, dict):
        return NOT_RECORDED
    return structure.get("parent_name") or "–"


def how_it_is_run_view(conn: sqlite3.Connection, period: Period | None = None) -> Table:
    """One row per group's partnership with the latest word for the period."""
    period = chosen_period(conn, period)
    rows = conn.execute(
        f"""
        SELECT g.latest_name, p.name, p.uuid, r.id, p.canonical_key
        FROM collected_partnership p JOIN collected_return r ON r.id = p.return_id
        JOIN collected_group g ON g.id = r.group_id
        WHERE {CURRENT_ROW} AND {_in(period)}
        ORDER BY g.latest_name COLLATE NOCASE, p.name COLLATE NOCASE
        """
    ).fetchall()
    wanted = sorted({r[3] for r in rows})
    payloads: dict[int, dict[str, dict[str, Any]]] = {}
    # One read per return, in chunks (SQLite's limit on parameters), each parsed once.
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for rid, text in conn.execute(
            f"SELECT id, payload FROM collected_return WHERE id IN ({marks})", chunk
        ):
            data = json.loads(text)
            payloads[rid] = {e["id"]: e for e in data.get("partnerships", [])}
    result, keys = [], []
    for group, name, uuid, rid, key in rows:
        entry = payloads.get(rid, {}).get(uuid, {})
        result.append(
            (group, name, _sits_under(entry), *_governance_cells(entry), *_run_cells(entry))
        )
        keys.append(key)
    return Table("how_it_is_run", "How it is run", COLUMNS, result, keys=keys)
