"""``partnerbook check``: is the database sound?"""

from __future__ import annotations

import argparse

from desktop.cli import CliError, command_parser
from desktop.cli.common import paths_for, print_json
from desktop.services.health import COUNTED_TABLES, check_database
from desktop.store.opening import StoreError, inspect


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub, "check", help="check the database and print what it holds (changes nothing)"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    paths = paths_for(args, create=False)
    if not paths.database.exists():
        raise CliError(
            f"There is no database in {paths.data} yet. Start Partnerbook once, or run "
            "'partnerbook demo', to make one."
        )
    try:
        inspect(paths.database)
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    report = check_database(paths.database)
    if args.json:
        print_json(report.as_dict())
    else:
        labels = dict(COUNTED_TABLES)
        print(f"Database:        {report.database}")
        print(f"Schema:          {report.revision} (this version expects {report.head})")
        for name, value in report.pragmas.items():
            print(f"{name + ':':<20}{value}")
        print(f"Integrity:       {'ok' if not report.integrity else report.integrity[0]}")
        print(f"Broken links:    {report.foreign_key_problems}")
        for table, count in report.counts.items():
            print(f"{labels[table] + ':':<20}{count}")
    if not report.ok:
        for problem in report.problems:
            print(f"partnerbook: {problem}", file=__import__("sys").stderr)
        return 1
    return 0
