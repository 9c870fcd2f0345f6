"""The view queries read a window at a time and give what the views give, on both back ends."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from collection_support import payloads, pdfs

from desktop.services.collection import views
from desktop.services.collection.importer import import_returns
from desktop.store.collection import db
from desktop.store.collection import view_queries as q
from desktop.store.collection.opening import open_collection


def test_windows_of_the_long_lists_add_up_to_the_views(
    collection_location: Path | str, tmp_path: Path
) -> None:
    open_collection(collection_location, create=True)
    import_returns(collection_location, pdfs(tmp_path / "in", payloads(7, seed=71, groups=5)))
    conn = db.connect(collection_location)
    try:
        period = views.chosen_period(conn)
        groups = views.groups_view(conn, period).rows
        assert len(groups) >= 2
        every = [row[:9] for row in q.group_rows(conn, period)]
        assert every == [tuple(r) for r in groups]
        pages = [
            row[:9]
            for start in range(len(groups))
            for row in q.group_rows(conn, period, q.Window(offset=start, limit=1))
        ]
        assert pages == every
        newest_first = q.group_rows(conn, period, q.Window(order=2, descending=True))
        sent = [row[2] for row in newest_first]
        assert sent == sorted(sent, reverse=True)
        one = groups[0][0].split()[0]
        found = q.group_rows(conn, period, q.Window(words=(one.upper(),)))
        assert found and all(one.casefold() in row[0].casefold() for row in found)
        assert q.group_rows(conn, period, q.Window(words=("zz%_none",))) == []

        # The Partnerships page reads both of its tables with the review sections read once.
        assert views.partnership_tables(conn, period) == (
            views.partnerships_view(conn, period),
            views.review_scores_view(conn, period),
        )
        assert [name for name, _key in views.partnership_choices(conn, period)] == [
            row[0] for row in views.partnerships_view(conn, period).rows
        ]

        log = views.import_log_view(conn).rows
        assert [row[:6] for row in q.import_log_rows(conn)] == [tuple(r) for r in log]
        assert len(q.import_log_rows(conn, q.Window(limit=3))) == 3
        for by in ("category", "partnership", "group"):
            totals = {r[0]: r[1:] for r in q.needs_totals(conn, by, period)}
            assert sum(r[0] for r in totals.values()) == sum(
                r[1] for r in views.needs_view(conn, by, period).rows
            )
    finally:
        conn.close()


def test_one_reading_runs_each_query_once_and_changes_no_figure(
    collection_location: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window refreshes every page in one reading: the Dashboard reuses the review
    sections the Partnerships page read, and shows the very same figures."""
    from desktop.services.collection.dashboard import area_dashboard

    open_collection(collection_location, create=True)
    import_returns(collection_location, pdfs(tmp_path / "in", payloads(5, seed=72, groups=4)))
    calls: list[object] = []
    real = q.section_score_totals

    @functools.wraps(real)
    def counted(*args: object) -> list[tuple[object, ...]]:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(q, "section_score_totals", counted)
    conn = db.connect(collection_location)
    try:
        period = views.chosen_period(conn)
        apart = (views.partnership_tables(conn, period), area_dashboard(conn, period))
        assert len(calls) == 2
        with views.one_reading(conn):
            together = (views.partnership_tables(conn, period), area_dashboard(conn, period))
        assert len(calls) == 3
        assert together == apart and together[0][1].rows
        views.partnership_tables(conn, period)  # after the reading: read afresh
        assert len(calls) == 4
    finally:
        conn.close()
