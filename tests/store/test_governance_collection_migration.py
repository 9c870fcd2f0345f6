"""Collection migration c0006_governance: a c0003 collection (the demo's, made before
issue 17) upgrades with every partnership row kept, each given what the "How it is run"
view needs from its own return; returns made before these fields say "Not recorded"."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from desktop.services.collection.run_view import NOT_RECORDED, how_it_is_run_view
from desktop.store.collection.opening import open_collection

FIXTURE = Path(__file__).parent / "fixtures" / "collection_c0003_demo.pbcollection"


def test_c0003_upgrades_with_a_summary_for_every_partnership(tmp_path: Path) -> None:
    # File only: the fixture is an older collection file; each migration on a server is
    # test_collection_server's step-by-step test (issue 19).
    path = tmp_path / "area.pbcollection"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    before = conn.execute(
        "SELECT id, return_id, uuid, name, canonical_key FROM collected_partnership ORDER BY id"
    ).fetchall()
    conn.close()
    assert len(before) > 10
    open_collection(path)
    conn = sqlite3.connect(path)
    try:
        after = conn.execute(
            "SELECT id, return_id, uuid, name, canonical_key, how_run"
            " FROM collected_partnership ORDER BY id"
        ).fetchall()
        assert [row[:5] for row in after] == before
        # Every row was read from its return: made before issue 17, nothing to show.
        assert {json.loads(row[5]).get("run") for row in after} == {None}
        table = how_it_is_run_view(conn)
        assert table.rows and all(set(r[2:]) == {NOT_RECORDED} for r in table.rows)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
