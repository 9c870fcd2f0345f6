"""0007_everyday_fit: the demo group at schema 0002 upgrades with every organisation, partner
and funding line kept; each is a named organisation and money (not in kind), as every older
record was, and both new columns then take new values."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from desktop.paths import AppPaths
from desktop.store.database import Database
from desktop.store.models import FundingLine, Organisation, Partner
from desktop.store.opening import open_database

FIXTURE = Path(__file__).parent / "fixtures" / "schema_0002_review_tool.db"


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_schema_0002_upgrades_with_partners_and_funding_kept(app_paths: AppPaths) -> None:
    shutil.copy(FIXTURE, app_paths.database)
    path = app_paths.database
    organisations = _rows(path, "SELECT * FROM organisation ORDER BY id")
    partners = _rows(path, "SELECT * FROM partner ORDER BY id")
    funding = _rows(path, "SELECT * FROM funding_line ORDER BY id")
    assert organisations and partners

    open_database(path, app_paths.backups)

    # Every old row is there, with every old value, and the new column is false.
    assert [r[:-1] for r in _rows(path, "SELECT * FROM organisation ORDER BY id")] == [
        tuple(r) for r in organisations
    ]
    assert _rows(path, "SELECT DISTINCT is_kind FROM organisation") == [(0,)]
    width = len(partners[0])  # later migrations add columns to partner (issue 17)
    assert [r[:width] for r in _rows(path, "SELECT * FROM partner ORDER BY id")] == partners
    assert [r[:-1] for r in _rows(path, "SELECT * FROM funding_line ORDER BY id")] == [
        tuple(r) for r in funding
    ]
    assert _rows(path, "SELECT count(*) FROM funding_line WHERE in_kind") == [(0,)]

    database = Database(path)
    try:
        with database.session() as session:
            session.add(Organisation(name="GP practices", is_kind=True))
            first = session.scalars(select(Organisation).order_by(Organisation.id)).first()
            assert first is not None and first.is_kind is False
            partnership_id = session.scalars(select(Partner.partnership_id)).first()
            session.add(
                FundingLine(
                    partnership_id=partnership_id,
                    source="Devon Leadership Academy",
                    amount_pence=150_000,
                    in_kind=True,
                )
            )
    finally:
        database.dispose()
    assert _rows(path, "SELECT name FROM organisation WHERE is_kind") == [("GP practices",)]
    assert _rows(path, "SELECT amount_pence FROM funding_line WHERE in_kind") == [(150_000,)]
