"""services/collection/opening.py: what the collection window and the collect commands take
from the store, under one name; loaded only when used, so the group window's start (its File
menu imports this module) does not pay for the collection's migrations or a driver."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import desktop.services.collection.opening as opening


def test_every_name_it_offers_is_there() -> None:
    missing = [name for name in opening.__all__ if getattr(opening, name, None) is None]
    assert missing == []


def test_importing_it_loads_nothing_of_the_collection_store() -> None:
    code = (
        "import sys, desktop.services.collection.opening as o; o.StoreError; "
        "print(sorted(m for m in sys.modules if m.startswith(('desktop.store.collection', "
        "'psycopg', 'alembic'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert loaded.strip() == "[]"


def test_a_collection_is_named_the_same_for_the_window_and_the_command_line() -> None:
    assert opening.collection_name(Path("/cvs/north devon.pbcollection")) == "north devon"
    named = opening.collection_name("postgresql://officer:s3cret@db.example.org/area")
    assert named == "area on db.example.org" and "s3cret" not in named
    assert opening.collection_name("service=cvs-area") == "cvs-area"
