"""Collection migration c0010_find_indexes (issue 19): a c0009 collection, on a file and on a
server, gains the indexes its long lists and Find boxes read, keeps every row they show,
and a server really uses its trigram indexes for Find; a server where pg_trgm may not be
created still upgrades, without them, and Find finds the same rows."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path
from typing import Any

from collection_support import index_names, payloads, pdfs, schema_at
from postgres_support import Cluster

from desktop.services.collection import views
from desktop.services.collection.importer import import_returns
from desktop.services.collection.samples import resign
from desktop.store.collection import db
from desktop.store.collection import view_queries as q
from desktop.store.collection.opening import open_collection

BOTH = {"ix_collected_return_listed", "ix_collected_partnership_names"}
SERVER = {"ix_collected_group_find", "ix_collected_partnership_find", "ix_import_log_find"}
WORDS = ("torrington", "café", "(2)", "imported", "zzz", "st.")


def _filled(location: Path | str, tmp_path: Path) -> None:
    open_collection(location, create=True)
    items = [copy.deepcopy(item) for item in payloads(6, seed=981, groups=3)]
    for item in items:  # one group's every return, so its latest has the name
        if item["group"]["id"] == items[0]["group"]["id"]:
            item["group"]["name"] = "St. Mary's Café (2)"
    import_returns(location, pdfs(tmp_path / "in", [resign(item) for item in items]))


def _shown(location: Path | str) -> list[Any]:
    """Every row of the three long lists, and what each word finds in them."""
    conn = db.connect(location)
    try:
        period = views.chosen_period(conn)
        found: list[Any] = [
            q.group_rows(conn, period),
            q.import_log_rows(conn),
            q.run_rows(conn, period),
        ]
        for word in WORDS:
            window = q.Window(words=(word,))
            found.append(
                (
                    word,
                    q.group_rows(conn, period, window),
                    q.import_log_rows(conn, window),
                    q.run_rows(conn, period, window),
                )
            )
        return found
    finally:
        conn.close()


def _plan(conn: Any, query: str, params: list[Any]) -> str:
    conn.execute("SET enable_seqscan = off")  # a handful of rows: make the index the way
    try:
        return " ".join(str(r[0]) for r in conn.execute(f"EXPLAIN {query}", params))
    finally:
        conn.execute("RESET enable_seqscan")


def test_a_c0009_collection_gains_the_find_indexes_and_shows_the_same_rows(
    collection_location: Path | str, tmp_path: Path
) -> None:
    location = collection_location
    _filled(location, tmp_path)
    shown = _shown(location)
    assert shown[0] and shown[1] and shown[2]
    assert any(found[1] for found in shown[3:]) and not any(found[1] for found in shown[-2:-1])
    schema_at(location, "c0009_view_summaries")  # as the previous build left it
    conn = db.connect(location)
    try:
        assert not (BOTH | SERVER) & index_names(conn)
    finally:
        conn.close()
    assert _shown(location) == shown  # the same rows without the indexes: they only speed up
    schema_at(location, "head")
    conn = db.connect(location)
    try:
        expected = BOTH | SERVER if db.on_server(conn) else BOTH
        assert expected <= index_names(conn)
        if db.on_server(conn):
            # The queries' own text is what the server matches to the indexes.
            period = views.chosen_period(conn)
            plan = _plan(
                conn,
                "SELECT id FROM import_log WHERE " + q._LOG_TEXT + " LIKE ? ESCAPE '\\'",
                ["%caf%"],
            )
            assert "ix_import_log_find" in plan
            where, params = q._group_matching(conn, ("café",))
            plan = _plan(
                conn,
                "SELECT r.id FROM collected_return r WHERE " + where,
                params,
            )
            assert "ix_collected_group_find" in plan
            assert period is not None
    finally:
        conn.close()
    assert _shown(location) == shown


def test_a_server_without_pg_trgm_upgrades_and_finds_the_same_rows(
    pg_cluster: Cluster, tmp_path: Path
) -> None:
    # The owner may not create extensions in this database (as where pg_trgm is not
    # installed): the upgrade leaves the trigram indexes out, and Find still works.
    from desktop.store.collection.server_admin import init_server

    owner, password = f"lead_{uuid.uuid4().hex[:8]}", "lead-pw"
    database = pg_cluster.new_database()
    pg_cluster.sql(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{password}'")
    pg_cluster.sql(f"ALTER DATABASE {database} OWNER TO {owner}")
    pg_cluster.sql(f"REVOKE CREATE ON DATABASE {database} FROM {owner}, PUBLIC")
    pg_cluster.sql(f"ALTER SCHEMA public OWNER TO {owner}", database)
    location = pg_cluster.url(database, user=owner, password=password)
    try:
        init_server(location)
        _filled(location, tmp_path)
        conn = db.connect(location)
        try:
            names = index_names(conn)
            assert {"ix_collected_return_listed", "ix_collected_partnership_names"} <= names
            assert not SERVER & names
            assert not conn.execute(
                "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"
            ).fetchall()
            period = views.chosen_period(conn)
            found = q.group_rows(conn, period, q.Window(words=("café",)))
            assert [r[0] for r in found] == ["St. Mary's Café (2)"] * len(found) and found
            logged = q.import_log_rows(conn, q.Window(words=("imported",)))
            assert len(logged) == 6
        finally:
            conn.close()
    finally:
        pg_cluster.sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
