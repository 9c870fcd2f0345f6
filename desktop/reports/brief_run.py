"""The brief's lines on how the partnership is run (issue 17): whether it has closed, when
we report back next, and the open high risks, as lines of the table at its head (the brief
must stay within two pages). A brief built before these existed has no "run" and gets none.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.dates import format_date
from desktop.domain.run_registers import ClosureScope


def _day(value: str) -> str:
    """Short dates ("21 Dec 2026"), to keep each line to one."""
    return format_date(date.fromisoformat(value))


def run_pairs(brief: dict[str, Any]) -> list[tuple[str, str]]:
    run = brief.get("run")
    if not run:
        return []
    pairs = []
    if run["closed"]:
        scope = ClosureScope.label_of(run["closed"]["scope"]).lower()
        pairs.append(("Closed", f"{_day(run['closed']['closed_on'])}: {scope}"))
    back = run["report_back"]
    if back["next_due"]:
        said = f"Due {_day(back['next_due'])}"
        if back["to"]:
            said += f", to {back['to']}"
        if back["overdue"]:
            said += " (overdue)"
        if back["last"]:
            said += f"; last {_day(back['last'])}"
        pairs.append(("Report back", said))
    if run["high_risks"]:
        risks = "; ".join(
            f"{r['description'].rstrip('.')} (score {r['score']}"
            + (f", {r['owner']})" if r["owner"] else ")")
            for r in run["high_risks"]
        )
        if run["more_high_risks"]:
            risks += f"; and {run['more_high_risks']} more"
        pairs.append(("Open high risks", risks))
    return pairs
