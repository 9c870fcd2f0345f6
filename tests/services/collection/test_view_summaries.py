"""The views' summary tables (collection migration c0009_view_summaries, issue 19).

After every change that alters which rows count (imports, a return replacing another,
withdrawals, partnership merges and un-merges, group merges) the tables hold exactly what
a recomputation from the detail rows gives, and the views read from them show the figures
the detail rows add up to; a c0008 collection upgrades with the same figures; officers
importing into one server at once leave them right.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from collection_support import officers_import_at_once, payloads, pdfs, schema_at

from desktop.services.collection import views
from desktop.services.collection.group_merges import merge_groups
from desktop.services.collection.importer import import_returns
from desktop.services.collection.merges import merge_partnerships, separate_partnership
from desktop.services.collection.samples import resign, resubmission
from desktop.services.collection.withdraw import withdraw_return
from desktop.store.collection import db
from desktop.store.collection import view_queries as q
from desktop.store.collection.opening import open_collection
from desktop.store.collection.queries import summaries


def _close(found: dict[Any, Any], expected: dict[Any, Any]) -> None:
    """Equal, but sums of scores only to rounding (they are added and taken away)."""
    assert set(found) == set(expected), (set(found) - set(expected), set(expected) - set(found))
    for key, sums in expected.items():
        got = found[key]
        assert tuple(got[:4]) == tuple(sums[:4]), key
        assert math.isclose(got[4] or 0.0, sums[4] or 0.0, abs_tol=1e-6), key


def _sections(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Section totals comparable across the two ways: bands as a sorted list, numbers as
    floats rounded (a database may give 4 where the other gives 4.0)."""
    return [
        (
            *r[:6],
            None if r[6] is None else float(r[6]),
            None if r[7] is None else float(r[7]),
            r[8],
            round(float(r[9]), 6),
            r[10],
            sorted(str(r[11] or "").split(q.BAND_SEPARATOR)),
        )
        for r in rows
    ]


def check(location: Path | str) -> None:
    """The summary tables hold what the detail rows give, and the views read from them
    show the figures the detail rows add up to, for every period."""
    conn = db.connect(location)
    try:
        parts, totals = summaries.recomputed_totals(conn)
        stored_parts, stored_totals = summaries.stored_totals(conn)
        assert set(stored_parts) == set(parts)
        for group, by_dims in parts.items():
            _close(stored_parts[group], by_dims)
        _close(stored_totals, totals)
        periods = views.collection_periods(conn)
        assert periods
        for period in periods:
            assert q.need_help_rows(conn, -1, period) == q._need_help_rows_detail(conn, -1, period)
            assert _sections(q.section_score_totals(conn, period)) == _sections(
                q._section_score_totals_detail(conn, period)
            )
            from_totals = [
                (k, n, rows) for k, n, _g, rows, *_ in q.partnership_totals(conn, period)
            ]
            assert sorted(q.partnership_names(conn, period)) == sorted(from_totals)
            for by in ("category", "partnership", "group"):
                assert sorted(q.needs_totals(conn, by, period)) == sorted(
                    q._needs_totals_detail(conn, by, period)
                )
    finally:
        conn.close()


def _keys(location: Path | str) -> list[str]:
    """The partnerships' keys, those most reported first."""
    conn = db.connect(location)
    try:
        rows = conn.execute(
            "SELECT canonical_key, count(*) FROM collected_partnership"
            " GROUP BY canonical_key ORDER BY count(*) DESC, canonical_key"
        ).fetchall()
        return [str(r[0]) for r in rows]
    finally:
        conn.close()


def test_the_summaries_follow_every_change_to_what_counts(
    collection_location: Path | str, tmp_path: Path
) -> None:
    location = collection_location
    open_collection(location, create=True)
    items = payloads(12, seed=941, groups=4)  # four groups, returns for several periods
    import_returns(location, pdfs(tmp_path / "first", items[:8]))
    check(location)
    # Later returns, and one sent again for the same period (it replaces the first).
    again = resubmission(items[0])
    import_returns(location, pdfs(tmp_path / "later", [*items[8:], again], prefix="later"))
    check(location)
    conn = db.connect(location)
    try:
        # Withdrawn: what it had replaced counts again.
        withdraw_return(conn, location, again["reference"], "Sent by mistake")
        check(location)
        withdraw_return(conn, location, items[5]["reference"], "Wrong group")
        check(location)
        # Merged partnerships count as one (a group naming both counts once), then apart.
        first, second, third = _keys(location)[:3]
        merge_partnerships(conn, second, first)
        check(location)
        merge_partnerships(conn, third, first)
        check(location)
        separate_partnership(conn, second)
        check(location)
        # Two groups' ids are one group: its returns count as the other's.
        merge_groups(conn, items[1]["group"]["id"], items[2]["group"]["id"])
        check(location)
    finally:
        conn.close()
    # Imports after the merges: their rows take the merged names and group at once.
    renamed = resubmission(items[3])
    renamed["group"]["name"] = "Bideford Community Trust (renamed)"  # its latest name now
    after = [resign(renamed), resubmission(items[1], day=28)]
    import_returns(location, pdfs(tmp_path / "after", after, prefix="after"))
    check(location)


def _figures(location: Path | str) -> list[Any]:
    conn = db.connect(location)
    try:
        return [
            (
                period,
                views.need_help_view(conn, -1, period).rows,
                views.needs_view(conn, "partnership", period).rows,
                views.needs_view(conn, "group", period).rows,
                views.review_scores_view(conn, period).rows,
            )
            for period in views.collection_periods(conn)
        ]
    finally:
        conn.close()


def test_a_c0008_collection_upgrades_with_the_same_figures(
    collection_location: Path | str, tmp_path: Path
) -> None:
    location = collection_location
    open_collection(location, create=True)
    items = payloads(10, seed=943, groups=4)
    import_returns(location, pdfs(tmp_path / "in", [*items, resubmission(items[1])]))
    conn = db.connect(location)
    try:
        first, second = _keys(location)[:2]
        merge_partnerships(conn, second, first)
    finally:
        conn.close()
    figures = _figures(location)
    assert figures and all(f[1] and f[2] and f[4] for f in figures)
    schema_at(location, "c0008_binary_text")  # as the previous build left it: no summaries
    conn = db.connect(location)
    try:
        tables = {"summary_part", "summary_total"}
        if db.on_server(conn):
            query = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        else:
            query = "SELECT name FROM sqlite_master WHERE type = 'table'"
        assert not tables & {str(r[0]) for r in conn.execute(query)}
    finally:
        conn.close()
    schema_at(location, "head")
    check(location)
    assert _figures(location) == figures
    # Filled a few groups at a time (as a county's is, to keep memory small): the same.
    conn = db.connect(location)
    try:
        conn.execute("BEGIN")
        summaries.rebuild(conn, chunk=2)
        conn.execute("COMMIT")
    finally:
        conn.close()
    check(location)


def test_officers_importing_at_once_leave_the_summaries_right(
    pg_collection: str, tmp_path: Path
) -> None:
    # A server only: a collection file takes one officer's import at a time (its lock).
    items = payloads(16, seed=944, groups=4)  # every officer imports into the same groups
    items += [resubmission(items[0]), resubmission(items[5])]
    folders = []
    for n in range(3):
        folder = tmp_path / f"officer{n}"
        pdfs(folder, items[n::3], prefix=f"o{n}")
        folders.append(folder)
    _elapsed, _cpu, outcomes = officers_import_at_once(pg_collection, folders, tmp_path / "data")
    assert {o["outcome"] for o in outcomes} <= {"imported", "supersedes"}
    check(pg_collection)
