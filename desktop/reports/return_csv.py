"""The return as CSV files, one per kind of record, for spreadsheets.

Every row carries the return id and the partnership id, so files from many returns can be
stacked in one sheet. Money is in pounds with two decimals (no £ sign), dates ISO.
Choices are written in the words people read (an answer's label, a band's name, the
framework's title), never as the keys stored in the data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.domain.money import format_pence_plain
from desktop.reports import return_text as t
from desktop.reports.return_run_registers import CSV_HEADER as RUN_HEADER
from desktop.reports.return_run_registers import run_register_csv_rows
from desktop.reports.return_run_view import HOW_RUN_HEADER, governance_csv_rows

__all__ = ["CSV_FILES", "return_csv_tables"]

CSV_FILES = (
    "partnerships.csv",
    "commitments.csv",
    "resource_needs.csv",
    "reviews.csv",
    "actions.csv",
    "milestones.csv",
    "outcomes.csv",
    "funding.csv",
    "plan.csv",
    "run_registers.csv",
    "how_it_is_run.csv",
)

# The plan in one file: each row is one recorded thing (an aims-and-outputs row, a
# priority's step, a stakeholder, a joining-check answer), named by "part".
PLAN_HEADER = ["return_id", "partnership_id", "part", "item_id", "heading", "field", "value"]


def _pounds(pence: int | None) -> str:
    return format_pence_plain(pence)


def _rows(payload: dict[str, Any]) -> dict[str, tuple[Sequence[str], list[list[object]]]]:
    rid = payload["return_id"]
    tables: dict[str, tuple[Sequence[str], list[list[object]]]] = {
        "partnerships.csv": (
            [
                "return_id",
                "partnership_id",
                "name",
                "status",
                "our_role",
                "represents",
                "area",
                "lead_body",
                "meetings",
                "meetings_attended",
                "attendance_percent",
                "requested",
                "agreed",
                "received",
                "unmet",
                "latest_review_date",
                "latest_review_score",
                "latest_review_band",
            ],
            [],
        ),
        "commitments.csv": (
            [
                "return_id",
                "partnership_id",
                "kind",
                "section",
                "clause_ref",
                "title",
                "rating",
                "evidence",
                "next_action",
                "due_date",
            ],
            [],
        ),
        "resource_needs.csv": (
            [
                "return_id",
                "partnership_id",
                "need_id",
                "category",
                "description",
                "quantity",
                "unit",
                "status",
                "estimated",
                "agreed",
                "received",
                "identified_date",
                "requested_date",
                "decided_date",
                "received_date",
            ],
            [],
        ),
        "reviews.csv": (
            [
                "return_id",
                "partnership_id",
                "review_id",
                "which",
                "date",
                "framework",
                "section",
                "question_ref",
                "title",
                "answer",
                "score",
                "question_band",
                "overall_score",
                "band",
                # Partners' own answers (questionnaires), from three partners up: how many
                # gave a scored answer, and the spread between the lowest and highest.
                "partners_answered",
                "partners_spread",
            ],
            [],
        ),
        "actions.csv": (
            [
                "return_id",
                "partnership_id",
                "action_id",
                "description",
                "owner",
                "due_date",
                "status",
                "done_date",
            ],
            [],
        ),
        "milestones.csv": (
            ["return_id", "partnership_id", "milestone_id", "title", "due_date", "done_date"],
            [],
        ),
        "outcomes.csv": (
            [
                "return_id",
                "partnership_id",
                "outcome_id",
                "term",
                "description",
                "measure",
                "achieved",
            ],
            [],
        ),
        "funding.csv": (
            [
                "return_id",
                "partnership_id",
                "funding_id",
                "source",
                "phase",
                "period_label",
                "amount",
                "start_date",
                "end_date",
                "fundholder",
                "in_kind",
            ],
            [],
        ),
        "plan.csv": (PLAN_HEADER, []),
        "run_registers.csv": (("return_id", "partnership_id", *RUN_HEADER), []),
        "how_it_is_run.csv": (HOW_RUN_HEADER, []),
    }

    def add(name: str, row: Iterable[object]) -> None:
        tables[name][1].append(list(row))

    def need_row(pid: str, n: dict[str, Any]) -> list[object]:
        return [
            rid,
            pid,
            n["id"],
            t.label("category", n["category"]),
            n["description"],
            n["quantity"],
            n["unit"],
            t.label("need_status", n["status"]),
            _pounds(n["estimated_pence"]),
            _pounds(n["agreed_pence"]),
            _pounds(n["received_pence"]),
            n["identified_date"],
            n["requested_date"],
            n["decided_date"],
            n["received_date"],
        ]

    for e in payload["partnerships"]:
        pid, totals, latest = e["id"], e["resource_totals"], e["latest_review"]
        seat = e["seat"] or {"our_role": "", "represents": ""}
        add(
            "partnerships.csv",
            [
                rid,
                pid,
                e["name"],
                t.label("status", e["status"]),
                t.label("our_role", seat["our_role"]) if seat["our_role"] else "",
                t.label("represents", seat["represents"]) if seat["represents"] else "",
                e["area"],
                e["lead_body"],
                e["attendance"]["meetings"],
                e["attendance"]["meetings_attended"],
                e["attendance"]["rate_percent"],
                _pounds(totals["requested_pence"]),
                _pounds(totals["agreed_pence"]),
                _pounds(totals["received_pence"]),
                _pounds(totals["unmet_pence"]),
                latest["date"] if latest else None,
                latest["overall_score"] if latest else None,
                latest["band"]["label"] if latest and latest["band"] else None,
            ],
        )
        for kind in ("commitments", "undertakings"):
            for r in e[kind]:
                add(
                    "commitments.csv",
                    [
                        rid,
                        pid,
                        kind,
                        r.get("section_title") or t.label("section", r["section"]),
                        r["clause_ref"],
                        r["title"],
                        t.rating_label(r),
                        r["evidence"],
                        r["next_action"],
                        r["due_date"],
                    ],
                )
        for n in e["resource_needs"]:
            add("resource_needs.csv", need_row(pid, n))
        for which in ("latest_review", "previous_review"):
            review = e[which]
            if review is None:
                continue
            band = review["band"]["label"] if review["band"] else None
            titles = {s["key"]: s["title"] for s in review.get("sections") or []}
            partners = {
                q["question_ref"]: q
                for q in (review.get("partner_answers") or {}).get("questions") or []
            }
            for a in review["answers"]:
                spread = partners.get(a["question_ref"]) or {}
                add(
                    "reviews.csv",
                    [
                        rid,
                        pid,
                        review["id"],
                        which.split("_")[0],
                        review["date"],
                        t.framework_name(review),
                        titles.get(a["section"], a["section"]),
                        a["question_ref"],
                        a["title"],
                        t.answer_text(a) if a["answer"] else "",
                        a["score"],
                        (a.get("band") or {}).get("label"),
                        review["overall_score"],
                        band,
                        spread.get("answered"),
                        spread.get("spread"),
                    ],
                )
        for a in e["actions_due"]:
            add(
                "actions.csv",
                [
                    rid,
                    pid,
                    a["id"],
                    a["description"],
                    a["owner"],
                    a["due_date"],
                    a["status"],
                    a["done_date"],
                ],
            )
        for m in e["milestones"]:
            add("milestones.csv", [rid, pid, m["id"], m["title"], m["due_date"], m["done_date"]])
        for o in e["outcomes"]:
            add(
                "outcomes.csv",
                [
                    rid,
                    pid,
                    o["id"],
                    o["term"],
                    o["description"],
                    o["measure"],
                    "yes" if o["achieved"] else "no",
                ],
            )
        for f in e["funding"]:
            add(
                "funding.csv",
                [
                    rid,
                    pid,
                    f["id"],
                    f["source"],
                    f["phase"],
                    f["period_label"],
                    _pounds(f["amount_pence"]),
                    f["start_date"],
                    f["end_date"],
                    f["fundholder"],
                    "yes" if f.get("in_kind") else "no",  # yes: amount is an estimate
                ],
            )
        for row in _plan_rows(e.get("plan")):
            add("plan.csv", [rid, pid, *row])
        for row in run_register_csv_rows(e):
            add("run_registers.csv", [rid, pid, *row])
        for row in governance_csv_rows(e.get("governance")):
            add("how_it_is_run.csv", [rid, pid, *row])
    for n in payload["general_resource_needs"]:
        add("resource_needs.csv", need_row("", n))
    return tables


def _plan_rows(plan: dict[str, Any] | None) -> list[list[object]]:
    """part, item id, heading, field, value for every recorded part of the plan."""
    if plan is None:
        return []
    rows: list[list[object]] = []
    for a in plan["aims_outputs"]:
        for key in ("aims", "outputs", "use_of_funding", "use_of_support", "build_on"):
            rows.append(["aims_outputs", a["id"], a["area_for_action"], key, a[key]])
    for number, priority in enumerate(plan["priorities"], start=1):
        heading = f"Priority {number}: {priority['title']}"
        rows.append(["priority", priority["id"], heading, "notes", priority["notes"]])
        for step in priority["steps"]:
            for key in ("step", "description", "owner", "due_date", "status", "done_date"):
                rows.append(["priority_step", step["id"], heading, key, step[key]])
    for st in plan["stakeholders"]:
        for key in ("category_ref", "involved", "notes"):
            value = ("yes" if st[key] else "no") if key == "involved" else st[key]
            rows.append(["stakeholder", st["id"], st["name"], key, value])
    check = plan["joining_check"]
    if check is not None:
        for key, value in check.items():
            rows.append(["joining_check", "", "Joining check", key, value])
    return rows


def return_csv_tables(payload: dict[str, Any]) -> dict[str, str]:
    """File name -> CSV text (with a header row; Excel-friendly UTF-8 BOM added on write)."""
    result = {}
    for name, (header, rows) in _rows(payload).items():
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
        result[name] = out.getvalue()
    return result
