"""A collection on a PostgreSQL server (issue 19): roles, passwords, copies, a server that
stops mid-import. Runs against the throwaway cluster in tests/postgres_support.py."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest
from collection_support import counts, log_rows, orphan_partnerships, payloads, pdfs

from desktop.cli import main
from desktop.services.collection import importer
from desktop.services.collection.copying import table_fingerprints
from desktop.services.collection.importer import ImportStopped, import_returns
from desktop.store.collection import db
from desktop.store.collection.server import ServerUnavailable
from desktop.store.collection.server_admin import init_server, role_names
from tests.postgres_support import Cluster


def _login(cluster: Cluster, *, role: str | None = None) -> tuple[str, str]:
    name, password = "u" + uuid.uuid4().hex[:10], "pw-" + uuid.uuid4().hex[:8]
    cluster.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    if role:
        cluster.sql(f"GRANT {role} TO {name}")
    return name, password


def _database(location: str) -> str:
    return location.split("dbname=")[1].split()[0]


def test_init_server_makes_two_roles_and_a_reader_cannot_write_even_with_sql(
    pg_cluster: Cluster,
    pg_collection: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    database = _database(pg_collection)
    officer_role, reader_role = role_names(database)
    assert officer_role.endswith("_officer")
    officer, officer_pw = _login(pg_cluster)
    reader, reader_pw = _login(pg_cluster)
    code = main(["collect", "init-server", pg_collection, "--officer", officer, "--reader", reader])
    out = capsys.readouterr().out
    assert code == 0 and "already up to date" in out and reader_role in out

    as_officer = pg_cluster.url(database, user=officer, password=officer_pw)
    as_reader = pg_cluster.url(database, user=reader, password=reader_pw)
    folder = tmp_path / "in"
    # Nine: past the 8th file the import drops the server's plans, which an officer may do.
    pdfs(folder, payloads(9, seed=901, groups=9))
    assert main(["collect", "import", as_officer, str(folder), "--json"]) == 0
    assert "Could not renew" not in caplog.text
    capsys.readouterr()

    conn = db.connect(as_reader)
    try:
        assert db.role(conn) == db.READER
        assert conn.execute("SELECT count(*) FROM collected_return").fetchone()[0] == 9
    finally:
        conn.close()
    # Straight SQL, past Partnerbook: PostgreSQL itself refuses every kind of write.
    with psycopg.connect(as_reader, autocommit=True) as raw:
        for statement in (
            "DELETE FROM collected_return",
            "UPDATE collected_group SET latest_name = 'x'",
            "INSERT INTO expected_group (name, name_key, note) VALUES ('a', 'a', '')",
            "DROP TABLE import_log",
            "CREATE TABLE mine (x int)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(statement)
    # Through Partnerbook: a plain message, nothing changed.
    before = counts(pg_collection)
    assert main(["collect", "expect", as_reader, "Appledore Youth Club"]) != 0
    err = capsys.readouterr().err
    assert "may read the collection" in err and "not change it" in err
    assert "INSERT" not in err and "permission denied" not in err
    assert counts(pg_collection) == before
    officer_conn = db.connect(as_officer)
    try:
        assert db.role(officer_conn) == db.OFFICER
    finally:
        officer_conn.close()


def test_a_wrong_password_and_an_unreachable_server_get_plain_messages(
    pg_cluster: Cluster, pg_collection: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = _database(pg_collection)
    name, _password = _login(pg_cluster)
    with pytest.raises(ServerUnavailable) as wrong:
        db.connect(pg_cluster.url(database, user=name, password="not-it"))
    assert "did not accept the user name and password" in str(wrong.value)
    assert "not-it" not in str(wrong.value)  # a password is never repeated back

    # Nothing listens on this port: refused at once, a plain message, exit code 1.
    closed = f"postgresql://{name}:x@127.0.0.1:{_unused_port()}/{database}"
    assert main(["collect", "summary", closed]) == 1
    err = capsys.readouterr().err
    assert "could not reach the server" in err and ":x@" not in err
    assert "Traceback" not in err


def _unused_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_copy_a_file_to_a_server_and_back_matches_row_for_row(
    pg_collection: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = payloads(8, seed=902, groups=4)
    source = tmp_path / "area.pbcollection"
    assert main(["collect", "import", "--new", str(source), *map(str, pdfs(tmp_path, items))]) == 0
    assert main(["collect", "expect", str(source), "Hartland Carers"]) == 0
    capsys.readouterr()

    assert main(["collect", "copy", str(source), pg_collection]) == 0
    out = capsys.readouterr().out
    assert "Copied 8 returns" in out and "the copy matches" in out
    back = tmp_path / "snapshot.pbcollection"
    assert main(["collect", "copy", pg_collection, str(back)]) == 0
    capsys.readouterr()
    fingerprints = []
    for where in (source, pg_collection, back):
        conn = db.connect(where)
        try:
            fingerprints.append(table_fingerprints(conn))
        finally:
            conn.close()
    assert fingerprints[0] == fingerprints[1] == fingerprints[2]
    assert fingerprints[0]["collected_return"][0] == 8

    # The server's own ids go on from the copied ones: a new import adds, never clashes.
    more = pdfs(tmp_path / "more", payloads(2, seed=903, groups=2))
    assert main(["collect", "import", pg_collection, *map(str, more)]) == 0
    assert counts(pg_collection)["collected_return"] == 10

    # Into a collection that has rows, or onto an existing file: refused, nothing changed.
    before = counts(pg_collection)
    assert main(["collect", "copy", str(source), pg_collection]) == 1
    assert "already holds a collection" in capsys.readouterr().err
    assert counts(pg_collection) == before
    assert main(["collect", "copy", pg_collection, str(back)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_a_server_that_stops_mid_import_keeps_nothing_half_stored_and_the_import_reruns(
    pg_cluster: Cluster, pg_collection: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = payloads(6, seed=904, groups=6)
    files = pdfs(tmp_path / "in", items)
    real_store_rows = importer.store_rows
    calls = {"n": 0}

    def store_then_stop(conn: object, row: int, payload: dict) -> None:
        real_store_rows(conn, row, payload)  # type: ignore[arg-type]
        calls["n"] += 1
        if calls["n"] == 3:  # the third file is half written when the server goes away
            pg_cluster.stop("immediate")

    monkeypatch.setattr(importer, "store_rows", store_then_stop)
    try:
        with pytest.raises(ImportStopped) as stopped:
            import_returns(pg_collection, files)
    finally:
        if not pg_cluster.running():
            pg_cluster.start()
    said = str(stopped.value)
    assert "Nothing from return-002.pdf was kept" in said
    assert "Run the import again when the server is back" in said
    assert "Traceback" not in said and "psycopg" not in said

    # Two files stored whole; the third not at all (no return, no rows, no log line).
    assert counts(pg_collection)["collected_return"] == 2
    assert [Path(p).name for p, _o, _r in log_rows(pg_collection)] == [
        "return-000.pdf",
        "return-001.pdf",
    ]
    conn = db.connect(pg_collection)
    try:
        orphans = orphan_partnerships(conn)
    finally:
        conn.close()
    assert orphans == 0

    monkeypatch.setattr(importer, "store_rows", real_store_rows)
    again = import_returns(pg_collection, files)
    assert [o.outcome for o in again.outcomes] == ["duplicate"] * 2 + ["imported"] * 4
    assert counts(pg_collection)["collected_return"] == 6


def test_a_server_location_that_is_not_set_up_is_refused_in_words(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    bare = pg_cluster.dsn(pg_cluster.new_database())
    assert main(["collect", "summary", bare]) == 1
    err = capsys.readouterr().err
    assert "is not set up for this version of Partnerbook" in err and "init-server" in err
    init_server(bare)
    assert main(["collect", "summary", bare, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["returns"] == 0


def test_server_errors_reach_the_services_as_sqlite_errors(pg_collection: str) -> None:
    """The services' ``except sqlite3.Error`` handles a server's failures the same way."""
    conn = db.connect(pg_collection)
    try:
        conn.execute("INSERT INTO expected_group (name, name_key, note) VALUES ('A', 'a', '')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO expected_group (name, name_key, note) VALUES ('A', 'a', '')")
        assert not conn.in_transaction
    finally:
        conn.close()


def test_two_officers_merging_or_withdrawing_the_same_thing_the_second_is_told(
    pg_collection: str, tmp_path: Path
) -> None:
    from desktop.services.collection import views
    from desktop.services.collection.merges import MergeError, merge_partnerships
    from desktop.services.collection.withdraw import WithdrawError, withdraw_return

    items = payloads(2, seed=905, groups=2)
    import_returns(pg_collection, pdfs(tmp_path, items))
    first, second = db.connect(pg_collection), db.connect(pg_collection)
    try:
        # Both officers' windows show the same list of partnerships.
        alias, into, other = views.partnerships_view(second).keys[:3]
        assert merge_partnerships(first, alias, into) > 0
        with pytest.raises(MergeError) as told:
            merge_partnerships(second, alias, other)  # from the list as it was
        assert "someone else merged it a moment ago" in str(told.value)
        merged = dict(first.execute("SELECT alias_key, canonical_key FROM partnership_merge"))
        assert merged == {alias: into}  # the first officer's merge stands

        reference = items[0]["reference"]
        withdraw_return(first, pg_collection, reference, "sent twice")
        with pytest.raises(WithdrawError, match="was withdrawn already"):
            withdraw_return(second, pg_collection, reference, "a duplicate")
        reason = second.execute(
            "SELECT withdrawn_reason FROM collected_return WHERE reference = ?", (reference,)
        ).fetchone()[0]
        assert reason == "sent twice"
    finally:
        first.close()
        second.close()


def test_the_same_migrations_build_the_server_schema_step_by_step_as_the_models_say(
    pg_cluster: Cluster,
) -> None:
    """Each collection migration runs on PostgreSQL in turn, and the result is what the
    models describe (moments are text on both back ends, so types are not compared)."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.store.collection.models import CollectionBase
    from desktop.store.collection.server_admin import server_engine
    from desktop.store.collection.version import COLLECTION_MIGRATIONS, COLLECTION_REVISIONS
    from desktop.store.migrate import alembic_config

    location = pg_cluster.dsn(pg_cluster.new_database())
    engine = server_engine(location)
    try:
        for revision in COLLECTION_REVISIONS:
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection, COLLECTION_MIGRATIONS), revision)  # type: ignore[arg-type]
                found = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
                assert found.scalar_one() == revision
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            assert compare_metadata(context, CollectionBase.metadata) == []
    finally:
        engine.dispose()
    init_server(location)  # at head already: only the roles and grants are checked


