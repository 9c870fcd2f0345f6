"""The checks a format 2 framework file goes through, collecting every problem.

Unlike the format 1 checks (which stop at the first problem), each check here notes what
is wrong, with the line it is on and a plain fix, and carries on, so that
``partnerbook frameworks check`` can list every problem in one run. A value that fails
its check is read as None and the checks that need it are skipped.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from typing import Any

from desktop.domain.framework_lines import FileProblem, LineIndex, Path
from desktop.domain.problems import Message

__all__ = ["Reader"]

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

# What to write for a missing key: the fix names an example line.
EXAMPLES = {
    "format": "format = 2",
    "id": 'id = "compact-example-2024"',
    "version": 'version = "2024.1"',
    "title": 'title = "…"',
    "source": "[source] with publisher, document and date",
    "sections": "[[sections]]",
    "publisher": 'publisher = "…"',
    "document": 'document = "…"',
    "date": 'date = "2024"',
    "options": "[[scales.NAME.options]]",
    "key": 'key = "…"',
    "label": 'label = "…"',
    "kind": 'kind = "commitments"',
    "ref": 'ref = "SP1"',
    "text": 'text = "…"',
    "from": "from = 35",
    "meaning": 'meaning = "…"',
    "next_step": 'next_step = "…"',
    "scale": 'scale = "agreement"',
}


class Reader:
    """Reads values out of the parsed file, noting each problem with its line and fix."""

    def __init__(self, text: str) -> None:
        self.lines = LineIndex(text)
        self.problems: list[FileProblem] = []

    def note(
        self,
        path: Path,
        where: Message | None,
        problem: str,
        fix: str | None = None,
        **values: object,
    ) -> None:
        self.problems.append(
            FileProblem(
                self.lines.line(path),
                where,
                Message(problem, **values),
                Message(fix, **values) if fix else None,
            )
        )

    def keys(
        self,
        table: dict[str, Any],
        path: Path,
        where: Message | None,
        required: Iterable[str],
        optional: Iterable[str] = (),
    ) -> None:
        """Note every unknown key (usually a typo) and every missing one."""
        required = tuple(required)
        allowed = required + tuple(optional)
        for key in table:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1)
            if close:
                self.note(
                    (*path, key),
                    where,
                    '"{key}" is not a key Partnerbook knows here.',
                    'Did you mean "{close}"?',
                    key=key,
                    close=close[0],
                )
            else:
                self.note(
                    (*path, key),
                    where,
                    '"{key}" is not a key Partnerbook knows here.',
                    "Remove it; the keys allowed here are {allowed}.",
                    key=key,
                    allowed=", ".join(f'"{k}"' for k in allowed),
                )
        for key in required:
            if key not in table:
                self.note(
                    path,
                    where,
                    '"{key}" is missing.',
                    "Add a line such as {example}.",
                    key=key,
                    example=EXAMPLES.get(key, f"{key} = …"),
                )

    def text(
        self, table: dict[str, Any], key: str, path: Path, where: Message | None, limit: int
    ) -> str | None:
        """Text at ``key``; None when it is missing (noted by ``keys``) or wrong."""
        if key not in table:
            return None
        value = table[key]
        at = (*path, key)
        if not isinstance(value, str):
            self.note(
                at,
                where,
                '"{key}" must be text in quotes.',
                'Write it as {key} = "…".',
                key=key,
            )
            return None
        value = value.replace("\r\n", "\n").strip()
        if not value:
            self.note(
                at,
                where,
                '"{key}" is empty.',
                "Write something between the quotes, or remove the line if it is optional.",
                key=key,
            )
            return None
        if _CONTROL_RE.search(value):
            self.note(
                at,
                where,
                '"{key}" contains a control character.',
                "Remove it (retype the text if you cannot see it).",
                key=key,
            )
            return None
        if len(value) > limit:
            self.note(
                at,
                where,
                '"{key}" is too long ({length:,} characters; the limit is {limit:,}).',
                "Shorten it.",
                key=key,
                length=len(value),
                limit=limit,
            )
            return None
        return value

    def pattern(
        self,
        table: dict[str, Any],
        key: str,
        path: Path,
        where: Message | None,
        limit: int,
        regex: re.Pattern[str],
        example: str,
        rule: str,
    ) -> str | None:
        value = self.text(table, key, path, where, limit)
        if value is not None and not regex.fullmatch(value):
            self.note(
                (*path, key),
                where,
                '"{key}" must look like "{example}", not "{value}".',
                rule,
                key=key,
                example=example,
                value=value,
            )
            return None
        return value

    def number(
        self, table: dict[str, Any], key: str, path: Path, where: Message | None
    ) -> float | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            self.note(
                (*path, key),
                where,
                '"{key}" must be a number, such as 3 or 3.5.',
                "Write the number without quotes.",
                key=key,
            )
            return None
        if math.isinf(value):
            self.note((*path, key), where, '"{key}" must be a number, such as 3 or 3.5.', key=key)
            return None
        return float(value)

    def boolean(self, table: dict[str, Any], key: str, path: Path, where: Message | None) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.note(
                (*path, key),
                where,
                '"{key}" must be true or false.',
                "Write {key} = true, without quotes.",
                key=key,
            )
            return False
        return value

    def choice(
        self,
        table: dict[str, Any],
        key: str,
        path: Path,
        where: Message | None,
        allowed: tuple[str, ...],
        default: str,
    ) -> str:
        if key not in table:
            return default
        value = self.text(table, key, path, where, 40)
        if value is None:
            return default
        if value not in allowed:
            self.note(
                (*path, key),
                where,
                '"{key}" cannot be "{value}".',
                "Use one of {allowed}.",
                key=key,
                value=value,
                allowed=", ".join(f'"{a}"' for a in allowed),
            )
            return default
        return value

    def table(
        self, table: dict[str, Any], key: str, path: Path, where: Message | None, hint: str
    ) -> dict[str, Any] | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, dict):
            self.note(
                (*path, key),
                where,
                '"{key}" must be a table.',
                "Write it as {hint}.",
                key=key,
                hint=hint,
            )
            return None
        return value

    def tables(
        self, table: dict[str, Any], key: str, path: Path, where: Message | None, hint: str
    ) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.note(
                (*path, key),
                where,
                '"{key}" must be a list of tables.',
                "Start each one with a line {hint}.",
                key=key,
                hint=hint,
            )
            return []
        return value

    def names(
        self, table: dict[str, Any], key: str, path: Path, where: Message | None
    ) -> tuple[str, ...] | None:
        """A list of section keys (one key alone is allowed too)."""
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.note(
                (*path, key),
                where,
                '"{key}" must be a list of section keys.',
                'Write it as {key} = ["first_section", "second_section"].',
                key=key,
            )
            return None
        return tuple(value)
