"""A review's answers written in a file (CSV or JSON), read and checked line by line.

So a CVS can script reviews, and every framework can be tried end to end without the
window. Every problem in the file is reported at once, each with its line and a plain fix;
nothing is recorded unless the whole file is right.

CSV: a header row naming the columns ``reference`` and ``answer`` (and ``note`` if wanted),
then one row per question. JSON: ``{"reference": "answer", ...}``, or a list of objects
``[{"reference": "2(a)", "answer": "Agree", "note": "..."}, ...]``. An answer is the
answer's key or its label, as the review tool shows it ("Yes", "4").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import get_close_matches

from desktop.domain.frameworks import Framework, Item, ScaleOption
from desktop.domain.problems import Problem, ProblemsError
from desktop.domain.review_checks import MAX_FREE_TEXT_CHARS

MAX_ANSWERS_FILE_BYTES = 1_000_000
CSV_COLUMNS = ("reference", "answer", "note")
# Other headings people write for the same columns.
COLUMN_ALIASES = {"ref": "reference", "question": "reference", "comment": "note"}
OBJECT_KEYS = frozenset({"reference", "answer", "note"})
SHOWN_REFS = 12


class AnswersFileError(ProblemsError):
    """The answers file was refused whole; each problem names its line and the fix."""


@dataclass(frozen=True)
class AnswerLine:
    """One answer as written in the file: ``line`` is where it starts (1 for the first)."""

    line: int
    reference: str
    answer: str
    note: str = ""


@dataclass(frozen=True)
class AnswersRead:
    """The answers a file holds, and the problems of rows that could not be read at all.

    The row problems wait until the answers are checked against the review tool, so the
    person hears about every bad line in one go.
    """

    lines: tuple[AnswerLine, ...]
    problems: tuple[Problem, ...] = ()


def _problem(line: int, template: str, **values: object) -> Problem:
    """A problem on one line; each template starts "Line {line}: " so the line is said."""
    return Problem(f"line:{line}", template, line=line, **values)


def _text(value: object) -> str | None:
    """A cell or JSON value as text: numbers are fine ("4"), lists and objects are not."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        return str(value).strip()
    return None


# -- CSV ------------------------------------------------------------------------------------


def parse_csv(text: str) -> AnswersRead:
    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[Problem] = []
    header: list[str] | None = None
    columns: dict[str, int] = {}
    found: list[AnswerLine] = []
    start = 1
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue  # blank lines are fine
            if header is None:
                header = [cell.strip().lower() for cell in row]
                columns, header_problems = _columns(header, line)
                if header_problems:
                    raise AnswersFileError(header_problems)
                continue
            if len(row) > len(header):
                problems.append(
                    _problem(
                        line,
                        "Line {line}: this row has {count} cells but the header names "
                        "{columns} columns. Put a note that holds a comma in double quotes.",
                        count=len(row),
                        columns=len(header),
                    )
                )
                continue
            cells = [*row, *[""] * (len(header) - len(row))]
            found.append(
                AnswerLine(
                    line,
                    cells[columns["reference"]].strip(),
                    cells[columns["answer"]].strip(),
                    cells[columns["note"]].strip() if "note" in columns else "",
                )
            )
    except csv.Error as exc:
        problems.append(
            _problem(
                start,
                "Line {line}: this row cannot be read as CSV ({why}). Check its double quotes.",
                why=str(exc),
            )
        )
    if header is None:
        raise AnswersFileError(
            [
                Problem(
                    "file",
                    "The file is empty. Write a header row, reference,answer,note, then one "
                    "row for each question.",
                )
            ]
        )
    return AnswersRead(tuple(found), tuple(problems))


