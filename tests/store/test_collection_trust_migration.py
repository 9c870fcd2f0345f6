"""Collection migration c0004_trust: a c0003 collection upgrades with every return kept,
each marked unsigned (made before returns were signed), and empty key tables."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.store.collection.opening import open_collection

FIXTURE = Path(__file__).parent / "fixtures" / "collection_c0003_demo.pbcollection"


def test_c0003_upgrades_with_every_return_marked_unsigned(tmp_path: Path) -> None:
    # File only: the fixture is an older collection file; each migration on a server is
    # test_collection_server's step-by-step test (issue 19).
    path = tmp_path / "area.pbcollection"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    before = conn.execute(
        "SELECT uuid, status, payload FROM collected_return ORDER BY id"
    ).fetchall()
    logged = conn.execute("SELECT count(*) FROM import_log").fetchone()[0]
    conn.close()
    assert len(before) > 10
    open_collection(path)
    conn = sqlite3.connect(path)
    try:
        after = conn.execute(
            "SELECT uuid, status, payload, signature_state, key_fingerprint, pack_id"
            " FROM collected_return ORDER BY id"
        ).fetchall()
        assert [row[:3] for row in after] == before
        assert {row[3:] for row in after} == {("unsigned", "", None)}
        assert conn.execute("SELECT count(*) FROM import_log").fetchone()[0] == logged
        assert conn.execute("SELECT DISTINCT key_fingerprint FROM import_log").fetchall() == [("",)]
        for table in ("cvs_key", "group_key", "held_return", "return_pack"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
