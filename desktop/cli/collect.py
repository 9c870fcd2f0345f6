"""``partnerbook collect``: a CVS's collection of returns, from the command line.

    partnerbook collect import COLLECTION FILES_OR_FOLDERS... [--new] [--json]
    partnerbook collect summary COLLECTION [--period PERIOD] [--csv DIR] [--xlsx FILE]
                                [--pdf FILE] [--json]
    partnerbook collect withdraw COLLECTION REFERENCE --reason TEXT
    partnerbook collect groups COLLECTION [--json]
    partnerbook collect merge-groups COLLECTION GROUP_ID SAME_AS_ID
    partnerbook collect expect COLLECTION NAME... [--new]
    partnerbook collect backup COLLECTION
    partnerbook collect backups COLLECTION [--json]
    partnerbook collect restore COLLECTION BACKUP
    partnerbook collect init-server LOCATION [--officer LOGIN]... [--reader LOGIN]...
    partnerbook collect copy SOURCE DESTINATION

COLLECTION is a file, or a collection on a PostgreSQL server (``postgresql://…`` or
``service=NAME``, see collect_location.py); on a server several officers write at once and
no file lock is taken.

``import`` exits with 1 when any file was rejected, so a script can tell. Every command
that writes to a collection holds its lock while it writes, so it never writes at the same
time as an open collection window or another command.

A collection is made only when ``--new`` says so (a mistyped name must not quietly start an
empty one), and a file that is not a collection is refused before anything is written
beside it. Names, file names and reasons come from returns other people made, so they are
printed through ``text_safety.one_line``: an escape sequence in a group's name never
reaches the officer's terminal as one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import CliError, command_parser
from desktop.cli.collect_location import LOCATION_HELP, collection_arg
from desktop.cli.common import paths_for, print_backup_outcome, print_json
from desktop.domain.numbers import count
from desktop.domain.text_safety import one_line

if TYPE_CHECKING:
    from desktop.domain.periods import Period
    from desktop.services.collection.importer import FileOutcome
    from desktop.services.collection.opening import Connection

OUTCOME_WORDS = {
    "imported": "imported",
    "duplicate": "already here",
    "supersedes": "replaces an earlier return",
    "rejected": "REJECTED",
    "held": "HELD for the officer (signed by a different key)",
}
NEW_HELP = "make the collection if there is none at that name yet"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub, "collect", help="for a CVS: gather groups' returns into a collection and sum them up"
    )
    actions = parser.add_subparsers(dest="collect_command", metavar="ACTION", required=True)

    importing = command_parser(
        actions, "import", help="import return PDFs (files or folders) into a collection"
    )
    importing.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    importing.add_argument("paths", type=Path, nargs="+", help="return PDFs or folders of them")
    importing.add_argument("--new", action="store_true", help=NEW_HELP)
    importing.add_argument("--json", action="store_true", help="print each outcome as JSON")
    importing.set_defaults(handler=run_import)

    summary = command_parser(actions, "summary", help="show or export the area's picture")
    summary.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    summary.add_argument("--csv", type=Path, metavar="DIR", help="write each view as CSV in DIR")
    summary.add_argument("--xlsx", type=Path, metavar="FILE", help="write every view to FILE")
    summary.add_argument("--pdf", type=Path, metavar="FILE", help="write the area summary PDF")
    summary.add_argument("--json", action="store_true", help="print the headline numbers as JSON")
    summary.add_argument(
        "--period",
        metavar="PERIOD",
        help="the period to sum up: 2026-27, 2026-27 Q3 or 2026-10-01..2026-12-31 "
        "(the latest period in the collection if left out)",
    )
    summary.set_defaults(handler=run_summary)

    expect = command_parser(actions, "expect", help="add groups to the list expected to return")
    expect.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    expect.add_argument("names", nargs="+", help="group names")
    expect.add_argument("--new", action="store_true", help=NEW_HELP)
    expect.set_defaults(handler=run_expect)

    backup = command_parser(
        actions, "backup", help="make a checked backup of a collection now (safe while open)"
    )
    backup.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    backup.set_defaults(handler=run_backup)

    listing = command_parser(
        actions, "backups", help="list a collection's backups with their dates and counts"
    )
    listing.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_list_backups)

    restore = command_parser(
        actions,
        "restore",
        help="put a backup of a collection back in place (the collection is backed up first)",
    )
    restore.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    restore.add_argument("backup", type=Path, help="the backup file to restore")
    restore.set_defaults(handler=run_restore)

    from desktop.cli.collect_groups import register_groups
    from desktop.cli.collect_trust import register_trust
    from desktop.cli.collect_withdraw import register_withdraw

    register_withdraw(actions)
    register_groups(actions)
    register_trust(actions)
    from desktop.cli.collect_server import register_server

    register_server(actions)


@contextmanager
def _locked(path: Path | str) -> Iterator[None]:
    """Hold the collection's lock while a command writes to it, or say who has it.

    Only a file has one: a server lets several officers write at once and keeps them apart
    itself (a transaction per file, unique constraints).
    """
    from desktop.services.collection.opening import AlreadyOpenError, collection_lock

    if isinstance(path, str):
        yield
        return

    lock = collection_lock(path)
    try:
        lock.acquire()
    except AlreadyOpenError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(
            f"Partnerbook cannot write beside the collection {path} "
            f"({exc.strerror or exc}). Check the folder can be written to."
        ) from exc
    try:
        yield
    finally:
        lock.release()


def _refuse_non_collection(path: Path | str, *, create: bool, offer_new: bool = False) -> None:
    """Refuse a path that is not a collection before anything is made beside it.

    Read-only: a folder, a PDF, someone else's database or a missing file (without
    ``--new``) gets its plain message, and no lock, backups folder or journal appears.
    A server collection is checked to be reachable and set up (``init-server``).
    """
    from desktop.services.collection.opening import StoreError, check_collection

    if isinstance(path, str):
        try:
            check_collection(path)
        except StoreError as exc:  # ServerUnavailable is a UserError: main says it
            raise CliError(str(exc)) from exc
        return

    if path.is_dir():
        raise CliError(
            "{path} is a folder, not a collection. Give the collection file itself "
            "(for example area.pbcollection).",
            path=str(path),
        )
    if path.is_file() and _starts_with(path, b"%PDF"):
        raise CliError(
            "{path} is a PDF, not a collection. Give the collection first, then the returns: "
            'partnerbook collect import COLLECTION "{path}"',
            path=str(path),
        )
    if not create and not path.exists():
        raise CliError(
            "There is no collection at {path}. Check the name, or add --new to make a new one."
            if offer_new
            else "There is no collection at {path}. Check the name.",
            path=str(path),
        )
    try:
        check_collection(path, create=create)
    except (StoreError, OSError) as exc:
        raise CliError(str(exc)) from exc


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(magic)) == magic
    except OSError:
        return False


def _open(path: Path | str, *, create: bool) -> None:
    from desktop.services.collection.opening import StoreError, open_collection

    _refuse_non_collection(path, create=create)
    try:
        opened = open_collection(path, create=create)
    except (StoreError, OSError) as exc:
        raise CliError(str(exc)) from exc
    if opened.created:
        print(f"Made a new collection: {path}", file=sys.stderr)


@contextmanager
def reading_collection(path: Path | str) -> Iterator[Connection]:
    """The one way a command opens a collection to read it: checked, brought up to date
    (never made), connected and closed after. No lock: it reads while a window has it open."""
    from desktop.services.collection.opening import connected

    _open(path, create=False)
    with connected(path) as conn:
        yield conn


@contextmanager
def writing_collection(
    path: Path | str, *, create: bool = False, offer_new: bool = False
) -> Iterator[Connection]:
    """A collection opened to write: refused before anything is made beside it if it is not
    one, its lock held (a file's), brought up to date, connected; let go of after. Each
    service called with the connection owns its transaction."""
    from desktop.services.collection.opening import connected

    _refuse_non_collection(path, create=create, offer_new=offer_new)
    with _locked(path):
        _open(path, create=create)
        with connected(path) as conn:
            yield conn


def run_import(args: argparse.Namespace) -> int:
    from desktop.services.collection.importer import ImportStopped, import_returns

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise CliError("There is no file or folder called " + ", ".join(missing) + ".")

    def show(done: int, total: int, outcome: FileOutcome) -> None:
        if not args.json:
            reason = f": {one_line(outcome.reason)}" if outcome.reason else ""
            word = OUTCOME_WORDS[outcome.outcome]
            print(f"[{done}/{total}] {one_line(outcome.path)} — {word}{reason}")

    _refuse_non_collection(args.collection, create=args.new, offer_new=True)
    with _locked(args.collection):
        _open(args.collection, create=args.new)
        try:
            summary = import_returns(
                args.collection, args.paths, progress=show, second_folder=_second_folder(args)
            )
        except ImportStopped as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json([o.as_dict() for o in summary.outcomes])
    else:
        counts = ", ".join(
            f"{summary.count(key)} {word.lower()}"
            for key, word in OUTCOME_WORDS.items()
            if key != "held" or summary.count(key)  # held: said only when there are some
        )
        print(f"{count(len(summary.outcomes), 'file')}: {counts}.")
        if not summary.outcomes:
            print("No return files (.pdf) were found there.")
    if summary.backup_problem:
        print(f"partnerbook: {summary.backup_problem}", file=sys.stderr)
    return 1 if summary.rejected else 0


def run_summary(args: argparse.Namespace) -> int:
    from desktop.cli.collect_exports import write_exports
    from desktop.services.collection import views
    from desktop.services.collection.exports import area_tables

    with reading_collection(args.collection) as conn:
        period = views.chosen_period(conn, _period(args.period))
        others = [p for p in views.collection_periods(conn) if p != period]
        totals = views.area_totals(conn, period)
        tables = area_tables(conn, period)
        failed = write_exports(args, conn, tables, period)
    if args.json:
        print_json(
            {
                "period": None
                if period is None
                else {
                    "label": period.label,
                    "start": period.start.isoformat(),
                    "end": period.end.isoformat(),
                },
                "totals": totals,
                "groups": [dict(zip(tables[0].columns, r, strict=True)) for r in tables[0].rows],
                "missing": [r[0] for r in tables[1].rows],
            }
        )
        return 1 if failed else 0
    if period is not None:
        print(f"For {one_line(period.label)} ({period.start} to {period.end}):")
    print(
        f"{count(totals['groups'], 'group')}, {count(totals['returns'], 'current return')} "
        f"({totals['superseded']} replaced, {totals['withdrawn']} withdrawn), "
        f"{count(totals['partnerships'], 'partnership')}; "
        f"{count(totals['files'], 'file')} offered, {totals['rejected']} rejected."
    )
    for row in tables[0].rows:
        partnerships = count(row[4], "partnership")
        made_for = "" if row[7] == "the whole group" else f", {one_line(row[7])}"
        print(
            f"  {one_line(row[0])} — {one_line(row[1])} "
            f"(sent {one_line(row[2])}, {one_line(row[3])}, {partnerships}{made_for})"
        )
    if tables[1].rows:
        print("Expected but not returned: " + ", ".join(one_line(r[0]) for r in tables[1].rows))
    if others:
        print(
            "Other periods here (choose one with --period): "
            + ", ".join(f"{one_line(p.label)} ({p.start} to {p.end})" for p in others)
        )
    return 1 if failed else 0


def _period(text: str | None) -> Period | None:
    from desktop.domain.periods import PeriodError
    from desktop.domain.return_period import parse_period

    if text is None:
        return None
    try:
        return parse_period(text)
    except PeriodError as exc:
        raise CliError(str(exc)) from exc


def run_expect(args: argparse.Namespace) -> int:
    from desktop.services.collection.expected import expect_groups
    from desktop.services.collection.merges import MergeError

    with writing_collection(args.collection, create=args.new, offer_new=True) as conn:
        try:
            expect_groups(conn, args.names)
        except MergeError as exc:
            raise CliError(str(exc)) from exc
    print(f"On the expected list: {count(len(args.names), 'group')}.")
    return 0


def run_demo_collection(file: str) -> int:
    """``partnerbook demo --collection FILE`` (registered by desktop.cli.demo)."""
    from desktop.services.collection.demo import DemoCollectionRefused, build_demo_collection
    from desktop.services.collection.opening import StoreError

    path = Path(file)
    with _locked(path):
        try:
            summary = build_demo_collection(path)
        except (DemoCollectionRefused, StoreError) as exc:
            raise CliError(str(exc)) from exc
    counts = ", ".join(
        f"{summary.count(k)} {w.lower()}"
        for k, w in OUTCOME_WORDS.items()
        if k != "held" or summary.count(k)
    )
    print(f"Made the example collection {path}: {count(len(summary.outcomes), 'file')}, {counts}.")
    return 0


def _existing_collection(path: Path | str) -> None:
    """A command that only reads a collection must not make one by mistake."""
    _open(path, create=False)


def _file_only(path: Path | str) -> Path:
    """Backups and restores are of files; a server's are its own (pg_dump)."""
    if isinstance(path, str):
        from desktop.services.collection.opening import without_password

        raise CliError(
            "A collection on a server is backed up by the server (ask whoever looks after it: "
            "pg_dump). To keep a copy as a file, run: partnerbook collect copy "
            '"{location}" FILE.pbcollection',
            location=without_password(path),
        )
    return path


def _second_folder(args: argparse.Namespace) -> Callable[[], Path | None]:
    """The second backup folder chosen in this data folder's settings (read, never locked)."""

    def second() -> Path | None:
        from desktop.services.backups import second_backup_folder

        return second_backup_folder(paths_for(args, create=False))

    return second


def run_backup(args: argparse.Namespace) -> int:
    from desktop.services.collection.opening import BackupError
    from desktop.services.collection.safety import backup_collection

    # No lock: the online backup API copies a consistent snapshot while a window writes.
    _file_only(args.collection)
    _existing_collection(args.collection)
    try:
        outcome = backup_collection(args.collection, "manual", second_folder=_second_folder(args))
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print_backup_outcome(outcome)
    return 0


def run_list_backups(args: argparse.Namespace) -> int:
    from desktop.services.collection.opening import backups_folder
    from desktop.services.collection.safety import COUNT_LABELS, list_collection_backups

    # Listing reads only the backups, so it works even when the collection itself is lost.
    _file_only(args.collection)
    infos = list_collection_backups(args.collection)
    if args.json:
        print_json([info.as_json() for info in infos])
        return 0
    if not infos:
        print(
            f"There are no backups of {args.collection.name} in "
            f"{backups_folder(args.collection)} yet."
        )
        return 0
    for info in infos:
        counts = ", ".join(
            f"{COUNT_LABELS[key].lower()} {n}"
            for key, n in info.counts.items()
            if key in COUNT_LABELS
        )
        state = counts if info.readable else "cannot be read"
        print(f"{info.taken_at:%d %b %Y %H:%M}  {info.reason_label:<32} {state}")
        print(f"    {info.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.services.collection.opening import RestoreError, StoreError, backups_folder
    from desktop.services.collection.safety import restore_collection

    _file_only(args.collection)
    source = args.backup.expanduser()
    beside = backups_folder(args.collection) / source.name
    if not source.exists() and source.name == str(args.backup) and beside.is_file():
        # Just a backup's name, as "collect backups" lists them: look in the backups folder.
        source = beside
    source = source.resolve()
    with _locked(args.collection):
        try:
            result = restore_collection(args.collection, source)
        except (RestoreError, StoreError) as exc:
            raise CliError(str(exc)) from exc
    print(f"Restored {source.name} to {args.collection}.")
    if result.safety_backup:
        print(f"The collection as it was just before is kept in {result.safety_backup}")
    if result.set_aside:
        print(f"The damaged collection was moved aside, untouched: {result.set_aside}")
    return 0
