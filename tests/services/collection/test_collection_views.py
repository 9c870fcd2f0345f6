"""The views add up: totals match the returns, and superseded returns never count twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from collection_support import payloads, pdfs

from desktop.services.collection import views
from desktop.services.collection.importer import import_returns
from desktop.services.collection.samples import resubmission
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection


@pytest.fixture(scope="module", params=["file", "postgresql"])
def area(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path | str, list[dict]]:
    """The same returns in a collection file and in a server collection (issue 19)."""
    folder = tmp_path_factory.mktemp("views")
    items = payloads(6, seed=71, groups=3)
    corrected = resubmission(items[0])
    path: Path | str = folder / "area.pbcollection"
    if request.param == "postgresql":
        from desktop.store.collection.server_admin import init_server

        cluster = request.getfixturevalue("pg_cluster")
        path = cluster.dsn(cluster.new_database())
        init_server(path)
    open_collection(path, create=True)
    import_returns(path, pdfs(folder / "in", [*items, corrected]))
    return path, [corrected, *items[1:]]  # the current returns


def test_needs_totals_match_the_current_returns(area: tuple[Path | str, list[dict]]) -> None:
    path, current = area
    needs = [
        n
        for item in current
        for n in item["general_resource_needs"]
        + [n for p in item["partnerships"] for n in p["resource_needs"]]
    ]
    conn = db.connect(path)
    try:
        periods = views.collection_periods(conn)
        # Each view is for one period (issue 15): summed over every period, every need counts.
        assert len(periods) == len({(i["period"]["start"], i["period"]["end"]) for i in current})
        for by in ("category", "partnership", "group"):
            tables = [views.needs_view(conn, by, period) for period in periods]
            assert sum(r[1] for t in tables for r in t.rows) == len(needs)
            assert sum(r[3] for t in tables for r in t.rows) == sum(
                n["estimated_pence"] for n in needs
            )
    finally:
        conn.close()


def test_need_help_counts_only_current_returns(area: tuple[Path | str, list[dict]]) -> None:
    path, current = area
    expected = sum(
        1
        for item in current
        for p in item["partnerships"]
        for r in p["commitments"] + p["undertakings"]
        if r["rating"] == "need_help"
    )
    conn = db.connect(path)
    try:
        periods = views.collection_periods(conn)
        tables = [views.need_help_view(conn, 500, period) for period in periods]
        totals = [views.area_totals(conn, period) for period in periods]
    finally:
        conn.close()
    assert sum(r[3] for t in tables for r in t.rows) == expected
    assert sum(t["returns"] for t in totals) == 6
    assert sum(t["superseded"] for t in totals) == 1


def test_one_partnership_lists_every_group_side_by_side(
    area: tuple[Path | str, list[dict]],
) -> None:
    path, current = area
    conn = db.connect(path)
    try:
        period = views.chosen_period(conn)
        table = views.partnerships_view(conn, period)
        key = table.keys[0]
        detail = views.partnership_detail(conn, key, period)
    finally:
        conn.close()
    from desktop.services.collection.names import name_key

    rows = [
        p
        for item in current
        if (item["period"]["start"], item["period"]["end"])
        == (period.start.isoformat(), period.end.isoformat())
        for p in item["partnerships"]
        if name_key(p["name"]) == key
    ]
    assert len(detail.groups) == len(rows) > 0
    assert detail.commitments.columns[:2] == ("Clause", "What it asks")
    assert len(detail.radar_series) == len(detail.groups)
    assert all(len(s) == len(detail.radar_axes) for s in detail.radar_series)
