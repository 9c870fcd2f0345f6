"""Tests for the framework file (the Compact as data) and its loader.

The bad-file tests compare whole messages on purpose: the message is what a CVS worker
reads to fix their own framework file, so its wording is part of the behaviour.
"""

from __future__ import annotations

import builtins
import copy
import dataclasses
import json
import math
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import frameworks
from desktop.domain.frameworks import (
    DEFAULT_FRAMEWORK_ID,
    MAX_FILE_BYTES,
    SUPPORTED_FORMAT,
    Band,
    Framework,
    FrameworkError,
    builtin_framework_paths,
    load_builtin,
    load_framework,
    parse_framework,
)
from desktop.resource_paths import resources_dir

DATA = Path(__file__).parent / "data"
# The Devon file as it was in format 1 (the built-in file is format 2 now): every format 1
# rule is still tested against it, because format 1 files a CVS wrote must keep loading.
REAL_PATH = DATA / "devon-format-1.toml"
REAL_TEXT = REAL_PATH.read_text(encoding="utf-8")
BUILTIN_PATH = resources_dir() / "frameworks" / f"{DEFAULT_FRAMEWORK_ID}.toml"


# --------------------------------------------------------------------------------------
# Helpers: turn the real file into a dict, change it, and write it back as TOML.
# --------------------------------------------------------------------------------------


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON escapes are valid TOML escapes
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(value)


def _emit(lines: list[str], table: dict[str, Any], prefix: str) -> None:
    for key, value in table.items():
        if not isinstance(value, dict) and not _is_table_list(value):
            lines.append(f"{_toml_key(key)} = {_toml_value(value)}")
    for key, value in table.items():
        name = prefix + _toml_key(key)
        if isinstance(value, dict):
            lines.append(f"[{name}]")
            _emit(lines, value, name + ".")
        elif _is_table_list(value):
            for entry in value:
                lines.append(f"[[{name}]]")
                _emit(lines, entry, name + ".")


def to_toml(data: dict[str, Any]) -> str:
    """A small TOML writer, enough for framework files (the venv has no tomli-w)."""
    lines: list[str] = []
    _emit(lines, data, "")
    return "\n".join(lines) + "\n"


def real_data() -> dict[str, Any]:
    return copy.deepcopy(tomllib.loads(REAL_TEXT))


