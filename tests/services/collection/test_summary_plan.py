"""The summaries' query reaches a group's current rows through its returns, never through
an index of every current row (issue 19).

An import works out the group's summaries again after every file. PostgreSQL caches one
generic plan for that query, made without knowing the group, and a plan made while the
collection was small read every current partnership of every group through the
``superseded_by`` index to find one group's: 2.3 ms of the server's 3.8 ms a return at a
thousand returns, and more as the collection grows. The query now names the current rows
in a way no index can look up, so no plan can take that road.
"""

from __future__ import annotations

from pathlib import Path

from desktop.store.collection import db
from desktop.store.collection.opening import open_collection
from desktop.store.collection.queries import summaries

PLAIN = "p.superseded_by IS NULL"


def _looked_up(location: Path | str, condition: str, explain: str) -> bool:
    """Does the database find the rows meeting ``condition`` by looking superseded_by up
    in an index, when it would rather use any index than read the table?"""
    conn = db.connect(location)
    server = db.on_server(conn)
    try:
        if server:
            conn.execute("SET enable_seqscan = off")
        plan = conn.execute(
            f"{explain} SELECT p.id FROM collected_partnership p WHERE {condition}"
        ).fetchall()
    finally:
        conn.close()
    lines = [str(row[-1]) for row in plan]
    if server:  # "Index Cond: (superseded_by IS NULL)" under an index scan
        return any("Index Cond" in line and "superseded_by" in line for line in lines)
    return any(line.startswith("SEARCH") and "superseded_by=" in line for line in lines)


def test_no_index_can_find_a_groups_current_rows_for_the_summaries(
    collection_location: Path | str,
) -> None:
    open_collection(collection_location, create=True)
    explain = "EXPLAIN" if db.is_server(collection_location) else "EXPLAIN QUERY PLAN"
    assert _looked_up(collection_location, PLAIN, explain)  # the road is there for it
    assert not _looked_up(collection_location, summaries._LATEST, explain)
    assert summaries._LATEST in summaries._CURRENT_ROW
