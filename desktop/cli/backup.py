"""``partnerbook backup``, ``partnerbook restore FILE`` and ``partnerbook backups``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CliError, command_parser
from desktop.cli.common import paths_for, print_backup_outcome, print_json, store_refusal
from desktop.paths import resolve
from desktop.services.health import COUNTED_TABLES
from desktop.services.opening import (
    AlreadyOpenError,
    BackupError,
    InstanceLock,
    RestoreError,
    StoreError,
    bring_up_to_date,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = command_parser(
        sub, "backup", help="make a checked backup now (safe while the app is open)"
    )
    backup.add_argument(
        "--to", metavar="FILE", help="write the backup to FILE instead of the backups folder"
    )
    backup.set_defaults(handler=run_backup)

    restore = command_parser(
        sub,
        "restore",
        help="put a backup back in place (your current records are backed up first)",
    )
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.set_defaults(handler=run_restore)

    listing = command_parser(sub, "backups", help="list the backups with their dates and counts")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_list)


def run_backup(args: argparse.Namespace) -> int:
    from desktop.services.backups import backup_now, backup_to_file
    from desktop.services.opening import diagnose, error_for, fault_text

    paths = resolve(getattr(args, "data_dir", None))
    found = diagnose(paths.database, backups=paths.backups)
    if not found.exists:
        raise CliError(f"There are no records in {paths.data} to back up.")
    if found.fault is not None:
        if not found.read_only:
            raise store_refusal(error_for(found), paths)
        raise CliError(
            fault_text(found) + " A backup needs room to write a copy, so none was made."
        )
    try:
        if args.to:
            target = backup_to_file(paths.database, Path(args.to).expanduser().resolve())
            print(f"Backed up and checked: {target}")
            return 0
        outcome = backup_now(paths, "manual")
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print_backup_outcome(outcome)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.services.backups import restore_backup

    paths = paths_for(args)
    source = Path(args.file).expanduser().resolve()
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except AlreadyOpenError as exc:
        raise CliError(f"{exc} Close Partnerbook before restoring a backup.") from exc
    try:
        try:
            result = restore_backup(paths.database, paths.backups, source)
            # An older backup is brought up to this version's schema, with its own backup.
            bring_up_to_date(paths)
        except (RestoreError, StoreError) as exc:
            raise CliError(str(exc)) from exc
    finally:
        lock.release()
    print(f"Restored {source.name}.")
    if result.safety_backup:
        print(f"Your records from just before are kept in {result.safety_backup}")
    if result.set_aside:
        print(f"The damaged database was moved aside, untouched: {result.set_aside}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.backups import list_backups

    paths = paths_for(args, create=False)
    infos = list_backups(paths.database, paths.backups)
    if args.json:
        print_json([info.as_json() for info in infos])
        return 0
    if not infos:
        print(f"There are no backups in {paths.backups} yet.")
        return 0
    labels = dict(COUNTED_TABLES)
    for info in infos:
        counts = ", ".join(
            f"{labels[t].lower()} {n}" for t, n in info.counts.items() if t in labels and n
        )
        state = counts or ("no records" if info.readable else "cannot be read")
        print(f"{info.taken_at:%d %b %Y %H:%M}  {info.reason_label:<32} {state}")
        print(f"    {info.path}")
    return 0
