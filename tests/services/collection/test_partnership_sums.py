"""The Partnerships page's figures read from the summary tables (the "name" rows: rows,
need-help ratings, resources asked for and unmet per partnership name, and groups per name)
are exactly what adding up every current partnership row gives, on a file and a server,
also after merges, when one group's return names a merged partnership both ways (issue 19)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from collection_support import payloads, pdfs

from desktop.services.collection import views
from desktop.services.collection.importer import import_returns
from desktop.services.collection.merges import merge_partnerships, separate_partnership
from desktop.services.collection.names import name_key
from desktop.services.collection.samples import resign, resubmission
from desktop.store.collection import db
from desktop.store.collection import view_queries as q
from desktop.store.collection.opening import open_collection


def _detail(conn: Any, period: Any) -> tuple[list[tuple[Any, ...]], dict[str, int]]:
    """The same figures added up from the detail rows (as before the summaries)."""
    rows = [(k, n, c, h, r, u) for k, n, _g, c, _a, h, r, u in q.partnership_totals(conn, period)]
    return sorted(rows), q.groups_per_partnership(conn, period)


def _same(conn: Any) -> None:
    periods = views.collection_periods(conn)
    assert periods
    for period in periods:
        rows, groups = q.partnership_sums(conn, period)
        assert (sorted(rows), groups) == _detail(conn, period), period


def test_the_partnerships_figures_from_the_summaries_match_the_rows(
    collection_location: Path | str, tmp_path: Path
) -> None:
    location = collection_location
    open_collection(location, create=True)
    items = [copy.deepcopy(item) for item in payloads(8, seed=991, groups=3)]
    # One group's returns name the same partnership in full and by its initials.
    for n, item in enumerate(items):
        if item["group"]["id"] == items[0]["group"]["id"]:
            both = ("NDHP", "North Devon Health Partnership")
            for entry, name in zip(item["partnerships"], both, strict=False):
                entry["name"] = name
            items[n] = resign(item)
    import_returns(location, pdfs(tmp_path / "in", [*items, resubmission(items[2])]))
    conn = db.connect(location)
    try:
        _same(conn)
        merge_partnerships(conn, name_key("NDHP"), name_key("North Devon Health Partnership"))
        _same(conn)
        merged = name_key("North Devon Health Partnership")
        named = {
            r[1]: r[2]
            for period in views.collection_periods(conn)
            for r in q.partnership_sums(conn, period)[0]
            if r[0] == merged
        }
        assert named.get("NDHP") and named.get("North Devon Health Partnership")
        # A second merge into the merged one, then one undone.
        keys = views.partnerships_view(conn).keys
        other = next(k for k in keys if k != merged)
        merge_partnerships(conn, other, merged)
        _same(conn)
        separate_partnership(conn, name_key("NDHP"))
        _same(conn)
    finally:
        conn.close()
