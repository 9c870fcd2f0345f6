"""The one helper for long jobs: answers on the UI thread, failures told and logged, Cancel,
and what changed announced as typed topics."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.domain.changes import Change
from desktop.domain.problems import UserError
from desktop.store.models import Person
from desktop.ui.background import (
    Cancelled,
    Failure,
    FailureKind,
    Task,
    run_in_background,
    run_in_session,
)


def people(database: Path) -> list[str]:
    conn = sqlite3.connect(database)
    try:
        return [r[0] for r in conn.execute("SELECT full_name FROM person ORDER BY id")]
    finally:
        conn.close()


def test_the_work_runs_off_the_ui_thread_and_its_answer_comes_back_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}
    steps: list[tuple[int, int, object, bool]] = []

    def work(task: Task) -> str:
        seen["work thread"] = threading.get_ident()
        for done in (1, 2):
            task.progress(done, 2, f"step {done}")
        return "made"

    def done(result: str) -> None:
        seen["result"] = result
        seen["answer thread"] = threading.get_ident()

    job = run_in_background(
        None,
        work,
        on_done=done,
        progress=lambda d, t, what: steps.append((d, t, what, threading.get_ident() == ui_thread)),
    )
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    assert seen["result"] == "made"
    assert seen["work thread"] != ui_thread
    assert seen["answer thread"] == ui_thread
    assert steps == [(1, 2, "step 1", True), (2, 2, "step 2", True)]


def test_our_own_bug_is_logged_with_its_traceback_and_told_in_plain_words(
    qtbot, caplog, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    def work(_task: Task) -> None:
        raise RuntimeError("boom")

    caplog.set_level(logging.ERROR, logger="partnerbook")
    job = run_in_background(None, work, on_done=lambda _r: None, what="The summary")
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    title, text = no_blocking_dialogs[-1]
    assert title == "Not done"
    assert text.startswith("The summary could not be finished because of an unexpected error")
    assert "(RuntimeError)" in text and "Nothing was saved" in text and "boom" not in text
    [record] = [r for r in caplog.records if "failed in the background" in r.getMessage()]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    assert "boom" in caplog.text  # the traceback is in the log, for whoever looks into it


def test_a_refusal_is_told_as_it_is_said_and_is_not_logged_as_a_bug(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    failures: list[Failure] = []

    def work(_task: Task) -> None:
        raise UserError("The file {name} is not a return.", name="notes.txt")

    caplog.set_level(logging.ERROR, logger="partnerbook")
    job = run_in_background(None, work, on_done=lambda _r: None, on_failed=failures.append)
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    [failure] = failures
    assert failure.kind is FailureKind.REFUSED
    assert failure.message == "The file notes.txt is not a return."
    assert caplog.records == []


def test_a_full_disk_is_told_as_the_hub_tells_it_and_nothing_is_saved(
    hub, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    def work(session, _task: Task) -> None:  # type: ignore[no-untyped-def]
        session.add(Person(full_name="Never stored"))
        session.flush()
        raise sqlite3.OperationalError("database or disk is full")

    changed: list[object] = []
    hub.changed.connect(changed.append)
    with qtbot.waitSignal(hub.failed, timeout=10_000) as failed:
        run_in_session(hub, None, work, on_done=lambda _r: None, changes=Change.PEOPLE)
    assert "disk is full" in failed.args[0]
    assert no_blocking_dialogs[-1][0] == "Not saved"
    assert changed == []
    assert people(hub.database_file) == []


def test_a_job_in_its_own_session_saves_and_announces_what_changed(hub, qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(session, _task: Task) -> int:  # type: ignore[no-untyped-def]
        session.add(Person(full_name="Anna Hill"))
        return 1

    with qtbot.waitSignal(hub.changed, timeout=10_000) as changed:
        run_in_session(hub, None, work, on_done=lambda _r: None, changes=Change.PEOPLE)
    assert changed.args == [Change.PEOPLE]
    assert people(hub.database_file) == ["Anna Hill"]


def test_the_result_may_name_what_changed(hub, qtbot) -> None:  # type: ignore[no-untyped-def]
    announced: list[object] = []
    hub.changed.connect(announced.append)
    job = run_in_background(
        None,
        lambda _task: {Change.RETURNS, Change.PARTNERSHIPS},
        on_done=lambda _r: None,
        hub=hub,
        changes=lambda result: result,
    )
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    assert sorted(announced) == [Change.PARTNERSHIPS, Change.RETURNS]
    assert all(isinstance(change, Change) for change in announced)


def test_cancel_stops_the_work_where_it_allows_and_saves_nothing(hub, qtbot) -> None:  # type: ignore[no-untyped-def]
    started, go = threading.Event(), threading.Event()
    outcome: list[str] = []

    def work(session, task: Task) -> None:  # type: ignore[no-untyped-def]
        session.add(Person(full_name="Half done"))
        session.flush()
        started.set()
        assert go.wait(10)  # the test presses Cancel while the work is half done
        task.stop_if_cancelled()  # as an import does between rows, or before its commit

    job = run_in_session(
        hub,
        None,
        work,
        on_done=lambda _r: outcome.append("done"),
        on_cancelled=lambda: outcome.append("cancelled"),
        changes=Change.PEOPLE,
    )
    assert started.wait(10)
    job.cancel()
    go.set()
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    assert outcome == ["cancelled"]
    assert people(hub.database_file) == []


def test_wait_delivers_the_answer_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    results: list[int] = []
    job = run_in_background(None, lambda _task: 42, on_done=results.append)
    assert job.wait(10_000)
    assert results == [42] and job.finished


def test_a_free_text_topic_is_refused_where_it_is_written(hub) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError):
        hub.write(lambda s: s.add(Person(full_name="Anna Hill")), "people")
    assert people(hub.database_file) == []


def test_cancelled_is_an_exception_the_work_may_raise_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    outcome: list[str] = []

    def work(_task: Task) -> None:
        raise Cancelled

    job = run_in_background(
        None, work, on_done=lambda _r: None, on_cancelled=lambda: outcome.append("cancelled")
    )
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    assert outcome == ["cancelled"]