def sec(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(s for s in data["sections"] if s["key"] == key)


def itm(data: dict[str, Any], ref: str) -> dict[str, Any]:
    return next(i for s in data["sections"] for i in s.get("items", []) if i["ref"] == ref)


def opt(data: dict[str, Any], scale: str, key: str) -> dict[str, Any]:
    return next(o for o in data[scale]["options"] if o["key"] == key)


def load_text(tmp_path: Path, text: str, name: str = "compact.toml") -> Framework:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_framework(path)


def refused(tmp_path: Path, text: str, name: str = "compact.toml") -> str:
    with pytest.raises(FrameworkError) as caught:
        load_text(tmp_path, text, name)
    return str(caught.value)


@pytest.fixture(scope="module")
def real() -> Framework:
    return load_framework(REAL_PATH)


# --------------------------------------------------------------------------------------
# The real Devon file
# --------------------------------------------------------------------------------------

EXPECTED_REFS = {
    "success_elements": [f"3({c})" for c in "abcdefgh"],
    "all_partners": [f"3.1({c})" for c in "abcdefghij"],
    "statutory": [f"3.2({c})" for c in "abc"],
    "voluntary": [f"3.3({c})" for c in "abcdef"],
    "before_joining": [f"4.1({c})" for c in "abcd"],
    "stakeholders": [f"4.2({c})" for c in "abcdefg"],
    "milestones": [f"4.3({c})" for c in "ab"],
    "roles": [f"4.5({c})" for c in "abcdefg"],
    "health_check": [f"4.8({c})" for c in "abcdefgh"],
    "evaluation": [f"4.8E({c})" for c in "abcde"],
    "glossary": [
        "G:added-value",
        "G:communities-of-interest",
        "G:communities-of-place",
        "G:dacvs",
        "G:organisational-cultures",
        "G:outcomes",
        "G:performance-measurement-mechanisms",
        "G:rurality",
        "G:stakeholders",
    ],
}


def test_real_file_has_every_section_in_order_with_the_right_refs(real: Framework) -> None:
    assert list(real.sections) == list(EXPECTED_REFS)
    for key, refs in EXPECTED_REFS.items():
        assert [item.ref for item in real.section(key).items] == refs, key
        assert all(item.section_key == key for item in real.section(key).items)


def test_real_file_counts_match_the_code(real: Framework) -> None:
    counts = {key: len(section.items) for key, section in real.sections.items()}
    assert counts == {
        "success_elements": 8,
        "all_partners": 10,
        "statutory": 3,
        "voluntary": 6,
        "before_joining": 4,
        "stakeholders": 7,
        "milestones": 2,
        "roles": 7,
        "health_check": 8,
        "evaluation": 5,
        "glossary": 9,
    }
    assert len(real.all_items()) == 69


def test_real_file_sections_have_the_right_clause_and_kind(real: Framework) -> None:
    got = {key: (s.clause, s.kind) for key, s in real.sections.items()}
    assert got == {
        "success_elements": ("3", "rated"),
        "all_partners": ("3.1", "rated"),
        "statutory": ("3.2", "rated"),
        "voluntary": ("3.3", "rated"),
        "before_joining": ("4.1", "questions"),
        "stakeholders": ("4.2", "list"),
        "milestones": ("4.3", "list"),
        "roles": ("4.5", "list"),
        "health_check": ("4.8", "scored"),
        "evaluation": ("4.8", "scored"),
        "glossary": ("Appendix 1", "glossary"),
    }


def test_real_file_top_level(real: Framework) -> None:
    assert real.format == 1 and SUPPORTED_FORMAT == 2
    assert real.id == DEFAULT_FRAMEWORK_ID == "compact-devon-partnership-2008"
    assert real.version == "2008.1"
    assert real.language == "en-GB"
    assert real.short_title == "Devon Partnership Code"
    assert real.source.publisher == "Devon Compact Hub"
    assert real.source.date == "June 2008"


def test_real_file_wording_is_short_and_questions_are_questions(real: Framework) -> None:
    for item in real.all_items():
        assert 0 < len(item.title) <= 60, item.ref
        assert item.text == item.text.strip() and item.text, item.ref
    for key in ("before_joining", "health_check", "evaluation"):
        for item in real.section(key).items:
            assert item.text.endswith("?"), item.ref


def test_rating_scale(real: Framework) -> None:
    assert [(o.key, o.label) for o in real.rating_scale] == [
        ("we_do_this", "We do this"),
        ("could_do_better", "Could do better"),
        ("need_help", "Need help"),
        ("not_applicable", "Not applicable"),
    ]
    assert real.rating("need_help").colour == "#B91C1C"
    with pytest.raises(KeyError):
        real.rating("yes")


def test_answer_scale(real: Framework) -> None:
    assert [(o.key, o.label, o.score) for o in real.answer_scale] == [
        ("yes", "Yes", 100.0),
        ("mostly", "Mostly", 67.0),
        ("partly", "Partly", 33.0),
        ("no", "No", 0.0),
        ("dont_know", "Don't know", None),
    ]
    assert real.answer("dont_know").score is None
    with pytest.raises(KeyError):
        real.answer("we_do_this")


def test_bands_from_the_real_file(real: Framework) -> None:
    assert [(b.key, b.lower, b.upper) for b in real.bands] == [
        ("concern", 0.0, 50.0),
        ("borderline", 50.0, 75.0),
        ("strength", 75.0, 100.0),
    ]
    assert all(b.action_hint for b in real.bands)


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, "concern"),
        (0.0, "concern"),
        (49.99, "concern"),
        (49.999999, "concern"),
        (50, "borderline"),
        (74.99, "borderline"),
        (75, "strength"),
        (99.999, "strength"),
        (100, "strength"),
    ],
)
def test_band_for_boundaries(real: Framework, score: float, band: str) -> None:
    assert real.band_for(score).key == band


@pytest.mark.parametrize("score", [-0.01, 100.01, -1, 101, math.nan, math.inf, True, "50", None])
def test_band_for_refuses_scores_outside_0_to_100(real: Framework, score: Any) -> None:
    with pytest.raises(ValueError, match="a score must be a number from 0 to 100"):
        real.band_for(score)


def test_band_contains_is_half_open_except_at_the_top() -> None:
    lower = Band("low", "Low", 0.0, 50.0, "#000000", "x")
    top = Band("top", "Top", 50.0, 100.0, "#000000", "x")
    assert lower.contains(0) and lower.contains(49.9) and not lower.contains(50)
    assert top.contains(50) and top.contains(100) and not top.contains(100.5)
    assert not top.contains(49.9)


