"""The SQLAlchemy side of the store: one engine per database file, and sessions.

Imported only once the window is up (or by the CLI), because the ORM is slow to import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.store import sqlite


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    if read_only:
        # Nothing may be written, not even SQLite's -shm file (see sqlite.connect).
        return create_engine(
            f"sqlite:///{sqlite.read_only_uri(path)}&uri=true",
            connect_args={"check_same_thread": False},
        )
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # pysqlite opens a transaction lazily; pragmas must run outside one.
        previous = dbapi_conn.isolation_level
        dbapi_conn.isolation_level = None
        sqlite.apply_pragmas(dbapi_conn, foreign_keys=foreign_keys)
        dbapi_conn.isolation_level = previous

    return engine


class Database:
    """A group database (or a collection) on disk, already checked and at the right schema."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        # Opened for reading only (read-only media, a full disk): every commit would fail.
        self.read_only = read_only
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.path, read_only=self.read_only)
        return self._engine

    def new_session(self) -> Session:
        if self._sessions is None:
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        session = self.new_session()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the same pragmas, for fast read-only queries."""
        return sqlite.connect(self.path, read_only=self.read_only)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None
