"""``partnerbook reviews list``: the health-check reviews, newest first (changes nothing);
``partnerbook reviews record``: a review from a file of answers, so reviews can be scripted;
``questionnaire`` and ``collect-answers`` (in ``cli.questionnaires``): partners' answers."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.cli import CliError, command_parser
from desktop.cli.common import print_json, readable_store, writable_store
from desktop.cli.questionnaires import register_into as register_questionnaires
from desktop.domain.numbers import count, round_score, score_text
from desktop.domain.vocab import ReviewStatus

if TYPE_CHECKING:
    from desktop.domain.problems import Problem
    from desktop.services.review_recording import RecordedReview


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(sub, "reviews", help="list the health-check reviews, or record one")
    actions = parser.add_subparsers(dest="reviews_command", metavar="ACTION", required=True)
    listing = command_parser(actions, "list", help="list every review with its score and band")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_list)

    record = command_parser(
        actions,
        "record",
        help="record a review of a partnership from a file of answers (all or nothing)",
    )
    record.add_argument(
        "partnership", metavar="PARTNERSHIP", help="its id, its name or a unique part of it"
    )
    record.add_argument(
        "--tool",
        required=True,
        metavar="ID",
        help="the review tool the answers are for (its id or title): the partnership's tool",
    )
    record.add_argument(
        "--answers",
        required=True,
        metavar="FILE",
        help="a .csv with the columns reference,answer,note or a .json "
        '{"reference": "answer", ...}; an answer is its key or its label',
    )
    record.add_argument(
        "--viewpoint",
        default="",
        metavar="NAME",
        help="whose answers these are (a partner, our chair); left out: the agreed answers",
    )
    record.add_argument(
        "--finish",
        action="store_true",
        help="finish the review (every question needs an answer); without it, a draft",
    )
    record.add_argument(
        "--date", metavar="YYYY-MM-DD", help="when the review took place (default: today)"
    )
    record.add_argument(
        "--review",
        type=int,
        metavar="ID",
        help="add the answers to this draft review (another viewpoint, say) instead of "
        "starting a new one",
    )
    record.add_argument("--json", action="store_true", help="print what was recorded as JSON")
    record.set_defaults(handler=run_record)
    register_questionnaires(actions)


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
                    "id": r.id,
                    "partnership": r.partnership,
                    "date": r.review_date.isoformat(),
                    "status": r.status,
                    "respondents": list(r.respondents),
                    "overall_score": None if r.overall is None else round_score(r.overall),
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
        score = "not scored" if r.overall is None else f"{score_text(r.overall)} ({r.band_label})"
        draft = " [DRAFT]" if r.is_draft else ""
        who = ", ".join(r.respondents) or "no respondents named"
        print(f"{r.review_date:%d %b %Y}  {r.partnership}{draft}: {score}. Respondents: {who}.")
    return 0


def _refused(args: argparse.Namespace, problems: list[Problem], where: str) -> int:
    """Every problem, then that nothing was written; as JSON too when asked."""
    if args.json:
        print_json(
            {
                "recorded": False,
                "problems": [
                    {"line": p.values.get("line"), "field": p.field, "message": p.message}
                    for p in problems
                ],
            }
        )
    for problem in problems:
        print(f"partnerbook: {where}{problem.message}", file=sys.stderr)
    print("partnerbook: nothing was recorded.", file=sys.stderr)
    return 1


def run_record(args: argparse.Namespace) -> int:
    from desktop.services.frameworks import FrameworkError, find_framework
    from desktop.services.partnership_listing import find_partnership
    from desktop.services.review_recording import (
        AnswersFileError,
        read_answers_file,
        record_review,
    )
    from desktop.services.reviews import ReviewError

    review_date = None
    if args.date:
        try:
            review_date = date.fromisoformat(args.date)
        except ValueError as exc:
            raise CliError(
                "--date {value} is not a date. Write it as year-month-day, e.g. 2026-11-28.",
                value=args.date,
            ) from exc
    try:
        lines = read_answers_file(args.answers)
    except AnswersFileError as exc:
        return _refused(args, exc.problems, f"{args.answers}: ")
    with writable_store(args) as (_paths, database):
        try:
            with database.session() as session:
                partnership = find_partnership(session, args.partnership)
                tool = find_framework(session, args.tool)
                recorded = record_review(
                    session,
                    partnership.id,
                    tool.id,
                    lines,
                    today=date.today(),
                    review_date=review_date,
                    viewpoint=args.viewpoint,
                    finish=args.finish,
                    draft_id=args.review,
                )
        except AnswersFileError as exc:
            return _refused(args, exc.problems, f"{args.answers}: ")
        except ReviewError as exc:
            return _refused(args, exc.problems, "")
        except FrameworkError as exc:
            raise CliError("{why} Nothing was recorded.", why=exc) from exc
    if args.json:
        print_json(_recorded_json(recorded))
    else:
        _print_recorded(recorded)
    return 0


def _recorded_json(r: RecordedReview) -> dict[str, Any]:
    return {
        "recorded": True,
        "review_id": r.review_id,
        "partnership_id": r.partnership_id,
        "partnership": r.partnership,
        "tool": {"id": r.tool_id, "version": r.tool_version, "title": r.tool_title},
        "date": r.review_date.isoformat(),
        "status": r.status,
        "viewpoint": r.viewpoint or None,
        "answers": [
            {"reference": a.reference, "answer": a.answer, "label": a.label, "note": a.note}
            for a in r.answers
        ],
        "unanswered": list(r.unanswered),
        "overall_score": None if r.overall is None else round_score(r.overall),
        "band": r.band_key or None,
        "band_label": r.band_label or None,
    }


def _print_recorded(r: RecordedReview) -> None:
    whose = f"as the answers of {r.viewpoint}" if r.viewpoint else "as the agreed answers"
    kind = "finished review" if r.status == ReviewStatus.COMPLETE else "draft review"
    print(
        f"Recorded a {kind} of {r.partnership} dated {r.review_date:%d %b %Y} "
        f"(review {r.review_id}), with {r.tool_title} version {r.tool_version}: "
        f"{count(len(r.answers), 'answer')}, {whose}."
    )
    if r.status == ReviewStatus.COMPLETE:
        score = "not scored" if r.overall is None else f"{score_text(r.overall)} ({r.band_label})"
        print(f"Score: {score}.")
    else:
        blank = len(r.unanswered)
        left = f" Without an answer yet: {count(blank, 'question')}." if blank else ""
        print(f"It is a draft:{left} Finish it in the window, or record it with --finish.")
