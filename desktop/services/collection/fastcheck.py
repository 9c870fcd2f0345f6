"""A quick first pass over a return's shape, compiled from the JSON Schema once.

jsonschema takes ~20 ms per return, most of an import's time. This compiles the keywords
our schema uses into plain Python checks (~10 times faster). It is only ever a shortcut
for "valid": when it says no, or meets a keyword it does not know, jsonschema decides and
explains. So it must never pass what jsonschema would fail; wherever the two could differ
(1.0 as an integer, a date it cannot read) it says no and lets jsonschema rule. A test
compares the two over thousands of mutated returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

__all__ = ["Unsupported", "compile_schema"]

Check = Callable[[Any], bool]
_ANNOTATIONS = {"$id", "$schema", "description", "title", "$comment", "examples", "default"}
_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: type(v) is str,
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) in (int, float),
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
}


class Unsupported(ValueError):
    """The schema uses something this pass does not know; use jsonschema alone."""


def _date(value: Any) -> bool:
    if type(value) is not str or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _date_time(value: Any) -> bool:
    if type(value) is not str or not value.endswith("Z"):
        return False
    try:
        datetime.fromisoformat(value[:-1])
    except ValueError:
        return False
    return True


_FORMATS = {"date": _date, "date-time": _date_time}


def _type_names(node: dict[str, Any]) -> list[str] | None:
    kind = node.get("type")
    if kind is None:
        return None
    names = [kind] if isinstance(kind, str) else list(kind)
    if any(n not in _TYPES for n in names):
        raise Unsupported(f"type {kind}")
    return names


def compile_schema(node: Any) -> Check:
    """A function that is True only for values the schema accepts."""
    if node is True or node == {}:
        return lambda v: True
    if not isinstance(node, dict):
        raise Unsupported(str(node)[:40])
    checks: list[Check] = []
    unknown = set(node) - _ANNOTATIONS - {
        "type", "properties", "required", "additionalProperties", "enum", "const",
        "maxLength", "minLength", "pattern", "format", "items", "maxItems", "minItems",
        "minimum", "maximum", "oneOf", "maxProperties", "minProperties", "propertyNames",
    }  # fmt: skip
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    names = _type_names(node)
    if names is not None:
        tests = [_TYPES[n] for n in names]
        checks.append(lambda v: any(t(v) for t in tests))
    if "enum" in node or "const" in node:
        allowed = list(node["enum"]) if "enum" in node else [node["const"]]
        if any(type(a) not in (str, int, bool) and a is not None for a in allowed):
            raise Unsupported("enum of lists or objects")  # Python's == differs there
        checks.append(lambda v: any(type(v) is type(a) and v == a for a in allowed))
    checks += _strings(node) + _numbers(node) + _objects(node) + _arrays(node)
    if "oneOf" in node:
        checks.append(_one_of(node["oneOf"]))
    return lambda v: all(check(v) for check in checks)


def _strings(node: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "maxLength" in node:
        most = int(node["maxLength"])
        checks.append(lambda v: type(v) is not str or len(v) <= most)
    if "minLength" in node:
        least = int(node["minLength"])
        checks.append(lambda v: type(v) is not str or len(v) >= least)
    if "pattern" in node:
        pattern = re.compile(node["pattern"])
        checks.append(lambda v: type(v) is not str or pattern.search(v) is not None)
    if "format" in node:
        if node["format"] not in _FORMATS:
            raise Unsupported(f"format {node['format']}")
        valid = _FORMATS[node["format"]]
        checks.append(lambda v: type(v) is not str or valid(v))
    return checks


def _numbers(node: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "minimum" in node:
        low = node["minimum"]
        checks.append(lambda v: type(v) not in (int, float) or v >= low)
    if "maximum" in node:
        high = node["maximum"]
        checks.append(lambda v: type(v) not in (int, float) or v <= high)
    return checks


def _objects(node: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    properties = {k: compile_schema(v) for k, v in node.get("properties", {}).items()}
    required = list(node.get("required", []))
    extra = node.get("additionalProperties", True)
    # A schema for the properties not named (a map keyed by the tool's own section keys).
    extra_check: Check | None = None
    if extra not in (True, False):
        extra_check = compile_schema(extra)
    known = set(properties)

    def check(v: Any) -> bool:
        if type(v) is not dict:
            return True
        if any(key not in v for key in required):
            return False
        if extra is False and not known.issuperset(v):
            return False
        if extra_check is not None and not all(
            extra_check(value) for k, value in v.items() if k not in known
        ):
            return False
        return all(properties[k](value) for k, value in v.items() if k in properties)

    if properties or required or extra is False or extra_check is not None:
        checks.append(check)
    if "maxProperties" in node:
        most = int(node["maxProperties"])
        checks.append(lambda v: type(v) is not dict or len(v) <= most)
    if "minProperties" in node:
        least = int(node["minProperties"])
        checks.append(lambda v: type(v) is not dict or len(v) >= least)
    if "propertyNames" in node:
        name_ok = compile_schema(node["propertyNames"])
        checks.append(lambda v: type(v) is not dict or all(name_ok(k) for k in v))
    return checks


def _arrays(node: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "items" in node:
        item = compile_schema(node["items"])
        checks.append(lambda v: type(v) is not list or all(item(x) for x in v))
    if "maxItems" in node:
        most = int(node["maxItems"])
        checks.append(lambda v: type(v) is not list or len(v) <= most)
    if "minItems" in node:
        least = int(node["minItems"])
        checks.append(lambda v: type(v) is not list or len(v) >= least)
    return checks


def _one_of(branches: list[Any]) -> Check:
    """Only branches told apart by type: then "exactly one" is "the one of its type"."""
    typed: list[tuple[list[Callable[[Any], bool]], Check]] = []
    seen: set[str] = set()
    for branch in branches:
        names = _type_names(branch) if isinstance(branch, dict) else None
        if not names or seen.intersection(names) or {"integer", "number"} <= seen | set(names):
            raise Unsupported("oneOf branches that overlap")
        seen.update(names)
        typed.append(([_TYPES[n] for n in names], compile_schema(branch)))

    def check(v: Any) -> bool:
        matches = [full for tests, full in typed if any(t(v) for t in tests)]
        return len(matches) == 1 and matches[0](v)

    return check
