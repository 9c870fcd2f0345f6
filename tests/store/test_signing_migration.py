"""Migration 0004_signing: the demo group at schema 0002 upgrades with every return kept."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.paths import AppPaths
from desktop.store.opening import open_database

FIXTURE = Path(__file__).parent / "fixtures" / "schema_0002_review_tool.db"


def test_0002_upgrades_with_no_key_no_pack_and_every_return_without_a_pack(
    app_paths: AppPaths,
) -> None:
    shutil.copy(FIXTURE, app_paths.database)
    conn = sqlite3.connect(app_paths.database)
    # A return exported before signing existed (the fixture's group has not exported one).
    conn.execute(
        "INSERT INTO return_record (uuid, reference, period_label, period_start, period_end,"
        " created_at, file_path, file_sha256, payload_sha256, include_contacts,"
        " partnership_count, signoff_role) VALUES ('5d0c9d7e-0000-4000-8000-000000000001',"
        " 'PB-2025-26-5D0C9D7E', '2025-26', '2025-04-01', '2026-03-31',"
        " '2026-04-20 10:00:00', '/tmp/r.pdf', '', '', 0, 3, 'Chair')"
    )
    conn.commit()
    before = conn.execute("SELECT uuid, reference FROM return_record ORDER BY id").fetchall()
    conn.close()
    open_database(app_paths.database, app_paths.backups)
    conn = sqlite3.connect(app_paths.database)
    try:
        after = conn.execute(
            "SELECT uuid, reference, pack_id FROM return_record ORDER BY id"
        ).fetchall()
        assert [(u, r) for u, r, _ in after] == before
        assert {pack for _, _, pack in after} == {None}
        # The key is made when the first return is signed, not by the upgrade.
        assert conn.execute("SELECT count(*) FROM signing_key").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM return_pack").fetchone()[0] == 0
    finally:
        conn.close()
