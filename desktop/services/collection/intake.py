"""Reading a return file we do not trust: limits first, then the hash, then the shape.

This is the one validator of return files: the collection's importer, the group's own
``return_reader.read_return`` (the export tests, the self-test) and the fuzz tests all go
through ``check_payload``, so what the CVS accepts is what the exports are tested against.
It enforces the schema (resources/schemas) and the rules a schema cannot say: a period
that ends before it starts, a return made in the future, dates too far ahead.

Everything here is plain Python so it can run in a worker process under a time limit
(desktop.services.collection.watchdog) and be fuzzed directly by the tests. Only the JSON
attached to the PDF is read, never the visible text: the attachment is what the group's app
wrote, and its hash proves nobody edited it after export. Attachment names are only ever
compared with the expected name; they are never used as paths. Two attachments of the same
name are refused (a PDF reader shows one, we might read the other), and JavaScript or an
automatic action in the PDF is noted for the log; neither is ever run or followed.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.domain.canonical import HASH_FIELD, canonical_bytes
from desktop.domain.problems import marked
from desktop.domain.signing import SIGNATURE_FIELD, BadSignature, SignatureCheck, verify_payload
from desktop.services.collection.pdf_scan import first_repeat, same_name, scan_pdf, shown_name
from desktop.services.collection.return_rules import date_fields, plain, rule_problem
from desktop.services.return_reader import ATTACHMENT_NAME, ReturnFileError

__all__ = [
    "ATTACHMENT_NAME",
    "Limits",
    "Rejected",
    "ReturnRead",
    "check_payload",
    "parse_payload_bytes",
    "pick_attachment",
    "read_checked",
    "read_return_file",
]

SCHEMA_NAME = "partnerbook-return"
SCHEMA_VERSION = 2  # the newest this build reads; every older one is read too
MB = 1024 * 1024
SAME_NAME_TWICE = marked(
    "it holds two attached files with the same name ({name}): a PDF reader shows one of "
    "them and the data could be read from the other, so it cannot be trusted; ask the "
    "group to export the return again"
)
UNSIGNED = marked(
    "it is not signed by the group's Partnerbook, so nobody can tell who made it; ask the "
    "group to export the return again with the current Partnerbook"
)
BADLY_SIGNED = marked(
    "its signature is not good ({why}): it was changed after the group signed it, or it "
    "was not made by the group's Partnerbook; ask the group to export the return again"
)
PDF_CHANGED = marked(
    "the PDF was changed after the group's Partnerbook signed it ({why}); ask the group to "
    "send the file again, exactly as Partnerbook saved it"
)
# Notes for the import log on a return that is imported anyway (the data's hash is good).
CARRIES_JAVASCRIPT = marked(
    "it carries JavaScript, which Partnerbook never runs (a return Partnerbook made has none)"
)
CARRIES_AUTOMATIC_ACTION = marked(
    "it carries an automatic action (something a PDF reader would do by itself, such as on "
    "opening it), which Partnerbook never follows (a return Partnerbook made has none)"
)


@dataclass(frozen=True)
class Limits:
    """What a return may be. Generous for real returns (a big one is ~200 KB of JSON)."""

    max_file_bytes: int = 20 * MB
    max_json_bytes: int = 2 * MB
    max_depth: int = 32
    max_string: int = 100_000
    seconds: float = 20.0


class Rejected(ReturnFileError):
    """A file that cannot be imported. ``kind`` sorts the reasons; the message is for people.

    The import log keeps the English text; the window translates it when shown.
    """

    def __init__(self, kind: str, template: str, /, **values: object) -> None:
        super().__init__(template, **values)
        # not_return, damaged, altered, newer, too_large, too_slow, out_of_range, ambiguous,
        # unsigned, bad_signature (issue 20)
        self.kind = kind


@dataclass(frozen=True)
class ReturnRead:
    """A checked return, with notes for the log on what else the PDF carried."""

    payload: dict[str, Any]
    notes: tuple[str, ...] = ()
    # Who signed the data, as checked here (None for a version 1 return): the import uses
    # it rather than checking the signature again in the main process.
    signer: SignatureCheck | None = None
    # The payload's canonical text (what the collection keeps), made here from the forms
    # its checks needed rather than by the importer again.
    text: str = ""


# -- the PDF ------------------------------------------------------------------------------


def read_return_file(path: str, limits: Limits) -> dict[str, Any]:
    """The checked payload of the return PDF at ``path``; raises Rejected for anything else."""
    return read_checked(path, limits).payload


def read_checked(path: str, limits: Limits) -> ReturnRead:
    """The checked payload and the log notes (JavaScript, automatic actions); or Rejected."""
    file = Path(path)
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise Rejected(
            "damaged", "it could not be read ({why})", why=exc.strerror or str(exc)
        ) from exc
    if size > limits.max_file_bytes:
        raise Rejected(
            "too_large",
            "it is too large ({size} MB; a return is at most {limit} MB)",
            size=size // MB,
            limit=limits.max_file_bytes // MB,
        )
    with file.open("rb") as fh:
        head = fh.read(1024)
        if b"%PDF-" not in head:
            raise Rejected("not_return", "it is not a PDF, so it is not a Partnerbook return")
        try:  # read once: the attachment and the PDF signature are both checked on it
            whole = head + fh.read()
        except OSError as exc:
            raise Rejected("damaged", "it is damaged and could not be read as a PDF") from exc
    data, notes, pdf = _attachment_bytes(whole, limits)
    payload, checked, forms = _checked_payload(parse_payload_bytes(data, limits))
    signer = payload.get("signed_by") or {}
    if signer.get("pdf_key_sha256"):
        from desktop.services.collection.pdf_signature_check import pdf_signer_key

        problem, key = pdf_signer_key(file, pdf, whole)
        if problem:
            raise Rejected("altered", PDF_CHANGED, why=problem)
        if key != signer["pdf_key_sha256"]:
            raise Rejected(
                "altered", PDF_CHANGED, why="the PDF is signed by another key than its data"
            )
    return ReturnRead(payload, notes, checked, forms.whole().decode("utf-8"))


def _attachment_bytes(whole: bytes, limits: Limits) -> tuple[bytes, tuple[str, ...], Any]:
    """The attached data, the notes for the log, and pypdf's reader of the PDF ``whole``."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs every repair it makes to a damaged file; the outcome says enough.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(whole), strict=False)
        scan = scan_pdf(reader.trailer["/Root"])
        if scan.twice:
            raise Rejected("ambiguous", SAME_NAME_TWICE, name=shown_name(scan.twice))
        embedded_files = list(reader.attachment_list)
        found = {str(embedded.name or ""): embedded for embedded in embedded_files}
        repeated = first_repeat([same_name(str(e.name or "")) for e in embedded_files])
        if repeated is not None:  # the same name twice in the attachments list itself
            raise Rejected("ambiguous", SAME_NAME_TWICE, name=shown_name(repeated))
        name = pick_attachment(list(found))
        if name is None:
            raise Rejected(
                "not_return",
                "it has no Partnerbook data attached (it may be a printout or a scan of a "
                "return rather than the PDF the app exported)",
            )
        chosen = found[name]
        declared = chosen.size
        if declared is not None and declared > limits.max_json_bytes:
            raise _json_too_large(limits)
        content = chosen.content
    except Rejected:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise Rejected("damaged", "it is damaged and could not be read as a PDF") from exc
    except (RecursionError, MemoryError, OverflowError, OSError, AssertionError) as exc:
        raise Rejected("damaged", "it is damaged and could not be read as a PDF") from exc
    if not isinstance(content, bytes):
        raise Rejected("damaged", "its attached data could not be read")
    if len(content) > limits.max_json_bytes:
        raise _json_too_large(limits)
    notes = (CARRIES_JAVASCRIPT,) * scan.javascript + (CARRIES_AUTOMATIC_ACTION,) * scan.automatic
    return content, notes, reader


