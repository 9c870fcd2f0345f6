"""Collection migration c0012_fast_payload_compression (issue 19): a c0011 collection, on a
file and on a server, upgrades keeping every return's data exactly; a server compresses the
data of returns stored from then on with lz4 (its own pglz took six times the processor
time), and reads the rows it stored before just the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from collection_support import payloads, pdfs, schema_at

from desktop.services.collection.importer import import_returns
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection


def _stored(location: Path | str) -> dict[str, tuple[Any, ...]]:
    """Every return's data as stored, and how a server compressed it ("" on a file)."""
    conn = db.connect(location)
    try:
        how = "pg_column_compression(payload)" if db.on_server(conn) else "''"
        rows = conn.execute(f"SELECT uuid, payload, {how} FROM collected_return").fetchall()
        return {str(r[0]): (r[1], r[2] or "") for r in rows}
    finally:
        conn.close()


def _methods(location: Path | str) -> dict[str, str]:
    """The compression each payload column asks for on a server ("": the server's default,
    "l": lz4); nothing on a file."""
    if not db.is_server(location):
        return {}
    conn = db.connect(location)
    try:
        rows = conn.execute(
            "SELECT c.relname, a.attcompression FROM pg_attribute a JOIN pg_class c"
            " ON c.oid = a.attrelid WHERE a.attname = 'payload'"
            " AND c.relname IN ('collected_return', 'held_return')"
        ).fetchall()
        return {str(r[0]): str(r[1]) for r in rows}
    finally:
        conn.close()


def test_a_c0011_collection_upgrades_keeping_every_returns_data(
    collection_location: Path | str, tmp_path: Path
) -> None:
    location = collection_location
    open_collection(location, create=True)
    items = payloads(6, seed=1212, groups=3)
    import_returns(location, pdfs(tmp_path / "before", items[:3]))
    schema_at(location, "c0011_name_order")  # as the previous build left it
    assert _methods(location) in ({"collected_return": "", "held_return": ""}, {})
    before = _stored(location)
    assert len(before) == 3

    schema_at(location, "head")
    import_returns(location, pdfs(tmp_path / "after", items[3:]))
    after = _stored(location)
    assert {k: v[0] for k, v in after.items() if k in before} == {
        k: v[0] for k, v in before.items()
    }
    new = [v for k, v in after.items() if k not in before]
    assert len(new) == 3
    if db.is_server(location):  # what is stored from now on is in lz4
        assert _methods(location) == {"collected_return": "l", "held_return": "l"}
        assert {v[1] for v in new} == {"lz4"}
    else:
        assert _methods(location) == {}
        assert {v[1] for v in after.values()} == {""}

    schema_at(location, "c0011_name_order")  # and back: every row still reads the same
    assert {k: v[0] for k, v in _stored(location).items()} == {k: v[0] for k, v in after.items()}
