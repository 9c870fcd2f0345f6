"""The checks a framework file's fields go through, each failing with the same shape of
plain message: "FILE: WHERE: what is wrong, and how to put it right"."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from desktop.domain.framework_model import FrameworkError
from desktop.domain.problems import Message

__all__ = ["FieldChecker"]

# Which part of the file a problem is in: "band 2", "item 3.1(a) in section …".
Where = str | Message | None

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class FieldChecker:
    """Builds the error messages, so that every one has the same shape."""

    def __init__(self, source_name: str, *, collect: bool = False) -> None:
        self.source = source_name
        # When collecting (``frameworks check``), a problem inside a ``part`` is noted and the
        # check goes on with the next part, so a person sees every problem at once instead of
        # fixing them one run at a time. Loading a file still stops at the first.
        self.problems: list[FrameworkError] | None = [] if collect else None

    @contextmanager
    def part(self) -> Iterator[None]:
        """A piece of the file checked on its own: a field, an option, a band, an item."""
        if self.problems is None:
            yield
            return
        try:
            yield
        except FrameworkError as exc:
            self.problems.append(exc)

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def fail(
        self, template: str | Message, where: str | Message | None = None, **values: object
    ) -> NoReturn:
        """Refuse the file: ``template`` (with ``values``) says what is wrong, ``where`` which
        part of the file; both are translated in the window, the file name never is."""
        problem = template if isinstance(template, Message) else Message(template, **values)
        if where:
            raise FrameworkError(
                "{file}: {where}: {problem}", file=self.source, where=where, problem=problem
            )
        raise FrameworkError("{file}: {problem}", file=self.source, problem=problem)

    def table(self, value: Any, name: str, where: Where, hint: str | Message) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail('"{name}" must be a table ({hint}).', where, name=name, hint=hint)
        return value

    def table_list(
        self, value: Any, name: str, where: Where, hint: str | Message
    ) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            self.fail(
                '"{name}" must be a list of tables, each starting with {hint}.',
                where,
                name=name,
                hint=hint,
            )
        return value

    def keys(
        self,
        table: dict[str, Any],
        required: Iterable[str],
        optional: Iterable[str],
        where: Where,
    ) -> None:
        """Refuse unknown keys (usually typos) first, then report any missing ones."""
        required = tuple(required)
        allowed = required + tuple(optional)
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                if close:
                    self.fail(
                        '"{key}" is not a key Partnerbook knows here; did you mean "{close}"?',
                        where,
                        key=key,
                        close=close[0],
                    )
                self.fail(
                    '"{key}" is not a key Partnerbook knows here; the keys allowed here are '
                    "{allowed}.",
                    where,
                    key=key,
                    allowed=", ".join(f'"{k}"' for k in allowed),
                )
        missing = [key for key in required if key not in table]
        if len(missing) == 1:
            self.fail('"{key}" is missing.', where, key=missing[0])
        if missing:
            self.fail(
                "these keys are missing: {keys}.",
                where,
                keys=", ".join(f'"{k}"' for k in missing),
            )

    def text(self, table: dict[str, Any], key: str, where: Where, limit: int) -> str:
        value = table.get(key)
        if value is None:
            self.fail('"{key}" is missing.', where, key=key)
        if not isinstance(value, str):
            self.fail('"{key}" must be text in quotes.', where, key=key)
        value = value.replace("\r\n", "\n").strip()
        if not value:
            self.fail('"{key}" is empty.', where, key=key)
        if _CONTROL_RE.search(value):
            self.fail('"{key}" contains a control character; remove it.', where, key=key)
        if len(value) > limit:
            self.fail(
                '"{key}" is too long ({length:,} characters; the limit is {limit:,}).',
                where,
                key=key,
                length=len(value),
                limit=limit,
            )
        return value

    def pattern(
        self,
        table: dict[str, Any],
        key: str,
        where: Where,
        limit: int,
        regex: re.Pattern[str],
        example: str,
    ) -> str:
        value = self.text(table, key, where, limit)
        if not regex.fullmatch(value):
            self.fail(
                '"{key}" must look like "{example}", not "{value}".',
                where,
                key=key,
                example=example,
                value=value,
            )
        return value

    def number(self, value: Any, key: str, where: Where) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            self.fail('"{key}" must be a number, such as 50.', where, key=key)
        return float(value)
