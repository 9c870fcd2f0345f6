"""The command line. Imports no Qt: it must work on a server or over SSH.

Each command lives in its own module with ``register(subparsers)``; the module's handler
returns an exit code. People see plain messages; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from importlib import import_module
from typing import Any

from desktop.domain.problems import UserError

# Command modules, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.check",
    "desktop.cli.backup",
    "desktop.cli.demo",
    "desktop.cli.partnerships",
    "desktop.cli.frameworks",
    "desktop.cli.reviews",
    "desktop.cli.commitments",
    "desktop.cli.people",
    "desktop.cli.collect",
    "desktop.cli.returns",
    "desktop.cli.packs",
)
# Which module registers each command, so a run imports only the module it needs and the
# window (no command) imports none of them: together they cost ~0.1 s of start-up.
COMMANDS: dict[str, str] = {
    "check": "desktop.cli.check",
    "backup": "desktop.cli.backup",
    "restore": "desktop.cli.backup",
    "backups": "desktop.cli.backup",
    "demo": "desktop.cli.demo",
    "import-partnerships": "desktop.cli.partnerships",
    "list": "desktop.cli.partnerships",
    "partnerships": "desktop.cli.partnerships",
    "frameworks": "desktop.cli.frameworks",
    "reviews": "desktop.cli.reviews",
    "commitments": "desktop.cli.commitments",
    "people": "desktop.cli.people",
    "collect": "desktop.cli.collect",
    "export-return": "desktop.cli.returns",
    "brief": "desktop.cli.returns",
    "open-pack": "desktop.cli.packs",
}
# Options of the top-level parser that take a value (their value is not a command).
VALUE_OPTIONS = frozenset({"--data-dir", "--open-collection", "--open-pack"})


def modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules a run with ``argv`` needs: all of them for help or a typo."""
    if any(arg in ("-h", "--help") for arg in argv):
        return COMMAND_MODULES
    for index, arg in enumerate(argv):
        if arg.startswith("-") or (index and argv[index - 1] in VALUE_OPTIONS):
            continue
        # The first word that is not an option is the command; an unknown one gets the
        # full list so argparse can say which commands there are.
        return (COMMANDS[arg],) if arg in COMMANDS else COMMAND_MODULES
    return ()


class VersionAction(argparse.Action):
    """``--version``: the version is read only when asked for (it is slow to look up)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from desktop import __version__

        print(f"Partnerbook {__version__}")
        parser.exit()


class CliError(UserError):
    """A problem in the person's world: printed as it is, with a non-zero exit."""

    def __init__(self, message: str, code: int = 1, **values: Any) -> None:
        super().__init__(message, **values)
        self.code = code


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerbook",
        description=(
            "Partnerbook keeps the record of the partnerships your group sits on. "
            "With no command it opens the app."
        ),
    )
    parser.add_argument("--version", action=VersionAction)
    add_common(parser)
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=(
            "open the main window with the data loaded, then close (for checks and timings); "
            "a dialog that would wait for an answer is closed as if Escape was pressed, and "
            "Partnerbook exits with status 3"  # desktop.ui.exit_when_ready.DIALOG_STATUS
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this copy of Partnerbook works, in a temporary folder (your data is untouched)",
    )
    parser.add_argument(
        "--open-collection",
        metavar="LOCATION",
        help=(
            "open a CVS collection of returns: a collection file, or a shared one on a server "
            "(postgresql://..., service=...)"
        ),
    )
    parser.add_argument(
        "--open-pack",
        metavar="FILE",
        help="open the window and a return pack from your CVS (what a double-click does)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        import_module(name).register(sub)
    return parser


def add_common(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """Options accepted before or after the command (``partnerbook check --data-dir X``)."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep the data in DIR instead of the usual folder (or set PARTNERBOOK_DATA_DIR)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="show full details when something goes wrong",
    )


def command_parser(
    sub: argparse._SubParsersAction, name: str, **kwargs: str
) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """A subcommand parser that also takes the common options."""
    parser: argparse.ArgumentParser = sub.add_parser(name, **kwargs)
    add_common(parser, suppress=True)
    return parser


def main(argv: Sequence[str] | None = None, *, whole_process: bool = False) -> int:
    """Run ``partnerbook argv``; its exit status. ``whole_process``: this run is the whole
    process (the ``partnerbook`` command), so a window closed in order may end it at once."""
    argv = _pack_double_clicked(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser(modules_for(argv))
    args = parser.parse_args(argv)
    if args.self_test and args.command is None:
        from desktop.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        # No command: the window. Imported here so the command line never loads Qt.
        # Python's ~50 automatic collections during start-up free a few hundred objects
        # (~9 ms): none until the window's own collector (ui/gc_guard) takes over.
        import gc

        gc.disable()
        from desktop.ui.before_qt import import_before_qt

        import_before_qt()  # PySide6 reads the source of each module imported after it
        from desktop.ui.application import end_process, run_gui

        code = run_gui(args)
        if whole_process:
            end_process(code)  # returns only if the usual ending is still needed
        return code
    try:
        code = int(args.handler(args))
        sys.stdout.flush()  # here, so a reader that went away is noticed here
        return code
    except BrokenPipeError:
        return _pipe_closed()
    except CliError as exc:
        _say(exc)
        return exc.code
    except UserError as exc:  # a refusal the person can act on, raised by a service
        _say(exc)
        return 1
    except KeyboardInterrupt:
        print("partnerbook: stopped.", file=sys.stderr)
        return 130
    except Exception as exc:
        return _unexpected(exc, debug=getattr(args, "debug", False))


def _say(exc: UserError) -> None:
    # Messages may quote names from other people's files: no escapes reach the terminal.
    # Imported here: the window (no command) never needs it.
    from desktop.domain.text_safety import visible

    print(f"partnerbook: {visible(exc)}", file=sys.stderr)


def _pack_double_clicked(argv: list[str]) -> list[str]:
    """A return pack given as the only file (a double-click: ``partnerbook FILE.pbpack``)
    opens the window with the pack, as ``--open-pack FILE`` does."""
    files = [a for a in argv if not a.startswith("-")]
    if len(files) == 1 and files[0].lower().endswith(".pbpack"):
        index = argv.index(files[0])
        if index == 0 or argv[index - 1] not in VALUE_OPTIONS:
            return [*argv[:index], "--open-pack", *argv[index:]]
    return argv


def _pipe_closed() -> int:
    """The reader went away (``partnerbook collect summary … | head``): not an error.

    Whatever is still buffered for the closed pipe is thrown away, so Python does not
    complain again when it flushes standard output on the way out.
    """
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file behind stdout (a test's capture)
        pass
    return 0


def _unexpected(exc: Exception, *, debug: bool) -> int:
    """A full disk or a lost drive is the person's world (status 1, the plain words the
    window uses); anything else is our bug (status 2). Neither prints the error's own text:
    a database error carries the SQL and its parameters, which hold people's data."""
    from desktop.services.storage_errors import storage_problem_message

    if debug:
        traceback.print_exc()
    plain = storage_problem_message(exc)
    if plain is not None:
        print(f"partnerbook: {plain}", file=sys.stderr)
        return 1
    if not debug:
        print(
            f"partnerbook: something went wrong that we did not expect ({type(exc).__name__}). "
            "Run the command again with --debug for details.",
            file=sys.stderr,
        )
    return 2
