"""Copying a whole collection between a file and a server, checked at the end (issue 19).

``copy_collection(source, destination)`` moves a CVS's collection file onto their server
the first time, or takes a snapshot of a server collection as a file (for a meeting, or a
copy kept on a laptop). The destination must be empty: a new file, or a server database
set up by ``collect init-server`` with nothing in it yet, so a copy never mixes two
collections. Every table is copied row for row in one transaction, then both sides are
counted and hashed table by table: a copy that does not match is said, never trusted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.problems import UserError
from desktop.store.collection import db
from desktop.store.collection.location import Location, is_server

__all__ = ["Copied", "CopyError", "copy_collection", "table_fingerprints"]

BATCH = 2000


class CopyError(UserError):
    """The copy could not be made or did not match; the destination was left as it was."""


@dataclass
class Copied:
    counts: dict[str, int] = field(default_factory=dict)
    digest: str = ""

    @property
    def returns(self) -> int:
        return self.counts.get("collected_return", 0)


def _tables() -> list[tuple[str, list[str]]]:
    """Every collection table (parents before children) with its columns, as this build
    knows them: both sides are at the same schema revision before anything is copied."""
    from desktop.store.collection.models import CollectionBase

    return [(t.name, [c.name for c in t.columns]) for t in CollectionBase.metadata.sorted_tables]


def copy_collection(source: Location, destination: Location) -> Copied:
    """Copy everything at ``source`` into the empty collection at ``destination``.

    The caller has opened both (``open_collection``: the file made or brought to head, the
    server checked) and holds a file destination's lock.
    """
    if str(source) == str(destination):
        raise CopyError("The source and the destination are the same collection.")
    src, dst = db.connect(source), db.connect(destination)
    try:
        _refuse_non_empty(dst, destination)
        dst.execute("BEGIN IMMEDIATE")
        try:
            for table, columns in _tables():
                _copy_table(src, dst, table, columns)
            if db.on_server(dst):
                _reset_ids(dst)
            dst.execute("COMMIT")
        except BaseException:
            if dst.in_transaction:
                dst.execute("ROLLBACK")
            raise
        before, after = table_fingerprints(src), table_fingerprints(dst)
    finally:
        src.close()
        dst.close()
    if before != after:
        wrong = sorted(t for t in before if before[t] != after.get(t))
        raise CopyError(
            "The copy in {destination} does not match the collection it was made from "
            "(the {tables} differ). Do not use it; make it again.",
            destination=_shown(destination),
            tables=", ".join(wrong),
        )
    whole = hashlib.sha256("".join(f"{t}:{h}" for t, (_, h) in sorted(before.items())).encode())
    return Copied({t: n for t, (n, _) in before.items()}, whole.hexdigest())


def _refuse_non_empty(conn: Any, destination: Location) -> None:
    for table, _ in _tables():
        if conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
            raise CopyError(
                "{destination} already holds a collection, so nothing was copied into it. "
                "Copy into a new file, or a new server database set up by init-server.",
                destination=_shown(destination),
            )


def _copy_table(src: Any, dst: Any, table: str, columns: list[str]) -> None:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    batch: list[tuple[Any, ...]] = []
    for row in _rows(src, table, columns):
        batch.append(row)
        if len(batch) >= BATCH:
            dst.executemany(insert, batch)
            batch = []
    if batch:
        dst.executemany(insert, batch)


def _rows(conn: Any, table: str, columns: list[str]) -> Iterator[tuple[Any, ...]]:
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


def _reset_ids(conn: Any) -> None:
    """After rows came in with their ids, the server's next ids follow on from them."""
    for table, columns in _tables():
        if "id" in columns:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )


def table_fingerprints(conn: Any) -> dict[str, tuple[int, str]]:
    """Each table's row count and a SHA-256 of its rows in id order, values as text, so the
    same rows on a file and a server hash alike."""
    found: dict[str, tuple[int, str]] = {}
    for table, columns in _tables():
        digest, count = hashlib.sha256(), 0
        for row in _rows(conn, table, columns):
            count += 1
            digest.update(repr(tuple(_plain(v) for v in row)).encode("utf-8"))
        found[table] = (count, digest.hexdigest())
    return found


def _plain(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def _shown(location: Location) -> str:
    if is_server(location):
        from desktop.store.collection.location import server_label

        return server_label(str(location))
    return str(Path(location))
