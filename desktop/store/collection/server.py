"""A collection on a PostgreSQL server, reached through psycopg 3 like a sqlite3 connection.

The collection's services were written against sqlite3 (``conn.execute(sql, params)``,
``BEGIN IMMEDIATE`` … ``COMMIT``, ``cursor.lastrowid``, ``except sqlite3.Error``). Rather
than two copies of every query, a server connection takes the same calls: it runs in
autocommit mode (so BEGIN/COMMIT/ROLLBACK are the caller's, exactly as with
``isolation_level=None``), rewrites the handful of SQLite spellings the services use into
PostgreSQL's (see ``translate``), and raises sqlite3's exception classes, so every
``except sqlite3.Error`` already in the code handles a server's failure the same way.

Moments are kept as text on the server too (see ``columns.py``), so dates compare, sort and
cut (``substr``) identically on both.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from desktop.domain.problems import UserError
from desktop.store.collection.location import server_label, without_password

__all__ = [
    "CONNECT_TIMEOUT_S",
    "STATEMENT_TIMEOUT_MS",
    "PasswordRefused",
    "ServerConnection",
    "ServerRefused",
    "ServerUnavailable",
    "connect_server",
    "translate",
]

# A wrong address must not leave the window hanging: libpq gives up after this, and any
# one statement (a lock held by a stuck colleague, a server in trouble) after this long.
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 60_000
LOCK_TIMEOUT_MS = 30_000

# Tables whose rows have an ``id`` the services read back as ``cursor.lastrowid``.
_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+IGNORE\s+)?INTO\s+(\w+)", re.IGNORECASE)
# A plain INSERT of one row of placeholders, which executemany sends as one statement.
# A plain INSERT of one row of placeholders (as translated), perhaps with ON CONFLICT naming
# its columns, which executemany sends as one statement.
_PLAIN_INSERT = re.compile(
    r"^\s*INSERT\s+INTO\s+(?P<table>\w+)\s*\((?P<columns>[\w\s,]+)\)\s*"
    r"VALUES\s*\(\s*%s(?:\s*,\s*%s)*\s*\)"
    r"(?P<conflict>\s+ON\s+CONFLICT\s*\((?P<target>[\w\s,]+)\)\s+DO\s+.+?)?"
    r"(?:\s+RETURNING\s+id)?\s*$",
    re.IGNORECASE | re.DOTALL,
)


# The column types a value read from JSON as text needs no conversion to.
_TEXT_TYPES = frozenset({"text", "character varying"})


def _column_names(text: str) -> tuple[str, ...]:
    return tuple(name.strip().lower() for name in text.split(","))


class ServerUnavailable(UserError):
    """The server could not be reached or would not let the person in: a plain reason."""


class PasswordRefused(ServerUnavailable):
    """The server wants a password it was not given, or not this one."""


class ServerRefused(UserError, sqlite3.OperationalError):
    """The server refused or lost a statement: a plain message the window and the command
    line show as it is, and that the services' ``except sqlite3.Error`` still handles."""


class _Cursor:
    """What the services read from a statement: rows, and the id of a row just inserted."""

    def __init__(self, rows: list[tuple[Any, ...]], lastrowid: int | None, rowcount: int):
        self._rows = rows
        self._next = 0
        self.lastrowid = lastrowid
        self.rowcount = rowcount

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._next = self._rows[self._next :], len(self._rows)
        return rows

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.fetchall())