def test_a_server_that_keeps_a_step_waiting_is_given_up_on_with_a_plain_message(
    pg_collection: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never a hang: a colleague's transaction holding what an import needs (or a server in
    trouble) ends the step after the lock and statement timeouts, in plain words."""
    from desktop.store.collection import server

    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 300)
    (item,) = payloads(1, seed=906)
    files = pdfs(tmp_path, [item])
    holder = db.connect(pg_collection)
    try:
        holder.execute("BEGIN")
        holder.execute("LOCK TABLE collected_group IN EXCLUSIVE MODE")  # reads go on
        with pytest.raises(ImportStopped) as stopped:
            import_returns(pg_collection, files)
    finally:
        holder.close()
    said = str(stopped.value)
    assert "took too long to answer" in said and "Nothing from return-000.pdf was kept" in said
    assert "lock" not in said.lower().replace("unlock", "")  # no SQL words
    again = import_returns(pg_collection, files)  # once the colleague is done: it goes in
    assert [o.outcome for o in again.outcomes] == ["imported"]


def test_an_import_has_the_server_plan_afresh_each_time_it_has_doubled(
    collection_location: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plans a server made for the empty tables at the start of an import are dropped after
    the 8th, 16th, 32nd … file (db.plans_made_again), so the later files are not looked up
    by plans made for a handful of rows; a file has nothing to drop."""
    from desktop.store.collection.opening import open_collection

    open_collection(collection_location, create=True)
    told: list[int] = []
    renew = db.plans_made_again

    def recording(conn: db.Connection, files_done: int) -> None:
        told.append(files_done)
        renew(conn, files_done)

    monkeypatch.setattr(db, "plans_made_again", recording)
    summary = import_returns(collection_location, pdfs(tmp_path / "in", payloads(17, seed=1906)))
    assert summary.count("rejected") == 0
    assert told == list(range(1, 18))  # after every file, whatever became of it

    conn = db.connect(collection_location)
    try:
        assert conn.execute("SELECT count(*) FROM collected_return").fetchone()[0] == 17
        if not db.on_server(conn):
            renew(conn, 8)  # nothing to do, and no error
            return
        asked: list[str] = []
        execute = conn.execute

        def spy(sql: str, params: object = ()) -> object:
            asked.append(sql)
            return execute(sql, params)  # type: ignore[arg-type]

        conn.execute = spy  # type: ignore[method-assign]
        for files_done in range(1, 70):
            asked.clear()
            renew(conn, files_done)
            assert (asked == ["DISCARD PLANS"]) == (files_done in (8, 16, 32, 64)), files_done
    finally:
        conn.close()


def test_an_import_into_a_server_reads_with_one_reader_process_into_a_file_with_two(
    collection_location: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into a server the importing process waits on the server for each file about as long
    as a reader takes to read the next: a second reader would only take a core."""
    from desktop.services.collection.watchdog import ReaderPool
    from desktop.store.collection.opening import open_collection

    open_collection(collection_location, create=True)
    sizes: list[int] = []

    class Recorded(ReaderPool):
        def __enter__(self) -> ReaderPool:
            sizes.append(self.size)
            return super().__enter__()

    monkeypatch.setattr(importer, "ReaderPool", Recorded)
    monkeypatch.setattr(importer.os, "cpu_count", lambda: 2)
    summary = import_returns(collection_location, pdfs(tmp_path / "in", payloads(3, seed=1907)))
    assert summary.count("imported") == 3
    assert sizes == [1 if db.is_server(collection_location) else 2]