def test_lookups(real: Framework) -> None:
    assert real.item("3.1(c)").title == "Agree how to handle conflicts of interest"
    assert real.item("4.8E(a)").section_key == "evaluation"
    assert real.item("G:rurality").title == "Rurality"
    with pytest.raises(KeyError):
        real.item("3.1(k)")
    with pytest.raises(KeyError):
        real.section("budget")
    assert [i.title for i in real.glossary][:2] == ["Added value", "Communities of interest"]


def test_rated_items_are_the_four_rated_sections_in_order(real: Framework) -> None:
    refs = [item.ref for item in real.rated_items()]
    assert refs == (
        EXPECTED_REFS["success_elements"]
        + EXPECTED_REFS["all_partners"]
        + EXPECTED_REFS["statutory"]
        + EXPECTED_REFS["voluntary"]
    )
    assert len(refs) == 27


def test_framework_is_read_only_and_hashable(real: Framework) -> None:
    with pytest.raises(TypeError):
        real.sections["extra"] = real.section("roles")  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        real.id = "other"  # type: ignore[misc]
    assert isinstance(hash(real), int)


def test_parse_and_load_agree(real: Framework) -> None:
    assert parse_framework(REAL_TEXT, REAL_PATH.name) == real


def test_builtin_frameworks_are_named_after_their_id() -> None:
    paths = builtin_framework_paths()
    assert BUILTIN_PATH in paths
    for path in paths:
        assert load_framework(path).id == path.stem


def test_load_builtin_is_cached() -> None:
    assert load_builtin() is load_builtin(DEFAULT_FRAMEWORK_ID)
    assert load_builtin().id == DEFAULT_FRAMEWORK_ID


def test_load_builtin_refuses_unknown_and_unsafe_ids() -> None:
    with pytest.raises(FrameworkError, match="no built-in framework with the id compact-nowhere"):
        load_builtin("compact-nowhere")
    with pytest.raises(FrameworkError, match="is not a valid framework id"):
        load_builtin("../../etc/passwd")


def test_error_is_a_value_error() -> None:
    assert issubclass(FrameworkError, ValueError)


# --------------------------------------------------------------------------------------
# A second, made-up framework
# --------------------------------------------------------------------------------------


def test_a_different_framework_with_a_three_point_scale_loads() -> None:
    other = load_framework(DATA / "other-compact.toml")
    assert other.id == "compact-example-partnership-2024"
    assert other.language == "cy"
    assert [o.key for o in other.rating_scale] == ["yes", "partly", "not_yet"]
    assert other.rating("partly").score == 50.0
    assert [o.key for o in other.answer_scale] == ["agree", "unsure", "disagree"]
    assert other.answer("unsure").score is None
    assert "milestones" not in other.sections
    assert list(other.sections)[:2] == ["glossary", "success_elements"]  # file order is kept
    assert [i.ref for i in other.rated_items()] == ["2(1)", "2(2)", "5.2(1)", "5.3(1)", "5.4(1)"]
    assert other.item("2(2)").guidance == "Look at who does the admin."
    assert other.item("2(1)").guidance is None
    assert other.item("9M(a)").section_key == "evaluation"
    assert other.band_for(60.49).key == "low"
    assert other.band_for(60.5).key == "high"
    assert other.band_for(100).key == "high"
    assert [(b.lower, b.upper) for b in other.bands] == [(0.0, 60.5), (60.5, 100.0)]


# --------------------------------------------------------------------------------------
# Bad files: each refused with a message naming the file, the item and the problem
# --------------------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(getter: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        getter(data)[key] = value

    return change


