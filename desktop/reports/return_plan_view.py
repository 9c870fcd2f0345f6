"""A partnership's plan as blocks of headings and tables, drawn by both the PDF and the
HTML copy of a return, so neither can leave a row out.

Each block is a heading, an optional sentence, and either a table (header and rows) or
labelled pairs. Empty cells are "–", as everywhere in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.domain import vocab
from desktop.reports import return_text as t

DASH = "–"

JOINING_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("done_already", "What has been done already, or is going on now (4.1 a)"),
    ("evidence", "What evidence there is (4.1 a)"),
    ("done_elsewhere", "Whether the work is done somewhere else (4.1 b)"),
    ("existing_host", "Whether an existing partnership could take it on (4.1 c)"),
    ("constraints", "What limits us (4.1 d)"),
    ("why_join", "Why we would join (3.1 e)"),
    ("what_we_bring", "What we would bring (3.1 e)"),
    ("cost_notes", "What it would cost us in time and money (4.4)"),
)


@dataclass(frozen=True)
class Block:
    """One heading of the plan with what goes under it."""

    heading: str
    level: int = 3  # 2 for the plan's own heading, 3 for its parts
    sentence: str = ""
    header: tuple[str, ...] = ()
    rows: list[list[str]] = field(default_factory=list)
    widths: tuple[float, ...] = ()
    pairs: list[tuple[str, str]] = field(default_factory=list)


def _c(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return text or DASH


def _label(choice: type[vocab.Choice], key: str) -> str:
    try:
        return choice.label_of(key)
    except (KeyError, ValueError):
        return key


def plan_blocks(entry: dict[str, Any]) -> list[Block]:
    """The plan of one partnership, in the order the Plan tab shows it."""
    plan = entry.get("plan")
    if plan is None:  # a return made before plans were carried
        return []
    blocks = [Block("Our plan", level=2)]
    aims = plan["aims_outputs"]
    blocks.append(
        Block(
            "Aims and outputs",
            sentence="" if aims else t.NONE_RECORDED,
            header=(
                "Area for action",
                "Aims",
                "Outputs",
                "Funding used for",
                "Support used for",
                "Builds on",
            ),
            rows=[
                [
                    _c(a["area_for_action"]),
                    _c(a["aims"]),
                    _c(a["outputs"]),
                    _c(a["use_of_funding"]),
                    _c(a["use_of_support"]),
                    _c(a["build_on"]),
                ]
                for a in aims
            ],
            widths=(2.0, 2.2, 2.2, 1.6, 1.6, 1.6),
        )
    )
    if not plan["priorities"]:
        blocks.append(Block("Priorities", sentence=t.NONE_RECORDED))
    for number, priority in enumerate(plan["priorities"], start=1):
        steps = priority["steps"]
        blocks.append(
            Block(
                f"Priority {number}: {priority['title']}",
                sentence=priority["notes"] or ("" if steps else "No steps recorded yet."),
                header=("Step", "What", "Who", "Due", "Status"),
                rows=[
                    [
                        _label(vocab.ActionStep, s["step"]),
                        _c(s["description"]),
                        _c(s["owner"]),
                        t.day(s["due_date"]),
                        t.label("action_status", s["status"]) or _c(s["status"]),
                    ]
                    for s in steps
                ],
                widths=(1.5, 4.0, 2.0, 1.5, 1.2),
            )
        )
    stakeholders = plan["stakeholders"]
    blocks.append(
        Block(
            "Stakeholders",
            sentence="" if stakeholders else t.NONE_RECORDED,
            header=("Stakeholder", "Kind (clause)", "Involved", "Notes"),
            rows=[
                [_c(s["name"]), _c(s["category_ref"]), t.yes_no(s["involved"]), _c(s["notes"])]
                for s in stakeholders
            ],
            widths=(3.0, 1.6, 1.2, 4.2),
        )
    )
    check = plan["joining_check"]
    if check is None:
        blocks.append(Block("Joining check", sentence="No joining check recorded."))
    else:
        decision = _label(vocab.JoiningDecision, check["decision"])
        if check["decision_date"]:
            decision += f" ({t.day(check['decision_date'])})"
        blocks.append(
            Block(
                "Joining check",
                pairs=[(label, _c(check[key])) for key, label in JOINING_QUESTIONS]
                + [("Decision", decision)],
            )
        )
    return blocks
