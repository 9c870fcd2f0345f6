"""``partnerbook frameworks``: list the frameworks held, and import one a CVS sent."""

from __future__ import annotations

import argparse

from desktop.cli import CliError, command_parser
from desktop.cli.common import print_json, writable_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub, "frameworks", help="list the Compact frameworks held, or import one from a file"
    )
    actions = parser.add_subparsers(dest="frameworks_command", metavar="ACTION", required=True)
    listing = command_parser(actions, "list", help="list built-in and imported frameworks")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_list)
    importing = command_parser(actions, "import", help="check a framework file and add it")
    importing.add_argument("file", metavar="FILE", help="the framework file (.toml)")
    importing.set_defaults(handler=run_import)


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.frameworks import list_frameworks

    with writable_store(args) as (_paths, database), database.session() as session:
        found = list_frameworks(session)
    if args.json:
        print_json(
            [
                {
                    "id": f.id,
                    "version": f.version,
                    "title": f.title,
                    "publisher": f.publisher,
                    "document": f.document,
                    "origin": f.origin,
                    "imported_at": f.imported_at.isoformat() if f.imported_at else None,
                }
                for f in found
            ]
        )
        return 0
    for f in found:
        origin = "built in" if f.origin == "built-in" else "imported"
        print(f"{f.id}  version {f.version}  ({origin})")
        print(f"    {f.title}; from {f.source}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.services.backups import backup_now
    from desktop.services.frameworks import FrameworkError, import_framework_file
    from desktop.store.backup import BackupError

    with writable_store(args) as (paths, database):
        try:
            backup_now(paths, "before-import")  # a backup before every import
        except BackupError as exc:
            raise CliError(f"{exc} Nothing was imported.") from exc
        try:
            with database.session() as session:
                row, added = import_framework_file(session, args.file)
                summary = f"{row.title} (id {row.framework_id}, version {row.version})"
        except FrameworkError as exc:
            raise CliError(f"{exc} Nothing was imported.") from exc
    if added:
        print(f"Imported {summary}.")
    else:
        print(f"{summary} was already imported; nothing changed.")
    return 0
