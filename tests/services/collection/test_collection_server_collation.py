"""A server whose databases sort text the way people read it (en-GB, as an IT provider's
server often does) gives the same answers as a collection file (issue 19).

SQLite compares text byte for byte; PostgreSQL by the database's collation, which ignores
punctuation and case at first: a file listed clause 3(b) before 3.1(a) and a server after.
Collection migration c0008_binary_text makes every text column of a server collection
compare byte for byte too, so the order of every list, and every tie broken by a name, is
the file's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from collection_support import payloads

from desktop.services.collection.samples import resign
from desktop.store.collection.opening import open_collection
from tests.postgres_support import Cluster
from tests.services.collection.test_collection_backends_agree import _answers, _fill

NAMES = (
    "bude Youth",
    "Bude youth club",
    "Ádám's group",
    "_Underscore Trust",
    "zeta",
    "Zeta B",
    "10 Green",
    "9 Green",
    "[Brackets] Hall",
    "Äpple Café",
    "O'Neill House",
    "o-neill house",
)

NOT_BINARY = (
    "SELECT table_name, column_name FROM information_schema.columns"
    " WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying')"
    " AND collation_name IS DISTINCT FROM 'C' AND table_name <> 'alembic_version'"
)


@pytest.fixture
def english_database(pg_cluster: Cluster) -> Iterator[str]:
    """A new database sorting by ICU's en-GB rules, as a location (nothing set up in it)."""
    name = "engb_" + uuid.uuid4().hex[:10]
    pg_cluster.sql(
        f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-GB'"
        " LOCALE 'C.UTF-8' ENCODING 'UTF8'"
    )
    yield pg_cluster.dsn(name)
    if pg_cluster.running():
        pg_cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_a_server_sorting_in_english_gives_the_files_answers(
    english_database: str, tmp_path: Path
) -> None:
    from desktop.store.collection.server_admin import init_server

    init_server(english_database)
    items = payloads(12, seed=977, groups=12)
    for n, item in enumerate(items):  # names whose order depends on how text is compared
        item["group"]["name"] = NAMES[n]
        item["partnerships"][0]["name"] = NAMES[-n - 1] + " Partnership"
    items = [resign({k: v for k, v in i.items() if k != "sha256"}) for i in items]
    file = tmp_path / "area.pbcollection"
    open_collection(file, create=True)
    assert _fill(file, tmp_path / "in", items) == _fill(english_database, tmp_path / "in", items)

    from_file, from_server = _answers(file), _answers(english_database)
    assert from_file.keys() == from_server.keys()
    differ = [name for name in from_file if from_file[name] != from_server[name]]
    assert differ == []


def test_every_text_column_of_a_server_collection_compares_byte_for_byte(
    pg_collection: str,
) -> None:
    """New migrations must keep it so (a text column added later would sort by locale)."""
    from desktop.store.collection import db

    conn = db.connect(pg_collection)
    try:
        assert conn.execute(NOT_BINARY).fetchall() == []
    finally:
        conn.close()


def test_a_c0007_server_collection_upgrades_to_binary_text_keeping_its_rows(
    english_database: str, tmp_path: Path
) -> None:
    from alembic import command

    from desktop.services.collection.importer import import_returns
    from desktop.store.collection import db
    from desktop.store.collection.server_admin import init_server, server_engine
    from desktop.store.collection.version import COLLECTION_MIGRATIONS
    from desktop.store.migrate import alembic_config
    from tests.collection_support import pdfs

    engine = server_engine(english_database)
    try:  # the schema as the previous build left it
        with engine.begin() as connection:
            command.upgrade(
                alembic_config(connection, COLLECTION_MIGRATIONS),  # type: ignore[arg-type]
                "c0007_view_indexes",
            )
    finally:
        engine.dispose()
    rows = [
        ("Zeta B", "zeta b", ""),
        ("bude Youth", "bude youth", "rang"),
        ("3.1(a)", "3.1(a)", ""),
    ]
    conn = db.connect(english_database)
    try:
        assert conn.execute(NOT_BINARY).fetchall() != []
        conn.executemany("INSERT INTO expected_group (name, name_key, note) VALUES (?, ?, ?)", rows)
    finally:
        conn.close()
    init_server(english_database)  # upgrades to head
    import_returns(english_database, pdfs(tmp_path / "in", payloads(3, seed=978, groups=3)))
    conn = db.connect(english_database)
    try:
        assert conn.execute(NOT_BINARY).fetchall() == []
        kept = conn.execute("SELECT name, name_key, note FROM expected_group ORDER BY name")
        assert [tuple(r) for r in kept.fetchall()] == sorted(rows)  # byte order, as Python's
        assert conn.execute("SELECT count(*) FROM collected_return").fetchone()[0] == 3
    finally:
        conn.close()


def test_a_database_holding_an_extensions_tables_and_views_is_set_up(
    english_database: str, tmp_path: Path
) -> None:
    """An IT provider's database often has pg_stat_statements (a view) in the schema: only
    the collection's own tables are changed, and the set-up no longer stops at that view."""
    from desktop.services.collection.importer import import_returns
    from desktop.store.collection import db
    from desktop.store.collection.server_admin import init_server
    from tests.collection_support import pdfs

    conn = db.connect(english_database)
    try:
        conn.execute("CREATE EXTENSION pg_stat_statements")
        conn.execute("CREATE TABLE their_notes (body text)")  # not an extension's: changed
        conn.commit()
    finally:
        conn.close()
    init_server(english_database)
    import_returns(english_database, pdfs(tmp_path / "in", payloads(2, seed=979, groups=2)))
    conn = db.connect(english_database)
    try:
        left = {tuple(r) for r in conn.execute(NOT_BINARY).fetchall()}
        assert left == {("pg_stat_statements", "query")}  # the extension's view, untouched
        assert conn.execute("SELECT count(*) FROM collected_return").fetchone()[0] == 2
    finally:
        conn.close()
