"""Read a return back: take the JSON out of the PDF and check it.

The checking itself is the collection's (desktop.services.collection.intake): one validator
for every return file, so the group's exports are tested against what the CVS runs. This
module keeps the schema (the returns side owns it) and the group's side of reading: errors
that name the file.
"""

from __future__ import annotations

import functools
import json
from os import PathLike
from pathlib import Path
from typing import Any

from desktop.domain.problems import UserError
from desktop.resource_paths import resources_dir

ATTACHMENT_NAME = "partnerbook-return.json"
# Every version this build reads, oldest first; the last is the one it writes. A return keeps
# the version it was made with, so a collection validates each against its own schema.
SCHEMA_FILES = {
    1: "partnerbook-return-1.schema.json",
    2: "partnerbook-return-2.schema.json",
}
SCHEMA_FILE = SCHEMA_FILES[max(SCHEMA_FILES)]

__all__ = ["ATTACHMENT_NAME", "ReturnFileError", "read_return", "schema", "validate_payload"]


class ReturnFileError(UserError, ValueError):
    """A file that is not a readable, unchanged Partnerbook return; the message says why."""


@functools.cache
def schema(version: int | None = None) -> dict[str, Any]:
    """The JSON Schema of returns of ``version`` (the newest if None), from resources/schemas."""
    path = resources_dir() / "schemas" / SCHEMA_FILES[version or max(SCHEMA_FILES)]
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def validate_payload(payload: Any, source: str = "") -> dict[str, Any]:
    """Check a payload as the collection does (the one validator); return it.

    Raises ReturnFileError (a ``Rejected`` with its ``kind``), naming ``source`` if given.
    """
    from desktop.services.collection.intake import Rejected, check_payload

    try:
        return dict(check_payload(payload))
    except Rejected as exc:
        if not source:
            raise
        raise _naming(exc, source) from exc


def read_return(path: str | PathLike[str]) -> dict[str, Any]:
    """Extract, parse and check the return inside a PDF; ReturnFileError names the problem."""
    from desktop.services.collection.intake import Limits, Rejected, read_return_file

    path = Path(path)
    try:
        return read_return_file(str(path), Limits())
    except Rejected as exc:
        raise _naming(exc, path.name) from exc


def _naming(exc: Any, source: str) -> ReturnFileError:
    from desktop.services.collection.intake import Rejected

    return Rejected(
        exc.kind, "{file} cannot be used as a return: {reason}.", file=source, reason=exc
    )
