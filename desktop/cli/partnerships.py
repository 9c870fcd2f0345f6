"""``partnerbook import-partnerships FILE``, ``partnerbook list``,
``partnerbook partnerships set-framework`` and ``partnerbook partnerships template``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import CliError, command_parser
from desktop.cli.common import print_json, readable_store, writable_store
from desktop.domain.numbers import count


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub,
        "import-partnerships",
        help="add partnerships and their partners from a spreadsheet (CSV or XLSX), all or none",
    )
    parser.add_argument("file", metavar="FILE", help="the spreadsheet (.csv or .xlsx)")
    parser.add_argument(
        "--dry-run", action="store_true", help="check every row and say what would be added"
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="add the rows that are fine and leave out the ones with problems",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run_import)

    listing = command_parser(sub, "list", help="list the partnerships (changes nothing)")
    listing.add_argument(
        "--json", action="store_true", help="every field of each partnership and its partners"
    )
    listing.set_defaults(handler=run_list)

    group = command_parser(
        sub, "partnerships", help="change a partnership's settings, or save the import template"
    )
    actions = group.add_subparsers(dest="partnerships_command", metavar="ACTION", required=True)
    choose = command_parser(
        actions,
        "set-framework",
        help="choose the framework a partnership's commitments are rated against, and the "
        "tool its reviews use (answers already given keep theirs)",
    )
    choose.add_argument(
        "partnership", metavar="PARTNERSHIP", help="its id, its name or a unique part of it"
    )
    choose.add_argument(
        "--commitments", metavar="ID", help="the framework for commitments (its id or title)"
    )
    choose.add_argument("--reviews", metavar="ID", help="the review tool (its id or title)")
    choose.add_argument("--json", action="store_true", help="print the result as JSON")
    choose.set_defaults(handler=run_set_framework)
    template = command_parser(
        actions,
        "template",
        help="save the spreadsheet template for import-partnerships (XLSX for a file ending "
        ".xlsx, otherwise CSV), as the window's Save template does",
    )
    template.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.csv")
    template.set_defaults(handler=run_template)


def _report(preview: Any, written: bool, created: list[str]) -> dict[str, Any]:
    return {
        "file": str(preview.sheet.path),
        "columns": {h: k for h, k in zip(preview.sheet.headers, preview.mapping, strict=False)},
        "ignored_columns": preview.ignored,
        "problems": [str(m) for m in preview.blocking],
        "rows": [
            {
                "row": r.row_number,
                "name": r.data.name,
                "ok": r.ok,
                "problems": [{"field": p.field, "message": p.message} for p in r.problems],
            }
            for r in preview.rows
        ],
        "written": written,
        "created": created,
    }


def run_import(args: argparse.Namespace) -> int:
    from desktop.services.spreadsheet_import import (
        ImportRefused,
        SpreadsheetError,
        existing_partnership_names,
        import_partnerships,
        preview_import,
        read_spreadsheet,
    )

    try:
        sheet = read_spreadsheet(Path(args.file))
    except SpreadsheetError as exc:
        raise CliError(str(exc)) from exc
    created: list[str] = []
    refusal = ""
    if args.dry_run:  # writes nothing anywhere: no data, backups or logs folder is made
        preview = preview_import(sheet, _names_held(args))
        allowed = preview.can_import(skip_bad_rows=args.skip_bad_rows)
        _print_result(args, preview, created, refusal)
        return 0 if allowed else 1
    with writable_store(args) as (_paths, database):
        conn = database.raw()
        try:
            preview = preview_import(sheet, existing_partnership_names(conn))
        finally:
            conn.close()
        allowed = preview.can_import(skip_bad_rows=args.skip_bad_rows)
        if allowed:
            from desktop.services.backups import backup_now  # a backup before every import
            from desktop.services.opening import BackupError

            try:
                backup_now(_paths, "before-import")
            except BackupError as exc:
                raise CliError(f"Nothing was imported: {exc}") from exc
            try:
                with database.session() as session:
                    created = import_partnerships(
                        session, preview, skip_bad_rows=args.skip_bad_rows
                    ).created
            except ImportRefused as exc:
                refusal = str(exc)
    _print_result(args, preview, created, refusal)
    return 0 if allowed and not refusal else 1


def _names_held(args: argparse.Namespace) -> list[str]:
    """The partnership names already held, read without writing (none if no records yet)."""
    from desktop.paths import resolve
    from desktop.services.spreadsheet_import import existing_partnership_names

    if not resolve(getattr(args, "data_dir", None)).database.exists():
        return []
    with readable_store(args) as (_paths, database):
        conn = database.raw()
        try:
            return existing_partnership_names(conn)
        finally:
            conn.close()


def _print_result(args: argparse.Namespace, preview: Any, created: list[str], refusal: str) -> None:
    if args.json:
        report = _report(preview, bool(created), created)
        if refusal:
            report["problems"] = [*report["problems"], refusal]
        print_json(report)
    else:
        _print_preview(preview, args, created, refusal)


def _print_preview(
    preview: Any, args: argparse.Namespace, created: list[str], refusal: str
) -> None:
    name = Path(args.file).name
    if preview.ignored:
        print(f"These columns are not imported: {', '.join(preview.ignored)}.")
    for problem in preview.blocking:
        print(f"{name}: {problem}")
    for row in preview.bad_rows:
        for problem in row.problems:
            print(f"{name}, row {row.row_number}: {problem.message}")
    for row in preview.rows:  # a theme that may be a built-in one (issue 21)
        for note in row.notes:
            print(f"{name}, row {row.row_number}: {note.text()}")
    good = len(preview.good_rows)
    if refusal:
        print(f"Nothing was imported: {refusal}")
    elif created:
        skipped = len(preview.bad_rows)
        extra = f" Left out {count(skipped, 'row')} with problems." if skipped else ""
        print(f"Imported {count(len(created), 'partnership')} from {name}.{extra}")
    elif preview.blocking or not good:
        print("Nothing was imported.")
    elif preview.bad_rows and not args.skip_bad_rows:
        print(
            f"Nothing was imported: rows with problems: {len(preview.bad_rows)}. Fix them, or "
            "run again with --skip-bad-rows to import the other rows."
        )
    elif args.dry_run:
        print(
            f"Ready to import {count(good, 'partnership')} from {name}. "
            "Nothing was written (dry run)."
        )


def run_list(args: argparse.Namespace) -> int:
    from desktop.domain.dates import format_date
    from desktop.domain.vocab import OurRole, PartnershipStatus
    from desktop.services.partnership_listing import partnership_records

    with readable_store(args) as (_paths, database), database.session() as session:
        records = partnership_records(session)
    if args.json:
        print_json(records)
        return 0
    if not records:
        print("There are no partnerships yet.")
    for record in records:
        seat = record["seat"] or {}
        parts = [
            PartnershipStatus.label_of(record["status"]),
            f"our role: {OurRole.label_of(seat.get('our_role', '')).lower() or 'not set'}",
            count(len(record["partners"]), "partner"),
        ]
        if record["next_meeting"]:
            parts.append(f"next meeting {format_date(record['next_meeting'])}")
        archived = " (archived)" if record["archived_at"] else ""
        print(f"{record['id']:>4}  {record['name']}{archived}: {'; '.join(parts)}")
    return 0


def run_set_framework(args: argparse.Namespace) -> int:
    from desktop.services.frameworks import (
        choose_frameworks,
        find_framework,
        framework_for_partnership,
        review_tool_for_partnership,
    )
    from desktop.services.partnership_listing import find_partnership

    if args.commitments is None and args.reviews is None:
        raise CliError(
            "Say what to change: --commitments ID, --reviews ID, or both. "
            "'partnerbook frameworks list' shows the frameworks held."
        )
    with writable_store(args) as (_paths, database), database.session() as session:
        partnership = find_partnership(session, args.partnership)
        commitments = find_framework(session, args.commitments) if args.commitments else None
        reviews = find_framework(session, args.reviews) if args.reviews else None
        choose_frameworks(
            session,
            partnership.id,
            commitments=commitments.id if commitments else None,
            reviews=reviews.id if reviews else None,
        )
        rated = framework_for_partnership(session, partnership.id)
        tool = review_tool_for_partnership(session, partnership.id)
        name = partnership.name
        pid = partnership.id
    if args.json:
        print_json(
            {
                "partnership_id": pid,
                "partnership": name,
                "commitments": {"id": rated.id, "version": rated.version, "title": rated.title},
                "reviews": {"id": tool.id, "version": tool.version, "title": tool.title},
            }
        )
        return 0
    print(f"{name}:")
    print(f"  commitments are rated against {rated.title} ({rated.id}, version {rated.version})")
    print(f"  reviews use {tool.title} ({tool.id}, version {tool.version})")
    print("Ratings and reviews already recorded keep the framework they were given under.")
    return 0


def run_template(args: argparse.Namespace) -> int:
    from desktop.services.import_template import write_template

    saved = write_template(args.out)  # SaveError: said plainly, nothing left behind
    print(f"Saved the template to {saved}. Fill it in, then: partnerbook import-partnerships FILE")
    return 0
