"""Where in a framework file a problem is: line numbers for tables and keys, and the
problems themselves, each with what is wrong and how to put it right.

Python's TOML reader gives no positions, so the text is scanned once: every table header
(``[source]``, ``[[sections]]``, ``[[sections.items]]``) and every ``key =`` line is noted
under its path in the data (``("sections", 2, "items", 0, "ref")``). A problem found in
the data is then given the line of its key, or of the nearest table around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.framework_model import FrameworkError
from desktop.domain.problems import Message

__all__ = ["FileProblem", "LineIndex", "Path", "refusal"]

Path = tuple[str | int, ...]

_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_RE = re.compile(r'^\s*((?:[A-Za-z0-9_-]+|"[^"]*")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"))*)\s*=')


def _names(dotted: str) -> list[str]:
    return [
        part.strip().strip('"') for part in re.split(r"\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", dotted)
    ]


class LineIndex:
    """The line (counting from 1) of each table and key in a TOML text."""

    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        latest: dict[Path, int] = {}  # array-of-tables path -> index of its last table
        current: Path = ()
        in_multiline = False
        for number, line in enumerate(text.splitlines(), start=1):
            # Skip the insides of multi-line strings, where "[x]" or "a =" mean nothing.
            quotes = line.count('"""') + line.count("'''")
            if in_multiline:
                if quotes % 2 == 1:
                    in_multiline = False
                continue
            header = _HEADER_RE.match(line)
            if header and not _KEY_RE.match(line):
                names = _names(header[2])
                path: Path = ()
                for position, name in enumerate(names):
                    path = (*path, name)
                    last = position == len(names) - 1
                    if not last and path in latest:
                        path = (*path, latest[path])
                    elif last and header[1] == "[[":
                        index = latest.get(path, -1) + 1
                        latest[path] = index
                        path = (*path, index)
                self._lines.setdefault(path, number)
                current = path
                continue
            key = _KEY_RE.match(line)
            if key:
                self._lines.setdefault((*current, *_names(key[1])), number)
            if quotes % 2 == 1:
                in_multiline = True

    def line(self, path: Path) -> int | None:
        """The line of ``path``, or of the nearest table or key that holds it (the top of
        the file, line 1, for what belongs to no table)."""
        if not path:
            return 1
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return 1


@dataclass(frozen=True)
class FileProblem:
    """One thing wrong in a framework file: where, what, and how to put it right."""

    line: int | None
    where: Message | None
    problem: Message
    fix: Message | None = None

    def text(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        args = (translate,) if translate else ()
        parts = []
        if self.where is not None:
            parts.append(self.where.text(*args) + ":")
        parts.append(self.problem.text(*args))
        if self.fix is not None:
            parts.append(self.fix.text(*args))
        return " ".join(parts)

    def located(self, source: str) -> Message:
        """The whole message, file and line first: what the person reads."""
        if self.line is None:
            return Message("{file}: {problem}", file=source, problem=_Joined(self))
        return Message(
            "{file}, line {line}: {problem}", file=source, line=self.line, problem=_Joined(self)
        )


class _Joined(Message):
    """A problem's parts as one value inside a bigger message, translated part by part."""

    def __init__(self, problem: FileProblem) -> None:
        super().__init__("{text}")
        self.problem = problem

    def text(self, translate=None) -> str:  # type: ignore[no-untyped-def,override]
        return self.problem.text(translate)


def refusal(source: str, problems: list[FileProblem]) -> FrameworkError:
    """The error that refuses a file: its first problem, and how many more there are."""
    first = problems[0].located(source)
    if len(problems) == 1:
        alone = "{first}"  # a variable, so the extractor does not file it as a message
        return FrameworkError(alone, first=first)
    return FrameworkError(
        "{first} (and {more} more problems: run “partnerbook frameworks check {file}” to "
        "see them all)",
        first=first,
        more=len(problems) - 1,
        file=source,
    )
