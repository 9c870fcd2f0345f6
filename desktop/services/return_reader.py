"""Read a return back: take the JSON out of the PDF, check it against the schema and hash.

Kept small on purpose. The CVS collection adds its own limits for files from strangers
(size, page count, time); this is the one place that says what a *valid* return is.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from os import PathLike
from pathlib import Path
from typing import Any

from desktop.domain.canonical import verify_hash
from desktop.domain.problems import UserError
from desktop.resource_paths import resources_dir

ATTACHMENT_NAME = "partnerbook-return.json"
SCHEMA_FILE = "partnerbook-return-1.schema.json"

__all__ = ["ATTACHMENT_NAME", "ReturnFileError", "read_return", "schema", "validate_payload"]


class ReturnFileError(UserError, ValueError):
    """A file that is not a readable, unchanged Partnerbook return; the message says why."""


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema of version 1 returns, from resources/schemas."""
    path = resources_dir() / "schemas" / SCHEMA_FILE
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@functools.cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_problems(payload: Any, limit: int = 5) -> list[str]:
    """Plain descriptions of where the payload breaks the schema (empty when it fits)."""
    problems = []
    for error in sorted(_validator().iter_errors(payload), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.path) or "the top level"
        problems.append(f"{where}: {error.message}")
        if len(problems) >= limit:
            break
    return problems


def validate_payload(payload: Any, source: str = "the return") -> dict[str, Any]:
    """Check schema name and version, the schema itself and the hash; return the payload."""
    if not isinstance(payload, Mapping):
        raise ReturnFileError("{file}: the data inside is not a Partnerbook return.", file=source)
    if payload.get("schema") != "partnerbook-return":
        raise ReturnFileError("{file}: the data inside is not a Partnerbook return.", file=source)
    version = payload.get("schema_version")
    if version != 1:
        raise ReturnFileError(
            "{file}: this return uses data version {version}, which this version of "
            "Partnerbook cannot read. Update Partnerbook and try again.",
            file=source,
            version=repr(version),
        )
    problems = schema_problems(payload)
    if problems:
        raise ReturnFileError(
            "{file}: the data inside does not have the expected shape ({problems}).",
            file=source,
            problems="; ".join(problems),
        )
    if not verify_hash(payload):
        raise ReturnFileError(
            "{file}: the data inside has been changed since the return was made "
            "(its checksum does not match). Ask the group to send the return again.",
            file=source,
        )
    return dict(payload)


def attached_json(path: Path) -> bytes:
    """The bytes of the return's attachment, or ReturnFileError."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        attachments = reader.attachments
        found = attachments.get(ATTACHMENT_NAME)
    except FileNotFoundError as exc:
        raise ReturnFileError("{file}: there is no such file.", file=path.name) from exc
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise ReturnFileError(
            "{file}: this file is not a PDF that can be read.", file=path.name
        ) from exc
    if not found:
        raise ReturnFileError(
            "{file}: this PDF has no Partnerbook data inside it, so it is not a return "
            "(or it was printed to PDF again, which drops the data).",
            file=path.name,
        )
    if len(found) > 1:
        # Two data files under one name: someone added one; we cannot tell which is true.
        raise ReturnFileError(
            "{file}: this PDF holds more than one Partnerbook data file, so it may have "
            "been changed. Ask the group to send the return again.",
            file=path.name,
        )
    return found[0]


def read_return(path: str | PathLike[str]) -> dict[str, Any]:
    """Extract, parse and check the return inside a PDF; ReturnFileError names the problem."""
    path = Path(path)
    data = attached_json(path)
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReturnFileError(
            "{file}: the data inside is damaged ({reason}).", file=path.name, reason=str(exc)
        ) from exc
    return validate_payload(payload, path.name)
