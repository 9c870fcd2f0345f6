"""Archiving, restoring and deleting a partnership, with undo for a deletion.

Archiving is the normal way out: the record stays and can come back. Deleting removes
every row that belongs to the partnership, so before it does we copy those rows into a
snapshot; ``undo_delete`` puts them back with the same ids and uuids, so returns already
sent still match. The snapshot lives in memory (the window keeps it until it closes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from desktop.domain.partnership_rules import normalise_name
from desktop.domain.problems import Problem
from desktop.services.partnerships import InvalidInput, other_partnership_names
from desktop.store.models import Base, Partnership, utcnow


@dataclass
class DeletedPartnership:
    """Every row a deletion removed or changed, parents first, to put back on undo."""

    partnership_id: int
    name: str
    # (table name, rows) in dependency order; rows whose link was only set to NULL are
    # kept in ``relinks`` as (table name, primary key, column, old value).
    tables: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    relinks: list[tuple[str, int, str, int]] = field(default_factory=list)


def archive_partnership(session: Session, partnership_id: int) -> None:
    partnership = session.get_one(Partnership, partnership_id)
    if partnership.archived_at is None:
        partnership.archived_at = utcnow()
    session.flush()


def restore_partnership(session: Session, partnership_id: int) -> None:
    session.get_one(Partnership, partnership_id).archived_at = None
    session.flush()


def _dependants(table: Table) -> list[tuple[Table, Any, str]]:
    """(child table, child column, ondelete) for every foreign key pointing at ``table``."""
    found = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent, (fk.ondelete or "").upper()))
    return found


def delete_partnership(session: Session, partnership_id: int) -> DeletedPartnership:
    """Delete a partnership and everything in it; returns what undo needs."""
    partnership = session.get_one(Partnership, partnership_id)
    snapshot = DeletedPartnership(partnership_id, partnership.name)
    conn = session.connection()
    captured: dict[str, set[int]] = {}
    root = Base.metadata.tables["partnership"]
    pending: list[tuple[Table, list[dict[str, Any]]]] = [
        (
            root,
            [
                dict(r._mapping)
                for r in conn.execute(select(root).where(root.c.id == partnership_id))
            ],
        )
    ]
    while pending:
        table, rows = pending.pop(0)
        ids = {row["id"] for row in rows if row["id"] not in captured.get(table.name, set())}
        if not ids:
            continue
        captured.setdefault(table.name, set()).update(ids)
        snapshot.tables.append((table.name, [r for r in rows if r["id"] in ids]))
        for child, column, ondelete in _dependants(table):
            child_rows = [
                dict(r._mapping) for r in conn.execute(select(child).where(column.in_(ids)))
            ]
            if ondelete == "CASCADE":
                pending.append((child, child_rows))
            elif ondelete == "SET NULL":
                snapshot.relinks.extend(
                    (child.name, row["id"], column.name, row[column.name]) for row in child_rows
                )
    # Rows that cascade away anyway need no relink; keep only links on surviving rows.
    snapshot.relinks = [
        link for link in snapshot.relinks if link[1] not in captured.get(link[0], set())
    ]
    session.expunge_all()
    session.execute(root.delete().where(root.c.id == partnership_id))
    session.flush()
    return snapshot


def undo_delete(session: Session, snapshot: DeletedPartnership) -> int:
    """Put a deleted partnership back exactly as it was; refuses if its name is now taken."""
    wanted = normalise_name(snapshot.name)
    if wanted in {normalise_name(n) for n in other_partnership_names(session)}:
        raise InvalidInput(
            [
                Problem(
                    "name",
                    "Another partnership is now called '{name}', so the deleted one "
                    "cannot come back under that name. Rename the other one first.",
                    name=snapshot.name,
                )
            ]
        )
    conn = session.connection()
    tables = Base.metadata.tables
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    for name, rows in sorted(snapshot.tables, key=lambda item: order[item[0]]):
        if rows:
            conn.execute(tables[name].insert(), rows)
    for name, row_id, column, value in snapshot.relinks:
        table = tables[name]
        conn.execute(update(table).where(table.c.id == row_id).values({column: value}))
    session.flush()
    return snapshot.partnership_id
