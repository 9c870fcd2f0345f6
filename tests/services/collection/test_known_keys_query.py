"""The keys trusted for a group: its own and those of every id merged into it, oldest first,
found through the indexes on a file and a server (queries.trust.known_keys, issue 19)."""

from __future__ import annotations

from pathlib import Path

from desktop.store.collection import db
from desktop.store.collection.opening import open_collection
from desktop.store.collection.queries.trust import known_keys


def test_a_groups_keys_and_its_merged_ids_keys(collection_location: str | Path) -> None:
    open_collection(collection_location, create=True)
    with db.connect(collection_location) as conn:  # type: ignore[union-attr]
        add = (
            "INSERT INTO group_key (group_uuid, public_key, fingerprint, first_seen, how)"
            " VALUES (?, ?, ?, '2026-12-05 10:00:00', 'first')"
        )
        conn.execute(add, ("b", "kb1", "fb1"))
        conn.execute(add, ("a", "ka1", "fa1"))
        conn.execute(add, ("c", "kc1", "fc1"))
        conn.execute(add, ("b", "kb2", "fb2"))
        conn.execute(add, ("a", "ka2", "fa2"))
        conn.execute(
            "INSERT INTO group_merge (alias_uuid, canonical_uuid, merged_at)"
            " VALUES ('b', 'a', '2026-12-05 10:00:00')"
        )
        assert list(known_keys(conn, "a").items()) == [
            ("kb1", "fb1"),
            ("ka1", "fa1"),
            ("kb2", "fb2"),
            ("ka2", "fa2"),
        ]
        assert list(known_keys(conn, "b").items()) == [("kb1", "fb1"), ("kb2", "fb2")]
        assert known_keys(conn, "nobody") == {}
