"""Shared fixtures: a fresh data folder per test, a database at head, the demo data.

Qt is never imported here, so core tests run without it; GUI tests use pytest-qt's
``qtbot`` (and so its single QApplication) plus the fixtures in tests/ui/conftest.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Set before any test imports Qt, never halfway through a module.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from desktop.paths import AppPaths, resolve
from tests.postgres_support import (  # noqa: F401 - fixtures for collection tests
    collection_location,
    pg_cluster,
    pg_collection,
)

FIXED_TODAY = date(2026, 11, 28)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder that every part of the app (and the CLI) will use."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PARTNERBOOK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def app_paths(data_dir: Path) -> AppPaths:
    return resolve(data_dir).ensure()


@pytest.fixture
def database(app_paths: AppPaths) -> Iterator[object]:
    """A database at the head schema, empty."""
    from desktop.store.database import Database
    from desktop.store.opening import open_database

    open_database(app_paths.database, app_paths.backups)
    db = Database(app_paths.database)
    yield db
    db.dispose()


@pytest.fixture
def demo_database(database: object) -> object:
    """The example group, with dates relative to FIXED_TODAY."""
    from desktop.services.demo import fill_demo

    with database.session() as session:  # type: ignore[attr-defined]
        fill_demo(session, today=FIXED_TODAY)
    return database