def pick_attachment(names: list[str]) -> str | None:
    """The attachment holding the return: the expected name, else the only ``.json`` one."""
    if ATTACHMENT_NAME in names:
        return ATTACHMENT_NAME
    candidates = [n for n in names if n.lower().endswith(".json")]
    return candidates[0] if len(candidates) == 1 else None


def _json_too_large(limits: Limits) -> Rejected:
    return Rejected(
        "too_large",
        "its attached data is larger than {limit} MB",
        limit=limits.max_json_bytes // MB,
    )


# -- the JSON -----------------------------------------------------------------------------


_MAX_KEY = 200  # the schema's longest field name is under 40 characters


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs) and (not result or max(map(len, result)) <= _MAX_KEY):
        return result  # the usual case, checked in C; else the first fault is found below
    result = {}
    for key, value in pairs:
        if len(key) > _MAX_KEY:
            raise Rejected("too_large", "its data holds a field name that is too long")
        if key in result:
            raise Rejected("damaged", "its data names the field '{key}' twice", key=key[:40])
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise Rejected(
        "damaged", "its data holds the value {name}, which a return never has", name=name
    )


def parse_payload_bytes(data: bytes, limits: Limits) -> Any:
    """Parse the attachment strictly: size, UTF-8, no repeated keys, no NaN, shape limits."""
    if len(data) > limits.max_json_bytes:
        raise _json_too_large(limits)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("damaged", "its attached data is not readable text") from exc
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except RecursionError as exc:
        raise _too_deep(limits) from exc
    except ValueError as exc:
        if isinstance(exc, Rejected):
            raise
        raise Rejected("damaged", "its attached data is not valid JSON") from exc
    _check_shape(value, limits)
    return value


