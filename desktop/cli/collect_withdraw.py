"""``partnerbook collect withdraw COLLECTION REFERENCE --reason TEXT``.

The return stops counting (it is kept, marked withdrawn); the collection is backed up
first; the withdrawal and its reason are written to the import log; an earlier return it
had replaced has the latest word again, and the command says which.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli import CliError, command_parser
from desktop.cli.collect_location import LOCATION_HELP, collection_arg
from desktop.domain.text_safety import one_line

__all__ = ["register_withdraw"]


def register_withdraw(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    withdraw = command_parser(
        actions,
        "withdraw",
        help="withdraw a return from a collection (backed up first; the earlier return it "
        "replaced counts again)",
    )
    withdraw.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    withdraw.add_argument("reference", help="the return's reference, as `collect summary` shows")
    withdraw.add_argument("--reason", required=True, help="why: kept in the import log")
    withdraw.set_defaults(handler=run_withdraw)


def run_withdraw(args: argparse.Namespace) -> int:
    from desktop.cli.collect import _second_folder, writing_collection
    from desktop.services.collection.opening import BackupError
    from desktop.services.collection.withdraw import WithdrawError, withdraw_return

    with writing_collection(args.collection) as conn:
        try:
            result = withdraw_return(
                conn,
                args.collection,
                args.reference,
                args.reason,
                second_folder=_second_folder(args),
            )
        except (WithdrawError, BackupError) as exc:
            raise CliError(str(exc)) from exc
    print(
        f"Withdrew {one_line(result.reference)} ({one_line(result.group)}, "
        f"{one_line(result.period)}): {one_line(result.said())}."
    )
    if result.backup:
        print(f"The collection as it was just before is kept in {result.backup}")
    if result.backup_problem:
        print(f"partnerbook: {result.backup_problem}", file=sys.stderr)
    return 0
