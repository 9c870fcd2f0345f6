"""A collection of an earlier schema upgrades without losing a row or changing a figure.

``fixtures/collection_c0001_demo.pbcollection`` is ``partnerbook demo --collection`` made
at schema c0001 (16 current returns, one replaced, two files rejected).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.services.collection import views
from desktop.store.collection.opening import open_collection
from desktop.store.collection.version import COLLECTION_HEAD

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = (
    "collected_group",
    "collected_return",
    "collected_partnership",
    "collected_rating",
    "collected_answer",
    "collected_need",
    "partnership_merge",
    "expected_group",
    "import_log",
)


def _picture(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        statuses = conn.execute(
            "SELECT uuid, status, superseded_by FROM collected_return ORDER BY uuid"
        ).fetchall()
        periods = views.collection_periods(conn)
        figures = {
            period.label: (
                views.area_totals(conn, period),
                views.needs_view(conn, "group", period).rows,
                views.partnerships_view(conn, period).rows,
            )
            for period in periods
        }
    finally:
        conn.close()
    return {"counts": counts, "statuses": statuses, "figures": figures}


def test_a_c0001_collection_upgrades_without_loss(tmp_path: Path) -> None:
    # File only: the fixture is an older collection file; each migration on a server is
    # test_collection_server's step-by-step test (issue 19).
    path = tmp_path / "area.pbcollection"
    shutil.copy(FIXTURES / "collection_c0001_demo.pbcollection", path)
    conn = sqlite3.connect(path)
    before_counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    before_statuses = conn.execute(
        "SELECT uuid, status, superseded_by FROM collected_return ORDER BY uuid"
    ).fetchall()
    # What the old views counted: every current return of every period.
    before_needs = conn.execute(
        "SELECT count(*), sum(n.estimated_pence) FROM collected_need n"
        " JOIN collected_return r ON r.id = n.return_id WHERE r.status = 'current'"
    ).fetchone()
    conn.close()
    opened = open_collection(path)
    assert opened.upgraded_from == "c0001_collection"
    after = _picture(path)
    assert after["counts"] == before_counts
    assert after["statuses"] == before_statuses
    # Every need of a current return still counts once, in its own period.
    needs = [row for figures in after["figures"].values() for row in figures[1]]
    assert sum(r[1] for r in needs) == before_needs[0]
    assert sum(r[3] for r in needs) == before_needs[1]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            COLLECTION_HEAD
        )
        # The replaced return's rows say which return replaced them, as new imports do.
        replaced = conn.execute(
            "SELECT r.superseded_by, p.superseded_by FROM collected_partnership p"
            " JOIN collected_return r ON r.id = p.return_id WHERE r.status = 'superseded'"
        ).fetchall()
        assert replaced and all(by == row_by for by, row_by in replaced)
        assert (
            conn.execute("SELECT count(*) FROM collected_return WHERE whole_group = 1").fetchone()[
                0
            ]
            == before_counts["collected_return"]
        )
    finally:
        conn.close()
    assert _picture(path) == after  # opening again changes nothing
