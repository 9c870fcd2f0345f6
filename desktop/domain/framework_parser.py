"""Checking a framework file and building a Framework from it, with plain messages."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from typing import Any

from desktop.domain.framework_checker import FieldChecker
from desktop.domain.framework_format2 import build_format2
from desktop.domain.framework_lines import FileProblem, refusal
from desktop.domain.framework_model import (
    DEFAULT_FRAMEWORK_ID,
    LEVEL_ITEM,
    MAX_BANDS,
    MAX_CLAUSE_CHARS,
    MAX_FILE_BYTES,
    MAX_GUIDANCE_CHARS,
    MAX_ID_CHARS,
    MAX_ITEMS,
    MAX_KEY_CHARS,
    MAX_LABEL_CHARS,
    MAX_SCALE_OPTIONS,
    MAX_SECTIONS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MAX_VERSION_CHARS,
    REQUIRED_SECTION_KEYS,
    SECTION_KINDS,
    SUPPORTED_FORMAT,
    TOP_SCORE,
    Band,
    Framework,
    FrameworkError,
    Item,
    Scale,
    ScaleOption,
    Section,
    Source,
)
from desktop.domain.problems import Message

_TOP_KEYS = (
    "format",
    "id",
    "version",
    "title",
    "short_title",
    "source",
    "language",
    "rating_scale",
    "answer_scale",
    "bands",
    "sections",
)
_SOURCE_KEYS = ("publisher", "document", "date")
_SECTION_KEYS = ("key", "clause", "title", "kind")
_ITEM_KEYS = ("ref", "title", "text")
_OPTION_KEYS = ("key", "label", "colour", "meaning")
_BAND_KEYS = ("key", "label", "from", "colour", "action_hint")

_KEY_RE = re.compile(r"[a-z][a-z0-9_]*")
_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_COLOUR_RE = re.compile(r"#[0-9A-Fa-f]{6}")
_CLAUSE_RE = re.compile(r"\d{1,3}(?:\.\d{1,3})*")
_REF_RE = re.compile(
    r"(?P<clause>\d{1,3}(?:\.\d{1,3})*)(?P<suffix>[A-Z]?)\((?:[a-z]{1,3}|\d{1,3})\)"
)
_GLOSSARY_REF_RE = re.compile(r"G:[a-z0-9]+(?:-[a-z0-9]+)*")
_TOML_POSITION_RE = re.compile(r"^(?P<what>.*?) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")


def _describe_toml_error(exc: tomllib.TOMLDecodeError) -> Message:
    # What is wrong comes from Python's TOML reader, in English: only our words translate.
    message = str(exc)
    found = _TOML_POSITION_RE.match(message)
    if found:
        return Message(
            "this is not a valid TOML file. Line {line}, column {column}: {what}.",
            line=found["line"],
            column=found["col"],
            what=found["what"],
        )
    if message.endswith(" (at end of document)"):
        what = message.removesuffix(" (at end of document)")
        return Message("this is not a valid TOML file. At the end of the file: {what}.", what=what)
    return Message("this is not a valid TOML file: {what}.", what=message)


def _too_large(size: int) -> Message:
    return Message(
        "the file is too large to be a framework ({size:,} bytes; the limit is "
        "{limit:,} bytes, which is 1 MB).",
        size=size,
        limit=MAX_FILE_BYTES,
    )


def parse_framework(text: str, source_name: str) -> Framework:
    """Read a framework from TOML text; ``source_name`` names the file in error messages.

    A format 2 file is checked whole and refused with its first problem (and how many
    more there are); a format 1 file stops at its first problem (``check_framework_text``
    lists them all).
    """
    check = FieldChecker(source_name)
    if len(text) > MAX_FILE_BYTES:  # characters never outnumber the UTF-8 bytes
        check.fail(_too_large(len(text.encode("utf-8", "surrogatepass"))))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        check.fail(_describe_toml_error(exc))
    if _is_format_2(data):
        framework, problems = build_format2(data, text)
        if framework is None:
            raise refusal(source_name, problems)
        return framework
    return _build(data, check)


def _is_format_2(data: dict[str, Any]) -> bool:
    value = data.get("format")
    return isinstance(value, int) and not isinstance(value, bool) and value == 2


def check_framework_text(text: str, source_name: str) -> tuple[Framework | None, list[FileProblem]]:
    """Every problem in a framework file, each with its line (where it can be found) and a
    fix; the framework as well when there are none. For ``partnerbook frameworks check``.

    Both formats are checked whole. A format 1 file's problems are found field by field,
    option by option, band by band and item by item, each with its line where the message
    gives one; a problem in the file's overall shape (a missing table) still stops the check,
    since nothing under it can be read.
    """
    if len(text) > MAX_FILE_BYTES:
        size = len(text.encode("utf-8", "surrogatepass"))
        return None, [FileProblem(None, None, _too_large(size))]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION_RE.match(str(exc))
        line = int(found["line"]) if found else None
        return None, [
            FileProblem(
                line,
                None,
                _describe_toml_error(exc),
                Message("Correct the line in a text editor; the rest is checked after that."),
            )
        ]
    if _is_format_2(data):
        return build_format2(data, text)
    check = FieldChecker(source_name, collect=True)
    try:
        framework = _build(data, check)
    except FrameworkError as exc:
        found = list(check.problems or [])
        if exc not in found:
            found.append(exc)
        return None, [_format1_problem(text, problem) for problem in found]
    return framework, []


def _format1_problem(text: str, exc: FrameworkError) -> FileProblem:
    message = exc.message
    inner = message.values.get("problem") if message is not None else None
    where = message.values.get("where") if message is not None else None
    problem = inner if isinstance(inner, Message) else Message("{text}", text=str(exc))
    line = _format1_line(text, where)
    if line is None and where is None:
        line = _top_level_line(text, problem.values.get("key"))
    return FileProblem(line, where if isinstance(where, Message) else None, problem)


def _top_level_line(text: str, key: object) -> int | None:
    """The line of a top-level field ("version = 1"): before the first [table]."""
    if not isinstance(key, str):
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            return None
        if stripped.split("=", 1)[0].strip() == key and "=" in stripped:
            return number
    return None


def _format1_line(text: str, where: object) -> int | None:
    """The line of a format 1 problem: found by the ref or key its message names."""
    if not isinstance(where, Message):
        return None
    for name in ("ref", "key"):
        value = where.values.get(name)
        if isinstance(value, str):
            needle = f'{name} = "{value}"'
            lines = [
                n for n, line in enumerate(text.splitlines(), start=1) if line.strip() == needle
            ]
            if lines:
                return lines[-1]  # a ref used twice: the second one is the one to change
    return None


def _build(data: dict[str, Any], check: FieldChecker) -> Framework:
    # The format comes first: a newer file may use keys this version has never heard of,
    # and "update Partnerbook" is the useful thing to say about it.
    if "format" not in data:
        check.fail('"format" is missing. Put format = 1 at the top of the file.')
    file_format = data["format"]
    if isinstance(file_format, bool) or not isinstance(file_format, int) or file_format < 1:
        check.fail('"format" must be a whole number, such as 1.')
    if file_format > SUPPORTED_FORMAT:
        check.fail(
            "this framework was made for a newer version of Partnerbook (it uses file format "
            "{format}; this version reads format {supported}). "
            "Update Partnerbook to use it.",
            format=file_format,
            supported=SUPPORTED_FORMAT,
        )
    check.keys(data, _TOP_KEYS, (), None)

    fields: dict[str, Any] = {}
    for name, limit, regex, example in (
        ("id", MAX_ID_CHARS, _ID_RE, DEFAULT_FRAMEWORK_ID),
        ("version", MAX_VERSION_CHARS, None, ""),
        ("title", MAX_TITLE_CHARS, None, ""),
        ("short_title", MAX_LABEL_CHARS, None, ""),
        ("language", MAX_KEY_CHARS, _LANGUAGE_RE, "en-GB"),
    ):
        with check.part():
            if regex is None:
                fields[name] = check.text(data, name, None, limit)
            else:
                fields[name] = check.pattern(data, name, None, limit, regex, example)

    with check.part():
        source_table = check.table(data["source"], "source", None, Message("write it as [source]"))
        check.keys(source_table, _SOURCE_KEYS, (), "source")
        fields["source"] = Source(
            publisher=check.text(source_table, "publisher", "source", MAX_TITLE_CHARS),
            document=check.text(source_table, "document", "source", MAX_TITLE_CHARS),
            date=check.text(source_table, "date", "source", MAX_TITLE_CHARS),
        )

    rating_label, answer_label = Message("rating scale"), Message("answer scale")
    with check.part():
        fields["rating"] = _scale(data["rating_scale"], "rating_scale", rating_label, check)
    with check.part():
        fields["answer"] = _scale(data["answer_scale"], "answer_scale", answer_label, check)
        if all(option.score is None for option in fields["answer"]):
            check.fail(
                "at least one option needs a score, or no review could be scored.", answer_label
            )
    with check.part():
        fields["bands"] = _bands(data["bands"], check)
    with check.part():
        fields["sections"] = _sections(data["sections"], check)
    if check.failed:  # only when collecting: every part has been checked
        raise (check.problems or [])[0]
    bands = fields["bands"]
    sections = _with_scales(fields["sections"], fields["rating"], fields["answer"], bands)

    return Framework(
        format=file_format,
        id=fields["id"],
        version=fields["version"],
        title=fields["title"],
        short_title=fields["short_title"],
        source=fields["source"],
        language=fields["language"],
        sections=sections,
        rating_scale=fields["rating"],
        answer_scale=fields["answer"],
        bands=bands,
    )


def _with_scales(
    sections: dict[str, Section],
    rating_scale: tuple[ScaleOption, ...],
    answer_scale: tuple[ScaleOption, ...],
    bands: tuple[Band, ...],
) -> dict[str, Section]:
    """Give a format 1 file's sections what format 2 writes out: each its scale, and the
    scored ones the framework's bands at question and whole-review level (format 1 bands
    served both), scored by the mean, so one scoring serves files of both formats."""
    rating = Scale("rating_scale", "Rating", rating_scale, None)
    if any(o.key == "need_help" for o in rating_scale):
        rating = Scale("rating_scale", "Rating", rating_scale, "need_help")
    answers = Scale("answer_scale", "Answer", answer_scale, None)
    levelled = tuple(replace(b, level=LEVEL_ITEM) for b in bands) + bands
    result: dict[str, Section] = {}
    for key, section in sections.items():
        if section.kind == "rated":
            section = replace(section, scale=rating)
        elif section.kind == "scored":
            section = replace(section, scale=answers, bands=levelled)
        result[key] = section
    return result


def _scale(value: Any, name: str, label: Message, check: FieldChecker) -> tuple[ScaleOption, ...]:
    table = check.table(
        value, name, None, Message("write its options as [[{name}.options]]", name=name)
    )
    check.keys(table, ("options",), (), label)
    options = check.table_list(table["options"], "options", label, f"[[{name}.options]]")
    if not options:
        check.fail("it must contain at least one option.", label)
    if len(options) > MAX_SCALE_OPTIONS:
        check.fail(
            "it has {count} options; the limit is {limit}.",
            label,
            count=len(options),
            limit=MAX_SCALE_OPTIONS,
        )
    result: list[ScaleOption] = []
    seen: set[str] = set()
    for number, entry in enumerate(options, start=1):
        where = Message("{scale} option {number}", scale=label, number=number)
        if isinstance(entry.get("key"), str) and _KEY_RE.fullmatch(entry["key"]):
            where = Message('{scale} option "{key}"', scale=label, key=entry["key"])
        check.keys(entry, _OPTION_KEYS, ("score",), where)
        key = check.pattern(entry, "key", where, MAX_KEY_CHARS, _KEY_RE, "we_do_this")
        if key in seen:
            check.fail('the key "{key}" is used by more than one option.', label, key=key)
        seen.add(key)
        score: float | None = None
        if "score" in entry:
            score = check.number(entry["score"], "score", where)
            if not 0 <= score <= TOP_SCORE:
                check.fail(
                    '"score" must be from 0 to 100, not {score}.', where, score=entry["score"]
                )
        result.append(
            ScaleOption(
                key=key,
                label=check.text(entry, "label", where, MAX_LABEL_CHARS),
                score=score,
                colour=check.pattern(entry, "colour", where, 7, _COLOUR_RE, "#2E7D32"),
                meaning=check.text(entry, "meaning", where, MAX_TEXT_CHARS),
            )
        )
    return tuple(result)


def _bands(value: Any, check: FieldChecker) -> tuple[Band, ...]:
    entries = check.table_list(value, "bands", None, "[[bands]]")
    if not entries:
        check.fail('"bands" needs at least one band, starting at 0.')
    if len(entries) > MAX_BANDS:
        check.fail(
            "there are {count} bands; the limit is {limit}.", count=len(entries), limit=MAX_BANDS
        )
    starts: list[tuple[str, float, dict[str, Any], Message]] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = Message("band {number}", number=number)
        if isinstance(entry.get("key"), str) and _KEY_RE.fullmatch(entry["key"]):
            where = Message('band "{key}"', key=entry["key"])
        for wrong in ("to", "max", "upper", "until", "end"):
            if wrong in entry:
                check.fail(
                    '"{key}" is not used: a band has only a start ("from") and runs up to '
                    "where the next band starts.",
                    where,
                    key=wrong,
                )
        check.keys(entry, _BAND_KEYS, (), where)
        key = check.pattern(entry, "key", where, MAX_KEY_CHARS, _KEY_RE, "concern")
        if key in seen:
            check.fail('the key "{key}" is used by more than one band.', where, key=key)
        seen.add(key)
        start = check.number(entry["from"], "from", where)
        if not 0 <= start < TOP_SCORE:
            check.fail(
                '"from" must be at least 0 and below 100, not {start}.', where, start=entry["from"]
            )
        if not starts and start != 0:
            check.fail(
                "the first band starts at {start}, but it must start at 0 so that "
                "every score from 0 to 100 has a band.",
                where,
                start=entry["from"],
            )
        if starts and start <= starts[-1][1]:
            check.fail(
                "it starts at {start}, which is not above where the band before it "
                "starts ({before}). List the bands from lowest to highest; each "
                "runs up to where the next one starts, so they cannot overlap or leave gaps.",
                where,
                start=entry["from"],
                before=starts[-1][2]["from"],
            )
        starts.append((key, start, entry, where))
    bands: list[Band] = []
    for index, (key, start, entry, where) in enumerate(starts):
        upper = starts[index + 1][1] if index + 1 < len(starts) else TOP_SCORE
        bands.append(
            Band(
                key=key,
                label=check.text(entry, "label", where, MAX_LABEL_CHARS),
                lower=start,
                upper=upper,
                colour=check.pattern(entry, "colour", where, 7, _COLOUR_RE, "#B91C1C"),
                action_hint=check.text(entry, "action_hint", where, MAX_TEXT_CHARS),
            )
        )
    return tuple(bands)


def _sections(value: Any, check: FieldChecker) -> dict[str, Section]:
    entries = check.table_list(value, "sections", None, "[[sections]]")
    if len(entries) > MAX_SECTIONS:
        check.fail(
            "there are {count} sections; the limit is {limit}.",
            count=len(entries),
            limit=MAX_SECTIONS,
        )
    # Count before checking item by item, so a huge file is refused at once.
    total = sum(len(e["items"]) for e in entries if isinstance(e.get("items"), list))
    if total > MAX_ITEMS:
        check.fail("there are {count:,} items; the limit is {limit}.", count=total, limit=MAX_ITEMS)

    sections: dict[str, Section] = {}
    ref_owner: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        with check.part():  # when collecting, a wrong section does not stop the next one
            _section(entry, number, sections, ref_owner, check)
    if check.failed:
        return sections  # "missing" would only repeat a section already named as wrong

    missing = [k for k in SECTION_KINDS if k in REQUIRED_SECTION_KEYS and k not in sections]
    if missing:
        names = ", ".join(f'"{k}"' for k in missing)
        check.fail("these sections are missing: {names}.", names=names)
    return sections


def _section(
    entry: dict[str, Any],
    number: int,
    sections: dict[str, Section],
    ref_owner: dict[str, str],
    check: FieldChecker,
) -> None:
    """Check one section and its items; add it to ``sections``."""
    where = Message("section {number}", number=number)
    if isinstance(entry.get("key"), str) and _KEY_RE.fullmatch(entry["key"]):
        where = Message('section "{key}"', key=entry["key"])
    check.keys(entry, _SECTION_KEYS, ("items",), where)
    key = check.pattern(entry, "key", where, MAX_KEY_CHARS, _KEY_RE, "all_partners")
    if key not in SECTION_KINDS:
        known = ", ".join(f'"{k}"' for k in SECTION_KINDS)
        check.fail(
            "this is not a section Partnerbook knows. The sections are {known}.",
            where,
            known=known,
        )
    if key in sections:
        check.fail("this section appears twice.", where)
    kind = check.text(entry, "kind", where, MAX_KEY_CHARS)
    if kind != SECTION_KINDS[key]:
        check.fail(
            '"kind" must be "{expected}" for this section, not "{kind}".',
            where,
            expected=SECTION_KINDS[key],
            kind=kind,
        )
    title = check.text(entry, "title", where, MAX_TITLE_CHARS)
    if kind == "glossary":
        clause = check.text(entry, "clause", where, MAX_CLAUSE_CHARS)
    else:
        clause = check.pattern(entry, "clause", where, MAX_CLAUSE_CHARS, _CLAUSE_RE, "3.1")
    raw_items = check.table_list(entry.get("items", []), "items", where, "[[sections.items]]")
    if not raw_items:
        check.fail("it has no items. Add at least one [[sections.items]] after it.", where)
    items: list[Item] = []
    for n, raw in enumerate(raw_items, start=1):
        with check.part():
            items.append(_item(raw, n, key, kind, clause, ref_owner, check))
    sections[key] = Section(key=key, clause=clause, title=title, kind=kind, items=tuple(items))


def _item(
    entry: dict[str, Any],
    number: int,
    section_key: str,
    kind: str,
    clause: str,
    ref_owner: dict[str, str],
    check: FieldChecker,
) -> Item:
    where = Message('item {number} in section "{section}"', number=number, section=section_key)
    raw_ref = entry.get("ref")
    # Name the item by its ref when the ref is fit to print; otherwise by its position.
    if (
        isinstance(raw_ref, str)
        and raw_ref.strip()
        and raw_ref.isprintable()
        and len(raw_ref) <= MAX_KEY_CHARS * 2
    ):
        where = Message(
            'item {ref} in section "{section}"', ref=raw_ref.strip(), section=section_key
        )
    check.keys(entry, _ITEM_KEYS, ("guidance",), where)
    ref = check.text(entry, "ref", where, MAX_KEY_CHARS * 2)
    if kind == "glossary":
        if not _GLOSSARY_REF_RE.fullmatch(ref):
            check.fail(
                '"ref" must be G: followed by the term in lower-case words joined by hyphens, '
                'such as "G:added-value", not "{ref}".',
                where,
                ref=ref,
            )
    else:
        found = _REF_RE.fullmatch(ref)
        if not found:
            check.fail(
                '"ref" must be the clause followed by a letter in brackets, such as '
                '"{clause}(a)", not "{ref}".',
                where,
                clause=clause,
                ref=ref,
            )
        if found["clause"] != clause:
            check.fail(
                "the ref belongs to clause {found}, but this section is clause {clause}.",
                where,
                found=found["clause"],
                clause=clause,
            )
    if ref in ref_owner:
        check.fail(
            'the ref {ref} is used twice; it is also in section "{section}".',
            where,
            ref=ref,
            section=ref_owner[ref],
        )
    ref_owner[ref] = section_key
    guidance = None
    if "guidance" in entry:
        guidance = check.text(entry, "guidance", where, MAX_GUIDANCE_CHARS)
    return Item(
        ref=ref,
        title=check.text(entry, "title", where, MAX_TITLE_CHARS),
        text=check.text(entry, "text", where, MAX_TEXT_CHARS),
        guidance=guidance,
        section_key=section_key,
    )
