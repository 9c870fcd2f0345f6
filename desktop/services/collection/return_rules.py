"""What a return must be beyond its schema's shape, and the schema's complaints made plain.

The schema (resources/schemas) says what it can: types, lengths, amounts from 0 to £100
million, dates from 2000. These rules need the reader's clock or two fields at once: a
period that ends before it starts, a return made more than a day in the future, a date more
than ten years ahead. ``intake.check_payload`` runs them after the schema, so every value
here already has the schema's shape.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from desktop.domain.problems import Message

__all__ = ["CLOCK_SLACK", "YEARS_AHEAD", "date_fields", "plain", "rule_problem"]

# A date may lie this many years ahead of the reader's clock (a partnership's planned end);
# a return may say it was made at most this long after the reader's clock (clocks drift).
YEARS_AHEAD = 10
CLOCK_SLACK = timedelta(days=1)


def rule_problem(value: dict[str, Any], now: datetime) -> Message | None:
    """The first rule the return breaks, or None: the period's order, then times against
    the reader's clock (``now``, UTC)."""
    period = value["period"]
    if period["end"] < period["start"]:
        return Message(
            "the period it covers ends ({end}) before it starts ({start})",
            end=period["end"],
            start=period["start"],
        )
    latest = (now.astimezone(UTC) + CLOCK_SLACK).strftime("%Y-%m-%dT%H:%M:%SZ")
    if value["created_at"] > latest:
        return Message(
            "it says it was made at {made}, more than a day after the time on this "
            "computer; check this computer's clock, or ask the group to export the return again",
            made=value["created_at"],
        )
    horizon = _years_later(now.date(), YEARS_AHEAD).isoformat()
    where = _date_beyond(value, horizon)
    if where:
        return Message(
            "its data holds a date more than {years} years from now ({where})",
            years=YEARS_AHEAD,
            where=where,
        )
    return None


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _date_beyond(value: Any, horizon: str) -> str:
    """Where the first date after ``horizon`` is ("partnerships/0/end_date: 2099-01-01")."""
    fields = date_fields()
    if not _any_beyond(value, horizon, fields):
        return ""  # the usual case, found without writing out every place on the way
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        where, item = stack.pop()
        if type(item) is dict:
            for key, child in item.items():
                place = f"{where}/{key}" if where else key
                if key in fields and type(child) is str and child > horizon:
                    return f"{place}: {child}"
                if type(child) in (dict, list):
                    stack.append((place, child))
        elif type(item) is list:
            stack.extend((f"{where}/{n}", child) for n, child in enumerate(item))
    return ""


def _any_beyond(value: Any, horizon: str, fields: frozenset[str]) -> bool:
    """Whether any date field after ``horizon`` is there at all (``_date_beyond`` then says
    where the first is)."""
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if type(item) is dict:
            for key, child in item.items():
                kind = type(child)
                if kind is str:
                    if child > horizon and key in fields:
                        return True
                elif kind is dict or kind is list:
                    stack.append(child)
        elif type(item) is list:
            stack.extend(item)
    return False


@lru_cache(maxsize=1)
def date_fields() -> frozenset[str]:
    """Every field the schema says holds a date (a field name means the same everywhere)."""
    from desktop.services.collection.intake import _inline_refs
    from desktop.services.return_reader import schema

    original = schema()
    found: set[str] = set()

    def is_date(node: Any) -> bool:
        if not isinstance(node, dict):
            return False
        return node.get("format") == "date" or any(is_date(b) for b in node.get("oneOf", []))

    stack: list[Any] = [_inline_refs(original, original.get("$defs", {}))]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.update(k for k, v in node.get("properties", {}).items() if is_date(v))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(found)


def plain(error: Any) -> str:
    """jsonschema's wording, made plain for the limits an officer is most likely to meet."""
    if error.validator == "oneOf" and error.context:
        # "null or a date": say what is wrong with the branch of the value's own type.
        own = [e for e in error.context if e.validator != "type"] or list(error.context)
        return plain(own[0])
    field = str(error.absolute_path[-1]) if error.absolute_path else ""
    money = field.endswith("_pence")
    if error.validator == "maximum" and money:
        return f"an amount of {_number(error.instance)} pence is more than the most allowed"
    if error.validator == "maximum":
        return f"{_number(error.instance)} is more than the most allowed ({error.validator_value})"
    if error.validator == "minimum" and error.validator_value == 0:
        return f"{_number(error.instance)} is below zero" + (" (an amount of money)" * money)
    if error.validator == "pattern" and (field in date_fields() or field == "created_at"):
        return f"{str(error.instance)[:40]!r} is not a date in the years a return may hold"
    return str(error.message)


def _number(value: Any) -> str:
    text = f"{value:,}" if isinstance(value, int | float) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
