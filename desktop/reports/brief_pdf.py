"""The meeting brief: one partnership's next meeting on one or two pages.

What a volunteer reads on the bus: what the partnership is for, our role and who is going,
what we promised last time and where it stands, where we need help, what we are still
waiting for, and what the last review says to raise.
"""

from __future__ import annotations

import re
import threading
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from desktop.domain.dates import format_date
from desktop.domain.money import format_pence
from desktop.domain.numbers import score_text
from desktop.reports import return_text as t
from desktop.reports.brief_run import run_pairs
from desktop.reports.pdf_kit import build_pdf, heading, markup, p, spacer, styles
from desktop.reports.pdf_tables import data_table, key_values

__all__ = ["render_brief_pdf"]

# The brief must stay short: past these many rows a list says "and N more".
MAX_ROWS = 8


def _rows(rows: list[list[object]], width: int) -> tuple[list[list[object]], str]:
    if len(rows) <= MAX_ROWS:
        return rows, ""
    return rows[:MAX_ROWS], f"And {len(rows) - MAX_ROWS} more in Partnerbook."


def _actions(title: str, actions: list[dict[str, Any]], empty: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [p(title, s.h2)]
    if not actions:
        return [*story, p(empty, s.small)]
    rows, more = _rows(
        [
            [
                a["description"],
                a["owner"] or "–",
                t.day(a["due_date"]),
                ("Overdue" if a["overdue"] else t.label("action_status", a["status"])),
            ]
            for a in actions
        ],
        4,
    )
    story.append(data_table(["Action", "Who", "Due", "Where it stands"], rows, [4.6, 2, 1.8, 1.6]))
    if more:
        story.append(p(more, s.small))
    return story


def _how_run_pairs(how_run: dict[str, Any] | None) -> list[tuple[str, str]]:
    """Who chairs it and what makes a quorum, when recorded (issue 17)."""
    if not how_run:
        return []
    pairs = []
    if how_run["chair"]:
        chair = how_run["chair"]
        if how_run["chair_next_election"]:
            chair += f"; election {short_day(how_run['chair_next_election'])}"
        pairs.append(("Chair", chair))
    if how_run["quorum"]:
        pairs.append(("Quorum", how_run["quorum"]))
    return pairs


def _open_decisions(how_run: dict[str, Any] | None) -> list[Flowable]:
    """Decisions still being carried out, each with its open actions, a line or two each
    (the brief must stay within two pages)."""
    if not how_run or not how_run["open_decisions"]:
        return []
    s = styles()
    story: list[Flowable] = [p("Decisions still being carried out", s.h3)]
    shown = how_run["open_decisions"][:MAX_ROWS]
    for d in shown:
        actions = "; ".join(
            a["description"]
            + _in_brackets(
                # Who does it, unless it is whoever the decision made responsible.
                "" if a["owner"] == d["responsible"] else a["owner"],
                f"due {short_day(a['due_date'])}" if a["due_date"] else "",
                "overdue" if a["overdue"] else "",
            )
            for a in d["actions"]
        )
        story.append(
            markup(
                f"<b>{escape(d['what'])}</b> ({short_day(d['date'])}): {escape(actions)}", s.small
            )
        )
    if len(how_run["open_decisions"]) > len(shown):
        more = len(how_run["open_decisions"]) - len(shown)
        story.append(p(f"And {more} more in Partnerbook.", s.small))
    return story


def _in_brackets(*parts: str) -> str:
    said = ", ".join(part for part in parts if part)
    return f" ({said})" if said else ""


def short_day(value: str) -> str:
    return format_date(date.fromisoformat(value))


# How the brief is kept to two pages by design: made in full first, and, only when that runs
# over, made again with fewer rows per list and long texts cut short ("…"), tighter each
# time. Every list still says "And N more in Partnerbook" for what it leaves out.
FITS: tuple[tuple[int, int], ...] = ((8, 700), (6, 400), (4, 240), (3, 140), (2, 90), (1, 60))
PAGES = 2
_fit_lock = threading.Lock()


def render_brief_pdf(brief: dict[str, Any]) -> bytes:
    """The brief as a finished PDF of at most two pages (title, language, page numbers)."""
    global MAX_ROWS
    with _fit_lock:  # MAX_ROWS is read by the helpers above while one brief is laid out
        try:
            for rows, chars in FITS:
                MAX_ROWS = rows
                pdf = _render(_shortened(brief, chars))
                if _page_count(pdf) <= PAGES:
                    return pdf
            return pdf
        finally:
            MAX_ROWS = FITS[0][0]


def _shortened(value: Any, chars: int) -> Any:
    """A copy of the brief's data with every text longer than ``chars`` cut at a word."""
    if isinstance(value, str):
        if len(value) <= chars:
            return value
        cut = value[:chars].rsplit(" ", 1)[0] if " " in value[:chars] else value[:chars]
        return cut.rstrip(" ,;:.") + "…"
    if isinstance(value, dict):
        return {k: _shortened(v, chars) for k, v in value.items()}
    if isinstance(value, list):
        return [_shortened(v, chars) for v in value]
    return value


_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _page_count(pdf: bytes) -> int:
    return len(_PAGE.findall(pdf))


def _render(brief: dict[str, Any]) -> bytes:
    s = styles()
    going = (
        "; ".join(f"{g['name']} ({t.label('rep_role', g['role'])})" for g in brief["going"])
        or "No representative named"
    )
    story: list[Flowable] = [
        heading(f"Meeting brief: {brief['name']}", s.h1, 0),
        key_values(
            [
                ("Next meeting", t.day(brief["next_meeting"], "Not set")),
                ("Our role", t.label("our_role", brief["our_role"]) or "Not recorded"),
                ("We represent", t.label("represents", brief["represents"]) or "–"),
                ("Who is going", going),
                *_how_run_pairs(brief.get("how_run")),
                *run_pairs(brief),
                ("Papers", brief["papers_location"] or "–"),
            ]
        ),
        p("What it is for", s.h2),
        p(brief["purpose"] or "No purpose recorded yet."),
    ]
    if brief["current_focus"]:
        story.append(p(f"Current focus: {brief['current_focus']}"))
    last = brief["last_meeting"]
    title = (
        f"Actions from the last meeting ({t.day(last['date'])})"
        if last
        else "Actions from the last meeting"
    )
    story += _actions(title, brief["actions_from_last_meeting"], "No actions recorded from it.")
    story += _actions("Other open actions", brief["other_open_actions"], "None.")
    story += _open_decisions(brief.get("how_run"))
    story.append(p("Where we need help (Compact commitments)", s.h2))
    if brief["need_help"]:
        rows, more = _rows(
            [
                [f"{c['clause_ref']} {c['title']}", c["next_action"] or "–"]
                for c in brief["need_help"]
            ],
            2,
        )
        story.append(data_table(["Commitment", "What we plan to do"], rows, [5, 5]))
        if more:
            story.append(p(more, s.small))
    else:
        story.append(p("No commitment is rated “Need help”.", s.small))
    story.append(p("Resource requests still pending", s.h2))
    if brief["pending_needs"]:
        rows, more = _rows(
            [
                [
                    n["description"],
                    t.label("need_status", n["status"]),
                    n["asked_of"] or "–",
                    format_pence(n["estimated_pence"]),
                ]
                for n in brief["pending_needs"]
            ],
            4,
        )
        story.append(
            data_table(
                ["What we need", "Status", "Asked of", "Cost"],
                rows,
                [4.6, 1.6, 2.3, 1.5],
                numeric=(3,),
            )
        )
        if more:
            story.append(p(more, s.small))
    else:
        story.append(p("Nothing is waiting for an answer.", s.small))
    review = brief["review"]
    story.append(p("Points to raise", s.h2))
    overall = review.get("overall")
    made_with = f" ({review['framework']})" if review.get("framework") else ""
    when = f"the review of {t.day(review['review_date'])}{made_with}"
    if review["points"]:
        story.append(p(f"From {when}, these answers are weak:", s.body))
        rows, more = _rows(
            [
                [
                    f"{x['ref']} {x['title']}",
                    x["question"],
                    score_text(x["score"]),
                ]
                for x in review["points"]
            ],
            3,
        )
        story.append(
            data_table(["Question", "What it asks", "Score"], rows, [3, 5.8, 1.2], numeric=(2,))
        )
        if more:
            story.append(p(more, s.small))
        for hint in dict.fromkeys(x["hint"] for x in review["points"]):
            story.append(p(hint, s.small))
    elif review["review_date"]:
        said = f"{when[0].upper()}{when[1:]}"
        if overall:
            band = f" ({overall['band']})" if overall["band"] else ""
            score = score_text(overall["score"])
            said += f" scored {score} overall{band}, with no answer weak enough to raise alone."
        else:
            said += " has no score."
        story.append(p(said, s.small))
        if overall and overall["next_step"]:
            story.append(p(overall["next_step"], s.small))
    else:
        story.append(p("No finished review yet.", s.small))
    story.append(p("Attendance record", s.h2))
    if brief["attendance"]:
        rows = [
            [
                t.day(m["date"]),
                "; ".join(
                    f"{x['name']}: {t.LABELS_ATTENDANCE.get(x['status'], x['status'])}"
                    for x in m["people"]
                )
                or "Nobody recorded",
            ]
            for m in brief["attendance"]
        ]
        story.append(data_table(["Meeting", "Our people"], rows, [2.4, 7.6]))
    else:
        story.append(p("No meetings recorded yet.", s.small))
    story.append(spacer(4))
    story.append(
        p(
            f"Brief made on {t.day(brief['today'])}. For our group only: it names our people.",
            s.small,
        )
    )
    meta = {
        "title": f"Meeting brief: {brief['name']}",
        "author": "Partnerbook",
        "subject": f"Brief for the meeting on {t.day(brief['next_meeting'], 'the next meeting')}",
    }
    return build_pdf(story, footer=f"Meeting brief · {brief['name']}", **meta)
