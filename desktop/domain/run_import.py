"""The spreadsheet import's columns for how a partnership is run (issue 17, items 6 and 8):
the partnership a row sits under, its vision, goal and principles, and how often we report
back. Plain rules: which partnership a row may sit under, judged with the names already
stored and the other rows of the file, so a loop is refused before anything is written."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from desktop.domain.partnership_rules import normalise_name
from desktop.domain.problems import Problem

RUN_KEYS = ("parent", "vision", "goal", "principles", "report_back_every")


class _Row(Protocol):
    row_number: int
    run: dict[str, str]
    problems: list[Problem]

    @property
    def data(self) -> object: ...


def check_parents(rows: Iterable[_Row], existing: Mapping[str, str | None]) -> None:
    """Add a problem to each row whose "Sits under" cannot be: itself, a name that is
    neither stored nor in the file, or a loop among the file's rows.

    ``existing`` maps each stored partnership's normalised name to its parent's (stored
    partnerships cannot sit under a new one, so a loop can only be among new rows)."""
    rows = list(rows)
    in_file = {normalise_name(r.data.name): r for r in rows}  # type: ignore[attr-defined]
    parent_of = {key: normalise_name(r.run.get("parent", "")) or None for key, r in in_file.items()}
    for key, row in in_file.items():
        wanted = parent_of[key]
        if not wanted or not key:
            continue
        typed = row.run["parent"]
        if wanted == key:
            row.problems.append(
                Problem("parent", "Sits under: a partnership cannot sit under itself.")
            )
        elif wanted not in in_file and wanted not in existing:
            row.problems.append(
                Problem(
                    "parent",
                    "Sits under: there is no partnership called '{name}' in Partnerbook "
                    "or in this file.",
                    name=typed,
                )
            )
        elif _loops(key, parent_of):
            row.problems.append(
                Problem(
                    "parent",
                    "Sits under: '{name}' sits under this one (in this file), so it would "
                    "go round in a circle. Choose one higher up, or leave it empty.",
                    name=typed,
                )
            )


def _loops(start: str, parent_of: Mapping[str, str | None]) -> bool:
    seen: set[str] = set()
    node = parent_of.get(start)
    while node is not None and node not in seen:
        if node == start:
            return True
        seen.add(node)
        node = parent_of.get(node)
    return False
