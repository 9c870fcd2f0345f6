"""``partnerbook collect init-server`` and ``partnerbook collect copy`` (issue 19).

    partnerbook collect init-server LOCATION [--officer LOGIN]... [--reader LOGIN]...
    partnerbook collect copy SOURCE DESTINATION

``init-server`` is run by whoever looks after the PostgreSQL server, as the database's
owner: it creates or upgrades the collection's tables and the two roles (officers, readers).
``copy`` copies a whole collection from a file to a server or back, checked at the end.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import CliError, command_parser
from desktop.cli.collect_location import LOCATION_HELP, collection_arg
from desktop.domain.problems import UserError

__all__ = ["register_server"]


def register_server(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = command_parser(
        actions,
        "init-server",
        help="set up (or upgrade) a collection on a PostgreSQL server, with its two roles",
    )
    init.add_argument(
        "location", help="the server database: postgresql://OWNER@SERVER/DATABASE or service=NAME"
    )
    init.add_argument(
        "--officer",
        action="append",
        default=[],
        metavar="LOGIN",
        help="make this login an officer (may import, merge, withdraw, edit the expected list)",
    )
    init.add_argument(
        "--reader",
        action="append",
        default=[],
        metavar="LOGIN",
        help="make this login a reader (may only view and export)",
    )
    init.set_defaults(handler=run_init_server)

    copy = command_parser(
        actions, "copy", help="copy a whole collection from a file to a server, or back"
    )
    copy.add_argument("source", type=collection_arg, help=LOCATION_HELP)
    copy.add_argument(
        "destination",
        type=collection_arg,
        help="a new collection file, or an empty server collection set up by init-server",
    )
    copy.set_defaults(handler=run_copy)


def run_init_server(args: argparse.Namespace) -> int:
    from desktop.services.collection.opening import init_server, is_server

    if not is_server(args.location):
        raise CliError(
            "{location} is not a server. Give it as postgresql://OWNER@SERVER/DATABASE or "
            "service=NAME (a collection file needs no setting up).",
            location=args.location,
        )
    setup = init_server(args.location, officers=tuple(args.officer), readers=tuple(args.reader))
    if setup.upgraded_from is None:
        print(f"Set up the collection {setup.label}.")
    elif setup.upgraded_from == _head():
        print(f"The collection {setup.label} was already up to date; its roles are checked.")
    else:
        print(f"Upgraded the collection {setup.label}.")
    print(
        f"Officers: members of {setup.officer_role}. Readers: members of {setup.reader_role}. "
        f"Add a person with: GRANT {setup.reader_role} TO their_login;"
    )
    return 0


def _head() -> str:
    from desktop.services.collection.opening import COLLECTION_HEAD

    return COLLECTION_HEAD


def run_copy(args: argparse.Namespace) -> int:
    from desktop.cli.collect import _locked, _open, _refuse_non_collection
    from desktop.services.collection.copying import CopyError, copy_collection

    source, destination = args.source, args.destination
    if isinstance(destination, Path) and destination.exists() and destination.stat().st_size:
        raise CliError(
            "{path} already exists. Copy into a new file, so no collection is overwritten.",
            path=str(destination),
        )
    _refuse_non_collection(source, create=False)
    with _locked(source), _locked(destination):
        _open(source, create=False)
        _open(destination, create=True)
        try:
            copied = copy_collection(source, destination)
        except CopyError as exc:
            raise CliError(str(exc)) from exc
        except UserError:
            raise
    print(
        f"Copied {copied.returns} returns ({sum(copied.counts.values())} rows in "
        f"{len(copied.counts)} tables); the copy matches, content hash {copied.digest[:16]}."
    )
    print(
        "Counts: " + ", ".join(f"{t} {n}" for t, n in sorted(copied.counts.items())),
        file=sys.stderr,
    )
    return 0
