"""Types the window and the command line name in their type hints, without importing the store.

``Session`` is the unit of work a service runs in; ``ReadConnection`` the fast read-only
connection the window's lists read through (``DataHub.read()``); ``Database`` the records'
database. They are imported here only when first used, so importing this module stays cheap
(the window's start does not load SQLAlchemy for a type hint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite3 import Connection as ReadConnection

    from sqlalchemy.orm import Session

    from desktop.store.database import Database

__all__ = ["Database", "ReadConnection", "Session"]


def __getattr__(name: str) -> Any:
    if name == "Session":
        from sqlalchemy.orm import Session

        return Session
    if name == "ReadConnection":
        from sqlite3 import Connection

        return Connection
    if name == "Database":
        from desktop.store.database import Database

        return Database
    raise AttributeError(name)
