"""A quick first pass over a return's shape, compiled from the JSON Schema once.

jsonschema takes ~20 ms per return, most of an import's time. This turns the keywords our
schema uses into the source of one plain Python function per object or list in the schema
(the checks of a plain value written out in place), compiled once, so a return is checked
in a few milliseconds. It is only ever a shortcut for "valid": when it says no, or meets a
keyword it does not know, jsonschema decides and explains. So it must never pass what
jsonschema would fail; wherever the two could differ (1.0 as an integer, a date it cannot
read) it says no and lets jsonschema rule. A test compares the two over thousands of
mutated returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

__all__ = ["Unsupported", "compile_schema"]

Check = Callable[[Any], bool]
_ANNOTATIONS = {"$id", "$schema", "description", "title", "$comment", "examples", "default"}
_KEYWORDS = _ANNOTATIONS | {
    "type", "properties", "required", "additionalProperties", "enum", "const",
    "maxLength", "minLength", "pattern", "format", "items", "maxItems", "minItems",
    "minimum", "maximum", "oneOf", "maxProperties", "minProperties", "propertyNames",
}  # fmt: skip
# Each JSON type as the Python types json.loads gives for it (a bool is not an integer).
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "object": (dict,),
    "array": (list,),
}
_MISSING = object()


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
    writer = _Writer()
    name = writer.function(node)
    namespace = dict(writer.constants, _MISSING=_MISSING)
    exec(compile("\n".join(writer.lines), "<fastcheck>", "exec"), namespace)
    return namespace[name]  # type: ignore[no-any-return]


class _Writer:
    """Writes the checking functions' source: ``return False`` at the first failed rule."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self._count = 0

    def _new(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}{self._count}"

    def constant(self, value: Any) -> str:
        name = self._new("_c")
        self.constants[name] = value
        return name

    def function(self, node: Any) -> str:
        """A function of its own for ``node``; its name."""
        body: list[str] = []
        self.checks(node, "v", body, "    ")
        name = self._new("_check")
        self.lines += [f"def {name}(v):", *body, "    return True", ""]
        return name

    def checks(self, node: Any, var: str, out: list[str], pad: str) -> None:
        """Statements that return False when ``var`` breaks ``node``."""
        if node is True or node == {}:
            return
        if not isinstance(node, dict):
            raise Unsupported(str(node)[:40])
        unknown = set(node) - _KEYWORDS
        if unknown:
            raise Unsupported(", ".join(sorted(unknown)))
        kind = self._new("t")
        out.append(f"{pad}{kind} = type({var})")
        names = _type_names(node)
        if names is not None:
            allowed = {t for n in names for t in _TYPES[n]}
            out.append(f"{pad}if {kind} not in {self.constant(frozenset(allowed))}: return False")
        if "enum" in node or "const" in node:
            values = list(node["enum"]) if "enum" in node else [node["const"]]
            if any(type(a) not in (str, int, bool) and a is not None for a in values):
                raise Unsupported("enum of lists or objects")  # Python's == differs there
            # (type, value) pairs: True is not 1 here, as jsonschema says.
            types = self.constant(frozenset(type(a) for a in values))
            pairs = self.constant(frozenset((type(a), a) for a in values))
            out.append(
                f"{pad}if {kind} not in {types} or ({kind}, {var}) not in {pairs}: return False"
            )
        self._strings(node, var, kind, out, pad)
        self._numbers(node, var, kind, out, pad)
        self._objects(node, var, kind, out, pad)
        self._arrays(node, var, kind, out, pad)
        if "oneOf" in node:
            self._one_of(node["oneOf"], var, kind, out, pad)

    def _value(self, node: Any, var: str, out: list[str], pad: str) -> None:
        """Checks of a nested value: in place for a plain value, else a call."""
        if isinstance(node, dict) and not {"properties", "items", "additionalProperties"} & set(
            node
        ):
            self.checks(node, var, out, pad)
        else:
            out.append(f"{pad}if not {self.function(node)}({var}): return False")

    def _strings(self, node: dict[str, Any], var: str, kind: str, out: list[str], pad: str) -> None:
        if "maxLength" in node:
            most = int(node["maxLength"])
            out.append(f"{pad}if {kind} is str and len({var}) > {most}: return False")
        if "minLength" in node:
            least = int(node["minLength"])
            out.append(f"{pad}if {kind} is str and len({var}) < {least}: return False")
        if "pattern" in node:
            search = self.constant(re.compile(node["pattern"]).search)
            out.append(f"{pad}if {kind} is str and {search}({var}) is None: return False")
        if "format" in node:
            if node["format"] not in _FORMATS:
                raise Unsupported(f"format {node['format']}")
            valid = self.constant(_FORMATS[node["format"]])
            out.append(f"{pad}if {kind} is str and not {valid}({var}): return False")

    def _numbers(self, node: dict[str, Any], var: str, kind: str, out: list[str], pad: str) -> None:
        number = f"({kind} is int or {kind} is float)"
        if "minimum" in node:
            low = self.constant(node["minimum"])
            # "not >=" rather than "<": NaN is neither, and must fail.
            out.append(f"{pad}if {number} and not ({var} >= {low}): return False")
        if "maximum" in node:
            high = self.constant(node["maximum"])
            out.append(f"{pad}if {number} and not ({var} <= {high}): return False")

    def _objects(self, node: dict[str, Any], var: str, kind: str, out: list[str], pad: str) -> None:
        properties = dict(node.get("properties", {}))
        required = list(node.get("required", []))
        extra = node.get("additionalProperties", True)
        inner = pad + "    "
        body: list[str] = []
        if required:
            body.append(f"{inner}if not {var}.keys() >= {self.constant(frozenset(required))}:")
            body.append(f"{inner}    return False")
        known = self.constant(frozenset(properties))
        if extra is False:
            body.append(f"{inner}if not {var}.keys() <= {known}: return False")
        for name, schema in properties.items():
            item = self._new("p")
            checks: list[str] = []
            self._value(schema, item, checks, inner + "    ")
            if checks:
                body.append(f"{inner}{item} = {var}.get({name!r}, _MISSING)")
                body.append(f"{inner}if {item} is not _MISSING:")
                body += checks
        if extra not in (True, False):
            # A schema for the properties not named (a map keyed by a tool's own keys).
            key, item = self._new("k"), self._new("x")
            checks = []
            self._value(extra, item, checks, inner + "        ")
            if checks:
                body.append(f"{inner}for {key}, {item} in {var}.items():")
                body.append(f"{inner}    if {key} not in {known}:")
                body += checks
        if "maxProperties" in node:
            body.append(f"{inner}if len({var}) > {int(node['maxProperties'])}: return False")
        if "minProperties" in node:
            body.append(f"{inner}if len({var}) < {int(node['minProperties'])}: return False")
        if "propertyNames" in node:
            key = self._new("k")
            checks = []
            self._value(node["propertyNames"], key, checks, inner + "    ")
            if checks:
                body.append(f"{inner}for {key} in {var}:")
                body += checks
        if body:
            out.append(f"{pad}if {kind} is dict:")
            out += body

    def _arrays(self, node: dict[str, Any], var: str, kind: str, out: list[str], pad: str) -> None:
        inner = pad + "    "
        body: list[str] = []
        if "items" in node:
            item = self._new("i")
            checks: list[str] = []
            self._value(node["items"], item, checks, inner + "    ")
            if checks:
                body.append(f"{inner}for {item} in {var}:")
                body += checks
        if "maxItems" in node:
            body.append(f"{inner}if len({var}) > {int(node['maxItems'])}: return False")
        if "minItems" in node:
            body.append(f"{inner}if len({var}) < {int(node['minItems'])}: return False")
        if body:
            out.append(f"{pad}if {kind} is list:")
            out += body

    def _one_of(self, branches: list[Any], var: str, kind: str, out: list[str], pad: str) -> None:
        """Only branches told apart by type: then "exactly one" is "the one of its type"."""
        seen: set[str] = set()
        first = True
        for branch in branches:
            names = _type_names(branch) if isinstance(branch, dict) else None
            if not names or seen.intersection(names) or {"integer", "number"} <= seen | set(names):
                raise Unsupported("oneOf branches that overlap")
            seen.update(names)
            types = self.constant(frozenset(t for n in names for t in _TYPES[n]))
            out.append(f"{pad}{'if' if first else 'elif'} {kind} in {types}:")
            checks: list[str] = []
            self._value(branch, var, checks, pad + "    ")
            out += checks or [f"{pad}    pass"]
            first = False
        out.append(f"{pad}else:")
        out.append(f"{pad}    return False")
