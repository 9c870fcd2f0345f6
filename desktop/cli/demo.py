"""``partnerbook demo``: fill an empty data folder with the example group."""

from __future__ import annotations

import argparse

from desktop.cli import CliError, command_parser
from desktop.cli.common import writable_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub, "demo", help="fill an empty data folder with a made-up example group to explore"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
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
