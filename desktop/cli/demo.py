"""``partnerbook demo``: fill an empty data folder with the example group."""

from __future__ import annotations

import argparse

from desktop.cli import CliError, command_parser
from desktop.cli.common import writable_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub, "demo", help="fill an empty data folder with a made-up example group to explore"
    )
    parser.add_argument(
        "--collection",
        metavar="FILE",
        help="instead, make FILE a CVS collection of example returns from several groups",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "collection", None):
        from desktop.cli.collect import run_demo_collection

        return run_demo_collection(args.collection)
    from desktop.services.demo import DemoRefused, fill_demo

    with writable_store(args) as (paths, database):
        try:
            with database.session() as session:
                group = fill_demo(session)
                name = group.name
        except DemoRefused as exc:
            raise CliError(str(exc)) from exc
    print(f"Added the example group '{name}' to {paths.data}.")
    return 0
