"""Partners' own answers to the groups' reviews, as the returns carried them (issue 18).

A group that sent its partners questionnaires reports, with its review, how many partners
answered, the organisations that allowed their name and (from three partners up) where
partners disagreed most. Nothing here ever holds a person's name: the return never has one.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.periods import Period
from desktop.domain.problems import marked
from desktop.services.collection.views import Table, chosen_period
from desktop.store.collection.view_queries import partner_answer_rows

__all__ = ["partner_answers_view"]

SHOWN_QUESTIONS = 3


def _disagreed(questions: list[dict[str, object]]) -> str:
    """The questions with the widest spread, widest first: "4.8(a) (spread 100)"."""
    spread = [q for q in questions if isinstance(q.get("spread"), int | float) and q["spread"]]
    spread.sort(key=lambda q: -float(q["spread"]))  # type: ignore[arg-type]
    return ", ".join(
        f"{q['question_ref']} (spread {float(q['spread']):g})"  # type: ignore[arg-type]
        for q in spread[:SHOWN_QUESTIONS]
    )


def partner_answers_view(conn: Any, period: Period | None = None) -> Table:
    """Each current partnership row whose review asked its partners: one row per group."""
    period = chosen_period(conn, period)
    rows, keys = [], []
    for name, key, group, when, tool, found in partner_answer_rows(conn, period):
        try:
            data = json.loads(found)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        questions = [q for q in data.get("questions") or [] if isinstance(q, dict)]
        rows.append(
            (
                str(name),
                str(group),
                when,
                str(tool or ""),
                int(data.get("partners") or 0),
                ", ".join(str(n) for n in data.get("named_partners") or []),
                _disagreed(questions) if questions else marked("fewer than three answered"),
            )
        )
        keys.append(key)
    return Table(
        "partner_answers",
        "Partners' own answers",
        (
            marked("Partnership"),
            marked("Group"),
            marked("Review date"),
            marked("Review tool"),
            marked("Partners answered"),
            marked("Organisations named"),
            marked("Where partners disagree most"),
        ),
        rows,
        dates=frozenset({2}),
        keys=keys,
    )
