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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.problems import UserError
from desktop.store.collection import db
from desktop.store.collection.location import Location, is_server
from desktop.store.collection.queries import copying as queries
from desktop.store.collection.queries.transaction import begin, commit, rollback

__all__ = ["Copied", "CopyError", "copy_collection", "table_fingerprints"]


class CopyError(UserError):
    """The copy could not be made or did not match; the destination was left as it was."""


@dataclass
class Copied:
    counts: dict[str, int] = field(default_factory=dict)
    digest: str = ""

    @property
    def returns(self) -> int:
        return self.counts.get("collected_return", 0)


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
        begin(dst)
        try:
            for table, columns in queries.tables():
                queries.copy_table(src, dst, table, columns)
            if db.on_server(dst):
                queries.reset_ids(dst)
            commit(dst)
        except BaseException:
            if dst.in_transaction:
                rollback(dst)
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
    for table, _ in queries.tables():
        if not queries.is_empty(conn, table):
            raise CopyError(
                "{destination} already holds a collection, so nothing was copied into it. "
                "Copy into a new file, or a new server database set up by init-server.",
                destination=_shown(destination),
            )


def table_fingerprints(conn: Any) -> dict[str, tuple[int, str]]:
    """Each table's row count and a SHA-256 of its rows in id order, values as text, so the
    same rows on a file and a server hash alike."""
    found: dict[str, tuple[int, str]] = {}
    for table, columns in queries.tables():
        digest, count = hashlib.sha256(), 0
        for row in queries.table_rows(conn, table, columns):
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
