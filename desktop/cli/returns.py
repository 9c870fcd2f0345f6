"""``partnerbook export-return`` and ``partnerbook brief``: the PDFs, from the command line."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import CliError, command_parser
from desktop.cli.common import writable_store
from desktop.domain.numbers import count

if TYPE_CHECKING:
    from desktop.domain.periods import Period
    from desktop.services.types import Session


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = command_parser(
        sub,
        "export-return",
        help="export the return for a period as a PDF with the data inside it",
    )
    export.add_argument(
        "--period",
        help="a financial year (2026-27), a quarter (2026-27 Q3) or dates "
        "(2026-10-01..2026-12-31); with --pack, the pack's period",
    )
    export.add_argument(
        "--pack",
        metavar="PACK",
        help="make the return a pack from your CVS asks for (`latest`, or the pack id that "
        "`open-pack` printed); contact details, if included, are sealed for that CVS",
    )
    export.add_argument(
        "--partnership",
        action="append",
        metavar="PARTNERSHIP",
        help=(
            "only this partnership, by id, name or a unique part of its name (repeat for "
            "more); all if left out"
        ),
    )
    export.add_argument(
        "--include-contacts",
        action="store_true",
        help="include people's names and contact details (left out unless you ask)",
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    export.add_argument("--html", type=Path, metavar="FILE", help="also save it as HTML")
    export.add_argument("--csv", type=Path, metavar="DIR", help="also save CSV files in DIR")
    export.add_argument("--signoff-name", default="", metavar="NAME")
    export.add_argument("--signoff-role", default="", metavar="ROLE")
    export.add_argument(
        "--allow-empty",
        action="store_true",
        help="export even when the period has no partnerships in it",
    )
    export.set_defaults(handler=run_export)

    brief = command_parser(
        sub, "brief", help="make the one- or two-page brief for a partnership's next meeting"
    )
    brief.add_argument(
        "partnership", metavar="PARTNERSHIP", help="its id, its name or a unique part of it"
    )
    brief.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    brief.set_defaults(handler=run_brief)


def run_export(args: argparse.Namespace) -> int:
    from desktop.domain.periods import PeriodError
    from desktop.domain.return_period import parse_period
    from desktop.services.returns import ExportRequest, ReturnEmpty, SaveError, export_return

    pack_id, pack_period = _pack(args) if args.pack else (None, None)
    if args.period is None and pack_period is None:
        raise CliError("Say which period the return is for (--period), or which pack (--pack).")
    try:
        period = parse_period(args.period) if args.period else pack_period
    except PeriodError as exc:
        raise CliError(str(exc)) from exc
    assert period is not None
    request = ExportRequest(
        period=period,
        out_path=args.out,
        partnership_ids=None,
        include_contacts=args.include_contacts,
        signoff_name=args.signoff_name,
        signoff_role=args.signoff_role,
        signoff_date=date.today() if args.signoff_name or args.signoff_role else None,
        html_path=args.html,
        csv_dir=args.csv,
        allow_empty=args.allow_empty,
        pack_id=pack_id,
    )
    with writable_store(args) as (_paths, database):
        try:
            with database.session() as session:
                if args.partnership:
                    request = replace(request, partnership_ids=_partnership_ids(session, args))
                result = export_return(session, request)
        except ReturnEmpty as exc:
            raise CliError(f"{exc} (add --allow-empty to export it anyway)") from exc
        except SaveError as exc:
            raise CliError(str(exc)) from exc
    print(
        f"Saved return {result.reference} ({count(result.partnership_count, 'partnership')}) "
        f"to {result.path}."
    )
    if result.supersedes_reference and result.made_for:
        print(
            f"It replaces return {result.supersedes_reference} for the same period, "
            f"for {', '.join(result.made_for)} only; the CVS keeps the earlier return's "
            "word on the other partnerships."
        )
    elif result.supersedes_reference:
        print(
            f"It replaces return {result.supersedes_reference} for the same period, "
            "for all the group's partnerships."
        )
    for path in result.extra_files:
        print(f"Also saved {path}.")
    print(f"Signed with your group's key {result.signed_by} (your CVS may ask for it).")
    for warning in result.warnings:
        print(f"Note: {warning}")
    return 0


def _pack(args: argparse.Namespace) -> tuple[str, Period]:
    """The pack asked for (``latest``: the one opened last) and its period."""
    from desktop.cli.common import readable_store
    from desktop.services.packs import latest_pack, pack_by_id, pack_period

    with readable_store(args) as (_paths, database), database.session() as session:
        pack = latest_pack(session) if args.pack == "latest" else pack_by_id(session, args.pack)
        if pack is None:
            raise CliError(
                "There is no return pack {pack} in your records. Open the pack your CVS sent "
                "first: partnerbook open-pack FILE",
                pack=args.pack,
            )
        return pack.pack_id, pack_period(pack)


def _partnership_ids(session: Session, args: argparse.Namespace) -> list[int]:
    """``--partnership`` as ``brief`` reads it: an id, a name or a unique part of one."""
    from desktop.services.partnership_listing import PartnershipNotFound, find_partnership

    try:
        return [find_partnership(session, key).id for key in args.partnership]
    except PartnershipNotFound as exc:
        raise CliError(str(exc)) from exc


def run_brief(args: argparse.Namespace) -> int:
    from desktop.services.briefs import SaveError, export_brief
    from desktop.services.partnership_listing import PartnershipNotFound, find_partnership

    with writable_store(args) as (_paths, database), database.session() as session:
        try:
            partnership = find_partnership(session, args.partnership)
        except PartnershipNotFound as exc:
            raise CliError(str(exc)) from exc
        try:
            saved = export_brief(session, partnership.id, args.out, today=date.today())
        except SaveError as exc:
            raise CliError(str(exc)) from exc
    print(f"Saved the brief for {saved.partnership} to {saved.path}.")
    return 0
