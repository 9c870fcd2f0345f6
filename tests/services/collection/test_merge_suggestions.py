"""Merge suggestions, made fast for 100,000 returns (issue 19), say the same on a file and on
a server: the window's first few group pairs are the full list's first pairs, counted the
same, and partnership pairs are named as the lists name them."""

from __future__ import annotations

from pathlib import Path

from collection_support import payloads, pdfs

from desktop.services.collection.group_merges import suggest_group_merges
from desktop.services.collection.importer import import_returns
from desktop.services.collection.samples import resign
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection


def test_the_first_group_pairs_are_the_full_lists_first_pairs(
    collection_location: Path | str, tmp_path: Path
) -> None:
    items = payloads(8, seed=31, groups=8)
    # Three ids send "Hartland Forum" (typed three ways), two "Bude Cycle Club", three stand alone.
    names = ["Hartland Forum", "hartland  forum", "HARTLAND FORUM", "Bude Cycle Club"]
    names += ["Bude Cycle Club", "Appledore Arts", "Zeal Monachorum Hall", "Clovelly Hall"]
    items = [
        resign(
            {
                **{k: v for k, v in item.items() if k != "sha256"},
                "group": item["group"] | {"name": name},
            }
        )
        for item, name in zip(items, names, strict=True)
    ]
    open_collection(collection_location, create=True)
    import_returns(collection_location, pdfs(tmp_path / "in", items))
    conn = db.connect(collection_location)
    try:
        every = suggest_group_merges(conn)
        assert [s.alias.name.casefold().split() for s in every] == [
            ["bude", "cycle", "club"],
            ["hartland", "forum"],
            ["hartland", "forum"],
        ]
        assert all(s.alias.returns == s.into.returns == 1 for s in every)
        assert all(s.alias.first_seen >= s.into.first_seen for s in every)
        for limit in range(len(every) + 2):
            assert suggest_group_merges(conn, limit=limit) == every[:limit], limit
    finally:
        conn.close()


def test_partnership_suggestions_name_each_side_as_the_lists_do(
    collection_location: Path | str, tmp_path: Path
) -> None:
    from desktop.services.collection.merges import merge_partnerships, suggest_merges

    full = "North Devon Health and Wellbeing Partnership"
    typed = [full, "north devon health & wellbeing partnership", full, "NDHWP", "Torridge Forum"]
    items = []
    for item, name in zip(payloads(5, seed=44, groups=5), typed, strict=True):
        first = item["partnerships"][0] | {"name": name, "short_name": ""}
        item = {k: v for k, v in item.items() if k != "sha256"}
        items.append(resign(item | {"partnerships": [first, *item["partnerships"][1:]]}))
    open_collection(collection_location, create=True)
    import_returns(collection_location, pdfs(tmp_path / "in", items))
    conn = db.connect(collection_location)
    try:
        pairs = [(s.alias_name, s.into_name) for s in suggest_merges(conn)]
        assert ("NDHWP", full) in pairs  # the name most returns use, not the "&" one
        ndhwp = next(s for s in suggest_merges(conn) if s.alias_name == "NDHWP")
        merge_partnerships(conn, ndhwp.alias_key, ndhwp.into_key)
        assert all(s.alias_name != "NDHWP" for s in suggest_merges(conn))
    finally:
        conn.close()
