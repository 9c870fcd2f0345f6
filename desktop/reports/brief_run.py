"""The brief's lines on how the partnership is run (issue 17): when we report back next,
and the open high risks. A brief built before these existed has no "run" and gets none."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from desktop.domain.dates import format_date
from desktop.domain.run_registers import ClosureScope
from desktop.reports.pdf_kit import p, styles
from desktop.reports.pdf_tables import data_table


def _day(value: str) -> str:
    """Short dates ("21 Dec 2026"): the brief must stay within two pages."""
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
    return pairs


def high_risks(brief: dict[str, Any]) -> list[Flowable]:
    run = brief.get("run")
    if not run or not run["high_risks"]:
        return []
    s = styles()
    rows = [
        [r["description"], str(r["score"]), r["owner"] or "–", r["mitigation"] or "–"]
        for r in run["high_risks"]
    ]
    story: list[Flowable] = [
        p("Open high risks", s.h2),
        data_table(["Risk", "Score", "Owner", "What we do"], rows, [4.0, 1.0, 1.8, 3.2]),
    ]
    if run["more_high_risks"]:
        story.append(p(f"And {run['more_high_risks']} more in Partnerbook.", s.small))
    return story
