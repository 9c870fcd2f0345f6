"""``partnerbook people list`` and ``partnerbook people report PERSON --out FILE``: who is
held, and everything held about one of them (what the People screen's Save buttons save)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import command_parser
from desktop.cli.common import print_json, readable_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub, "people", help="list the people held, or save everything held about one of them"
    )
    actions = parser.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    listing = command_parser(actions, "list", help="everyone held, with their ids")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_list)
    report = command_parser(
        actions,
        "report",
        help="save everything held about one person, for a request for their data: a "
        "readable PDF, or JSON for a file ending .json",
    )
    report.add_argument("person", metavar="PERSON", help="their id, name or a unique part of it")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.json")
    report.set_defaults(handler=run_report)


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.privacy import list_people

    with readable_store(args) as (_paths, database), database.session() as session:
        people = list_people(session)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.full_name,
                    "email": p.email,
                    "phone": p.phone,
                    "forgotten": p.forgotten,
                    "still_serving": p.still_serving,
                    "last_term_end": p.last_term_end.isoformat() if p.last_term_end else None,
                }
                for p in people
            ]
        )
        return 0
    if not people:
        print("No people are held.")
    for p in people:
        if p.forgotten:
            note = "forgotten at their request"
        elif p.still_serving:
            note = "still serving"
        elif p.last_term_end:
            note = f"last term ended {p.last_term_end.isoformat()}"
        else:
            note = "no representative term recorded"
        print(f"{p.id}  {p.full_name}  ({note})")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from desktop.services.person_export import export_person_report, find_person, kind_for

    kind = kind_for(args.out)
    # Reading only: it works while the window is open, and the report changes nothing.
    with readable_store(args) as (_paths, database), database.session() as session:
        person = find_person(session, args.person)  # NoSuchPerson: a plain refusal
        saved = export_person_report(session, person.id, args.out, kind=kind)
    what = "JSON" if kind == "json" else "PDF"
    print(f"Saved everything held about {person.full_name} ({what}) to {saved}.")
    return 0
