"""The SQL that reaches a person wherever the records mention them: every column that holds
a person's id (found from the models' own foreign keys, so a table added later is covered),
and every free-text column that may hold their name.

``services.people_merge`` and ``services.privacy`` decide when and why; these only do it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import String, Text, bindparam, text
from sqlalchemy.orm import Session

from desktop.store.models import Base

# Columns that hold a person's id without a foreign key (a return keeps who signed it even
# if the person is later forgotten, so no constraint ties it).
_LOOSE_REFERENCES = (("return_record", "signoff_person_id"),)


def person_references() -> list[tuple[str, str]]:
    """(table, column) of every column that holds a person's id."""
    found = [
        (table.name, fk.parent.name)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == "person" and table.name != "person"
    ]
    tables = {table.name: table for table in Base.metadata.sorted_tables}
    found += [(t, c) for t, c in _LOOSE_REFERENCES if t in tables and c in tables[t].c]
    return found


def is_referenced(session: Session, person_id: int) -> bool:
    """Whether any row refers to the person."""
    for table, column in person_references():
        hit = session.execute(
            text(f'SELECT 1 FROM "{table}" WHERE "{column}" = :id LIMIT 1'), {"id": person_id}
        ).first()
        if hit is not None:
            return True
    return False


def move_references(session: Session, keep_id: int, other_ids: Sequence[int]) -> int:
    """Point every row that refers to one of ``other_ids`` at ``keep_id``; count them.

    A row that would repeat one the kept person already has (a unique constraint says so)
    is not moved but deleted: it said the same thing about the same person.
    """
    moved = 0
    ids = bindparam("ids", expanding=True)
    for table, column in person_references():
        result = session.execute(
            text(
                f'UPDATE OR IGNORE "{table}" SET "{column}" = :keep WHERE "{column}" IN :ids'
            ).bindparams(ids),
            {"keep": keep_id, "ids": list(other_ids)},
        )
        moved += int(result.rowcount or 0)  # type: ignore[attr-defined]
        session.execute(
            text(f'DELETE FROM "{table}" WHERE "{column}" IN :ids').bindparams(ids),
            {"ids": list(other_ids)},
        )
    return moved


def delete_person_row(session: Session, person_id: int) -> None:
    """Delete the person's row itself, once nothing refers to it."""
    session.execute(text("DELETE FROM person WHERE id = :id"), {"id": person_id})


def replace_in_free_text(
    session: Session, words: str, replacement: str, skip_tables: Collection[str]
) -> int:
    """Replace ``words`` with ``replacement`` in every text column (but ids) of every table
    not skipped; count the rows changed."""
    changed = 0
    for table in Base.metadata.sorted_tables:
        if table.name in skip_tables:
            continue
        for column in table.columns:
            if not isinstance(column.type, String | Text) or column.name == "uuid":
                continue
            result = session.execute(
                text(
                    f'UPDATE "{table.name}" SET "{column.name}" = '
                    f'replace("{column.name}", :name, :former) '
                    f'WHERE instr("{column.name}", :name) > 0'
                ),
                {"name": words, "former": replacement},
            )
            changed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return changed


def overwrite_deleted_text(session: Session) -> None:
    """From now on in this connection, text deleted or replaced is overwritten in the file,
    not just unlinked (SQLite's secure_delete)."""
    session.execute(text("PRAGMA secure_delete=ON"))