def _columns(header: Sequence[str], line: int) -> tuple[dict[str, int], list[Problem]]:
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    if not any(COLUMN_ALIASES.get(name, name) in CSV_COLUMNS for name in header):
        return columns, [
            _problem(
                line,
                "Line {line}: the first row must name the columns. Start the file with the "
                "row: reference,answer,note",
            )
        ]
    for index, name in enumerate(header):
        name = COLUMN_ALIASES.get(name, name)
        if not name:
            continue
        if name not in CSV_COLUMNS:
            problems.append(
                _problem(
                    line,
                    "Line {line}: the column “{name}” is not one Partnerbook reads. "
                    "The columns are reference, answer and (if wanted) note.",
                    name=header[index],
                )
            )
        elif name in columns:
            problems.append(
                _problem(
                    line, "Line {line}: the column “{name}” is there twice. Keep one.", name=name
                )
            )
        else:
            columns[name] = index
    for needed in ("reference", "answer"):
        if needed not in columns and not problems:
            problems.append(
                _problem(
                    line,
                    "Line {line}: the first row must name the columns, and “{name}” "
                    "is missing. Start the file with the row: reference,answer,note",
                    name=needed,
                )
            )
    return columns, problems


# -- JSON -----------------------------------------------------------------------------------


class _Reader:
    """Walks the outer object or list by hand, so each answer knows the line it is on."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.decoder = json.JSONDecoder()

    def line(self, at: int | None = None) -> int:
        return self.text.count("\n", 0, self.at if at is None else at) + 1

    def skip(self) -> None:
        while self.at < len(self.text) and self.text[self.at] in " \t\r\n":
            self.at += 1

    def peek(self) -> str:
        self.skip()
        return self.text[self.at : self.at + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise json.JSONDecodeError(f"Expecting '{char}'", self.text, self.at)
        self.at += 1

    def value(self) -> tuple[int, object]:
        self.skip()
        line = self.line()
        value, self.at = self.decoder.raw_decode(self.text, self.at)
        return line, value

    def items(self, close: str) -> Iterable[None]:
        """Yield once per member until ``close``, consuming the commas between."""
        if self.peek() == close:
            self.at += 1
            return
        while True:
            yield None
            if self.peek() == ",":
                self.at += 1
                continue
            if self.peek() != close:
                raise json.JSONDecodeError("Expecting ',' delimiter", self.text, self.at)
            self.at += 1
            return


def parse_json(text: str) -> AnswersRead:
    reader = _Reader(text)
    found: list[AnswerLine] = []
    problems: list[Problem] = []
    try:
        first = reader.peek()
        if first == "{":
            reader.at += 1
            for _ in reader.items("}"):
                line, key = reader.value()
                if not isinstance(key, str):
                    raise json.JSONDecodeError("Expecting a name in double quotes", text, 0)
                reader.expect(":")
                _line, value = reader.value()
                answer = _text(value)
                if answer is None:
                    problems.append(
                        _problem(
                            line,
                            "Line {line}: the answer to “{ref}” must be written as text, such as "
                            '"Agree", or a number.',
                            ref=key,
                        )
                    )
                else:
                    found.append(AnswerLine(line, key.strip(), answer))
        elif first == "[":
            reader.at += 1
            for _ in reader.items("]"):
                line, value = reader.value()
                entry = _entry(line, value, problems)
                if entry is not None:
                    found.append(entry)
        else:
            raise AnswersFileError(
                [
                    Problem(
                        "file",
                        'The file must hold one JSON object, {{"2(a)": "Agree", ...}}, or a '
                        'list of objects, [{{"reference": "2(a)", "answer": "Agree"}}, ...].',
                    )
                ]
            )
        if reader.peek():
            raise json.JSONDecodeError("Extra data", text, reader.at)
    except json.JSONDecodeError as exc:
        raise AnswersFileError(
            [
                _problem(
                    exc.lineno,
                    "Line {line}: this is not valid JSON ({why}, column {column}). "
                    "Check the commas, quotes and brackets near it.",
                    why=exc.msg,
                    column=exc.colno,
                )
            ]
        ) from exc
    return AnswersRead(tuple(found), tuple(problems))


def _entry(line: int, value: object, problems: list[Problem]) -> AnswerLine | None:
    if not isinstance(value, dict):
        problems.append(
            _problem(
                line,
                "Line {line}: each entry in the list must be an object such as "
                '{{"reference": "2(a)", "answer": "Agree"}}.',
            )
        )
        return None
    unknown = sorted(set(value) - OBJECT_KEYS)
    for key in unknown:
        close = get_close_matches(key, sorted(OBJECT_KEYS), n=1)
        if close:
            problems.append(
                _problem(
                    line,
                    "Line {line}: “{key}” is not a name Partnerbook reads here. Did you mean "
                    "“{close}”?",
                    key=key,
                    close=close[0],
                )
            )
        else:
            problems.append(
                _problem(
                    line,
                    "Line {line}: “{key}” is not a name Partnerbook reads here. Use "
                    "reference, answer and (if wanted) note.",
                    key=key,
                )
            )
    texts = {key: _text(value.get(key, "")) for key in OBJECT_KEYS}
    for key in ("reference", "answer", "note"):
        if texts[key] is None:
            problems.append(
                _problem(line, "Line {line}: “{key}” must be written as text or a number.", key=key)
            )
    if unknown or any(t is None for t in texts.values()):
        return None
    return AnswerLine(line, texts["reference"] or "", texts["answer"] or "", texts["note"] or "")


# -- Checked against the review tool --------------------------------------------------------


def _label_key(text: str) -> str:
    return " ".join(text.casefold().split())


def question_options(framework: Framework, item: Item) -> tuple[ScaleOption, ...]:
    """The answers a question allows: its section's own scale, or the framework's."""
    section = framework.sections.get(item.section_key)
    if section is not None and section.scale is not None:
        return tuple(section.scale.options)
    return tuple(framework.answer_scale)


def _answer_key(options: Sequence[ScaleOption], written: str) -> str | None:
    """The key of the option ``written`` names, by its key or its label (any case)."""
    wanted = _label_key(written)
    for option in options:  # a key wins over a label that happens to read the same
        if _label_key(option.key) == wanted:
            return option.key
    for option in options:
        if _label_key(option.label) == wanted:
            return option.key
    return None


def match_answers(
    framework: Framework, questions: Sequence[Item], read: AnswersRead
) -> dict[str, tuple[str, str]]:
    """``{reference: (answer key, note)}`` for the review, or every problem at once."""
    lines = read.lines
    asked = {item.ref: item for item in questions}
    problems: list[Problem] = list(read.problems)
    seen: dict[str, int] = {}
    chosen: dict[str, tuple[str, str]] = {}
    if not lines and not problems:
        problems.append(
            Problem("file", "The file has no answers in it. Add one line for each question.")
        )
    for entry in lines:
        ref = entry.reference
        if not ref:
            problems.append(
                _problem(
                    entry.line,
                    "Line {line}: the reference is empty. Write the question's reference.",
                )
            )
            continue
        if ref not in asked:
            known = list(asked)
            shown = ", ".join(known[:SHOWN_REFS]) + (", …" if len(known) > SHOWN_REFS else "")
            problems.append(
                _problem(
                    entry.line,
                    "Line {line}: “{title}” has no question {ref}. Its questions are {refs}.",
                    title=framework.short_title,
                    ref=ref,
                    refs=shown,
                )
            )
            continue
        if ref in seen:
            problems.append(
                _problem(
                    entry.line,
                    "Line {line}: {ref} was answered already on line {first}. "
                    "Keep one of the two lines.",
                    ref=ref,
                    first=seen[ref],
                )
            )
            continue
        seen[ref] = entry.line
        options = question_options(framework, asked[ref])
        labels = ", ".join(option.label for option in options)
        key = _answer_key(options, entry.answer)
        if not entry.answer:
            problems.append(
                _problem(
                    entry.line,
                    "Line {line}: there is no answer to {ref}. Give one of: {labels}; "
                    "or leave the line out.",
                    ref=ref,
                    labels=labels,
                )
            )
        elif key is None:
            problems.append(
                _problem(
                    entry.line,
                    "Line {line}: “{answer}” is not an answer to {ref} on this tool's "
                    "scale. Give one of: {labels}.",
                    answer=entry.answer,
                    ref=ref,
                    labels=labels,
                )
            )
        if len(entry.note) > MAX_FREE_TEXT_CHARS:
            problems.append(
                _problem(
                    entry.line,
                    "Line {line}: the note is longer than {limit:,} characters. Shorten it.",
                    limit=MAX_FREE_TEXT_CHARS,
                )
            )
        if key is not None:
            chosen[ref] = (key, entry.note)
    if problems:
        problems.sort(key=lambda p: int(str(p.values.get("line", 0))))
        raise AnswersFileError(problems)
    return chosen
