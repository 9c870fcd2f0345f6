"""A version-1 return made from a version-2 one, for tests of reading both side by side.

Relabelling a newer payload "version 1" is not enough: every field version 2 added (how a
partnership is run, partners' answers, signatures ...) would make it an invalid version 1
return. This drops whatever the version-1 schema does not allow, by walking that schema,
so the helper keeps working as version 2 grows."""

from __future__ import annotations

from typing import Any

from desktop.services.collection.samples import resign
from desktop.services.return_reader import schema


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        path = node["$ref"].removeprefix("#/").split("/")
        target: Any = root
        for part in path:
            target = target[part]
        node = target
    return node


def _prune(value: Any, node: dict[str, Any], root: dict[str, Any]) -> Any:
    node = _resolve(node, root)
    if isinstance(value, dict):
        options = [node, *(_resolve(o, root) for o in node.get("oneOf", []))]
        shape = next((o for o in options if "properties" in o), None)
        if shape is None:
            return value
        props = shape["properties"]
        keep = shape.get("additionalProperties", True) is not False
        return {
            k: _prune(v, props[k], root) if k in props else v
            for k, v in value.items()
            if k in props or keep
        }
    if isinstance(value, list):
        items = node.get("items")
        if items is None:
            options = [_resolve(o, root) for o in node.get("oneOf", [])]
            items = next((o.get("items") for o in options if "items" in o), None)
        return [_prune(v, items, root) for v in value] if items else value
    return value


def as_version_one(payload: dict[str, Any]) -> dict[str, Any]:
    """The same return as version 1 would have carried it, hashed (version 1 is unsigned)."""
    root = schema(1)
    body = {k: v for k, v in payload.items() if k not in ("sha256", "signature", "signed_by")}
    body["schema_version"] = 1
    return resign(_prune(body, root, root))