def _too_deep(limits: Limits) -> Rejected:
    return Rejected(
        "damaged", "its data is nested more than {limit} levels deep", limit=limits.max_depth
    )


def _check_shape(value: Any, limits: Limits) -> None:
    """Depth and string length, walked level by level (no recursion, few allocations)."""
    level, depth = [value], 0
    while level:
        depth += 1
        below: list[Any] = []
        for item in level:
            kind = type(item)
            if kind is str:
                if len(item) > limits.max_string:
                    raise Rejected(
                        "too_large",
                        "its data holds a piece of text longer than {limit:,} characters",
                        limit=limits.max_string,
                    )
            elif kind is dict:
                if depth > limits.max_depth:
                    raise _too_deep(limits)
                below.extend(item.values())
            elif kind is list:
                if depth > limits.max_depth:
                    raise _too_deep(limits)
                below.extend(item)
            elif kind is float and not math.isfinite(item):
                raise Rejected("damaged", "its data holds a number that is out of range")
        level = below


def check_payload(value: Any, now: datetime | None = None) -> dict[str, Any]:
    """Is it ours, a version we read, unaltered, shaped as the schema says, and plausible?

    ``now`` is the reader's clock (UTC), for the rules on times; tests pass their own.
    """
    return _checked_payload(value, now)[0]


class _Canonical:
    """A payload's canonical form (domain.canonical) made once a top-level field: the forms
    its hash covers, its signature covers and the whole are joined from the same parts
    (``json.dumps`` with sorted keys writes a dict as exactly this join)."""

    def __init__(self, value: dict[str, Any]) -> None:
        self.parts = sorted(
            (key, json.dumps(key, ensure_ascii=False).encode("utf-8") + b":" + canonical_bytes(v))
            for key, v in value.items()
        )

    def whole(self, *leaving_out: str) -> bytes:
        return b"{" + b",".join(part for key, part in self.parts if key not in leaving_out) + b"}"