class ServerConnection:
    """One officer's connection to a server collection (not shared between threads)."""

    backend = "postgresql"

    def __init__(self, raw: Any, location: str) -> None:
        self._raw = raw
        self.location = location
        self.label = server_label(location)
        self._types: dict[str, dict[str, str]] = {}
        self._cursor: Any = None
        import psycopg.pq

        self._rows = psycopg.pq.ExecStatus.TUPLES_OK  # a result that carries rows

    @property
    def in_transaction(self) -> bool:
        import psycopg.pq

        return self._raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        text, returning_id = translate(sql)
        if text is None:  # a PRAGMA: SQLite's business only
            return _Cursor([], None, -1)
        try:
            # prepare=None: psycopg prepares a statement on the server once this connection
            # has run it a few times (an import runs the same two dozen for every file),
            # which saves the server parsing and planning each one again.
            # One psycopg cursor serves every statement (its rows are read at once): a new
            # one each time was half the client's work for a short statement.
            if self._cursor is None:
                self._cursor = self._raw.cursor()
            cur = self._cursor
            cur.execute(text, _storable(params) if params else None, prepare=None)
            # Rows or none, from the result's status: ``description`` would build a
            # column object for every column of every statement (0.2 ms of an import's
            # work a return).
            result = cur.pgresult
            rows = cur.fetchall() if result is not None and result.status == self._rows else []
        except Exception as exc:
            raise _as_sqlite_error(exc, self.label) from exc
        lastrowid = int(rows[0][0]) if returning_id and rows else None
        return _Cursor([] if returning_id else rows, lastrowid, cur.rowcount)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> _Cursor:
        text, _ = translate(sql)
        if text is None:
            return _Cursor([], None, -1)
        rows = seq if isinstance(seq, list) else list(seq)
        if not rows:  # a partnership without answers, say: no need to ask the server
            return _Cursor([], None, 0)
        try:
            plain = _PLAIN_INSERT.match(text)
            if plain is not None:
                # One statement for all the rows (a return's 57 ratings, say) rather than
                # one each: a fraction of the client's and the server's work per row.
                done = self._insert_rows(plain, text.count("%s"), rows)
                if done is not None:
                    return done
            with self._raw.cursor() as cur:
                cur.executemany(text, [_storable(p) for p in rows])
                count = cur.rowcount
        except Exception as exc:
            raise _as_sqlite_error(exc, self.label) from exc
        return _Cursor([], None, count)

    def _insert_rows(
        self, plain: re.Match[str], marks: int, rows: list[Sequence[Any]]
    ) -> _Cursor | None:
        """``rows`` inserted by one statement, sent as one JSON array of rows (one string
        for psycopg to send; the server reads it in C); None when they cannot go that way
        (a column the table lacks, a value JSON cannot carry such as bytes or a moment):
        then they go one by one.

        Each value reaches its column as text and is converted by the column's own type,
        so a value too long or a number too large is refused as it would be a row at a
        time (the arrays carry no lengths: an explicit cast would cut text short).

        With ON CONFLICT … DO, the rows must differ in the columns it names: one statement
        may not meet the same row twice, where one row at a time would."""
        table, columns = plain["table"].lower(), _column_names(plain["columns"])
        types = self._column_types(table)
        if len(columns) != marks or not all(c in types for c in columns):
            return None
        conflict = plain["conflict"] or ""  # as translated: a literal % stays doubled
        target = _column_names(plain["target"]) if conflict else ()
        if not all(c in columns for c in target):
            return None
        try:
            at = [columns.index(c) for c in target]
            if at and len({tuple(row[i] for i in at) for row in rows}) != len(rows):
                return None
            data = json.dumps(rows, ensure_ascii=False, allow_nan=False)
            if "\\u0000" in data:  # a NUL somewhere: stored as the views show it (␀)
                data = json.dumps([_storable(r) for r in rows], ensure_ascii=False)
        except (TypeError, ValueError):
            return None
        picked = ", ".join(
            f"(e->>{n})" if types[c] in _TEXT_TYPES else f"(e->>{n})::{types[c]}"
            for n, c in enumerate(columns)
        )
        text = (
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {picked}"
            " FROM jsonb_array_elements(%s::jsonb) AS e" + conflict
        )
        cur = self._raw.execute(text, (data,), prepare=None)
        return _Cursor([], None, cur.rowcount)

    def _column_types(self, table: str) -> dict[str, str]:
        """Each column's type as PostgreSQL names it, asked once a table a connection."""
        found = self._types.get(table)
        if found is None:
            rows = self._raw.execute(
                "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute"
                " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
                (table,),
            ).fetchall()
            found = self._types[table] = {str(name): str(kind) for name, kind in rows}
        return found

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> ServerConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _storable(params: Sequence[Any]) -> tuple[Any, ...]:
    """``params``, with any NUL character in text as the symbol the views show for it (␀).

    PostgreSQL's text cannot hold NUL, which SQLite stores; a valid return may carry one (a
    group name typed with one): without this the server would refuse the return a file
    takes in, and the officer sees the same symbol either way (text_safety.visible).
    """
    values = tuple(params)
    for v in values:
        if type(v) is str and "\x00" in v:
            break
    else:
        return values
    return tuple(v.replace("\x00", "\u2400") if type(v) is str else v for v in values)


