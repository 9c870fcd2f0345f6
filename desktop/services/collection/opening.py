"""Opening a collection, for the window and the command line: the store's openers, its
connection, its location helpers and the errors they raise, under one name the layers
above may import.

The store does the work (``desktop.store.collection``); this module only gives it a place
in the services layer, so neither the window nor the command line reaches past it. Each
name is imported from the store when first used, as ``desktop/services/types.py`` does for
the group's records: the group window's start loads this module for its File menu, and
must not pay for the collection's migrations or a database driver until one is opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite3 import Error as CollectionDatabaseError

    from desktop.store.backup import BackupError
    from desktop.store.collection.db import (
        OFFICER,
        READER,
        Connection,
        change_mark,
        connect,
        role,
    )
    from desktop.store.collection.location import (
        SSL_MODES,
        Location,
        is_server,
        make_location,
        server_label,
        with_password,
        without_password,
    )
    from desktop.store.collection.opening import (
        CollectionOpened,
        backups_folder,
        check_collection,
        collection_lock,
        open_collection,
    )
    from desktop.store.collection.server import PasswordRefused, ServerUnavailable
    from desktop.store.collection.server_admin import ServerSetup, init_server
    from desktop.store.collection.version import COLLECTION_HEAD
    from desktop.store.lock import AlreadyOpenError, InstanceLock
    from desktop.store.opening import DamagedDatabaseError, StoreError
    from desktop.store.restore import RestoreError, RestoreResult

__all__ = [
    "COLLECTION_HEAD",
    "OFFICER",
    "READER",
    "SSL_MODES",
    "AlreadyOpenError",
    "BackupError",
    "CollectionDatabaseError",
    "CollectionOpened",
    "Connection",
    "DamagedDatabaseError",
    "InstanceLock",
    "Location",
    "PasswordRefused",
    "RestoreError",
    "RestoreResult",
    "ServerSetup",
    "ServerUnavailable",
    "StoreError",
    "backups_folder",
    "change_mark",
    "check_collection",
    "collection_lock",
    "collection_name",
    "connect",
    "connected",
    "init_server",
    "is_server",
    "make_location",
    "open_collection",
    "role",
    "server_label",
    "with_password",
    "without_password",
]

# Where each name lives in the store (or, for the database error, in sqlite3: a server's
# connection raises sqlite3's exception classes too, so one ``except`` catches both).
_HOME = {
    "CollectionDatabaseError": ("sqlite3", "Error"),
    "BackupError": ("desktop.store.backup", None),
    "OFFICER": ("desktop.store.collection.db", None),
    "READER": ("desktop.store.collection.db", None),
    "Connection": ("desktop.store.collection.db", None),
    "change_mark": ("desktop.store.collection.db", None),
    "connect": ("desktop.store.collection.db", None),
    "role": ("desktop.store.collection.db", None),
    "SSL_MODES": ("desktop.store.collection.location", None),
    "Location": ("desktop.store.collection.location", None),
    "is_server": ("desktop.store.collection.location", None),
    "make_location": ("desktop.store.collection.location", None),
    "server_label": ("desktop.store.collection.location", None),
    "with_password": ("desktop.store.collection.location", None),
    "without_password": ("desktop.store.collection.location", None),
    "CollectionOpened": ("desktop.store.collection.opening", None),
    "backups_folder": ("desktop.store.collection.opening", None),
    "check_collection": ("desktop.store.collection.opening", None),
    "collection_lock": ("desktop.store.collection.opening", None),
    "open_collection": ("desktop.store.collection.opening", None),
    "PasswordRefused": ("desktop.store.collection.server", None),
    "ServerUnavailable": ("desktop.store.collection.server", None),
    "ServerSetup": ("desktop.store.collection.server_admin", None),
    "init_server": ("desktop.store.collection.server_admin", None),
    "COLLECTION_HEAD": ("desktop.store.collection.version", None),
    "AlreadyOpenError": ("desktop.store.lock", None),
    "InstanceLock": ("desktop.store.lock", None),
    "DamagedDatabaseError": ("desktop.store.opening", None),
    "StoreError": ("desktop.store.opening", None),
    "RestoreError": ("desktop.store.restore", None),
    "RestoreResult": ("desktop.store.restore", None),
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(name)
    module, attribute = _HOME[name]
    value = getattr(import_module(module), attribute or name)
    globals()[name] = value  # looked up once
    return value


def collection_name(location: Location) -> str:
    """The collection's name as people see it, the same in the window and the command line
    (on the area summary, say): the file's name without its ending, or the server's
    database and where it is (never the password)."""
    if isinstance(location, Path):
        return location.stem
    from desktop.store.collection.location import server_label

    return server_label(location)


@contextmanager
def connected(location: Location) -> Iterator[Connection]:
    """A connection to the collection at ``location``, closed afterwards. Reading needs no
    lock; a command that writes to a file holds ``collection_lock`` around this."""
    from desktop.store.collection.db import connect

    conn = connect(location)
    try:
        yield conn
    finally:
        conn.close()
