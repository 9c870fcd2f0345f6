"""``partnerbook reviews questionnaire``: a partner's fillable questionnaire for a review;
``partnerbook reviews collect-answers``: filled questionnaires brought back as viewpoints.

REVIEW is the review's id, as ``partnerbook reviews list --json`` shows it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import CliError, command_parser
from desktop.cli.common import print_json, readable_store, writable_store

if TYPE_CHECKING:
    from desktop.services.questionnaires import AnswerOutcome
    from desktop.services.types import Session


def register_into(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    make = command_parser(
        actions,
        "questionnaire",
        help="make a fillable PDF questionnaire of a review for a partner to answer",
    )
    make.add_argument("review", metavar="REVIEW", type=int, help="the review's id (reviews list)")
    make.add_argument("--out", required=True, metavar="FILE.pdf", help="where to save it")
    make.add_argument(
        "--partner",
        default="",
        metavar="NAME",
        help="the partner organisation it is for (left out: one any partner may fill in)",
    )
    make.add_argument("--deadline", metavar="YYYY-MM-DD", help="the date to answer by")
    make.add_argument(
        "--return-to",
        default="",
        metavar="TEXT",
        help="where to send it back, printed on it (an email address, say)",
    )
    make.add_argument(
        "--text",
        metavar="FILE.txt",
        help="also save the questions as plain text, for a partner who cannot use PDF forms",
    )
    make.set_defaults(handler=run_make)

    sent = command_parser(
        actions,
        "questionnaires",
        help="list a review's questionnaires: who was sent one, when, and who has answered",
    )
    sent.add_argument("review", metavar="REVIEW", type=int, help="the review's id")
    sent.add_argument("--json", action="store_true", help="print the list as JSON")
    sent.set_defaults(handler=run_sent)

    collect = command_parser(
        actions,
        "collect-answers",
        help="bring filled questionnaires back into a review, one viewpoint each",
    )
    collect.add_argument("review", metavar="REVIEW", type=int, help="the review's id")
    collect.add_argument(
        "files", metavar="FILES", nargs="+", help="filled questionnaires (PDF), or folders of them"
    )
    collect.add_argument("--json", action="store_true", help="print the outcomes as JSON")
    collect.set_defaults(handler=run_collect)


def _day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(
            "{option} {value} is not a date. Write it as year-month-day, e.g. 2026-12-12.",
            option=option,
            value=value,
        ) from exc


def _review_exists(session: Session, review_id: int) -> None:
    from desktop.services.reviews import review_exists

    if not review_exists(session, review_id):
        raise CliError(
            "There is no review {review}. 'partnerbook reviews list --json' shows each "
            "review's id.",
            review=review_id,
        )


def run_make(args: argparse.Namespace) -> int:
    from desktop.services.questionnaires import make_questionnaire
    from desktop.services.reviews import ReviewError

    deadline = _day(args.deadline, "--deadline")
    out = Path(args.out)
    with writable_store(args) as (_paths, database):
        try:
            with database.session() as session:
                _review_exists(session, args.review)
                made = make_questionnaire(
                    session,
                    args.review,
                    out,
                    date.today(),
                    partner=args.partner,
                    deadline=deadline,
                    return_to=args.return_to,
                    text_out=Path(args.text) if args.text else None,
                )
                partner = made.partner_name
        except ReviewError as exc:
            for problem in exc.problems:
                print(f"partnerbook: {problem.message}", file=sys.stderr)
            print("partnerbook: no questionnaire was made.", file=sys.stderr)
            return 1
    whom = f"for {partner}" if partner else "for any partner"
    print(f"Saved the questionnaire {whom} as {out}. Send it; bring the filled copy back with")
    if args.text:
        print(
            f"(A plain-text copy is in {args.text}: type answers sent that way in as a viewpoint.)"
        )
    print(f"  partnerbook reviews collect-answers {args.review} FILE.pdf")
    return 0


def run_sent(args: argparse.Namespace) -> int:
    from desktop.services.questionnaires import questionnaires_of

    with readable_store(args) as (_paths, database), database.session() as session:
        _review_exists(session, args.review)
        sent = questionnaires_of(session, args.review)
    if args.json:
        print_json(
            [
                {
                    "partner": q.partner or None,
                    "sent_on": q.sent_on.isoformat(),
                    "deadline": q.deadline.isoformat() if q.deadline else None,
                    "file": q.file_name,
                    # An anonymous answer says only that it came.
                    "answered": [
                        {"viewpoint": who or None, "on": when.isoformat() if when else None}
                        for who, when in q.answered
                    ],
                }
                for q in sent
            ]
        )
        return 0
    if not sent:
        print("No questionnaire has been made for this review yet.")
    for q in sent:
        by = f", answer by {q.deadline:%d %b %Y}" if q.deadline else ""
        answers = "; ".join(
            f"{who} on {when:%d %b %Y}" if when else "answered, anonymously"
            for who, when in q.answered
        )
        print(
            f"{q.partner or 'Any partner'}: sent {q.sent_on:%d %b %Y}{by}. "
            f"Answered: {answers or 'not yet'}."
        )
    return 0


def _files(names: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == ".pdf"))
        else:
            found.append(path)
    return found


def run_collect(args: argparse.Namespace) -> int:
    from desktop.services.collection.watchdog import ReaderPool
    from desktop.services.questionnaire_reader import LIMITS, READER
    from desktop.services.questionnaires import REJECTED, collect_answers

    files = _files(args.files)
    if not files:
        raise CliError("There are no PDF files in {names}.", names=", ".join(args.files))
    with writable_store(args) as (_paths, database):
        with database.session() as session:
            _review_exists(session, args.review)
        # Read in worker processes under a time limit: these files come from outside.
        with ReaderPool(LIMITS, reader=READER) as pool:
            reads = [(path.name, read) for path, read in pool.read_many(files)]
        with database.session() as session:
            outcomes = collect_answers(session, args.review, reads, date.today())
    if args.json:
        print_json([_as_json(o) for o in outcomes])
    else:
        for outcome in outcomes:
            print(_as_line(outcome))
    return 1 if any(o.outcome == REJECTED for o in outcomes) else 0


def _as_json(o: AnswerOutcome) -> dict[str, object]:
    return {
        "file": o.file,
        "outcome": o.outcome,
        "viewpoint": o.viewpoint or None,
        "reason": str(o.reason) if o.reason else None,
        "notes": list(o.notes),
    }


def _as_line(o: AnswerOutcome) -> str:
    said = {
        "added": f"added as the viewpoint “{o.viewpoint}”",
        "duplicate": f"already brought back (the viewpoint “{o.viewpoint}”); nothing changed",
        "replaces": f"replaces the earlier answers of “{o.viewpoint}”",
        "rejected": f"not brought back: {o.reason}",
    }[o.outcome]
    notes = "".join(f" Note: {note}." for note in o.notes)
    return f"{o.file}: {said}.{notes}"