@lru_cache(maxsize=512)
def translate(sql: str) -> tuple[str | None, bool]:
    """SQLite's spelling of ``sql`` in PostgreSQL's, and whether it now returns the new id.

    Only what the collection's services use: ``?`` placeholders, BEGIN IMMEDIATE, INSERT OR
    IGNORE, group_concat, COLLATE NOCASE (ASCII case folding, as SQLite's), LIKE (which
    ignores case in SQLite), ifnull, and ``lastrowid`` (RETURNING id). PRAGMAs are dropped.
    """
    stripped = sql.strip()
    if re.match(r"^PRAGMA\b", stripped, re.IGNORECASE):
        return None, False
    if re.match(r"^BEGIN\b", stripped, re.IGNORECASE):
        return "BEGIN", False
    out = _placeholders(sql)
    out = re.sub(r"\bgroup_concat\s*\(([^,()]+)\)", r"string_agg(\1, ',')", out, flags=re.I)
    out = re.sub(r"\bgroup_concat\s*\(", "string_agg(", out, flags=re.IGNORECASE)
    out = re.sub(r"([\w.]+)\s+COLLATE\s+NOCASE", r'lower(\1) COLLATE "C"', out, flags=re.I)
    out = re.sub(r"\bifnull\s*\(", "coalesce(", out, flags=re.IGNORECASE)
    out = re.sub(r"\bNOT\s+LIKE\b", "NOT ILIKE", out, flags=re.IGNORECASE)
    out = re.sub(r"(?<!NOT )\bLIKE\b", "ILIKE", out, flags=re.IGNORECASE)
    ignore = re.match(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", out, re.IGNORECASE) is not None
    if ignore:
        out = re.sub(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO", "INSERT INTO", out, flags=re.I)
    returning_id = False
    match = _INSERT.match(sql)
    has_returning = re.search(r"\bRETURNING\b", out, re.IGNORECASE) is not None
    if ignore:
        out = out.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    if match and not has_returning and _has_id(match.group(1)):
        out = out.rstrip().rstrip(";") + " RETURNING id"
        returning_id = True
    return out, returning_id


def _placeholders(sql: str) -> str:
    """``?`` -> ``%s`` and a literal ``%`` -> ``%%``, leaving quoted text alone."""
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=64)
def _has_id(table: str) -> bool:
    from desktop.store.collection.models import CollectionBase

    found = CollectionBase.metadata.tables.get(table)
    return found is not None and "id" in found.c


def _as_sqlite_error(exc: Exception, label: str) -> Exception:
    """psycopg's error as the sqlite3 class the services already handle, in plain words."""
    import psycopg
    from psycopg import errors

    if not isinstance(exc, psycopg.Error):
        return exc
    if isinstance(exc, errors.InsufficientPrivilege):
        return ServerRefused(
            "You may read the collection {label} but not change it: your login is one of "
            "its readers. Ask whoever looks after the server if you should be an officer.",
            label=label,
        )
    if isinstance(exc, errors.QueryCanceled | errors.LockNotAvailable):
        return ServerRefused(
            "The server for {label} took too long to answer. Nothing was changed by this "
            "step; try again in a moment.",
            label=label,
        )
    if isinstance(exc, psycopg.IntegrityError):
        return sqlite3.IntegrityError(str(exc).strip())
    if isinstance(exc, psycopg.DataError):
        return sqlite3.DataError(str(exc).strip())
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return ServerRefused(
            "The connection to the server for {label} was lost. What was being saved when "
            "it went was not kept; try again when the server is back.",
            label=label,
        )
    if isinstance(exc, psycopg.ProgrammingError):
        return sqlite3.ProgrammingError(str(exc).strip())
    return sqlite3.DatabaseError(str(exc).strip())


def connect_server(location: str, *, application: str = "Partnerbook") -> ServerConnection:
    """Connect to the server collection at ``location``, or say plainly why not.

    The password, if any is needed, comes from libpq's usual places: ``.pgpass``, the
    service file, or ``PGPASSWORD``. Raises ServerUnavailable with a message a person can
    act on (never libpq's own text alone).
    """
    raw = _raw_connect(location, application)
    return ServerConnection(raw, location)


def _raw_connect(location: str, application: str) -> Any:
    import psycopg
    from psycopg.types.numeric import FloatLoader
    from psycopg.types.string import TextLoader

    label = server_label(location)
    try:
        raw = psycopg.connect(
            location,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name=application,
            options=(
                f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS}"
            ),
        )
    except psycopg.OperationalError as exc:
        raise _refused(exc, label) from exc
    except psycopg.ProgrammingError as exc:  # a malformed connection string
        raise ServerUnavailable(
            "{location} is not a connection string Partnerbook understands ({why}). "
            "Write it as postgresql://user@server/database or service=NAME.",
            location=without_password(location),
            why=str(exc).strip(),
        ) from exc
    # A return's data (~40 KB of JSON a row) is compressed in a third of the server's time
    # pglz takes; a server built without lz4 (or older than PostgreSQL 14) refuses the
    # setting and keeps its own: nothing else changes.
    with contextlib.suppress(psycopg.Error):
        raw.execute("SET default_toast_compression = 'lz4'")
    # Moments come back as the text SQLite keeps, and averages as floats, as from sqlite3.
    for name in ("timestamp", "timestamptz", "date"):
        raw.adapters.register_loader(name, TextLoader)
    raw.adapters.register_loader("numeric", FloatLoader)
    return raw