def _drop(getter: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        del getter(data)[key]

    return change


def _rename(getter: Callable[[dict[str, Any]], dict[str, Any]], old: str, new: str) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        table = getter(data)
        table[new] = table.pop(old)

    return change


def _top(data: dict[str, Any]) -> dict[str, Any]:
    return data


def _item(ref: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: itm(data, ref)


def _section(key: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: sec(data, key)


def _option(scale: str, key: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: opt(data, scale, key)


def _band(index: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: data["bands"][index]


def _drop_section(key: str) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        data["sections"] = [s for s in data["sections"] if s["key"] != key]

    return change


def _duplicate_section(key: str) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        data["sections"].append(copy.deepcopy(sec(data, key)))

    return change


def _duplicate_option(scale: str, key: str) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        copied = copy.deepcopy(opt(data, scale, key))
        copied["label"] = "Again"
        data[scale]["options"].append(copied)

    return change


def _clear(getter: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        getter(data)[key] = []

    return change


def _unscore_answers(data: dict[str, Any]) -> None:
    for option in data["answer_scale"]["options"]:
        option.pop("score", None)


BAD_FILES: list[Any] = [
    # format
    pytest.param(
        _set(_top, "format", 3),
        "compact.toml: this framework was made for a newer version of Partnerbook (it uses "
        "file format 3; this version reads format 2). Update Partnerbook to use it.",
        id="format-newer",
    ),
    pytest.param(
        _drop(_top, "format"),
        'compact.toml: "format" is missing. Put format = 1 at the top of the file.',
        id="format-missing",
    ),
    pytest.param(
        _set(_top, "format", "1"),
        'compact.toml: "format" must be a whole number, such as 1.',
        id="format-text",
    ),
    pytest.param(
        _set(_top, "format", 0),
        'compact.toml: "format" must be a whole number, such as 1.',
        id="format-zero",
    ),
    # top level
    pytest.param(
        _drop(_top, "short_title"),
        'compact.toml: "short_title" is missing.',
        id="top-key-missing",
    ),
    pytest.param(
        _rename(_top, "title", "titel"),
        'compact.toml: "titel" is not a key Partnerbook knows here; did you mean "title"?',
        id="top-key-typo",
    ),
    pytest.param(
        _set(_top, "id", "Devon Compact"),
        'compact.toml: "id" must look like "compact-devon-partnership-2008", not "Devon Compact".',
        id="id-bad",
    ),
    pytest.param(
        _set(_top, "version", 2008.1),
        'compact.toml: "version" must be text in quotes.',
        id="version-number",
    ),
    pytest.param(
        _set(_top, "source", "Devon"),
        'compact.toml: "source" must be a table (write it as [source]).',
        id="source-not-table",
    ),
    pytest.param(
        _drop(lambda d: d["source"], "publisher"),
        'compact.toml: source: "publisher" is missing.',
        id="source-key-missing",
    ),
    # sections
    pytest.param(
        _drop_section("glossary"),
        'compact.toml: these sections are missing: "glossary".',
        id="section-missing",
    ),
    pytest.param(
        _set(_section("roles"), "key", "budget"),
        'compact.toml: section "budget": this is not a section Partnerbook knows. The sections '
        'are "success_elements", "all_partners", "statutory", "voluntary", "before_joining", '
        '"stakeholders", "milestones", "roles", "health_check", "evaluation", "glossary".',
        id="section-unknown",
    ),
    pytest.param(
        _duplicate_section("statutory"),
        'compact.toml: section "statutory": this section appears twice.',
        id="section-twice",
    ),
    pytest.param(
        _set(_section("statutory"), "kind", "scored"),
        'compact.toml: section "statutory": "kind" must be "rated" for this section, not "scored".',
        id="section-wrong-kind",
    ),
    pytest.param(
        _drop(_section("stakeholders"), "items"),
        'compact.toml: section "stakeholders": it has no items. Add at least one '
        "[[sections.items]] after it.",
        id="section-no-items",
    ),
    pytest.param(
        _clear(_section("stakeholders"), "items"),
        'compact.toml: section "stakeholders": it has no items. Add at least one '
        "[[sections.items]] after it.",
        id="section-empty-items",
    ),
    pytest.param(
        _set(_section("voluntary"), "clause", "three"),
        'compact.toml: section "voluntary": "clause" must look like "3.1", not "three".',
        id="section-bad-clause",
    ),
    pytest.param(
        _rename(_section("voluntary"), "title", "heading"),
        'compact.toml: section "voluntary": "heading" is not a key Partnerbook knows here; the '
        'keys allowed here are "key", "clause", "title", "kind", "items".',
        id="section-unknown-key",
    ),
    # items
    pytest.param(
        _drop(_item("3.1(c)"), "text"),
        'compact.toml: item 3.1(c) in section "all_partners": "text" is missing.',
        id="item-text-missing",
    ),
    pytest.param(
        _drop(_item("3.1(c)"), "ref"),
        'compact.toml: item 3 in section "all_partners": "ref" is missing.',
        id="item-ref-missing",
    ),
    pytest.param(
        _set(_item("3(a)"), "title", "   "),
        'compact.toml: item 3(a) in section "success_elements": "title" is empty.',
        id="item-title-empty",
    ),
    pytest.param(
        _set(_item("3(a)"), "guidance", ""),
        'compact.toml: item 3(a) in section "success_elements": "guidance" is empty.',
        id="item-guidance-empty",
    ),
    pytest.param(
        _rename(_item("3.2(b)"), "text", "txet"),
        'compact.toml: item 3.2(b) in section "statutory": "txet" is not a key Partnerbook '
        'knows here; did you mean "text"?',
        id="item-key-typo",
    ),
    pytest.param(
        _set(_item("3.2(b)"), "notes", "extra"),
        'compact.toml: item 3.2(b) in section "statutory": "notes" is not a key Partnerbook '
        'knows here; the keys allowed here are "ref", "title", "text", "guidance".',
        id="item-key-unknown",
    ),
    pytest.param(
        _set(_item("4.1(a)"), "title", "x" * 121),
        'compact.toml: item 4.1(a) in section "before_joining": "title" is too long '
        "(121 characters; the limit is 120).",
        id="item-title-too-long",
    ),
    pytest.param(
        _set(_item("4.1(a)"), "text", "x" * 2_001),
        'compact.toml: item 4.1(a) in section "before_joining": "text" is too long '
        "(2,001 characters; the limit is 2,000).",
        id="item-text-too-long",
    ),
    pytest.param(
        _set(_item("4.1(a)"), "guidance", "x" * 5_001),
        'compact.toml: item 4.1(a) in section "before_joining": "guidance" is too long '
        "(5,001 characters; the limit is 5,000).",
        id="item-guidance-too-long",
    ),
    pytest.param(
        _set(_item("4.1(b)"), "text", "bell\x07"),
        'compact.toml: item 4.1(b) in section "before_joining": "text" contains a control '
        "character; remove it.",
        id="item-control-character",
    ),
    pytest.param(
        _set(_item("4.1(b)"), "text", 42),
        'compact.toml: item 4.1(b) in section "before_joining": "text" must be text in quotes.',
        id="item-text-number",
    ),
    # refs
    pytest.param(
        _set(_item("3.1(b)"), "ref", "3.1(a)"),
        'compact.toml: item 3.1(a) in section "all_partners": the ref 3.1(a) is used twice; '
        'it is also in section "all_partners".',
        id="ref-duplicate-same-section",
    ),
    pytest.param(
        _set(_item("4.8E(a)"), "ref", "4.8(a)"),
        'compact.toml: item 4.8(a) in section "evaluation": the ref 4.8(a) is used twice; '
        'it is also in section "health_check".',
        id="ref-duplicate-across-sections",
    ),
    pytest.param(
        _set(_item("4.8E(b)"), "ref", "4.8 evaluation (b)"),
        'compact.toml: item 4.8 evaluation (b) in section "evaluation": "ref" must be the '
        'clause followed by a letter in brackets, such as "4.8(a)", not "4.8 evaluation (b)".',
        id="ref-bad-form",
    ),
    pytest.param(
        _set(_item("3.1(d)"), "ref", "3.2(d)"),
        'compact.toml: item 3.2(d) in section "all_partners": the ref belongs to clause 3.2, '
        "but this section is clause 3.1.",
        id="ref-wrong-clause",
    ),
    pytest.param(
        _set(_item("G:outcomes"), "ref", "outcomes"),
        'compact.toml: item outcomes in section "glossary": "ref" must be G: followed by the '
        'term in lower-case words joined by hyphens, such as "G:added-value", not "outcomes".',
        id="ref-glossary-form",
    ),
    pytest.param(
        _set(_item("3.3(a)"), "ref", "G:open"),
        'compact.toml: item G:open in section "voluntary": "ref" must be the clause followed '
        'by a letter in brackets, such as "3.3(a)", not "G:open".',
        id="ref-glossary-form-outside-glossary",
    ),
    # scales
    pytest.param(
        _clear(lambda d: d["rating_scale"], "options"),
        "compact.toml: rating scale: it must contain at least one option.",
        id="rating-scale-empty",
    ),
    pytest.param(
        _duplicate_option("rating_scale", "need_help"),
        'compact.toml: rating scale: the key "need_help" is used by more than one option.',
        id="rating-scale-duplicate-key",
    ),
    pytest.param(
        _duplicate_option("answer_scale", "yes"),
        'compact.toml: answer scale: the key "yes" is used by more than one option.',
        id="answer-scale-duplicate-key",
    ),
    pytest.param(
        _rename(_option("rating_scale", "need_help"), "colour", "color"),
        'compact.toml: rating scale option "need_help": "color" is not a key Partnerbook '
        'knows here; did you mean "colour"?',
        id="rating-option-key-typo",
    ),
    pytest.param(
        _drop(_option("rating_scale", "need_help"), "meaning"),
        'compact.toml: rating scale option "need_help": "meaning" is missing.',
        id="rating-option-meaning-missing",
    ),
    pytest.param(
        _set(_option("answer_scale", "yes"), "score", 101),
        'compact.toml: answer scale option "yes": "score" must be from 0 to 100, not 101.',
        id="answer-score-over-100",
    ),
    pytest.param(
        _set(_option("answer_scale", "no"), "score", -1),
        'compact.toml: answer scale option "no": "score" must be from 0 to 100, not -1.',
        id="answer-score-negative",
    ),
    pytest.param(
        _set(_option("answer_scale", "no"), "score", True),
        'compact.toml: answer scale option "no": "score" must be a number, such as 50.',
        id="answer-score-bool",
    ),
    pytest.param(
        _unscore_answers,
        "compact.toml: answer scale: at least one option needs a score, or no review could "
        "be scored.",
        id="answer-scale-unscored",
    ),
    pytest.param(
        _set(_option("answer_scale", "yes"), "colour", "green"),
        'compact.toml: answer scale option "yes": "colour" must look like "#2E7D32", not "green".',
        id="answer-colour",
    ),
    pytest.param(
        _set(_top, "rating_scale", [{"key": "x"}]),
        'compact.toml: "rating_scale" must be a table (write its options as '
        "[[rating_scale.options]]).",
        id="rating-scale-as-list",
    ),
    # bands
    pytest.param(
        _set(_band(0), "from", 10),
        'compact.toml: band "concern": the first band starts at 10, but it must start at 0 so '
        "that every score from 0 to 100 has a band.",
        id="band-gap-at-start",
    ),
    pytest.param(
        _set(_band(1), "from", 0),
        'compact.toml: band "borderline": it starts at 0, which is not above where the band '
        "before it starts (0). List the bands from lowest to highest; each runs up to where the "
        "next one starts, so they cannot overlap or leave gaps.",
        id="band-overlap",
    ),
    pytest.param(
        _set(_band(2), "from", 40),
        'compact.toml: band "strength": it starts at 40, which is not above where the band '
        "before it starts (50). List the bands from lowest to highest; each runs up to where "
        "the next one starts, so they cannot overlap or leave gaps.",
        id="band-out-of-order",
    ),
    pytest.param(
        _set(_band(2), "from", 100),
        'compact.toml: band "strength": "from" must be at least 0 and below 100, not 100.',
        id="band-starts-at-100",
    ),
    pytest.param(
        _set(_band(0), "from", -5),
        'compact.toml: band "concern": "from" must be at least 0 and below 100, not -5.',
        id="band-negative",
    ),
    pytest.param(
        _set(_band(0), "to", 49.99),
        'compact.toml: band "concern": "to" is not used: a band has only a start ("from") and '
        "runs up to where the next band starts.",
        id="band-with-to",
    ),
    pytest.param(
        _set(_band(1), "key", "concern"),
        'compact.toml: band "concern": the key "concern" is used by more than one band.',
        id="band-duplicate-key",
    ),
    pytest.param(
        _drop(_band(1), "action_hint"),
        'compact.toml: band "borderline": "action_hint" is missing.',
        id="band-action-hint-missing",
    ),
    pytest.param(
        _clear(_top, "bands"),
        'compact.toml: "bands" needs at least one band, starting at 0.',
        id="bands-empty",
    ),
]


@pytest.mark.parametrize(("mutate", "message"), BAD_FILES)
def test_bad_file_is_refused_with_a_clear_message(
    tmp_path: Path, mutate: Mutation, message: str
) -> None:
    data = real_data()
    mutate(data)
    assert refused(tmp_path, to_toml(data)) == message


def test_the_round_trip_writer_keeps_the_real_file_valid(tmp_path: Path, real: Framework) -> None:
    # Guards the helper above: without this, a broken writer could make bad-file tests pass.
    assert load_text(tmp_path, to_toml(real_data())) == real


def test_limits_are_inclusive(tmp_path: Path) -> None:
    data = real_data()
    itm(data, "4.1(a)")["title"] = "x" * 120
    itm(data, "4.1(a)")["text"] = "x" * 2_000
    itm(data, "4.1(a)")["guidance"] = "x" * 5_000
    framework = load_text(tmp_path, to_toml(data))
    assert len(framework.item("4.1(a)").guidance or "") == 5_000


def _with_extra_glossary_terms(count: int) -> dict[str, Any]:
    data = real_data()
    sec(data, "glossary")["items"].extend(
        {"ref": f"G:term-{n}", "title": f"Term {n}", "text": "A word."} for n in range(count)
    )
    return data


def test_500_items_are_allowed(tmp_path: Path) -> None:
    framework = load_text(tmp_path, to_toml(_with_extra_glossary_terms(500 - 69)))
    assert len(framework.all_items()) == 500


def test_more_than_500_items_are_refused(tmp_path: Path) -> None:
    message = refused(tmp_path, to_toml(_with_extra_glossary_terms(500 - 69 + 1)))
    assert message == "compact.toml: there are 501 items; the limit is 500."


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    good = 'short_title = "Devon Partnership Code"'
    assert REAL_TEXT.count(good) == 1
    line = REAL_TEXT[: REAL_TEXT.index(good)].count("\n") + 1
    broken = REAL_TEXT.replace(good, 'short_title = "Devon Partnership Code')
    message = refused(tmp_path, broken)
    assert message == (
        f"compact.toml: this is not a valid TOML file. Line {line}, column 38: "
        "Illegal character '\\n'."
    )


def test_toml_error_at_end_of_file(tmp_path: Path) -> None:
    message = refused(tmp_path, REAL_TEXT + "\nextra = [1,\n")
    assert message == (
        "compact.toml: this is not a valid TOML file. At the end of the file: Invalid value."
    )


def test_toml_duplicate_key_names_the_line(tmp_path: Path) -> None:
    message = refused(tmp_path, REAL_TEXT.replace("format = 1\n", "format = 1\nformat = 1\n", 1))
    line = REAL_TEXT[: REAL_TEXT.index("format = 1")].count("\n") + 2
    assert message == (
        f"compact.toml: this is not a valid TOML file. Line {line}, column 11: "
        "Cannot overwrite a value."
    )


def test_not_utf8_is_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'format = 1\n# caf\xe9\nid = "x"\n')
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    assert str(caught.value) == (
        "latin1.toml: the file is not saved as UTF-8 text (the first unreadable character is "
        "on line 2). Open it in a text editor and save it as UTF-8."
    )


def test_a_byte_order_mark_is_accepted(tmp_path: Path, real: Framework) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + REAL_TEXT.encode("utf-8"))
    assert load_framework(path) == real


def test_ten_megabytes_of_junk_is_refused_by_size_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "junk.toml"
    with path.open("wb") as handle:
        handle.write(b"\x00junk" * (2 * 1024 * 1024))  # 10 MiB
    assert path.stat().st_size == 10 * 1024 * 1024

    def no_reading(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the file was opened for reading")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "read_text", no_reading)
    monkeypatch.setattr(builtins, "open", no_reading)
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    assert str(caught.value) == (
        "junk.toml: the file is too large to be a framework (10,485,760 bytes; the limit is "
        "1,000,000 bytes, which is 1 MB)."
    )


def test_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(FrameworkError, match=r"^big\.toml: the file is too large"):
        load_framework(path)


def test_parse_framework_refuses_oversized_text() -> None:
    with pytest.raises(FrameworkError, match=r"^pasted: the file is too large"):
        parse_framework("#" * (MAX_FILE_BYTES + 1), "pasted")


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FrameworkError, match=r"^gone\.toml: there is no such file"):
        load_framework(tmp_path / "gone.toml")
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    with pytest.raises(FrameworkError) as caught:
        load_framework(folder)
    assert str(caught.value) == "folder.toml: this is not a file."


def test_module_has_no_qt_or_database_imports() -> None:
    source = Path(frameworks.__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+(PySide6|sqlalchemy)", source, re.MULTILINE)
