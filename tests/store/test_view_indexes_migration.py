"""Collection migration c0007_view_indexes (issue 19): an older collection (the demo's c0003
file, upgraded through c0006) gains the two indexes the views read through, keeps every
figure, and SQLite then answers the period and partnership queries from those indexes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.services.collection import views
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection

FIXTURE = Path(__file__).parent / "fixtures" / "collection_c0003_demo.pbcollection"
INDEXES = {"ix_collected_return_period", "ix_collected_partnership_current"}


def _figures(conn: sqlite3.Connection) -> list[object]:
    return [
        (
            period,
            views.area_totals(conn, period),
            views.partnerships_view(conn, period).rows,
            views.groups_view(conn, period).rows,
        )
        for period in views.collection_periods(conn)
    ]


def _plan(conn: sqlite3.Connection, query: str) -> str:
    return " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {query}"))


def test_an_older_collection_gains_the_view_indexes_and_keeps_its_figures(tmp_path: Path) -> None:
    # File only: the fixture is an older collection file; each migration on a server is
    # test_collection_server's step-by-step test (issue 19).
    path = tmp_path / "area.pbcollection"
    shutil.copy(FIXTURE, path)
    opened = open_collection(path)
    assert opened.upgraded_from == "c0003_review_frameworks"
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert names >= INDEXES
        figures = _figures(conn)
        assert figures and all(f[1]["returns"] for f in figures)
        # The periods come from the index alone, never from the returns' wide rows.
        plan = _plan(
            conn,
            "SELECT period_start, period_end, period_label, count(*) FROM collected_return"
            " WHERE status = 'current' GROUP BY 1, 2, 3",
        )
        assert "COVERING INDEX ix_collected_return_period" in plan
        # Dropping the indexes changes no figure: they only make the views faster.
        for name in INDEXES:
            conn.execute(f"DROP INDEX {name}")
        assert _figures(conn) == figures
    finally:
        conn.close()


def test_a_new_collection_has_the_view_indexes_on_a_file_and_a_server(
    collection_location: Path | str,
) -> None:
    open_collection(collection_location, create=True)
    conn = db.connect(collection_location)
    try:
        if db.on_server(conn):
            query = "SELECT indexname FROM pg_indexes WHERE tablename LIKE 'collected_%'"
        else:
            query = "SELECT name FROM sqlite_master WHERE type = 'index'"
        assert {str(r[0]) for r in conn.execute(query)} >= INDEXES
    finally:
        conn.close()
