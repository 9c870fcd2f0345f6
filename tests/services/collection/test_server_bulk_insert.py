"""Many rows inserted at once (``executemany``): on a server they go as one statement, and
store exactly what a file stores; on a server a value too long or a number too large is
refused as a row at a time would be (issue 19 import speed, store/collection/server.py)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop.store.collection import db
from desktop.store.collection.opening import open_collection

INSERT = (
    "INSERT INTO import_log (offered_at, path, size, file_sha256, outcome, reason,"
    " return_uuid, key_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
ROWS = [
    ("2026-12-05 10:00:00.123456", 'a "quoted" \\ path\n', 0, "", "imported", "", None, ""),
    ("2026-12-05 10:00:01", "naïve €uro ✓ 𝄞", 2**31 - 1, "f" * 64, "rejected", "why", "u", "k"),
    ("2026-12-05 10:00:02", "{[,]}'", -(2**31), "", "duplicate", "\\u0000 as text", None, ""),
]


def _stored(conn: db.Connection) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in conn.execute(
            "SELECT CAST(offered_at AS TEXT), path, size, file_sha256, outcome, reason,"
            " return_uuid, key_fingerprint FROM import_log ORDER BY id"
        )
    ]


@pytest.fixture
def conn(collection_location: str | Path):
    open_collection(collection_location, create=True)
    connection = db.connect(collection_location)
    yield connection
    connection.close()


def test_rows_stored_as_given_in_order(conn: db.Connection) -> None:
    conn.execute("BEGIN")
    conn.executemany(INSERT, ROWS)
    conn.executemany(INSERT, iter(ROWS[:1]))  # any iterable, one row
    conn.executemany(INSERT, [])
    conn.execute("COMMIT")
    assert _stored(conn) == [*ROWS, ROWS[0]]


def test_a_nul_is_kept_as_the_views_show_it_on_a_server(conn: db.Connection) -> None:
    conn.executemany(INSERT, [(*ROWS[0][:5], "a\x00b", None, "")])
    expected = "a\u2400b" if db.on_server(conn) else "a\x00b"
    assert _stored(conn)[0][5] == expected


def test_a_failing_row_stores_none_of_them(conn: db.Connection) -> None:
    conn.execute("BEGIN")
    # A second row id that clashes (the primary key), whatever the back end.
    clash = "INSERT INTO import_log (id, path, size, outcome) VALUES (?, ?, ?, ?)"
    with pytest.raises(sqlite3.IntegrityError):
        conn.executemany(clash, [(7, "a", 1, "imported"), (7, "b", 2, "imported")])
    conn.execute("ROLLBACK")
    assert _stored(conn) == []


@pytest.mark.parametrize(
    ("row", "cause"),
    [
        ((*ROWS[0][:4], "x" * 17, "", None, ""), "too long"),  # outcome is 16 at most
        ((ROWS[0][0], "p", 2**31, "", "imported", "", None, ""), "out of range"),
        ((ROWS[0][0], "p", 2**70, "", "imported", "", None, ""), "out of range"),
    ],
)
def test_a_server_refuses_what_a_column_cannot_hold(
    pg_collection: str, row: tuple[object, ...], cause: str
) -> None:
    open_collection(pg_collection)
    with db.connect(pg_collection) as conn:  # type: ignore[union-attr]
        with pytest.raises(sqlite3.DataError, match=cause):
            conn.executemany(INSERT, [ROWS[0], row])
        assert _stored(conn) == []


def test_values_json_cannot_carry_go_one_by_one(pg_collection: str) -> None:
    """A moment as a datetime (not text): stored all the same, a row at a time."""
    with db.connect(pg_collection) as conn:  # type: ignore[union-attr]
        moment = datetime(2026, 12, 5, 10, 0, 3)
        conn.executemany(INSERT, [(moment, "p", 1, "", "imported", "", None, "")] * 2)
        assert [r[0] for r in _stored(conn)] == ["2026-12-05 10:00:03"] * 2


UPSERT = (
    "INSERT INTO expected_group (name, name_key, note) VALUES (?, ?, ?)"
    " ON CONFLICT (name_key) DO UPDATE SET name = excluded.name"
)


def _expected(conn: db.Connection) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute("SELECT name_key, name FROM expected_group ORDER BY 1")]


def test_an_upsert_of_many_rows_as_one_at_a_time(conn: db.Connection) -> None:
    when = ""
    conn.executemany(UPSERT, [("A", "a", when), ("B", "b", when)])
    conn.executemany(UPSERT, [("A2", "a", when), ("C", "c", when)])
    # The same key twice in one call: the later row wins, as it would a row at a time (one
    # statement may not update a row twice, so such a call goes one by one on a server).
    conn.executemany(UPSERT, [("X", "x", when), ("X2", "x", when), ("B2", "b", when)])
    assert _expected(conn) == [("a", "A2"), ("b", "B2"), ("c", "C"), ("x", "X2")]
