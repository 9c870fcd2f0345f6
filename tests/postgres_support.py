"""A throwaway PostgreSQL cluster for the tests, and a fresh collection database per test.

The session fixture ``pg_cluster`` runs Debian's PostgreSQL (initdb and pg_ctl from the
newest /usr/lib/postgresql/N/bin, or PG_BINDIR) on a free port, its socket in its own folder.
As root (CI) the cluster runs as the ``postgres`` user, in a folder that user owns.

Where no server can be started the PostgreSQL tests are skipped with the reason, except
when CI=true or PARTNERBOOK_REQUIRE_POSTGRES=1: then they fail, so CI cannot go green
without them. Fixtures (registered from tests/conftest.py):

- ``pg_cluster``: the running cluster (``dsn(db, user=..., password=...)``, ``stop()``,
  ``start()``, ``sql(text, db)``);
- ``pg_collection``: a new empty database set up by ``collect init-server``, as a location;
- ``collection_location``: parametrised ``file`` and ``postgresql``: the same test on both.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bindir() -> Path:
    """PG_BINDIR, or the newest Debian PostgreSQL installed (15 on bookworm)."""
    if os.environ.get("PG_BINDIR"):
        return Path(os.environ["PG_BINDIR"])
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BINDIR = _bindir()
SUPERUSER = "postgres"


def postgres_required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or bool(
        os.environ.get("PARTNERBOOK_REQUIRE_POSTGRES")
    )


class Cluster:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.socket_dir = root / "socket"
        self.log = root / "server.log"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0

    # -- running -----------------------------------------------------------------------
    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self._as_postgres:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir()
        if self._as_postgres:
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, SUPERUSER, SUPERUSER)
            shutil.chown(self.socket_dir, SUPERUSER, SUPERUSER)
        self._run(
            str(PG_BINDIR / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--locale=C.UTF-8",
            "--encoding=UTF8",
            "--no-sync",
        )

    def start(self) -> None:
        # fsync off: a test cluster need not survive the machine crashing, and the 2-core
        # machine is shared. Commits still reach the WAL, so stopping it loses nothing.
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off "
            "-c max_connections=60"
        )
        self._run(
            str(PG_BINDIR / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run(str(PG_BINDIR / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def running(self) -> bool:
        done = self._run(str(PG_BINDIR / "pg_ctl"), "-D", str(self.data), "status", check=False)
        return done.returncode == 0

    # -- naming ------------------------------------------------------------------------
    def dsn(self, database: str, *, user: str = SUPERUSER, password: str | None = None) -> str:
        """A libpq string: the superuser over the socket, anyone else over TCP (password)."""
        if password is None and user == SUPERUSER:
            return f"host={self.socket_dir} port={self.port} dbname={database} user={user}"
        text = f"host=127.0.0.1 port={self.port} dbname={database} user={user}"
        return text + (f" password={password}" if password else "")

    def url(self, database: str, *, user: str, password: str) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def sql(self, sql: str, database: str = "postgres") -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            cur = conn.execute(sql)
            return cur.fetchall() if cur.description is not None else []

    def new_database(self) -> str:
        name = "pb_" + uuid.uuid4().hex[:12]
        self.sql(f"CREATE DATABASE {name} TEMPLATE template0")
        return name


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_cluster() -> tuple[Cluster | None, str]:
    if not (PG_BINDIR / "initdb").exists():
        return None, f"PostgreSQL is not installed here ({PG_BINDIR / 'initdb'} is missing)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return None, "running as root without runuser, so no PostgreSQL cluster can start"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed"
    root = Path(tempfile.mkdtemp(prefix="pb-pg-"))
    cluster = Cluster(root)
    try:
        cluster.init()
        cluster.start()
    except (subprocess.CalledProcessError, OSError, subprocess.TimeoutExpired) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        shutil.rmtree(root, ignore_errors=True)
        return None, f"no PostgreSQL cluster could be started: {detail.strip()[:300]}"
    return cluster, ""


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster, why = _start_cluster()
    if cluster is None:
        if postgres_required():
            pytest.fail(f"PostgreSQL tests are required here (CI) but {why}")
        pytest.skip(f"PostgreSQL tests skipped: {why}")
    try:
        yield cluster
    finally:
        if cluster.running():
            cluster.stop("immediate")
        shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture
def pg_collection(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh database holding an empty collection at head, named as a location."""
    from desktop.store.collection.server_admin import init_server

    name = pg_cluster.new_database()
    location = pg_cluster.dsn(name)
    init_server(location)
    yield location
    if pg_cluster.running():
        pg_cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["file", "postgresql"])
def collection_location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a test's collection lives: a new file, or a new database on the test server.

    Tests that take this run once per back end, so the two must behave identically.
    """
    if request.param == "file":
        return tmp_path / "area.pbcollection"
    return str(request.getfixturevalue("pg_collection"))
