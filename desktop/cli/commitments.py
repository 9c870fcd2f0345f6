"""``partnerbook commitments matrix --out FILE.csv``: every rated clause against every
partnership, as the Commitments matrix's Export CSV saves it (the same service)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import CliError, command_parser
from desktop.cli.common import readable_store

if TYPE_CHECKING:
    from desktop.domain.framework_model import ScaleOption


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub, "commitments", help="the Compact commitments across partnerships, as a spreadsheet"
    )
    actions = parser.add_subparsers(dest="commitments_command", metavar="ACTION", required=True)
    matrix = command_parser(
        actions,
        "matrix",
        help="save every rated clause against every partnership as CSV (what the window's "
        "matrix exports)",
    )
    matrix.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    matrix.add_argument(
        "--framework",
        metavar="ID",
        help="the framework (see 'frameworks list'; the one most partnerships use if left out)",
    )
    matrix.add_argument(
        "--rating",
        default="",
        metavar="RATING",
        help="only the clauses some partnership gave this rating (its key or its label)",
    )
    matrix.set_defaults(handler=run_matrix)


def run_matrix(args: argparse.Namespace) -> int:
    from desktop.services.commitments import matrix, save_matrix_csv

    with readable_store(args) as (_paths, database), database.session() as session:
        data = matrix(session, args.framework)  # FrameworkError: a plain refusal
        rating = _rating_key(data.framework.rating_scale, args.rating)
        if rating:
            data = matrix(session, data.framework.id, rating)
    saved = save_matrix_csv(data, args.out)  # SaveError: said plainly, nothing left
    print(
        f"Saved {_count(len(data.rows), 'clause')} of {data.framework.title} against "
        f"{_count(len(data.partnerships), 'partnership')} to {saved}."
    )
    return 0


def _rating_key(scale: Sequence[ScaleOption], typed: str) -> str:
    """The rating's key for what was typed (a key or a label, case aside); "" for none."""
    wanted = " ".join(typed.split()).casefold()
    if not wanted:
        return ""
    for option in scale:
        if wanted in (option.key.casefold(), option.label.casefold()):
            return option.key
    known = ", ".join(f"{o.key} ({o.label})" for o in scale)
    raise CliError(
        "“{rating}” is not a rating of this framework. Its ratings are: {known}.",
        rating=typed,
        known=known,
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