def _refused(exc: Exception, label: str) -> ServerUnavailable:
    """libpq's reasons for not connecting, said plainly (its own text kept at the end)."""
    why = str(exc).strip().splitlines()[-1] if str(exc).strip() else ""
    lowered = str(exc).lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return PasswordRefused(
            "The server for {label} did not accept the user name and password. Check them "
            "(Partnerbook reads the password from your .pgpass or service file, or asks) "
            "and try again.",
            label=label,
        )
    if "does not exist" in lowered and "database" in lowered:
        return ServerUnavailable(
            "The server has no database called {label}. Check the name, or ask whoever "
            "looks after the server to run: partnerbook collect init-server",
            label=label,
        )
    if "definition of service" in lowered or "service file" in lowered:
        return ServerUnavailable(
            "There is no service called {label} in your pg_service.conf. Check the name.",
            label=label,
        )
    if "timeout" in lowered or "timed out" in lowered:
        return ServerUnavailable(
            "The server for {label} did not answer within {seconds} seconds. Check the "
            "server name and your network, then try again.",
            label=label,
            seconds=CONNECT_TIMEOUT_S,
        )
    if "certificate" in lowered or "ssl" in lowered:
        return ServerUnavailable(
            "A secure connection to the server for {label} could not be made ({why}). "
            "Check the server's certificate and the sslmode setting.",
            label=label,
            why=why,
        )
    if "pg_hba.conf" in lowered or "permission denied" in lowered:
        return ServerUnavailable(
            "The server for {label} does not let this user in from here. Ask whoever looks "
            "after the server to give you access.",
            label=label,
        )
    return ServerUnavailable(
        "Partnerbook could not reach the server for {label}. Check the server name and "
        "that it is running, then try again. ({why})",
        label=label,
        why=why,
    )
