"""The partnership register as one fast sqlite3 query (it is on the start-up path).

No ORM here: the register must open within a fraction of a second with thousands of
partnerships on a slow laptop, before SQLAlchemy has even been imported. The query is
``store/queries/register.py``.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from desktop.services.review_reads import latest_review_bands
from desktop.store.queries import register as queries


class RegisterRow(NamedTuple):
    """One line of the register; a tuple, because 2,000 of them are made on every load."""

    id: int
    name: str
    short_name: str
    status: str
    our_role: str
    area: str
    themes: tuple[str, ...]
    next_meeting: date | None
    archived: bool
    review_band: str = ""
    review_band_key: str = ""
    review_date: date | None = None
    # Issue 17: the partnership it sits under, and the names from the top down to it (its
    # own last), so sorting by name keeps each board's sub-groups under it, as a tree.
    parent_id: int | None = None
    tree_path: tuple[str, ...] = ()

    @property
    def depth(self) -> int:
        return max(len(self.tree_path) - 1, 0)


def register_rows(conn: sqlite3.Connection) -> list[RegisterRow]:
    """Every partnership, archived ones included (the view decides what to show)."""
    bands = latest_review_bands(conn)
    rows = []
    found = queries.partnership_rows(conn)
    paths = _tree_paths({r[0]: (r[1], r[9]) for r in found})
    for pid, name, short, status, role, area, themes, next_meeting, archived, parent in found:
        band = bands.get(pid)
        rows.append(
            RegisterRow(
                id=pid,
                name=name,
                short_name=short or "",
                status=status,
                our_role=role,
                area=area or "",
                themes=queries.split_themes(themes),
                next_meeting=date.fromisoformat(next_meeting) if next_meeting else None,
                archived=bool(archived),
                review_band=band[1] if band else "",
                review_band_key=band[0] if band else "",
                review_date=band[2] if band else None,
                parent_id=parent,
                tree_path=paths[pid],
            )
        )
    return rows


def _tree_paths(nodes: dict[int, tuple[str, int | None]]) -> dict[int, tuple[str, ...]]:
    """Each partnership's names from the top down (casefolded); a loop in old data stops
    where it comes round again, so every row still gets a path."""
    paths: dict[int, tuple[str, ...]] = {}
    for pid in nodes:
        chain: list[str] = []
        seen: set[int] = set()
        node: int | None = pid
        while node is not None and node in nodes and node not in seen:
            seen.add(node)
            chain.append(nodes[node][0].casefold())
            node = nodes[node][1]
        paths[pid] = tuple(reversed(chain))
    return paths


def theme_names(conn: sqlite3.Connection) -> list[str]:
    """Every theme in use, for the register's theme filter."""
    return queries.theme_names(conn)
