"""``partnerbook frameworks``: list the frameworks held, check a file, import or export one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import CliError, command_parser
from desktop.cli.common import print_json, readable_store, writable_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(
        sub,
        "frameworks",
        help="list the Compact frameworks held, check a framework file, import or export one",
    )
    actions = parser.add_subparsers(dest="frameworks_command", metavar="ACTION", required=True)
    listing = command_parser(actions, "list", help="list built-in and imported frameworks")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=run_list)
    checking = command_parser(
        actions, "check", help="check a framework file and list every problem with its line"
    )
    checking.add_argument("file", metavar="FILE", help="the framework file (.toml)")
    checking.add_argument("--json", action="store_true", help="print the result as JSON")
    checking.set_defaults(handler=run_check)
    importing = command_parser(actions, "import", help="check a framework file and add it")
    importing.add_argument("file", metavar="FILE", help="the framework file (.toml)")
    importing.set_defaults(handler=run_import)
    exporting = command_parser(
        actions, "export", help="write a framework held here to a file, exactly as it was given"
    )
    exporting.add_argument("id", metavar="ID", help="the framework's id (see 'frameworks list')")
    exporting.add_argument("--version", help="which version (the newest if left out)")
    exporting.add_argument(
        "--out", metavar="FILE", help="the file to write (without it, the text is printed)"
    )
    exporting.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.frameworks import list_frameworks

    with writable_store(args) as (_paths, database), database.session() as session:
        found = list_frameworks(session)
    if args.json:
        print_json(
            [
                {
                    "id": f.id,
                    "version": f.version,
                    "title": f.title,
                    "publisher": f.publisher,
                    "document": f.document,
                    "origin": f.origin,
                    "imported_at": f.imported_at.isoformat() if f.imported_at else None,
                }
                for f in found
            ]
        )
        return 0
    for f in found:
        origin = "built in" if f.origin == "built-in" else "imported"
        print(f"{f.id}  version {f.version}  ({origin})")
        print(f"    {f.title}; from {f.source}")
    return 0


def _summary(framework: Any) -> dict[str, Any]:
    sections = []
    for section in framework.sections.values():
        entry: dict[str, Any] = {
            "key": section.key,
            "kind": section.role,
            "title": section.title,
            "items": len(section.items),
        }
        if section.role == "scored":
            entry["scoring"] = section.method
            entry["domains"] = [d.key for d in section.domains]
            entry["band_levels"] = sorted({b.level for b in section.bands})
        sections.append(entry)
    return {
        "id": framework.id,
        "version": framework.version,
        "title": framework.title,
        "format": framework.format,
        "items": len(framework.all_items()),
        "sections": sections,
        "uses": {use: list(keys) for use, keys in framework.uses.items()},
    }


def run_check(args: argparse.Namespace) -> int:
    from desktop.domain.frameworks import check_framework_file

    path = Path(args.file)
    framework, problems = check_framework_file(path)
    name = path.name or str(path)
    if args.json:
        print_json(
            {
                "file": name,
                "ok": not problems,
                "problems": [
                    {
                        "line": p.line,
                        "where": p.where.text() if p.where is not None else None,
                        "problem": p.problem.text(),
                        "fix": p.fix.text() if p.fix is not None else None,
                        "message": p.located(name).text(),
                    }
                    for p in problems
                ],
                "framework": _summary(framework) if framework is not None else None,
            }
        )
        return 1 if problems else 0
    if problems:
        count = len(problems)
        print(f"{name}: {count} problem{'s' if count != 1 else ''} found.")
        for problem in problems:
            print(f"  {problem.located(name).text()}")
        return 1
    assert framework is not None
    sections, items = len(framework.sections), len(framework.all_items())
    print(
        f"{name}: no problems found. “{framework.title}” (id {framework.id}, version "
        f"{framework.version}, format {framework.format}): {_count(sections, 'section')}, "
        f"{_count(items, 'item')}."
    )
    names = {"commitments": "Commitments", "reviews": "Reviews", "joining": "Joining check"}
    for use, label in names.items():
        keys = framework.uses.get(use, ())
        print(f"  {label}: {', '.join(keys) if keys else 'none'}")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def run_import(args: argparse.Namespace) -> int:
    from desktop.services.backups import backup_now
    from desktop.services.frameworks import FrameworkError, import_framework_file
    from desktop.services.opening import BackupError

    with writable_store(args) as (paths, database):
        try:
            backup_now(paths, "before-import")  # a backup before every import
        except BackupError as exc:
            raise CliError(f"{exc} Nothing was imported.") from exc
        try:
            with database.session() as session:
                row, added = import_framework_file(session, args.file)
                summary = f"{row.title} (id {row.framework_id}, version {row.version})"
        except FrameworkError as exc:
            raise CliError(f"{exc} Nothing was imported.") from exc
    if added:
        print(f"Imported {summary}.")
    else:
        print(f"{summary} was already imported; nothing changed.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.services.framework_export import export_framework_file, framework_file_text
    from desktop.services.frameworks import FrameworkError

    out = Path(args.out) if args.out else None
    if out is not None and out.exists():
        raise CliError(f"{out} already exists. Choose another name; nothing was written.")
    with readable_store(args) as (_paths, database), database.session() as session:
        try:
            if out is None:
                framework, text = framework_file_text(session, args.id, args.version)
                print(text, end="" if text.endswith("\n") else "\n")
                return 0
            framework = export_framework_file(session, args.id, args.version, out)
        except FrameworkError as exc:
            raise CliError(str(exc)) from exc
    print(f"Wrote “{framework.title}” (version {framework.version}) to {out}.")
    return 0
