"""The CVS's trust commands: packs, keys, held returns and sealed contact details.

    partnerbook collect make-pack COLLECTION --period P --deadline D [--framework FILE]...
                                  [--cvs-name NAME] [--contact TEXT] [--message TEXT] --out PACK
    partnerbook collect held COLLECTION [--all] [--json]
    partnerbook collect confirm-key COLLECTION NUMBER     (or refuse-held COLLECTION NUMBER)
    partnerbook collect keys COLLECTION
    partnerbook collect export-keys COLLECTION --out FILE
    partnerbook collect import-keys COLLECTION FILE
    partnerbook collect rotate-keys COLLECTION
    partnerbook collect contacts COLLECTION

The passphrase that locks the CVS's keys is asked for at the terminal, or read from the
file ``--passphrase-file`` names (its first line), or from ``PARTNERBOOK_CVS_PASSPHRASE``
(for scripts). It is never printed and never stored.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import CliError, command_parser
from desktop.cli.collect_location import LOCATION_HELP, collection_arg
from desktop.cli.common import print_json
from desktop.domain.problems import UserError
from desktop.domain.text_safety import one_line

if TYPE_CHECKING:
    from desktop.services.collection.opening import Connection

__all__ = ["register_trust"]

PASSPHRASE_ENV = "PARTNERBOOK_CVS_PASSPHRASE"


def _collection_parser(
    actions: argparse._SubParsersAction, name: str, text: str
) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    parser = command_parser(actions, name, help=text)
    parser.add_argument("collection", type=collection_arg, help=LOCATION_HELP)
    return parser


def _with_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase from FILE's first line (or set {PASSPHRASE_ENV})",
    )


def register_trust(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    make = _collection_parser(actions, "make-pack", "make a signed return pack for your groups")
    make.add_argument("--period", required=True, help="2026-27, 2026-27 Q3 or dates a..b")
    make.add_argument("--deadline", required=True, help="the date returns are due (YYYY-MM-DD)")
    make.add_argument(
        "--framework",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a framework file the groups should use (repeat for more)",
    )
    make.add_argument("--cvs-name", default="", help="the CVS's name (needed for the first pack)")
    make.add_argument("--contact", default="", help="how groups reach the CVS")
    make.add_argument("--message", default="", help="a short message to the groups")
    make.add_argument("--out", required=True, type=Path, metavar="PACK")
    _with_passphrase(make)
    make.set_defaults(handler=run_make_pack)

    held = _collection_parser(actions, "held", "list returns held for a different key")
    held.add_argument("--all", action="store_true", help="confirmed and refused ones too")
    held.add_argument("--json", action="store_true", help="print the list as JSON")
    held.set_defaults(handler=run_held)
    for name, text in (
        ("confirm-key", "confirm a held return: record the group's new key and import it"),
        ("refuse-held", "refuse a held return: it stays out of the collection"),
    ):
        decide = _collection_parser(actions, name, text)
        decide.add_argument("number", type=int, help="the held return's number (`held` lists them)")
        decide.set_defaults(handler=run_decide)

    keys = _collection_parser(actions, "keys", "show the CVS's key fingerprints")
    keys.set_defaults(handler=run_keys)
    export = _collection_parser(actions, "export-keys", "save the CVS's keys (still locked)")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=run_export_keys)
    put_back = _collection_parser(
        actions, "import-keys", "put back the CVS's keys saved with export-keys"
    )
    put_back.add_argument("file", type=Path, help="the saved keys")
    _with_passphrase(put_back)
    put_back.set_defaults(handler=run_import_keys)
    rotate = _collection_parser(actions, "rotate-keys", "make new keys for new packs")
    _with_passphrase(rotate)
    rotate.set_defaults(handler=run_rotate)
    contacts = _collection_parser(
        actions, "contacts", "show the contact details groups sealed for the CVS"
    )
    _with_passphrase(contacts)
    contacts.set_defaults(handler=run_contacts)


def _passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    if getattr(args, "passphrase_file", None):
        try:
            return args.passphrase_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise CliError(
                "The passphrase could not be read from {file}.", file=str(args.passphrase_file)
            ) from exc
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CliError(
            "The CVS's passphrase is needed: give --passphrase-file FILE or set {env}.",
            env=PASSPHRASE_ENV,
        )
    first = getpass.getpass("Passphrase for the CVS's keys: ")
    if new and getpass.getpass("The same passphrase again: ") != first:
        raise CliError("The two passphrases are not the same. Nothing was changed.")
    return first


@contextmanager
def _connection(args: argparse.Namespace, *, write: bool) -> Iterator[Connection]:
    from desktop.cli.collect import reading_collection, writing_collection

    if not write:
        with reading_collection(args.collection) as conn:
            yield conn
        return
    with writing_collection(args.collection) as conn:
        try:
            yield conn
        except UserError as exc:
            raise CliError(str(exc)) from exc


def run_make_pack(args: argparse.Namespace) -> int:
    from desktop.cli.collect import _period
    from desktop.services.collection.packs import PackRequest, SaveError, cvs_keys, save_pack

    period = _period(args.period)
    try:
        deadline = date.fromisoformat(args.deadline)
    except ValueError as exc:
        raise CliError("The deadline {d} is not a date like 2027-05-31.", d=args.deadline) from exc
    for framework in args.framework:
        if not framework.is_file():
            raise CliError("There is no framework file called {f}.", f=str(framework))
    with _connection(args, write=True) as conn:
        first = not cvs_keys(conn)
        passphrase = _passphrase(args, new=first)
        request = PackRequest(
            period, deadline, args.cvs_name, args.contact, args.message, tuple(args.framework)
        )
        try:
            made = save_pack(conn, request, passphrase, args.out)
        except SaveError as exc:
            raise CliError(str(exc)) from exc
    if made.new_keys:
        print(
            f"Made the CVS's keys (fingerprint {made.fingerprint}). Keep the passphrase safe, "
            "and save a copy of the keys: partnerbook collect export-keys COLLECTION --out FILE"
        )
    print(f"Saved the return pack for {period.label} to {args.out} (signed by {made.fingerprint}).")
    return 0


def run_held(args: argparse.Namespace) -> int:
    from desktop.services.collection.trust import held_returns

    with _connection(args, write=False) as conn:
        held = held_returns(conn, None if args.all else "held")
    if args.json:
        print_json([h.__dict__ for h in held])
        return 0
    if not held:
        print("No returns are held.")
    for h in held:
        print(
            f"{h.id}. {one_line(h.group_name)}, {one_line(h.period)} — signed by {h.fingerprint}, "
            f"earlier returns by {h.known} ({h.status}; {one_line(h.path)})"
        )
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from desktop.services.collection.trust import confirm_held, refuse_held

    with _connection(args, write=True):
        if args.collect_command == "refuse-held":
            refuse_held(args.collection, args.number)
            print(f"Held return {args.number} was refused; it stays out of the collection.")
            return 0
        outcome = confirm_held(args.collection, args.number)
    reason = f" ({one_line(outcome.reason)})" if outcome.reason else ""
    print(
        f"Confirmed: the group's new key {outcome.key} is recorded; "
        f"the return was {outcome.outcome}{reason}."
    )
    return 0


def run_keys(args: argparse.Namespace) -> int:
    from desktop.services.collection.packs import cvs_keys

    with _connection(args, write=False) as conn:
        keys = cvs_keys(conn)
    if not keys:
        print("This collection has no keys yet: they are made with its first pack.")
    for key in keys:
        state = "retired (returns for its packs still open)" if key.retired else "current"
        print(f"{key.fingerprint}  made {key.created_at[:16]}  {state}")
    return 0


def run_export_keys(args: argparse.Namespace) -> int:
    from desktop.services.collection.packs import SaveError, save_keys

    with _connection(args, write=False) as conn:
        try:
            save_keys(conn, args.out)
        except (UserError, SaveError) as exc:
            raise CliError(str(exc)) from exc
    print(
        f"Saved the CVS's keys to {args.out}. They are still locked by the passphrase: keep "
        "the file and the passphrase in different safe places."
    )
    return 0


def run_import_keys(args: argparse.Namespace) -> int:
    from desktop.services.collection.packs import import_keys

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError("The file {file} could not be read.", file=str(args.file)) from exc
    with _connection(args, write=True) as conn:
        added = import_keys(conn, text, _passphrase(args))
    print(f"Put back {added} of the CVS's keys (keys already here were left as they are).")
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    from desktop.services.collection.packs import rotate_keys

    with _connection(args, write=True) as conn:
        fingerprint = rotate_keys(conn, _passphrase(args))
    print(
        f"New keys made (fingerprint {fingerprint}); new packs carry them, signed over by the "
        "old key so groups accept the change. Returns for earlier packs still open."
    )
    return 0


def run_contacts(args: argparse.Namespace) -> int:
    import json

    from desktop.services.collection.packs import (
        contact_lines,
        open_sealed_contacts,
        returns_with_sealed_contacts,
    )

    with _connection(args, write=False) as conn:
        rows = returns_with_sealed_contacts(conn)
        if not rows:
            print("No current return carries sealed contact details.")
            return 0
        passphrase = _passphrase(args)
        for name, reference, text in rows:
            try:
                details = open_sealed_contacts(conn, json.loads(text), passphrase)
            except UserError as exc:
                raise CliError(str(exc)) from exc
            print(f"{one_line(name)} ({one_line(reference)}):")
            for line in contact_lines(details or {}):
                print(f"  {one_line(line)}")
    return 0
