"""How a partnership is run (issue 17, items 6-9) as blocks for the return's PDF and HTML,
and rows for its CSV: where it sits, its vision, goal and principles, the registers,
reporting back and its closing. A return made before these existed (version 1, or an
older version 2) has none of the fields, and gets no blocks.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.run_registers import ClosureScope, ReportBackEvery, ReportBackHow, RiskStatus
from desktop.reports import return_text as t
from desktop.reports.return_plan_view import Block

DASH = "–"

CSV_HEADER = ("register", "row_id", "date", "what", "who", "detail", "status", "more")


def _c(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return text or DASH


def _structure(entry: dict[str, Any]) -> list[Block]:
    structure = entry.get("structure")
    if structure is None:
        return []
    pairs = [
        ("Sits under", structure["parent_name"] or "Nothing: it is at the top"),
        ("Vision", _c(structure["vision"])),
        ("Shared goal", _c(structure["goal"])),
        ("Principles", _c(structure["principles"])),
    ]
    return [Block("Structure, vision and goal", pairs=pairs)]


def _score(r: dict[str, Any]) -> str:
    if r["score"] is None:
        return DASH
    text = f"{r['score']} ({r['likelihood']} × {r['impact']})"
    return text + (", high" if r["high"] else "")


def _risks(entry: dict[str, Any]) -> Block:
    rows = [
        [
            r["description"],
            _score(r),
            _c(r["owner"]),
            _c(r["mitigation"]),
            t.day(r["review_date"]),
            RiskStatus.label_of(r["status"]),
        ]
        for r in entry["risks"]
    ]
    return Block(
        "Risks",
        sentence=(
            "Score: likelihood × impact, each from 1 (low) to 5 (high); 15 or more is high."
            if rows
            else "None recorded."
        ),
        header=("Risk", "Score", "Owner", "What we do", "Review by", "Status"),
        rows=rows,
        widths=(3.2, 1.9, 1.7, 3.0, 1.8, 1.4),
    )


def _simple(entry: dict[str, Any]) -> list[Block]:
    specs = (
        (
            "conflicts_of_interest",
            "Conflicts of interest declared",
            ("Declared", "By", "About", "How it was handled"),
            (2.0, 2.2, 3.3, 3.3),
            lambda r: [t.day(r["declared_on"]), r["declared_by"], r["about"], _c(r["handled"])],
        ),
        (
            "disagreements",
            "Disagreements and how they were resolved",
            ("Raised", "About", "Between", "Resolution", "Resolved"),
            (2.0, 2.7, 2.0, 2.7, 2.0),
            lambda r: [
                t.day(r["raised_on"]),
                r["about"],
                _c(r["between"]),
                _c(r["resolution"]),
                t.day(r["resolved_on"], "Not yet"),
            ],
        ),
        (
            "equality_notes",
            "Equality impact: who might be left out",
            ("Noted", "Who might be left out", "What is being done"),
            (2.0, 4.4, 4.4),
            lambda r: [t.day(r["noted_on"]), r["left_out"], _c(r["action"])],
        ),
        (
            "learning_log",
            "Learning log",
            ("Noted", "What we learned", "What we will do differently", "Shared with"),
            (2.0, 3.4, 3.4, 2.0),
            lambda r: [
                t.day(r["noted_on"]),
                r["learned"],
                _c(r["do_differently"]),
                _c(r["shared_with"]),
            ],
        ),
    )
    blocks = []
    for key, heading, header, widths, row in specs:
        rows = [row(r) for r in entry[key]]
        blocks.append(
            Block(
                heading,
                sentence="" if rows else "None recorded.",
                header=header,
                rows=rows,
                widths=widths,
            )
        )
    return blocks


def _reporting(entry: dict[str, Any]) -> Block:
    plan = entry["reporting_back"]
    every = ReportBackEvery.label_of(plan["every"]) or "Not chosen"
    sentence = (
        f"How often: {every}. Last report back: {t.day(plan['last'], 'none recorded')}. "
        f"Next due: {t.day(plan['next_due'], 'nothing due')}."
    )
    rows = [
        [t.day(r["reported_on"]), r["to_whom"], ReportBackHow.label_of(r["how"]), _c(r["note"])]
        for r in plan["reports"]
    ]
    return Block(
        "Reporting back to the people we represent",
        sentence=sentence + ("" if rows else " None in this period."),
        header=("Date", "To whom", "How", "Note"),
        rows=rows,
        widths=(2.0, 2.8, 2.0, 4.0),
    )


def _closure(entry: dict[str, Any]) -> list[Block]:
    closure = entry.get("closure")
    if not closure:
        return []
    pairs = [
        ("What closed", ClosureScope.label_of(closure["scope"])),
        ("Date", t.day(closure["closed_on"])),
        ("Why", _c(closure["reason"])),
        ("Its work", _c(closure["work_after"])),
        ("Its money", _c(closure["money_after"])),
        ("Its records", _c(closure["records_after"])),
        ("Lessons", _c(closure["lessons"])),
    ]
    return [Block("Closing", pairs=pairs)]


# What each part is called when it is listed among those with nothing recorded.
_EMPTY_NAMES = {
    "Risks": "risks",
    "Conflicts of interest declared": "conflicts of interest",
    "Disagreements and how they were resolved": "disagreements",
    "Equality impact: who might be left out": "equality notes",
    "Learning log": "learning",
}


def _words(items: list[str], last: str) -> str:
    """Items as words: "a, b or c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"


