"""The long lists of the collection window read a screenful at a time (issue 19): more rows
come as the officer scrolls, a click on a column's title and Find are answered by the SQL,
and "This page as CSV" still writes every row. On a file and on a server alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from collection_support import payloads, pdfs
from PySide6.QtCore import Qt

from desktop.services.collection import views
from desktop.services.collection.importer import import_returns
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection
from desktop.ui.collection.models import PagedModel
from desktop.ui.collection.pages import GroupsPage, LogPage
from desktop.ui.collection.run_page import RunPage


@pytest.fixture
def area(collection_location: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    open_collection(collection_location, create=True)
    import_returns(collection_location, pdfs(tmp_path / "in", payloads(9, seed=19, groups=9)))
    monkeypatch.setattr(PagedModel, "SCREENFUL", 3)  # a short screen: 9 returns are a long list
    conn = db.connect(collection_location)
    yield conn
    conn.close()


def test_the_groups_page_reads_a_screenful_then_more_as_it_scrolls(area, qtbot) -> None:  # type: ignore[no-untyped-def]
    conn = area
    period = views.chosen_period(conn)
    every = views.groups_view(conn, period)
    assert len(every.rows) == 9
    page = GroupsPage(lambda *a: None)
    qtbot.addWidget(page)
    page.period = period
    page.refresh(conn)
    model = page.groups
    assert model.rowCount() == 3 and model.canFetchMore()
    # Shown, the table has room for more than three rows: it reads on by itself.
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: model.rowCount() > 3)
    model.fetch_all()
    assert model.rowCount() == 9 and not model.canFetchMore()
    assert [row[:9] for row in model.table.rows] == every.rows
    assert model.table.keys == every.keys
    assert model.table.columns[-1] == "Signed by (key)"

    # A click on "Sent" sorts the whole list in SQL: the newest first on a second click.
    header = page.groups_view.horizontalHeader()
    sent = every.columns.index("Sent")
    header.setSortIndicator(sent, Qt.SortOrder.DescendingOrder)
    model.fetch_all()
    assert [row[sent] for row in model.table.rows] == sorted(
        (row[sent] for row in every.rows), reverse=True
    )

    # Find: only the returns holding every word, in any case.
    name = every.rows[4][0]
    qtbot.keyClicks(page.search, name.upper())
    model.fetch_all()
    assert model.rowCount() >= 1 and all(row[0] == name for row in model.table.rows)
    page.search.clear()
    model.fetch_all()
    assert model.rowCount() == 9

    # The page's export is every return, whatever was read or found.
    exported = page.tables()[0]
    assert [row[:9] for row in exported.rows] == every.rows
    assert exported.columns == model.table.columns


def test_the_log_and_how_it_is_run_pages_page_and_find_in_sql(area, qtbot) -> None:  # type: ignore[no-untyped-def]
    conn = area
    period = views.chosen_period(conn)
    log = LogPage()
    qtbot.addWidget(log)
    log.refresh(conn)
    assert log.model.rowCount() == 3 and log.model.canFetchMore()
    log.resize(900, 120)  # room for about two rows: more come only on scrolling down
    log.show()
    qtbot.waitExposed(log)
    before = log.model.rowCount()
    assert before < 9
    for _ in range(9):
        log.view.scrollToBottom()
        qtbot.wait(10)
    qtbot.waitUntil(lambda: log.model.rowCount() == 9)
    assert len(log.tables()[0].rows) == 9
    qtbot.keyClicks(log.search, "return-004")
    assert [Path(row[1]).name for row in log.model.table.rows] == ["return-004.pdf"]

    run = RunPage()
    qtbot.addWidget(run)
    run.period = period
    run.refresh(conn)
    every = run.tables()[0]
    assert len(every.rows) > 3 and run.model.rowCount() == 3
    partnership = every.rows[0][1]
    qtbot.keyClicks(run.search, partnership)
    run.model.fetch_all()
    found = run.model.table.rows
    assert found and all(partnership.casefold() in row[1].casefold() for row in found)
    assert len(found) == sum(partnership.casefold() in row[1].casefold() for row in every.rows)


def test_the_dashboard_adds_up_the_period_only_when_it_is_shown(area, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.collection.dashboard import DashboardPage

    conn = area
    period = views.chosen_period(conn)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.period = period
    page.refresh(conn)  # the window refreshes every page; this one is not shown yet
    assert page.board is None and page.returns.bars == []
    page.show()
    qtbot.waitExposed(page)
    assert page.board is not None
    assert page.board.received == views.area_totals(conn, period)["groups"] == 9
    assert [value for _, value in page.returns.bars][-1] == 9
    page.board = None
    page.refresh(conn)  # shown: drawn at once
    assert page.board is not None and page.board.received == 9
