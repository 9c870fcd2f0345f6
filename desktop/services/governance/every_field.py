"""Every field of a partnership's record, for ``partnerbook list --json`` (issue 17, item 10).

Rather than a hand-kept list that a new table would silently miss, every table that points
at a partnership (stakeholders, meetings, the plan, ratings, needs, reviews, offices,
registers, closing ...) is found from the models, and each row comes with its children
one level down (a meeting's attendance, a review's answers, a decision's actions). Rows are
read with one query per table for all partnerships at once.

People stay out, as in the rest of the listing: rows keep a person's id (``person_id``),
never a name or contact details, since a listing is easily pasted into an email.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from desktop.store.models import Base

# Already in the listing in their own shape (partners with their organisation's name,
# our seat, themes), or not part of the record.
_SHOWN_ELSEWHERE = {"partner", "seat", "partnership_theme", "partnership"}


def _links(table: Table, parent: str) -> list[Any]:
    return [fk.parent for fk in table.foreign_keys if fk.column.table.name == parent]


def _children_of(parent: str) -> list[tuple[Table, Any]]:
    """(table, column) for every table with a foreign key to ``parent``'s id."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in _links(table, parent):
            found.append((table, column))
    return found


def _rows(session: Session, table: Table, column: Any, ids: list[int]) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if not ids:
        return grouped
    query = select(table).where(column.in_(ids)).order_by(*table.primary_key.columns)
    for row in session.execute(query):
        values = dict(row._mapping)
        grouped[values[column.key]].append(values)
    return grouped


def _one_per_partnership(table: Table) -> bool:
    """A table holding at most one row per partnership (its rules, its closing)."""
    column = table.c.partnership_id
    return bool(column.unique) or any(
        list(c.columns) == [column]
        for c in table.constraints
        if c.__class__.__name__ == "UniqueConstraint"
    )


def add_children(session: Session, parent: str, grouped: dict[int, list[dict[str, Any]]]) -> None:
    """Give each row of ``parent`` its children (one level), under their table's name.

    Tables of the partnership's own (they have a partnership_id, like an action from a
    meeting) are listed at the top level already, so they are not repeated here.
    """
    row_ids = [row["id"] for rows in grouped.values() for row in rows if "id" in row]
    for child, child_column in _children_of(parent):
        if child.name in _SHOWN_ELSEWHERE or "partnership_id" in child.c:
            continue
        nested = _rows(session, child, child_column, row_ids)
        for rows in grouped.values():
            for row in rows:
                row.setdefault(child.name, nested.get(row["id"], []))


def record_tables(session: Session, partnership_ids: list[int]) -> dict[int, dict[str, Any]]:
    """For each partnership: {table name: [row, ...]} (or one row, or None, for a table
    with one row per partnership), each row with its own children."""
    result: dict[int, dict[str, Any]] = {pid: {} for pid in partnership_ids}
    for table, column in _children_of("partnership"):
        if table.name in _SHOWN_ELSEWHERE or column.key != "partnership_id":
            continue
        grouped = _rows(session, table, column, partnership_ids)
        add_children(session, table.name, grouped)
        single = _one_per_partnership(table)
        for pid in partnership_ids:
            rows = grouped.get(pid, [])
            result[pid][table.name] = (rows[0] if rows else None) if single else rows
    return result
