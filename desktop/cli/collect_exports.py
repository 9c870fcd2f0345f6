"""The files ``partnerbook collect summary`` writes (--csv, --xlsx, --pdf), each on its own.

One export that fails (a full disk, a fault of ours) is named with the reason and leaves no
file, and the others asked for are still made: an XLSX that failed once also stopped the
PDF asked for after it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop.domain.text_safety import one_line

if TYPE_CHECKING:
    from desktop.domain.collection_tables import Table
    from desktop.domain.periods import Period

__all__ = ["write_exports"]


def write_exports(
    args: argparse.Namespace,
    conn: Any,
    tables: Sequence[Table],
    period: Period | None = None,
) -> int:
    """Each export asked for, each on its own: one that fails is reported (and leaves no
    file) and the others are still made. Returns how many failed."""
    from desktop.services.collection.exports import SaveError, write_csv_folder, write_xlsx

    def pdf() -> None:
        from desktop.services.collection.opening import collection_name
        from desktop.services.collection.summary import export_area_summary

        export_area_summary(conn, args.pdf, collection_name(args.collection), period=period)

    wanted = [
        (args.csv, lambda: write_csv_folder(tables, args.csv), "CSV files"),
        (args.xlsx, lambda: write_xlsx(tables, args.xlsx), "spreadsheet"),
        (args.pdf, pdf, "area summary PDF"),
    ]
    failed = 0
    for target, write, what in wanted:
        if target is None:
            continue
        try:
            write()
        except SaveError as exc:  # names the file, says why and what to do
            message = str(exc)
        except OSError as exc:
            message = f"The {what} {target} could not be written: {exc.strerror or exc}."
        except Exception as exc:  # our bug: say so plainly, never half a file
            if getattr(args, "debug", False):
                import traceback

                traceback.print_exc()
            message = (
                f"The {what} {target} was not made: something went wrong that we did not "
                f"expect ({type(exc).__name__}). Nothing was saved there. Run the command "
                "again with --debug for details."
            )
        else:
            print(f"Wrote the {what}: {target}", file=sys.stderr)
            continue
        failed += 1
        print(f"partnerbook: {one_line(message)}", file=sys.stderr)
    return failed
