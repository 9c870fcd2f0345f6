"""Collection migration c0011_name_order (issue 19): a c0010 collection, on a file and on a
server, upgrades and shows How it is run's rows as before; a server gains the index that
gives it the groups in the list's order, and really walks it for the list's screenful."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from collection_support import index_names, payloads, pdfs, schema_at

from desktop.services.collection import views
from desktop.services.collection.importer import import_returns
from desktop.services.collection.samples import resign
from desktop.store.collection import db
from desktop.store.collection import view_queries as q
from desktop.store.collection.opening import open_collection

INDEX = "ix_collected_group_name_order"
# Names whose order differs between plain byte order and ASCII case folding.
NAMES = ("beta Forum", "Alpha Trust", "alpha forum")


def _filled(location: Path | str, tmp_path: Path) -> None:
    open_collection(location, create=True)
    items = [copy.deepcopy(item) for item in payloads(6, seed=1107, groups=3)]
    uuids = sorted({item["group"]["id"] for item in items})
    for item in items:  # every return of a group carries its name, so its latest has it
        item["group"]["name"] = NAMES[uuids.index(item["group"]["id"])]
    import_returns(location, pdfs(tmp_path / "in", [resign(item) for item in items]))


def _shown(location: Path | str) -> list[Any]:
    """How it is run's rows: all, a screenful from an offset, sorted, and found by words."""
    conn = db.connect(location)
    try:
        period = views.chosen_period(conn)
        return [
            q.run_rows(conn, period),
            q.run_rows(conn, period, q.Window(offset=2, limit=3)),
            q.run_rows(conn, period, q.Window(order=1, descending=True)),
            q.run_rows(conn, period, q.Window(words=("forum",))),
            q.run_rows(conn, period, q.Window(words=("alpha", "zzz"))),
        ]
    finally:
        conn.close()


def _screenful_plan(conn: Any) -> str:
    """The server's plan for How it is run's first screenful, as run_rows asks for it."""
    asked: list[tuple[str, Any]] = []
    execute = conn.execute

    def spy(sql: str, params: Any = ()) -> Any:
        asked.append((sql, params))
        return execute(sql, params)

    conn.execute = spy
    try:
        q.run_rows(conn, views.chosen_period(conn), q.Window(limit=2))
    finally:
        conn.execute = execute
    sql, params = asked[-1]
    # A handful of rows: make the ordered walk the way, as it is for a county.
    conn.execute("SET enable_sort = off")
    conn.execute("SET enable_seqscan = off")
    try:
        return " ".join(str(r[0]) for r in conn.execute(f"EXPLAIN {sql}", params))
    finally:
        conn.execute("RESET enable_sort")
        conn.execute("RESET enable_seqscan")


def test_a_c0010_collection_upgrades_and_lists_how_it_is_run_in_the_same_order(
    collection_location: Path | str, tmp_path: Path
) -> None:
    location = collection_location
    _filled(location, tmp_path)
    shown = _shown(location)
    groups = [row[0] for row in shown[0]]
    assert groups == sorted(groups, key=str.lower) and set(groups) == set(NAMES)
    assert shown[3] and all("forum" in (r[0] + r[1]).lower() for r in shown[3])
    assert shown[4] == []
    schema_at(location, "c0010_find_indexes")  # as the previous build left it
    conn = db.connect(location)
    try:
        assert INDEX not in index_names(conn)
    finally:
        conn.close()
    assert _shown(location) == shown
    schema_at(location, "head")
    conn = db.connect(location)
    try:
        # A server only: a file's lists meet their budgets without it.
        assert (INDEX in index_names(conn)) == db.on_server(conn)
        if db.on_server(conn):
            assert INDEX in _screenful_plan(conn)
    finally:
        conn.close()
    assert _shown(location) == shown