def run_register_blocks(entry: dict[str, Any]) -> list[Block]:
    """The blocks of one partnership; none for a return made before they existed.

    Only the parts with something in them get a heading; the empty ones are named in one
    line under the section's heading, so a return of many partnerships with little recorded
    is not pages of "None recorded"."""
    if "risks" not in entry:
        return []
    structure = entry.get("structure") or {}
    parts = _structure(entry) if any(structure.get(k) for k in structure) else []
    empty: list[str] = []
    for block in (_risks(entry), *_simple(entry)):
        if block.rows:
            parts.append(block)
        else:
            empty.append(_EMPTY_NAMES[block.heading])
    back = entry["reporting_back"]
    if back["reports"] or back["every"] or back["last"] or back["next_due"]:
        parts.append(_reporting(entry))
    else:
        empty.append("reporting back")
    parts += _closure(entry)
    if not parts:
        said = f"Nothing recorded yet about its structure, {_words(empty, 'or')}."
    else:
        said = f"Nothing recorded yet about its {_words(empty, 'or')}." if empty else ""
    return [Block("How it is run: structure, registers, reporting back", 2, said), *parts]


def run_register_csv_rows(entry: dict[str, Any]) -> list[list[object]]:
    """One CSV row per register row (and one each for the structure and the closing)."""
    if "risks" not in entry:
        return []
    rows: list[list[object]] = []
    s = entry.get("structure") or {}
    if s:
        rows.append(
            ["structure", "", "", s["goal"], s["parent_name"], s["vision"], "", s["principles"]]
        )
    for r in entry["risks"]:
        rows.append(
            [
                "risk",
                r["id"],
                r["review_date"] or "",
                r["description"],
                r["owner"],
                r["mitigation"],
                r["status"],
                f"likelihood {r['likelihood']}; impact {r['impact']}; score {r['score']}",
            ]
        )
    for r in entry["conflicts_of_interest"]:
        rows.append(
            [
                "conflict_of_interest",
                r["id"],
                r["declared_on"] or "",
                r["about"],
                r["declared_by"],
                r["handled"],
                "",
                "",
            ]
        )
    for r in entry["disagreements"]:
        rows.append(
            [
                "disagreement",
                r["id"],
                r["raised_on"] or "",
                r["about"],
                r["between"],
                r["resolution"],
                "resolved" if r["resolved_on"] else "open",
                r["resolved_on"] or "",
            ]
        )
    for r in entry["equality_notes"]:
        rows.append(
            ["equality_note", r["id"], r["noted_on"] or "", r["left_out"], "", r["action"], "", ""]
        )
    for r in entry["learning_log"]:
        rows.append(
            [
                "learning",
                r["id"],
                r["noted_on"] or "",
                r["learned"],
                r["shared_with"],
                r["do_differently"],
                "",
                "",
            ]
        )
    plan = entry["reporting_back"]
    for r in plan["reports"]:
        rows.append(
            [
                "report_back",
                r["id"],
                r["reported_on"] or "",
                r["note"],
                r["to_whom"],
                r["how"],
                "",
                "",
            ]
        )
    rows.append(
        [
            "report_back_next_due",
            "",
            plan["next_due"] or "",
            "",
            "",
            plan["every"],
            "",
            plan["last"] or "",
        ]
    )
    c = entry.get("closure")
    if c:
        rows.append(
            [
                "closure",
                "",
                c["closed_on"] or "",
                c["reason"],
                "",
                c["lessons"],
                c["scope"],
                "; ".join(x for x in (c["work_after"], c["money_after"], c["records_after"]) if x),
            ]
        )
    return rows


def summary_tree_block(payload: dict[str, Any]) -> Block | None:
    """The return's partnerships as a tree (each board, then the ones under it), with open
    high risks, the next report back and whether it closed; None for an older return."""
    from desktop.domain.run_registers import tree_order

    entries = [e for e in payload["partnerships"] if "structure" in e]
    if not entries:
        return None
    by_id = {e["id"]: e for e in entries}
    order = tree_order((e["id"], e["structure"]["parent_id"]) for e in entries)
    rows = []
    for uid, depth in order:
        e = by_id[uid]
        name = "    " * max(depth - 1, 0) + ("↳ " if depth else "") + e["name"]
        parent = e["structure"]["parent_name"]
        if depth == 0 and parent:  # its board is not in this return
            name += f" (under {parent})"
        high = sum(1 for r in e["risks"] if r["high"])
        closure = e.get("closure")
        rows.append(
            [
                name,
                str(high) if high else DASH,
                t.day(e["reporting_back"]["next_due"]),
                (
                    f"{t.day(closure['closed_on'])}: "
                    f"{ClosureScope.label_of(closure['scope']).lower()}"
                    if closure
                    else DASH
                ),
            ]
        )
    return Block(
        "How the partnerships fit together",
        sentence="Each board is followed by the sub-groups and task forces under it.",
        header=("Partnership", "Open high risks", "Next report back", "Closed"),
        rows=rows,
        widths=(4.8, 1.6, 2.0, 2.4),
    )
