"""0005_governance_rules: the demo group at schema 0002 upgrades without losing a partner,
meeting or action; old partners have no joining or leaving dates (members from the start,
still members) and empty reasons; the new tables start empty and take an upgraded
partnership's rules, offices, partners' attendance and decisions."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from desktop.paths import AppPaths
from desktop.store.database import Database
from desktop.store.opening import open_database

FIXTURE = Path(__file__).parent / "fixtures" / "schema_0002_review_tool.db"
NEW_TABLES = (
    "governance_rules",
    "office",
    "partner_contact",
    "partner_attendance",
    "decision",
    "decision_action",
)


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_schema_0002_upgrades_keeping_every_partner_meeting_and_action(
    app_paths: AppPaths,
) -> None:
    shutil.copy(FIXTURE, app_paths.database)
    queries = {
        "partner": "SELECT id, uuid, partnership_id, organisation_id, role FROM partner",
        "meeting": "SELECT id, uuid, partnership_id, meeting_date, title FROM meeting",
        "attendance": "SELECT id, meeting_id, person_id, status FROM attendance",
        "action": "SELECT id, uuid, meeting_id, description, status FROM action",
        "person": "SELECT id, uuid, full_name, email FROM person",
    }
    before = {name: sorted(_rows(app_paths.database, sql)) for name, sql in queries.items()}
    assert before["partner"] and before["meeting"] and before["action"]

    open_database(app_paths.database, app_paths.backups)

    for name, sql in queries.items():
        assert sorted(_rows(app_paths.database, sql)) == before[name], name
    assert set(
        _rows(
            app_paths.database, "SELECT joined_on, joined_reason, left_on, left_reason FROM partner"
        )
    ) == {(None, "", None, "")}
    for table in NEW_TABLES:
        assert _rows(app_paths.database, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert _rows(app_paths.database, "PRAGMA foreign_key_check") == []
    assert _rows(app_paths.database, "SELECT version_num FROM alembic_version")[0][0] != (
        "0002_review_tool"
    )


def test_an_upgraded_partnership_takes_rules_attendance_and_decisions(
    app_paths: AppPaths,
) -> None:
    from desktop.services import decisions, how_run, partner_attendance, partners

    shutil.copy(FIXTURE, app_paths.database)
    open_database(app_paths.database, app_paths.backups)
    database = Database(app_paths.database)
    try:
        with database.session() as session:
            pid, meeting_id = _rows(
                app_paths.database,
                "SELECT partnership_id, id FROM meeting ORDER BY meeting_date DESC LIMIT 1",
            )[0]
            how_run.update_rules(session, pid, {"quorum_kind": "number", "quorum_value": 2})
            how_run.add_office(session, pid, "chair", organisation="A council")
            listed = partners.partners_of(session, pid)
            assert listed and all(p["current"] for p in listed)  # old partners are members
            for partner in listed[:2]:
                partner_attendance.set_partner_attendance(
                    session, meeting_id, partner["id"], "present"
                )
            decision = decisions.add_decision(session, meeting_id, "Agree the plan")
            decisions.add_decision_action(session, decision, "Send the plan round")
        with database.session() as session:
            quorum = partner_attendance.meeting_quorum(session, meeting_id)
            assert (quorum.present, quorum.quorate) == (2, True)
            rates = partner_attendance.rates_for(session, pid, until=date(2100, 1, 1))
            assert sum(r.present for r in rates) == 2
    finally:
        database.dispose()
