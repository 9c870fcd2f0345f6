"""The quick schema pass never passes a return that jsonschema would fail."""

from __future__ import annotations

import random

import pytest
from collection_support import payloads
from test_collection_fuzz import _paths, mutate_json

from desktop.services.collection.fastcheck import Unsupported, compile_schema
from desktop.services.collection.intake import (
    Limits,
    Rejected,
    _fast_check,
    _validator,
    parse_payload_bytes,
)


def test_valid_returns_take_the_quick_path() -> None:
    fast = _fast_check()
    assert fast is not None
    assert all(fast(p) for p in payloads(20, seed=81))


def test_the_quick_pass_agrees_with_jsonschema_on_mutated_returns() -> None:
    fast, slow = _fast_check(), _validator()
    base = payloads(2, seed=82)
    paths = [_paths(p) for p in base]
    rng = random.Random(82)
    compared = 0
    for n in range(1500):
        try:
            value = parse_payload_bytes(mutate_json(rng, base[n % 2], paths[n % 2]), Limits())
        except Rejected:
            continue
        compared += 1
        if fast(value):
            assert slow.is_valid(value), "the quick pass accepted what jsonschema rejects"
    assert compared > 800


def test_maps_keyed_by_a_tools_own_names_agree_with_jsonschema() -> None:
    """section_scores: any key up to 40 characters, at most 50 of them, numbers or null."""
    import jsonschema

    schema = {
        "type": "object",
        "maxProperties": 2,
        "propertyNames": {"maxLength": 3},
        "properties": {"fixed": {"type": "string"}},
        "additionalProperties": {"type": ["number", "null"]},
    }
    check = compile_schema(schema)
    for value in (
        {"abc": 1.5},
        {"abc": None, "x": 2},
        {"abcd": 1},
        {"a": 1, "b": 2, "c": 3},
        {"a": "text"},
        {"fixed": "yes"},
        {"fixed": 3},
    ):
        assert check(value) == jsonschema.Draft202012Validator(schema).is_valid(value), value


@pytest.mark.parametrize(
    "schema",
    [
        {"patternProperties": {"a": {}}},
        {"dependentRequired": {"a": ["b"]}},
        {"oneOf": [{"type": "integer"}, {"type": "number"}]},
        {"enum": [[1], [2]]},
        {"format": "email"},
    ],
)
def test_anything_unknown_is_left_to_jsonschema(schema: dict) -> None:
    with pytest.raises(Unsupported):
        compile_schema(schema)


def test_edge_cases_say_no_rather_than_guess() -> None:
    check = compile_schema({"type": "integer", "minimum": 0})
    assert check(3) and not check(-1) and not check(True) and not check(1.0)
    check = compile_schema({"type": "string", "format": "date"})
    assert check("2026-11-28") and not check("2026-02-30") and not check("28/11/2026")
    check = compile_schema({"enum": ["a", 1]})
    assert check("a") and check(1) and not check(True) and not check(1.0)
