"""Whole tables read and written for ``services.collection.copying`` (a collection copied
between a file and a server, issue 19): every table as this build knows it, its rows in id
order a batch at a time, and the server's id sequences moved on after the copy."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.store.collection.db import Connection

__all__ = ["BATCH", "copy_table", "is_empty", "reset_ids", "table_rows", "tables"]

BATCH = 2000


def tables() -> list[tuple[str, list[str]]]:
    """Every collection table (parents before children) with its columns, as this build
    knows them: both sides are at the same schema revision before anything is copied."""
    from desktop.store.collection.models import CollectionBase

    return [(t.name, [c.name for c in t.columns]) for t in CollectionBase.metadata.sorted_tables]


def is_empty(conn: Connection, table: str) -> bool:
    return not conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def copy_table(src: Connection, dst: Connection, table: str, columns: list[str]) -> None:
    """Every row of ``table`` from ``src`` into ``dst``, ids and all, a batch at a time."""
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    batch: list[tuple[Any, ...]] = []
    for row in table_rows(src, table, columns):
        batch.append(row)
        if len(batch) >= BATCH:
            dst.executemany(insert, batch)
            batch = []
    if batch:
        dst.executemany(insert, batch)


def table_rows(conn: Connection, table: str, columns: list[str]) -> Iterator[tuple[Any, ...]]:
    """A table's rows in id order, a batch at a time (a county's collection is large)."""
    names = ", ".join(columns)
    key = "id" if "id" in columns else columns[0]
    last: Any = None
    while True:
        where = "" if last is None else f" WHERE {key} > ?"
        rows = conn.execute(
            f"SELECT {names} FROM {table}{where} ORDER BY {key} LIMIT {BATCH}",
            () if last is None else (last,),
        ).fetchall()
        if not rows:
            return
        yield from (tuple(r) for r in rows)
        last = rows[-1][columns.index(key)]


def reset_ids(conn: Connection) -> None:
    """On a server, after rows came in with their ids: the next ids follow on from them."""
    for table, columns in tables():
        if "id" in columns:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
