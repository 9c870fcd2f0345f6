"""``partnerbook reviews list``: the health-check reviews, newest first (changes nothing)."""

from __future__ import annotations

import argparse

from desktop.cli import command_parser
from desktop.cli.common import print_json, readable_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(sub, "reviews", help="list the health-check reviews")
    actions = parser.add_subparsers(dest="reviews_command", metavar="ACTION", required=True)
    listing = command_parser(actions, "list", help="list every review with its score and band")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    # Imported here so "partnerbook --help" stays quick.
    from desktop.services.review_reads import list_reviews

    with readable_store(args) as (_paths, database):
        conn = database.raw()
        try:
            reviews = list_reviews(conn)
        finally:
            conn.close()
    if args.json:
        print_json(
            [
                {
                    "partnership": r.partnership,
                    "date": r.review_date.isoformat(),
                    "status": r.status,
                    "respondents": list(r.respondents),
                    "overall_score": None if r.overall is None else round(r.overall, 1),
                    "band": r.band_key or None,
                    "band_label": r.band_label or None,
                }
                for r in reviews
            ]
        )
        return 0
    if not reviews:
        print("No reviews yet.")
        return 0
    for r in reviews:
        score = "not scored" if r.overall is None else f"{r.overall:.0f} ({r.band_label})"
        draft = " [DRAFT]" if r.is_draft else ""
        who = ", ".join(r.respondents) or "no respondents named"
        print(f"{r.review_date:%d %b %Y}  {r.partnership}{draft}: {score}. Respondents: {who}.")
    return 0
