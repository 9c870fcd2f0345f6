"""Setting up a collection on a PostgreSQL server: its schema, and who may do what.

``init_server`` is run once by whoever looks after the server (and again after each
Partnerbook upgrade): it brings the tables to this build's schema with the same Alembic
migrations a collection file gets, and creates two group roles with their grants:

- ``<database>_officer``: import, merge, withdraw, edit the expected list (read and write rows);
- ``<database>_reader``: view and export only (SELECT).

People's own logins are made members of one of them (``--officer NAME``/``--reader NAME``,
or ``GRANT area_reader TO sam`` by hand). PostgreSQL enforces the grants, so a reader cannot
write even with psql.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.ext.compiler import compiles

from desktop.store.collection.location import server_label
from desktop.store.collection.server import (
    CONNECT_TIMEOUT_S,
    ServerUnavailable,
    _refused,
)
from desktop.store.collection.version import (
    COLLECTION_HEAD,
    COLLECTION_MIGRATIONS,
    COLLECTION_REVISIONS,
)
from desktop.store.opening import NewerDatabaseError, StoreError

__all__ = ["ServerSetup", "init_server", "role_names", "server_engine", "server_revision"]


@compiles(DateTime, "postgresql")
def _moment_as_text(type_: Any, compiler: Any, **kw: Any) -> str:
    """A collection keeps moments as ISO 8601 text on a server too, as SQLite does, so the
    same SQL compares, sorts and cuts them (``substr(first_seen, 1, 10)``) on both."""
    return "TEXT"


@dataclass(frozen=True)
class ServerSetup:
    label: str
    upgraded_from: str | None
    officer_role: str
    reader_role: str
    members: tuple[str, ...]


def server_engine(location: str) -> Any:
    """A SQLAlchemy engine (psycopg 3) for ``location``, for migrations and whole copies."""
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    def creator() -> Any:
        try:
            return psycopg.connect(location, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.OperationalError as exc:
            raise _refused(exc, server_label(location)) from exc

    return create_engine("postgresql+psycopg://", creator=creator, poolclass=NullPool)


def server_revision(conn: Any) -> str | None:
    """The collection schema revision on the server, None before it is set up."""
    row = conn.execute(
        "SELECT count(*) FROM information_schema.tables"
        " WHERE table_name = 'alembic_version' AND table_schema = current_schema()"
    ).fetchone()
    if not row or not row[0]:
        return None
    found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(found[0]) if found else None


def check_server_revision(revision: str | None, label: str) -> None:
    """Refuse a server collection this build cannot use as it is, in plain words."""
    if revision == COLLECTION_HEAD:
        return
    if revision is not None and revision not in COLLECTION_REVISIONS:
        raise NewerDatabaseError(
            "The collection {label} was set up by a newer Partnerbook. Install the newer "
            "version to open it. Nothing was changed.",
            label=label,
        )
    raise StoreError(
        "The collection {label} is not set up for this version of Partnerbook yet. Ask "
        'whoever looks after the server to run: partnerbook collect init-server "{label}"',
        label=label,
    )


def role_names(database: str) -> tuple[str, str]:
    """The officer and reader role names for a database (letters, digits and _ only)."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40] or "partnerbook"
    return f"{base}_officer", f"{base}_reader"


def init_server(
    location: str, *, officers: tuple[str, ...] = (), readers: tuple[str, ...] = ()
) -> ServerSetup:
    """Create or upgrade the collection schema at ``location`` and its two roles.

    Run as a user who may create roles and tables (the database's owner, with CREATEROLE).
    Everything happens in one transaction: a failure leaves the server as it was.
    """
    from alembic import command
    from sqlalchemy import text

    from desktop.store.migrate import alembic_config

    label = server_label(location)
    engine = server_engine(location)
    try:
        with engine.begin() as connection:
            raw = connection.connection.driver_connection
            before = server_revision(_Exec(raw))
            if before is not None and before not in COLLECTION_REVISIONS:
                check_server_revision(before, label)
            if before != COLLECTION_HEAD:
                command.upgrade(alembic_config(connection, COLLECTION_MIGRATIONS), "head")  # type: ignore[arg-type]
            database = connection.execute(text("SELECT current_database()")).scalar_one()
            officer, reader = role_names(str(database))
            _grant(connection, str(database), officer, reader, officers, readers)
    except ServerUnavailable:
        raise
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(
            "Partnerbook could not set up the collection {label} ({why}). Nothing was "
            "changed. The user you connect as must own the database and may create roles.",
            label=label,
            why=_plain(exc),
        ) from exc
    finally:
        engine.dispose()
    return ServerSetup(label, before, officer, reader, officers + readers)


def _grant(
    connection: Any,
    database: str,
    officer: str,
    reader: str,
    officers: tuple[str, ...],
    readers: tuple[str, ...],
) -> None:
    from sqlalchemy import text

    def q(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    for role in (officer, reader):
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).first()
        if exists is None:
            connection.execute(text(f"CREATE ROLE {q(role)} NOLOGIN"))
        connection.execute(text(f"GRANT CONNECT ON DATABASE {q(database)} TO {q(role)}"))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {q(role)}"))
    # Readers: rows only. Officers: rows and their ids; never the tables themselves.
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {q(reader)}"))
    connection.execute(
        text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {q(officer)}")
    )
    connection.execute(
        text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {q(officer)}")
    )
    # The schema's version is the administrator's to change, by running init-server again.
    connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {q(officer)}"))
    connection.execute(
        text(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {q(officer)}, {q(reader)}")
    )
    for member in officers:
        connection.execute(text(f"GRANT {q(officer)} TO {q(member)}"))
    for member in readers:
        connection.execute(text(f"GRANT {q(reader)} TO {q(member)}"))


class _Exec:
    """Just enough of a connection for server_revision on a raw psycopg connection."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self._raw.execute(sql, params or None)


def _plain(exc: BaseException) -> str:
    """The server's own first line, without SQL."""
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).strip().splitlines()
    return text[0] if text else type(inner).__name__
