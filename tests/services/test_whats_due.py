"""What's due: the order of actions, what needs attention, and ticking done."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.services.action_status import mark_action_done, reopen_action
from desktop.services.whats_due import (
    add_months,
    attention,
    due_actions,
    review_due_months,
    reviews_due,
    waiting_requests,
)
from desktop.store.models import (
    Action,
    Partnership,
    Person,
    ResourceNeed,
    Review,
    SettingValue,
)
from tests.conftest import FIXED_TODAY

TODAY = FIXED_TODAY


def _add_actions(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with database.session() as s:
        p = Partnership(name="Food Network", status="active")
        old = Partnership(name="Old Forum", status="active", archived_at=TODAY)
        person = Person(full_name="Ann Smith")
        s.add_all([p, old, person])
        s.flush()
        rows = {
            "later": Action(
                partnership_id=p.id, description="Later", due_date=TODAY + timedelta(3)
            ),
            "undated": Action(partnership_id=p.id, description="Whenever", owner_label="Council"),
            "late": Action(
                partnership_id=p.id,
                description="Late",
                due_date=TODAY - timedelta(10),
                owner_person_id=person.id,
            ),
            "lateish": Action(
                partnership_id=p.id, description="Lateish", due_date=TODAY - timedelta(1)
            ),
            "done": Action(
                partnership_id=p.id,
                description="Done",
                status="done",
                due_date=TODAY - timedelta(30),
                done_date=TODAY - timedelta(20),
            ),
            "archived": Action(partnership_id=old.id, description="Archived", due_date=TODAY),
            "general": Action(description="No partnership", due_date=TODAY),
        }
        s.add_all(rows.values())
        s.flush()
        return {k: a.id for k, a in rows.items()}


def test_overdue_first_then_by_due_date_done_hidden(database) -> None:
    ids = _add_actions(database)
    conn = database.raw()
    listed = due_actions(conn, TODAY)
    assert [a.description for a in listed] == [
        "Late",
        "Lateish",
        "No partnership",
        "Later",
        "Whenever",
    ]
    late = listed[0]
    assert late.owner == "Ann Smith" and late.partnership == "Food Network"
    assert late.days_overdue(TODAY) == 10
    assert listed[4].owner == "Council" and listed[4].days_overdue(TODAY) == 0
    everything = due_actions(conn, TODAY, include_closed=True)
    assert everything[-1].id == ids["done"] and everything[-1].days_overdue(TODAY) == 0
    assert ids["archived"] not in {a.id for a in everything}
    conn.close()


def test_mark_done_records_the_date_and_reopen_clears_it(database) -> None:
    ids = _add_actions(database)
    with database.session() as s:
        mark_action_done(s, ids["late"], today=TODAY)
    with database.session() as s:
        action = s.get_one(Action, ids["late"])
        assert (action.status, action.done_date) == ("done", TODAY)
        mark_action_done(s, ids["late"], today=TODAY + timedelta(5))
        assert action.done_date == TODAY  # the first tick's date is kept
    conn = database.raw()
    assert ids["late"] not in {a.id for a in due_actions(conn, TODAY)}
    with database.session() as s:
        reopen_action(s, ids["late"])
    assert due_actions(conn, TODAY)[0].id == ids["late"]
    row = conn.execute("SELECT status, done_date FROM action WHERE id = ?", (ids["late"],))
    assert row.fetchone() == ("open", None)
    conn.close()


def test_reviews_due_counts_from_the_last_complete_review(database) -> None:
    with database.session() as s:
        never = Partnership(name="Never reviewed", status="active")
        new = Partnership(name="Just started", status="active", start_date=TODAY - timedelta(30))
        recent = Partnership(name="Reviewed recently", status="active")
        stale = Partnership(name="Reviewed long ago", status="active")
        ended = Partnership(name="Ended one", status="ended")
        s.add_all([never, new, recent, stale, ended])
        s.flush()
        for p, when, status in (
            (recent, TODAY - timedelta(100), "complete"),
            (stale, TODAY - timedelta(500), "complete"),
            (stale, TODAY - timedelta(10), "draft"),
        ):
            s.add(
                Review(
                    partnership_id=p.id,
                    framework_id="f",
                    framework_version="1",
                    review_date=when,
                    status=status,
                )
            )
    conn = database.raw()
    due = reviews_due(conn, TODAY)
    assert [r.partnership for r in due] == ["Just started", "Never reviewed", "Reviewed long ago"]
    assert due[0].last_review is None and due[0].due_since is None
    assert due[2].last_review == TODAY - timedelta(500)
    assert due[2].due_since == add_months(TODAY - timedelta(500), 12)
    assert review_due_months(conn) == 12
    with database.session() as s:
        s.add(SettingValue(key="review_due_months", value="3"))
    assert "Reviewed recently" in {r.partnership for r in reviews_due(conn, TODAY)}
    conn.close()


def test_reviews_due_agrees_with_the_reviews_feature(database) -> None:
    """Home reads reviews due without importing review_reads; both must give one answer."""
    from desktop.services import review_reads

    with database.session() as s:
        for i, days in enumerate((None, 364, 365, 366, 400, 30, 700)):
            p = Partnership(name=f"P{i}", status="active" if i != 5 else "paused")
            s.add(p)
            s.flush()
            if days is not None:
                s.add(
                    Review(
                        partnership_id=p.id,
                        framework_id="f",
                        framework_version="1",
                        review_date=TODAY - timedelta(days),
                        status="complete",
                    )
                )
    conn = database.raw()
    for value in (None, "3", "12", "0", "61", "soon", " 24 "):
        if value is not None:
            conn.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('review_due_months', ?)",
                (value,),
            )
        assert review_due_months(conn) == review_reads.review_due_months(conn), value
        for day in (TODAY, date(2027, 2, 28), date(2028, 2, 29), date(2026, 3, 31)):
            ours = {r.partnership_id: r.last_review for r in reviews_due(conn, day)}
            assert ours == review_reads.partnerships_overdue_review(conn, day), (value, day)
    conn.close()


def test_waiting_requests_are_asked_for_but_not_received(database) -> None:
    with database.session() as s:
        s.add_all(
            [
                ResourceNeed(description="Mileage", status="requested", requested_date=TODAY),
                ResourceNeed(description="Laptop", status="agreed"),
                ResourceNeed(description="Training", status="received", received_date=TODAY),
                ResourceNeed(description="Idea", status="identified"),
                ResourceNeed(description="No", status="declined"),
            ]
        )
    conn = database.raw()
    assert [w.description for w in waiting_requests(conn)] == ["Mileage", "Laptop"]
    conn.close()


def test_attention_for_the_demo_shows_the_overdue_action(demo_database) -> None:
    conn = demo_database.raw()
    seen = attention(conn, TODAY)
    # Other features' demo records may add overdue actions; this one is the oldest.
    assert seen.overdue[0].description == (
        "Ask the Young Farmers to host a talk on stress at the next social."
    )
    assert all(a.days_overdue(TODAY) > 0 for a in seen.overdue)
    assert seen.overdue[0].owner == "Priya Shah"
    assert seen.meetings and seen.meetings[0].when == TODAY + timedelta(days=9)
    conn.close()


def test_add_months_keeps_inside_short_months() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 28), 12) == date(2027, 11, 28)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)
