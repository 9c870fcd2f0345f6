"""``partnerbook open-pack PACK [--yes] [--trust-new-key]``: a return pack from the CVS.

Shows what the pack asks in plain words, then (on ``--yes``, or a "y" typed at the
question) sets the CVS, adds the pack's frameworks and keeps the pack, so that
``export-return --pack latest`` makes the return for it. A pack signed by a different key
from the same CVS's earlier pack is refused unless ``--trust-new-key`` says the person
checked with the CVS.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop.cli import CliError, command_parser
from desktop.cli.common import writable_store
from desktop.domain.text_safety import one_line


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    opening = command_parser(
        sub, "open-pack", help="open a return pack from your CVS: what it asks, and set it up"
    )
    opening.add_argument("pack", type=Path, metavar="PACK", help="the .pbpack file the CVS sent")
    opening.add_argument("--yes", action="store_true", help="set it up without asking")
    opening.add_argument(
        "--trust-new-key",
        action="store_true",
        help="open it even though it is signed by a different key from the CVS's earlier "
        "pack (only after checking with the CVS that they sent it)",
    )
    opening.set_defaults(handler=run_open_pack)


def run_open_pack(args: argparse.Namespace) -> int:
    from desktop.domain.frameworks import FrameworkError
    from desktop.domain.packs import PackError
    from desktop.services.packs import accept_pack, preview_pack

    with writable_store(args) as (_paths, database), database.session() as session:
        try:
            preview = preview_pack(session, args.pack, date.today())
        except PackError as exc:
            raise CliError(str(exc)) from exc
        for line in preview.lines:
            print(one_line(str(line)))
        for warning in preview.warnings:
            print(f"Warning: {one_line(str(warning))}")
        if not args.yes and not _said_yes():
            print("Nothing was changed.")
            return 1
        try:
            row = accept_pack(session, preview, trust_new_key=args.trust_new_key)
            session.commit()
        except (PackError, FrameworkError) as exc:
            session.rollback()
            raise CliError(str(exc)) from exc
        print(
            f"Opened. {one_line(row.cvs_name)} is your CVS; the deadline is "
            f"{row.deadline:%d %B %Y}. Make the return with: "
            "partnerbook export-return --pack latest --out FILE.pdf"
        )
        print(f"Pack id: {row.pack_id}")
    return 0


def _said_yes() -> bool:
    if not sys.stdin.isatty():
        print("Add --yes to set it up (nobody is here to answer the question).")
        return False
    return input("Set it up? [y/N] ").strip().lower() in ("y", "yes")
