"""The expected-groups list, changed the same way by the window and ``collect expect``: each
change is one transaction owned by the service, on a file and on a server alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.collection.expected import expect_groups, stop_expecting
from desktop.services.collection.merges import MergeError
from desktop.services.collection.opening import connected, open_collection
from desktop.services.collection.views import expected_missing


def _expected(location: Path | str) -> list[str]:
    with connected(location) as conn:
        return sorted(row[0] for row in expected_missing(conn).rows)


def test_groups_are_expected_all_or_none_and_taken_off_again(
    collection_location: Path | str,
) -> None:
    open_collection(collection_location, create=True)
    with connected(collection_location) as conn:
        assert expect_groups(conn, ["Clovelly  Village Hall", "Bude Youth"]) == 2
        with pytest.raises(MergeError):  # a blank name refuses the lot
            expect_groups(conn, ["Appledore Scouts", "   "])
        assert not conn.in_transaction
    assert _expected(collection_location) == ["Bude Youth", "Clovelly Village Hall"]

    with connected(collection_location) as conn:
        stop_expecting(conn, "bude  youth")  # matched by its normalised name
        stop_expecting(conn, "Nobody Expected")  # not there: nothing happens
        assert not conn.in_transaction
    assert _expected(collection_location) == ["Clovelly Village Hall"]
