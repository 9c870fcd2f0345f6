"""What several commands need: the data folder, the lock, an open database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from desktop.paths import AppPaths, DataFolderError, resolve
from desktop.services.opening import AlreadyOpenError, Fault, NotReadable, StoreError

if TYPE_CHECKING:
    from desktop.cli import CliError
    from desktop.services.backups import BackupOutcome
    from desktop.services.types import Database


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

    text = str(exc)
    if exc.fault in (Fault.DAMAGED, Fault.NOT_OURS, Fault.MISSING):
        text += RESTORE_HINT.format(folder=paths.backups)
    return CliError(text)


@contextmanager
def writable_store(args: argparse.Namespace) -> Iterator[tuple[AppPaths, Database]]:
    """The data folder, locked for writing, with its database at the current schema."""
    from desktop.cli import CliError
    from desktop.services.opening import writing

    paths = resolve(getattr(args, "data_dir", None))
    with ExitStack() as stack:
        try:
            database = stack.enter_context(writing(paths))
        except AlreadyOpenError as exc:
            raise CliError(str(exc)) from exc
        except StoreError as exc:
            raise store_refusal(exc, paths) from exc
        except DataFolderError as exc:
            raise CliError(str(exc)) from exc
        yield paths, database


@contextmanager
def readable_store(args: argparse.Namespace) -> Iterator[tuple[AppPaths, Database]]:
    """The records for reading, even from read-only media or a full disk; no lock taken,
    so this works while the window is open. Refuses plainly when they cannot be read.
    The one read-only opener of the command line (services/opening.reading)."""
    from desktop.cli import CliError
    from desktop.services.opening import reading

    paths = resolve(getattr(args, "data_dir", None))
    with ExitStack() as stack:
        try:
            records = stack.enter_context(reading(paths))
        except StoreError as exc:
            raise store_refusal(exc, paths) from exc
        except NotReadable as exc:
            raise CliError(str(exc)) from exc
        if records.note:
            print(f"partnerbook: {records.note} Reading only.", file=sys.stderr)
        yield paths, records.database


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
