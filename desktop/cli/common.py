"""What several commands need: the data folder, the lock, an open database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desktop.paths import AppPaths, DataFolderError, resolve
from desktop.store.lock import AlreadyOpenError
from desktop.store.opening import StoreError, open_data_folder

if TYPE_CHECKING:
    from desktop.cli import CliError
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


# What to do next at the command line, for the causes a backup can cure.
RESTORE_HINT = (
    " Your backups are in {folder}: 'partnerbook backups' lists them, and "
    "'partnerbook restore FILE' puts one back (what is there now is kept beside it)."
)


def store_refusal(exc: StoreError, paths: AppPaths) -> CliError:
    """A store's refusal as the command line says it, with the next step where there is one."""
    from desktop.cli import CliError
    from desktop.store.diagnosis import Fault

    text = str(exc)
    if exc.fault in (Fault.DAMAGED, Fault.NOT_OURS, Fault.MISSING):
        text += RESTORE_HINT.format(folder=paths.backups)
    return CliError(text)


@contextmanager
def writable_store(args: argparse.Namespace) -> Iterator[tuple[AppPaths, Any]]:
    """The data folder, locked for writing, with its database at the current schema."""
    from desktop.cli import CliError

    paths = resolve(getattr(args, "data_dir", None))
    try:
        opened = open_data_folder(paths, read_only_ok=False)
    except AlreadyOpenError as exc:
        raise CliError(str(exc)) from exc
    except StoreError as exc:
        raise store_refusal(exc, paths) from exc
    except DataFolderError as exc:
        raise CliError(str(exc)) from exc
    try:
        from desktop.store.database import Database

        database = Database(paths.database)
        try:
            yield paths, database
        finally:
            database.dispose()
    finally:
        opened.release()


@contextmanager
def readable_store(args: argparse.Namespace) -> Iterator[tuple[AppPaths, Any]]:
    """The records for reading, even from read-only media or a full disk; no lock taken,
    so this works while the window is open. Refuses plainly when they cannot be read."""
    from desktop.cli import CliError
    from desktop.store.diagnosis import diagnose
    from desktop.store.opening import error_for
    from desktop.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS
    from desktop.store.viewing import ReadOnlyView, open_view

    paths = resolve(getattr(args, "data_dir", None))
    found = diagnose(paths.database, backups=paths.backups)
    if found.fault is not None and not found.read_only:
        raise store_refusal(error_for(found), paths)
    if not found.exists:
        raise CliError(
            f"There are no records in {paths.data} yet. Start Partnerbook once, or run "
            "'partnerbook demo', to make some."
        )
    if found.revision not in KNOWN_REVISIONS:
        raise CliError(
            f"The records in {paths.data} were made by a newer version of Partnerbook. "
            "Install the newer version to read them. Nothing was changed."
        )
    if found.revision != HEAD_REVISION:
        raise CliError(
            f"The records in {paths.data} need updating first. Open Partnerbook once (it "
            "backs them up, then updates them), then run this again."
        )
    if found.read_only:
        from desktop.store.opening import fault_message, fault_values

        note = fault_message(found).format(**fault_values(found))
        print(f"partnerbook: {note} Reading only.", file=sys.stderr)
    from desktop.store.database import Database

    view = open_view(paths.database) if found.read_only else ReadOnlyView(paths.database)
    database = Database(view.path, read_only=found.read_only)
    try:
        yield paths, database
    finally:
        database.dispose()
        view.close()


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