def _checked_payload(
    value: Any, now: datetime | None = None
) -> tuple[dict[str, Any], SignatureCheck | None, _Canonical]:
    """``check_payload``, who signed it (None for a version 1 return), and its canonical
    forms."""
    if not isinstance(value, dict) or value.get("schema") != SCHEMA_NAME:
        raise Rejected("not_return", "its attached data is not a Partnerbook return")
    version = value.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Rejected("damaged", "its data does not say which version of the format it uses")
    if version > SCHEMA_VERSION:
        raise Rejected(
            "newer",
            "it was made by a newer version of Partnerbook (format {version}); "
            "install the latest Partnerbook to import it",
            version=version,
        )
    if not isinstance(value.get(HASH_FIELD), str):
        raise Rejected("damaged", "its data has no check code (SHA-256)")
    try:  # as domain.canonical.verify_hash, from the parts made once
        forms = _Canonical(value)
        stated = hashlib.sha256(forms.whole(HASH_FIELD)).hexdigest()
        unaltered = value[HASH_FIELD] == stated
    except (ValueError, TypeError, RecursionError) as exc:
        raise Rejected("damaged", "its data could not be checked") from exc
    if not unaltered:
        raise Rejected(
            "altered",
            "its data was changed after it was exported (the check code does not match); "
            "ask the group to export the return again",
        )
    problem = _schema_problem(value)
    if problem:
        raise Rejected("damaged", "its data is not a valid return ({problem})", problem=problem)
    broken = rule_problem(value, now or datetime.now(UTC))
    if broken is not None:
        raise Rejected("out_of_range", broken.template, **broken.values)
    if version >= 2:
        return value, check_data_signature(value, forms.whole(HASH_FIELD, SIGNATURE_FIELD)), forms
    return value, None, forms


def check_data_signature(value: dict[str, Any], signed: bytes | None = None) -> SignatureCheck:
    """Who signed a version 2 return; Rejected when it is unsigned or badly signed.

    A version 1 return was made before returns were signed and is read as "unsigned (older
    Partnerbook)"; every version 2 return must be signed (issue 20).
    """
    try:
        return verify_payload(value, signed)
    except BadSignature as exc:
        if str(exc) == "it is not signed":
            raise Rejected("unsigned", UNSIGNED) from exc
        raise Rejected("bad_signature", BADLY_SIGNED, why=str(exc)) from exc


def _inline_refs(node: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """The schema with every local ``$ref`` replaced by what it points to.

    Resolving references is most of jsonschema's time; a schema without them validates a
    return about 40% faster, which matters for a thousand returns. A recursive schema would
    never finish inlining, so past a small depth the caller falls back to the original.
    """
    if depth > 12:
        raise RecursionError("the schema refers to itself")
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
            target = _inline_refs(defs[ref[8:]], defs, depth + 1)
            rest = {k: _inline_refs(v, defs, depth) for k, v in node.items() if k != "$ref"}
            return {**target, **rest}
        return {k: _inline_refs(v, defs, depth) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs, depth) for v in node]
    return node


@lru_cache(maxsize=4)
def _validator(version: int = SCHEMA_VERSION) -> Any:
    from jsonschema import Draft202012Validator

    from desktop.services.return_reader import schema

    original = schema(version)
    try:
        fast = _inline_refs(original, original.get("$defs", {}))
    except RecursionError:
        fast = original
    return Draft202012Validator(fast, format_checker=Draft202012Validator.FORMAT_CHECKER)


@lru_cache(maxsize=4)
def _fast_check(version: int = SCHEMA_VERSION) -> Any:
    """The quick pass (fastcheck), or None if the schema uses something it does not know."""
    from desktop.services.collection.fastcheck import Unsupported, compile_schema
    from desktop.services.return_reader import schema

    original = schema(version)
    try:
        return compile_schema(_inline_refs(original, original.get("$defs", {})))
    except (Unsupported, RecursionError):
        return None


def warm_up() -> None:
    """Build the validators now (a worker calls this before its first file is timed), and
    let pypdf read hex strings in one pass (``pdf_hex``: the same objects, faster)."""
    from desktop.services.collection import pdf_hex

    pdf_hex.install()
    _validator()
    _fast_check()
    date_fields()


def _schema_problem(value: dict[str, Any]) -> str:
    """The first place the payload breaks the schema (the returns side owns the schema).

    Only the first error is wanted: collecting and sorting every error of a badly broken
    file would let one file cost seconds.
    """
    version = value["schema_version"]  # check_payload has made sure it is one we read
    fast = _fast_check(version)
    if fast is not None and fast(value):
        return ""
    error = next(iter(_validator(version).iter_errors(value)), None)
    if error is None:
        return ""
    where = "/".join(str(p) for p in error.absolute_path) or "the top level"
    return f"{where[:120]}: {plain(error)[:160]}"
