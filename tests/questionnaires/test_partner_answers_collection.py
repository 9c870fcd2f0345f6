"""The CVS collection carries partners' own answers (issue 18): collection migration
c0005_partner_answers keeps every row of a c0003 collection (blank for them), and a return
whose review carries ``partner_answers`` shows how many partners answered, the organisations
named and where they disagreed most; a review without it shows nothing."""

from __future__ import annotations

import shutil
import sqlite3
from copy import deepcopy
from pathlib import Path

from collection_support import payloads

from desktop.services.collection.exports import area_tables
from desktop.services.collection.importer import import_one
from desktop.services.collection.partner_views import partner_answers_view
from desktop.services.collection.samples import resign
from desktop.store import sqlite as store_sqlite
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection

FIXTURE = Path(__file__).parents[1] / "store" / "fixtures" / "collection_c0003_demo.pbcollection"


def test_c0003_collection_upgrades_with_every_partnership_kept_and_blank(tmp_path: Path) -> None:
    # File only: the c0003 fixture is a collection file from before servers were supported.
    path = tmp_path / "area.pbcollection"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM collected_partnership ORDER BY id").fetchall()
    conn.close()
    assert len(before) > 10
    open_collection(path)
    conn = sqlite3.connect(path)
    try:
        after = conn.execute("SELECT * FROM collected_partnership ORDER BY id").fetchall()
        width = len(before[0])
        assert [row[:width] for row in after] == before
        assert conn.execute(
            "SELECT DISTINCT review_partners FROM collected_partnership"
        ).fetchall() == [("",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    conn = store_sqlite.connect(path)
    try:
        assert partner_answers_view(conn).rows == []
    finally:
        conn.close()


def test_partners_answers_are_collected_without_a_persons_name(
    tmp_path: Path, collection_location: Path | str
) -> None:
    collection = collection_location  # a file and a server alike (issue 19)
    open_collection(collection, create=True)
    asked, plain = deepcopy(payloads(2, seed=7, groups=2))
    entry = next(p for p in asked["partnerships"] if p.get("latest_review"))
    entry["latest_review"]["partner_answers"] = {
        "partners": 4,
        "named_partners": ["District council", "Food bank"],
        "questions": [
            {
                "question_ref": "4.8(a)",
                "answered": 4,
                "counts": {"yes": 2, "no": 2},
                "lowest": 0,
                "highest": 100,
                "spread": 100,
            },
            {
                "question_ref": "4.8(b)",
                "answered": 3,
                "counts": {"yes": 3, "dont_know": 1},
                "lowest": 100,
                "highest": 100,
                "spread": 0,
            },
            {
                "question_ref": "4.8(c)",
                "answered": 4,
                "counts": {"partly": 2, "mostly": 2},
                "lowest": 33,
                "highest": 67,
                "spread": 34,
            },
        ],
    }
    asked = resign(asked)  # as the group's Partnerbook signs it
    conn = db.connect(collection)
    try:
        assert import_one(conn, tmp_path / "asked.pdf", asked).outcome == "imported"
        assert import_one(conn, tmp_path / "plain.pdf", plain).outcome == "imported"
        table = partner_answers_view(conn)
        tables = {t.key for t in area_tables(conn)}
    finally:
        conn.close()
    assert [row[:2] for row in table.rows] == [(entry["name"], asked["group"]["name"])]
    row = table.rows[0]
    assert row[4:] == (
        4,
        "District council, Food bank",
        "4.8(a) (spread 100), 4.8(c) (spread 34)",
    )
    assert "partner_answers" in tables  # exported with the area's other tables
