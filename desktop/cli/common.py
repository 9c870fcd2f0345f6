"""What several commands need: the data folder, the lock, an open database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desktop.paths import AppPaths, DataFolderError, resolve
from desktop.store.lock import AlreadyOpenError, InstanceLock
from desktop.store.opening import StoreError, open_database

if TYPE_CHECKING:
    from desktop.services.backups import BackupOutcome


def paths_for(args: argparse.Namespace, *, create: bool = True) -> AppPaths:
    from desktop.cli import CliError

    paths = resolve(getattr(args, "data_dir", None))
    if create:
        try:
            paths.ensure()
        except DataFolderError as exc:
            raise CliError(str(exc)) from exc
    return paths


@contextmanager
def writable_store(args: argparse.Namespace) -> Iterator[tuple[AppPaths, Any]]:
    """The data folder, locked for writing, with its database at the current schema."""
    from desktop.cli import CliError

    paths = paths_for(args)
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except AlreadyOpenError as exc:
        raise CliError(str(exc)) from exc
    try:
        try:
            open_database(paths.database, paths.backups)
        except StoreError as exc:
            raise CliError(str(exc)) from exc
        from desktop.store.database import Database

        database = Database(paths.database)
        try:
            yield paths, database
        finally:
            database.dispose()
    finally:
        lock.release()


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def print_backup_outcome(outcome: BackupOutcome) -> None:
    """Where a backup went, where its extra copy went (or why not), and what was rotated."""
    print(f"Backed up and checked: {outcome.path}")
    if outcome.second_copy:
        print(f"Extra copy:            {outcome.second_copy}")
    if outcome.second_problem:
        print(f"partnerbook: {outcome.second_problem}", file=sys.stderr)
    if outcome.rotated:
        print(f"Older backups no longer needed and removed: {len(outcome.rotated)}")
