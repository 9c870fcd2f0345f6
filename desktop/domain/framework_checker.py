"""The checks a framework file's fields go through, each failing with the same shape of
plain message: "FILE: WHERE: what is wrong, and how to put it right"."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from typing import Any, NoReturn

from desktop.domain.framework_model import FrameworkError

__all__ = ["FieldChecker"]

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class FieldChecker:
    """Builds the error messages, so that every one has the same shape."""

    def __init__(self, source_name: str) -> None:
        self.source = source_name

    def fail(self, problem: str, where: str | None = None) -> NoReturn:
        prefix = f"{self.source}: {where}: " if where else f"{self.source}: "
        raise FrameworkError(prefix + problem)

    def table(self, value: Any, name: str, where: str | None, hint: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(f'"{name}" must be a table ({hint}).', where)
        return value

    def table_list(
        self, value: Any, name: str, where: str | None, hint: str
    ) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            self.fail(f'"{name}" must be a list of tables, each starting with {hint}.', where)
        return value

    def keys(
        self,
        table: dict[str, Any],
        required: Iterable[str],
        optional: Iterable[str],
        where: str | None,
    ) -> None:
        """Refuse unknown keys (usually typos) first, then report any missing ones."""
        required = tuple(required)
        allowed = required + tuple(optional)
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = (
                    f'did you mean "{close[0]}"?'
                    if close
                    else "the keys allowed here are " + ", ".join(f'"{k}"' for k in allowed) + "."
                )
                self.fail(f'"{key}" is not a key Partnerbook knows here; {hint}', where)
        missing = [key for key in required if key not in table]
        if len(missing) == 1:
            self.fail(f'"{missing[0]}" is missing.', where)
        if missing:
            self.fail(
                "these keys are missing: " + ", ".join(f'"{k}"' for k in missing) + ".", where
            )

    def text(self, table: dict[str, Any], key: str, where: str | None, limit: int) -> str:
        value = table.get(key)
        if value is None:
            self.fail(f'"{key}" is missing.', where)
        if not isinstance(value, str):
            self.fail(f'"{key}" must be text in quotes.', where)
        value = value.replace("\r\n", "\n").strip()
        if not value:
            self.fail(f'"{key}" is empty.', where)
        if _CONTROL_RE.search(value):
            self.fail(f'"{key}" contains a control character; remove it.', where)
        if len(value) > limit:
            self.fail(
                f'"{key}" is too long ({len(value):,} characters; the limit is {limit:,}).', where
            )
        return value

    def pattern(
        self,
        table: dict[str, Any],
        key: str,
        where: str | None,
        limit: int,
        regex: re.Pattern[str],
        example: str,
    ) -> str:
        value = self.text(table, key, where, limit)
        if not regex.fullmatch(value):
            self.fail(f'"{key}" must look like "{example}", not "{value}".', where)
        return value

    def number(self, value: Any, key: str, where: str | None) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            self.fail(f'"{key}" must be a number, such as 50.', where)
        return float(value)
