"""People's data: export everything, forget a person everywhere, and the retention reminder."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.people_rules import FORMER_REPRESENTATIVE, is_past_retention, years_before
from desktop.domain.vocab import AttendanceStatus
from desktop.paths import AppPaths
from desktop.services.backups import backup_now
from desktop.services.forgetting import delete_backups, forget_person_everywhere
from desktop.services.person_export import export_person_json, save_person_pdf
from desktop.services.privacy import (
    list_people,
    people_past_retention,
    person_record,
    retention_years,
    set_retention_years,
)
from desktop.store.database import Database
from desktop.store.models import (
    Action,
    Attendance,
    Meeting,
    Person,
    Representative,
    Seat,
)
from tests.conftest import FIXED_TODAY

NOW = datetime(2026, 11, 28, 18, 0)


def person_id(db: Database, name: str) -> int:
    with db.session() as session:
        return session.scalars(select(Person.id).where(Person.full_name == name)).one()


def test_export_everything_about_a_person_as_json(demo_database: Database, tmp_path: Path) -> None:
    pid = person_id(demo_database, "Priya Shah")
    target = tmp_path / "priya.json"
    with demo_database.session() as session:
        export_person_json(session, pid, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["email"] == "priya.shah@example.org"
    assert len(data["representative_roles"]) == 3
    statuses = {m["attendance"] for m in data["meetings"]}
    assert "attended" in statuses and statuses <= set(AttendanceStatus.codes())
    assert data["representative_roles"][0]["term_start"] == "2024-04-01"
    assert not list(tmp_path.glob("*.partial"))


def test_the_pdf_is_readable_and_matches_the_record(
    demo_database: Database, tmp_path: Path
) -> None:
    pid = person_id(demo_database, "Priya Shah")
    with demo_database.session() as session:
        session.get(Person, pid).address = "Żabka Cottage, Holsworthy"  # type: ignore[union-attr]
        record = person_record(session, pid)
    pdf = save_person_pdf(record, tmp_path / "priya.pdf", group_name="Holsworthy Link")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "What we hold about Priya Shah" in text
    assert "priya.shah@example.org" in text
    assert "Żabka Cottage" in text  # beyond Latin-1: the bundled font is in use
    assert "North Devon Health" in text  # table cells wrap long names
    assert "Representative roles" in text and "Meetings" in text


def test_forget_removes_name_and_contacts_everywhere_but_keeps_the_records(
    demo_database: Database, app_paths: AppPaths
) -> None:
    backup_now(app_paths, "automatic", now=datetime(2026, 11, 1, 9, 0))
    pid = person_id(demo_database, "Tom Brayley")
    with demo_database.session() as session:
        # Names typed into free text elsewhere are found too.
        session.add(Action(description="Ask Tom Brayley to send the minutes"))
        meeting = session.scalars(select(Meeting)).first()
        assert meeting is not None
        attended_before = session.scalars(
            select(Attendance).where(Attendance.person_id == pid)
        ).all()
    report = forget_person_everywhere(app_paths, demo_database, pid, now=NOW)

    with demo_database.session() as session:
        person = session.get(Person, pid)
        assert person is not None
        assert person.full_name == FORMER_REPRESENTATIVE
        assert (person.email, person.phone, person.address, person.notes) == ("", "", "", "")
        assert person.forgotten_at == NOW
        # The meetings and roles they took part in are still there, now anonymous.
        assert len(
            session.scalars(select(Attendance).where(Attendance.person_id == pid)).all()
        ) == len(attended_before)
        assert session.scalars(select(Representative).where(Representative.person_id == pid)).all()
        assert session.scalars(select(Seat)).all()
        actions = session.scalars(select(Action.description)).all()
        assert "Ask former representative to send the minutes" in actions
    assert report.result.mentions_replaced == 1

    # Not a trace left in the database file or its log (secure_delete + truncated WAL).
    demo_database.dispose()
    for file in (app_paths.database, Path(str(app_paths.database) + "-wal")):
        if file.exists():
            raw = file.read_bytes()
            assert b"Tom Brayley" not in raw
            assert b"tom.brayley@example.org" not in raw
            assert b"07700 900103" not in raw
    conn = sqlite3.connect(app_paths.database)
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] in (0, 1)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

    # The backups that still hold them: the older one and the one made just before forgetting.
    assert len(report.backups_holding) == 2
    assert report.backup.path in report.backups_holding
    assert delete_backups(report.backups_holding) == report.backups_holding
    assert not any(p.exists() for p in report.backups_holding)


def test_forgetting_twice_is_harmless(demo_database: Database, app_paths: AppPaths) -> None:
    pid = person_id(demo_database, "Joe Pengelly")
    forget_person_everywhere(app_paths, demo_database, pid, now=NOW)
    again = forget_person_everywhere(app_paths, demo_database, pid, now=NOW)
    assert again.result.mentions_replaced == 0
    with demo_database.session() as session:
        rows = {r.full_name: r for r in list_people(session)}
    assert rows[FORMER_REPRESENTATIVE].forgotten


def test_reminder_lists_people_whose_term_ended_long_ago(demo_database: Database) -> None:
    with demo_database.session() as session:
        seat = session.scalars(select(Seat)).first()
        assert seat is not None
        old = Person(full_name="Edna Cole", email="edna@example.org")
        recent = Person(full_name="Fred Hunt")
        session.add_all([old, recent])
        session.flush()
        seat.representatives += [
            Representative(
                person_id=old.id,
                role="lead",
                term_start=date(2012, 4, 1),
                term_end=date(2019, 3, 31),
            ),
            Representative(
                person_id=recent.id,
                role="deputy",
                term_start=date(2019, 4, 1),
                term_end=date(2022, 3, 31),
            ),
        ]
    with demo_database.session() as session:
        assert retention_years(session) == 6
        due = [p.full_name for p in people_past_retention(session, FIXED_TODAY)]
        assert due == ["Edna Cole"]  # Priya and Tom are still serving; Fred left 4 years ago
        set_retention_years(session, 3)
    with demo_database.session() as session:
        assert retention_years(session) == 3
        due = [p.full_name for p in people_past_retention(session, FIXED_TODAY)]
        assert due == ["Edna Cole", "Fred Hunt"]
        with pytest.raises(ValueError, match="between 1 and 50"):
            set_retention_years(session, 0)


def test_retention_rule() -> None:
    today = date(2026, 11, 28)
    assert years_before(date(2028, 2, 29), 6) == date(2022, 2, 28)
    assert is_past_retention(date(2020, 11, 27), False, today, 6)
    assert not is_past_retention(date(2020, 11, 28), False, today, 6)
    assert not is_past_retention(date(2001, 1, 1), True, today, 6)  # still serving elsewhere
    assert not is_past_retention(None, False, today, 6)
