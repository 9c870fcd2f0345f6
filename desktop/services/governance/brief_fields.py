"""What the meeting brief says about how the partnership is run (issue 17, items 7-9):
the open high risks to keep an eye on, when we next report back and to whom, and whether
the partnership (or our part in it) has closed."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.run_registers import is_high_risk, risk_score
from desktop.services.governance.closure import closure_of
from desktop.services.governance.registers import list_register
from desktop.services.governance.report_backs import report_back_plan

MAX_RISKS = 2  # the brief stays within two pages: the worst two, and how many more


def brief_run(session: Session, partnership_id: int, today: date) -> dict[str, Any]:
    risks = [
        r
        for r in list_register(session, "risk", partnership_id)
        if is_high_risk(r["likelihood"], r["impact"], r["status"])
    ]
    risks.sort(key=lambda r: -(risk_score(r["likelihood"], r["impact"]) or 0))
    plan = report_back_plan(session, [partnership_id], today)[partnership_id]
    closed = closure_of(session, partnership_id)
    due = plan["next_due"]
    return {
        "high_risks": [
            {
                "description": r["description"],
                "score": risk_score(r["likelihood"], r["impact"]),
                "owner": r["owner_label"],
                "mitigation": r["mitigation"],
                "review_date": r["review_date"].isoformat() if r["review_date"] else None,
            }
            for r in risks[:MAX_RISKS]
        ],
        "more_high_risks": max(len(risks) - MAX_RISKS, 0),
        "report_back": {
            "next_due": due.isoformat() if due else None,
            "overdue": due is not None and due < today,
            "to": plan["to"],
            "last": plan["last"].isoformat() if plan["last"] else None,
        },
        "closed": (
            None
            if closed is None
            else {"closed_on": closed["closed_on"].isoformat(), "scope": closed["scope"]}
        ),
    }
