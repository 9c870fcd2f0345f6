"""``partnerbook check``: is the database sound?"""

from __future__ import annotations

import argparse
import sys

from desktop.cli import command_parser
from desktop.cli.common import print_json, readable_store
from desktop.services.health import COUNTED_TABLES, check_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub, "check", help="check the database and print what it holds (changes nothing)"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with readable_store(args) as (_paths, database):
        report = check_database(database.path, read_only=database.read_only)
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
            print(f"partnerbook: {problem}", file=sys.stderr)
        return 1
    return 0
