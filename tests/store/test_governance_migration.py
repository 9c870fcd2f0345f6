"""0003_governance_registers: the demo group at schema 0002 upgrades without losing a row,
its partnerships sit at the top with empty vision, goal and principles, every seat has no
report-back rhythm chosen, and the new registers start empty and usable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text

from desktop.paths import AppPaths
from desktop.store.database import Database
from desktop.store.opening import open_database

FIXTURE = Path(__file__).parent / "fixtures" / "schema_0002_review_tool.db"
NEW_TABLES = (
    "risk",
    "interest_declaration",
    "disagreement",
    "equality_note",
    "learning_entry",
    "report_back",
    "closure",
)


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_schema_0002_upgrades_with_every_partnership_and_seat_kept(app_paths: AppPaths) -> None:
    shutil.copy(FIXTURE, app_paths.database)
    partnerships = _rows(app_paths.database, "SELECT id, uuid, name, status FROM partnership")
    seats = _rows(app_paths.database, "SELECT id, partnership_id, report_back_duty FROM seat")
    assert partnerships and seats

    open_database(app_paths.database, app_paths.backups)

    assert _rows(
        app_paths.database, "SELECT id, uuid, name, status FROM partnership ORDER BY id"
    ) == sorted(partnerships)
    assert _rows(
        app_paths.database, "SELECT id, partnership_id, report_back_duty FROM seat ORDER BY id"
    ) == sorted(seats)
    new_columns = _rows(
        app_paths.database, "SELECT parent_id, vision, goal, principles FROM partnership"
    )
    assert set(new_columns) == {(None, "", "", "")}
    assert set(_rows(app_paths.database, "SELECT report_back_every FROM seat")) == {("",)}
    for table in NEW_TABLES:
        assert _rows(app_paths.database, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert _rows(app_paths.database, "PRAGMA foreign_key_check") == []


def test_an_upgraded_database_takes_a_sub_group_and_a_risk(app_paths: AppPaths) -> None:
    from datetime import date

    from desktop.services.governance import registers, structure

    shutil.copy(FIXTURE, app_paths.database)
    open_database(app_paths.database, app_paths.backups)
    database = Database(app_paths.database)
    try:
        with database.session() as session:
            top, child = sorted(session.scalars(text("SELECT id FROM partnership")))[:2]
            structure.set_parent(session, child, top)
            registers.add_register_row(
                session,
                "risk",
                child,
                {
                    "description": "Funding ends",
                    "likelihood": 4,
                    "impact": 4,
                    "review_date": date(2027, 1, 1),
                },
            )
            session.commit()
        with database.session() as session:
            assert structure.structure_of(session, child)["parent_id"] == top
            risks = registers.list_register(session, "risk", child)
            assert [(r["description"], r["likelihood"], r["status"]) for r in risks] == [
                ("Funding ends", 4, "open")
            ]
    finally:
        database.dispose()
