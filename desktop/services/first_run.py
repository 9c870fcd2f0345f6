"""First run: should the welcome show, and the example group in its own data folder.

The example data never goes into the person's own folder. It lives in a sibling folder
("Partnerbook example" beside "Partnerbook"), opened in a separate window, so trying the
app can never leave made-up partnerships in a real group's return.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.paths import AppPaths, resolve
from desktop.store.queries import first_run

if TYPE_CHECKING:  # the welcome is decided before the first paint: no ORM import for it
    from sqlalchemy.orm import Session

WELCOME_SEEN_KEY = "first_run.welcome_seen"
EXAMPLE_SUFFIX = " example"


def needs_welcome(conn: sqlite3.Connection) -> bool:
    """True for a database with no group, no partnerships and no welcome seen yet.

    A plain sqlite3 read (``store/queries/first_run.py``), because it runs before the window
    is first painted.
    """
    if first_run.setting_is_on(conn, WELCOME_SEEN_KEY):
        return False
    return not first_run.has_group_profile(conn) and not first_run.has_partnerships(conn)


def mark_welcome_seen(session: Session) -> None:
    from desktop.store.models import SettingValue

    row = session.get(SettingValue, WELCOME_SEEN_KEY)
    if row is None:
        session.add(SettingValue(key=WELCOME_SEEN_KEY, value="1"))
    else:
        row.value = "1"


def example_folder(paths: AppPaths) -> Path:
    """The example's own data folder, beside the real one: ``Partnerbook example``."""
    return paths.data.with_name(paths.data.name + EXAMPLE_SUFFIX)


def prepare_example(folder: Path) -> AppPaths:
    """Make ``folder`` hold the example group, unless it already does (or is open).

    Raises the store's own errors (DataFolderError, StoreError) with plain messages. When
    another Partnerbook has the example open, it is left as it is: starting it again only
    brings that window forward.
    """
    from desktop.services.demo import fill_demo, has_data
    from desktop.store.database import Database
    from desktop.store.lock import AlreadyOpenError, InstanceLock
    from desktop.store.opening import open_database

    paths = resolve(folder).ensure()
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except AlreadyOpenError:
        return paths
    try:
        open_database(paths.database, paths.backups)
        database = Database(paths.database)
        try:
            with database.session() as session:
                if not has_data(session):
                    fill_demo(session)
        finally:
            database.dispose()
    finally:
        lock.release()
    return paths
