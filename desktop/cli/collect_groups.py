"""``partnerbook collect groups`` and ``collect merge-groups``: one group under two ids.

    partnerbook collect groups COLLECTION [--json]
    partnerbook collect merge-groups COLLECTION GROUP_ID SAME_AS_ID

A group whose app was reinstalled (a new laptop) sends returns under a new id; the officer
confirms the two ids are one group, and every return under either counts as one group's,
now and in later imports. ``groups`` lists the ids and suggests pairs whose names match.
"""

from __future__ import annotations

import argparse

from desktop.cli import CliError, command_parser
from desktop.cli.collect_location import LOCATION_HELP, collection_arg
from desktop.cli.common import print_json
from desktop.domain.numbers import count
from desktop.domain.text_safety import one_line

__all__ = ["register_groups"]


def register_groups(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    listing = command_parser(
        actions, "groups", help="list the groups in a collection with their ids, and likely pairs"
    )
    listing.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_groups)

    merge = command_parser(
        actions,
        "merge-groups",
        help="confirm two group ids are the same group (kept for later imports)",
    )
    merge.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    merge.add_argument("group", help="the id (or its start) of the group to count as the other")
    merge.add_argument("same_as", metavar="SAME_AS", help="the id (or its start) it is the same as")
    merge.set_defaults(handler=run_merge_groups)


def run_groups(args: argparse.Namespace) -> int:
    from desktop.cli.collect import reading_collection
    from desktop.services.collection.group_merges import group_rows, suggest_group_merges

    with reading_collection(args.collection) as conn:
        rows, suggestions = group_rows(conn), suggest_group_merges(conn)
    if args.json:
        print_json(
            {
                "groups": [
                    {"id": r.uuid, "name": r.name, "returns": r.returns, "last_sent": r.last_sent}
                    for r in rows
                ],
                "suggestions": [[s.alias.uuid, s.into.uuid] for s in suggestions],
            }
        )
        return 0
    for row in rows:
        count = f"{row.returns} return" + ("" if row.returns == 1 else "s")
        print(f"{row.uuid}  {one_line(row.name)} ({count}, last sent {row.last_sent or '–'})")
    for s in suggestions:
        print(
            f"These may be the same group: “{one_line(s.alias.name)}” ({s.alias.uuid}) and "
            f"“{one_line(s.into.name)}” ({s.into.uuid}). If they are: partnerbook collect "
            f'merge-groups "{args.collection}" {s.alias.uuid} {s.into.uuid}'
        )
    return 0


def run_merge_groups(args: argparse.Namespace) -> int:
    from desktop.cli.collect import writing_collection
    from desktop.services.collection.group_merges import GroupMergeError, find_group, merge_groups

    with writing_collection(args.collection) as conn:
        try:
            alias, into = find_group(conn, args.group), find_group(conn, args.same_as)
            moved = merge_groups(conn, alias.uuid, into.uuid)
        except GroupMergeError as exc:
            raise CliError(str(exc)) from exc
    print(
        f"“{one_line(alias.name)}” ({alias.uuid}) now counts as “{one_line(into.name)}” "
        f"({into.uuid}): {count(moved, 'return')} moved; later returns from either id will too."
    )
    return 0
