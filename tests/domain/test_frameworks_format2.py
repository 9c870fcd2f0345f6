"""Framework format 2: the Devon Code in it, the shipped tools, and every problem the guide
lists, each shown with its whole message (file, line, what is wrong and the fix).

The messages are compared whole on purpose: they are what a CVS officer reads to put
their own file right, so the wording and the line are part of the behaviour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.frameworks import (
    DEFAULT_FRAMEWORK_ID,
    FrameworkError,
    check_framework_file,
    check_framework_text,
    load_builtin,
    load_framework,
    parse_framework,
)
from desktop.resource_paths import resources_dir

DATA = Path(__file__).parent / "data"
SMALL = (DATA / "format-2-small.toml").read_text("utf-8")
FRAMEWORKS = resources_dir() / "frameworks"
EXAMPLES = FRAMEWORKS / "examples"


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The number of the line that is exactly ``needle`` (its n-th occurrence)."""
    found = [n for n, line in enumerate(text.splitlines(), start=1) if line == needle]
    return found[occurrence - 1]


def changed(*replacements: tuple[str, str]) -> str:
    text = SMALL
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def messages(text: str) -> list[str]:
    framework, problems = check_framework_text(text, "compact.toml")
    assert (framework is None) == bool(problems)
    return [p.located("compact.toml").text() for p in problems]


# --------------------------------------------------------------------------------------
# What format 2 expresses
# --------------------------------------------------------------------------------------


def test_the_small_file_loads_with_free_refs_numeric_keys_and_domains() -> None:
    framework = parse_framework(SMALL, "compact.toml")
    assert framework.format == 2 and framework.title == "Example Compact"
    assert framework.short_title == "Example Compact"  # defaults to the title
    assert [i.ref for i in framework.rated_items()] == ["SP1"]
    assert [i.ref for i in framework.review_items()] == ["Domain 1, item 1", "Domain 1, item 2"]
    assert framework.item("Domain 1, item 2").reversed
    assert framework.item("Domain 1, item 1").title == "We meet."  # from the text
    assert framework.need_help_key == "help"
    check = framework.section("check")
    assert [o.key for o in check.scale.options] == ["1", "2", "dk"]
    assert check.scale.option("dk").score is None and not check.scale.option("dk").counts
    assert [(b.key, b.lower, b.top) for b in check.bands_at("tool")] == [
        ("low", 2, 4),
        ("high", 3, 4),
    ]
    assert framework.rating_scale[1].label == "We need help"
    assert [o.key for o in framework.answer_scale] == ["1", "2", "dk"]


@pytest.mark.parametrize("ref", ["SP1", "1", "3.1(a)", "Domain 2, item 4", "Principle A/ii"])
def test_any_reference_scheme_is_allowed(ref: str) -> None:
    framework = parse_framework(changed(('ref = "SP1"', f'ref = "{ref}"')), "compact.toml")
    assert framework.item(ref).text == "We respect each other."


def test_without_use_every_section_of_a_kind_is_used() -> None:
    text = changed(('[use]\ncommitments = ["principles"]\nreviews = ["check"]\n', ""))
    framework = parse_framework(text, "compact.toml")
    assert framework.uses["commitments"] == ("principles",)
    assert framework.uses["reviews"] == ("check",)
    assert framework.uses["joining"] == ()


def test_a_scale_without_need_help_means_no_option_does() -> None:
    framework = parse_framework(changed(('need_help = "help"\n', "")), "compact.toml")
    assert framework.need_help_key is None


def test_the_devon_code_in_format_2_keeps_every_stored_ref_and_key() -> None:
    devon = load_builtin()
    old = load_framework(DATA / "devon-format-1.toml")
    assert (devon.format, devon.id, devon.version) == (2, DEFAULT_FRAMEWORK_ID, "2008.1")
    for item in old.all_items():
        assert devon.item(item.ref).text == item.text, item.ref
        assert devon.item(item.ref).section_key == item.section_key
    assert [o.key for o in devon.rating_scale] == [o.key for o in old.rating_scale]
    assert [(o.key, o.score) for o in devon.answer_scale] == [
        (o.key, o.score) for o in old.answer_scale
    ]
    assert [i.ref for i in devon.rated_items()] == [i.ref for i in old.rated_items()]
    assert devon.need_help_key == "need_help"


def test_the_devon_code_adds_what_was_missing_and_marks_the_joining_check() -> None:
    devon = load_builtin()
    assert [i.ref for i in devon.section("headlines").items] == [f"1.1({c})" for c in "abcdef"]
    assert [i.ref for i in devon.section("introduction").items] == ["2.1", "2.2", "2.3"]
    assert devon.section("involving_the_sector").clause == "4.4"
    assert "budget" in devon.item("4.4(b)").text
    assert devon.item("4.6").section_key == "building_capacity"
    assert [i.ref for i in devon.section("keeping_involved").items] == [f"4.7({c})" for c in "abcd"]
    joining = [i.ref for i in devon.joining_items()]
    assert joining == [f"4.1({c})" for c in "abcd"] + ["4.3(a)", "4.3(b)"] + [
        f"4.5({c})" for c in "abcdefg"
    ]
    assert [s.key for s in devon.review_sections] == ["health_check", "evaluation"]
    assert "Partnerbook's, not the Code's" in devon.scale_note
    assert len(devon.stakeholder_items) == 7 and len(devon.glossary) == 9


def test_the_six_principles_tool_ships_with_domains_and_bands_above_zero() -> None:
    tool = load_builtin("partnership-assessment-six-principles")
    section = tool.review_sections[0]
    assert section.method == "sum" and len(section.domains) == 6
    assert {len(d.refs) for d in section.domains} == {4}
    assert [b.lower for b in section.bands_at("domain")] == [4, 8, 12]
    assert [b.range_text for b in section.bands_at("tool")] == ["24-47", "48-71", "72-96"]
    assert any(item.reversed for item in section.items)
    assert "Hardy, Hudson and Waddington" in tool.scale_note
    assert tool.rated_items() == ()


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.toml")), ids=lambda p: p.stem)
def test_the_guides_worked_examples_are_valid(path: Path) -> None:
    framework, problems = check_framework_file(path)
    assert problems == [] and framework is not None


# --------------------------------------------------------------------------------------
# Every problem in GUIDE.md, with its message
# --------------------------------------------------------------------------------------

S = "section"
PROBLEMS = [
    pytest.param(
        [('title = "Example Compact"', 'title = "Example Compact')],
        "compact.toml, line {n}: this is not a valid TOML file. Line {n}, column 25: "
        "Illegal character '\\n'. Correct the line in a text editor; the rest is checked "
        "after that.",
        'title = "Example Compact',
        id="toml-syntax",
    ),
    pytest.param(
        [('title = "Example Compact"\n', "")],
        'compact.toml, line 1: "title" is missing. Add a line such as title = "…".',
        None,
        id="key-missing",
    ),
    pytest.param(
        [('title = "Example Compact"', 'titel = "Example Compact"')],
        'compact.toml, line {n}: "titel" is not a key Partnerbook knows here. Did you mean '
        '"title"?',
        'titel = "Example Compact"',
        id="key-misspelt",
    ),
    pytest.param(
        [('version = "1"', "version = 1")],
        'compact.toml, line {n}: "version" must be text in quotes. Write it as version = "…".',
        "version = 1",
        id="text-not-quoted",
    ),
    pytest.param(
        [('version = "1"', 'version = "  "')],
        'compact.toml, line {n}: "version" is empty. Write something between the quotes, '
        "or remove the line if it is optional.",
        'version = "  "',
        id="text-empty",
    ),
    pytest.param(
        [('title = "Example Compact"', 'title = "' + "x" * 121 + '"')],
        'compact.toml, line {n}: "title" is too long (121 characters; the limit is 120). '
        "Shorten it.",
        'title = "' + "x" * 121 + '"',
        id="text-too-long",
    ),
    pytest.param(
        [('id = "example-compact-2025"', 'id = "Example Compact"')],
        'compact.toml, line {n}: "id" must look like "compact-example-2024", not "Example '
        'Compact". Use lower-case letters and digits joined by hyphens.',
        'id = "Example Compact"',
        id="id-pattern",
    ),
    pytest.param(
        [('date = "2025"\n', "")],
        'compact.toml, line {n}: [source]: "date" is missing. Add a line such as date = "2024".',
        "[source]",
        id="source-date-missing",
    ),
    pytest.param(
        [('commitments = ["principles"]', 'commitments = ["principle"]')],
        'compact.toml, line {n}: [use]: "commitments" names the section "principle", but '
        "there is no such section. Use the key of one of the [[sections]] in the file.",
        'commitments = ["principle"]',
        id="use-unknown-section",
    ),
    pytest.param(
        [('reviews = ["check"]', 'reviews = ["principles"]')],
        'compact.toml, line {n}: [use]: "reviews" names the section "principles", which is '
        'of kind "commitments". Only sections of kind "scored" can be used for reviews.',
        'reviews = ["principles"]',
        id="use-wrong-kind",
    ),
    pytest.param(
        [('reviews = ["check"]', 'reviews = ["check", "check"]')],
        'compact.toml, line {n}: [use]: "check" is named twice in "reviews". Name each '
        "section once.",
        'reviews = ["check", "check"]',
        id="use-twice",
    ),
    pytest.param(
        [('key = "help"', 'key = "yes"')],
        'compact.toml, line {n}: scale "rating" option 2: the key "yes" is used by more than '
        "one option. Give each option its own key.",
        ('key = "yes"', 2),
        id="option-key-twice",
    ),
    pytest.param(
        [('need_help = "help"', 'need_help = "helpp"')],
        'compact.toml, line {n}: scale "rating": "need_help" names the option "helpp", but '
        "the scale has no such option. Use the key of the option that means “we need help”, "
        "or remove the line.",
        'need_help = "helpp"',
        id="need-help-unknown",
    ),
    pytest.param(
        [("score = 1\n", ""), ("score = 2\n", "")],
        'compact.toml, line {n}: section "check": no option of the scale "agree" has a '
        "score, so nothing could be scored. Give the options a score (leave it out only for "
        "answers such as “Don't know”).",
        'scale = "agree"',
        id="scale-not-scored",
    ),
    pytest.param(
        [('scale = "rating"\n', "")],
        'compact.toml, line {n}: section "principles": a section of kind "commitments" needs '
        'a scale. Add a line such as scale = "agreement", naming one of the [scales.…].',
        "[[sections]]",
        id="scale-missing",
    ),
    pytest.param(
        [('scale = "rating"', 'scale = "ratings"')],
        'compact.toml, line {n}: section "principles": there is no scale called "ratings". '
        'Use one of the scales in the file ("rating", "agree"), or add [scales.ratings].',
        'scale = "ratings"',
        id="scale-unknown",
    ),
    pytest.param(
        [('kind = "commitments"', 'kind = "joining"'), ('commitments = ["principles"]\n', "")],
        'compact.toml, line {n}: section "principles": a section of kind "joining" has no '
        "scale. Remove the line.",
        'scale = "rating"',
        id="scale-not-wanted",
    ),
    pytest.param(
        [('kind = "commitments"', 'kind = "rated"'), ('commitments = ["principles"]\n', "")],
        'compact.toml, line {n}: section "principles": "kind" cannot be "rated". Use one of '
        '"commitments", "scored", "joining", "glossary", "stakeholders", "guidance".',
        'kind = "rated"',
        id="kind-unknown",
    ),
    pytest.param(
        [('key = "check"', 'key = "principles"'), ('reviews = ["check"]\n', "")],
        'compact.toml, line {n}: section "principles": the section key "principles" is used '
        "twice. Give each section its own key.",
        ('key = "principles"', 2),
        id="section-key-twice",
    ),
    pytest.param(
        [('scale = "rating"\n', 'scale = "rating"\nscoring = "sum"\n')],
        'compact.toml, line {n}: section "principles": "scoring" is only used in sections of '
        'kind "scored". Remove it, or make the section kind = "scored".',
        'scoring = "sum"',
        id="scoring-not-scored",
    ),
    pytest.param(
        [('scoring = "sum"', 'scoring = "total"')],
        'compact.toml, line {n}: section "check": "scoring" cannot be "total". Use one of '
        '"mean", "sum".',
        'scoring = "total"',
        id="scoring-unknown",
    ),
    pytest.param(
        [('[[sections.items]]\nref = "SP1"\ntext = "We respect each other."\n', "")],
        'compact.toml, line {n}: section "principles": it has no items. Add at least one '
        "[[sections.items]] after it.",
        "[[sections]]",
        id="items-none",
    ),
    pytest.param(
        [('ref = "Domain 1, item 2"', 'ref = "SP1"')],
        'compact.toml, line {n}: section "check", item SP1: the ref "SP1" is used twice; it '
        'is also in section "principles". Every ref must be different in the whole file: '
        "change one of them.",
        ('ref = "SP1"', 2),
        id="ref-twice",
    ),
    pytest.param(
        [('text = "We meet."\n', "")],
        'compact.toml, line {n}: section "check", item Domain 1, item 1: "text" is missing. '
        'Add a line such as text = "…".',
        ("[[sections.items]]", 2),
        id="item-text-missing",
    ),
    pytest.param(
        [("reversed = true", 'reversed = "yes"')],
        'compact.toml, line {n}: section "check", item Domain 1, item 2: "reversed" must be '
        "true or false. Write reversed = true, without quotes.",
        'reversed = "yes"',
        id="reversed-not-true-or-false",
    ),
    pytest.param(
        [('text = "We respect each other."', 'text = "We respect each other."\nreversed = true')],
        'compact.toml, line {n}: section "principles", item SP1: "reversed" is only used for '
        'questions in sections of kind "scored". Remove the line.',
        "reversed = true",
        id="reversed-not-scored",
    ),
    pytest.param(
        [('domain = "D1"\ntext = "We meet."', 'text = "We meet."')],
        'compact.toml, line {n}: section "check", item Domain 1, item 1: this section has '
        'domains, but the item does not say which it is in. Add a line such as domain = "D1".',
        ("[[sections.items]]", 2),
        id="item-domain-missing",
    ),
    pytest.param(
        [('domain = "D1"\ntext = "We meet."', 'domain = "D2"\ntext = "We meet."')],
        'compact.toml, line {n}: section "check", item Domain 1, item 1: there is no domain '
        '"D2" in this section. Use one of its domains ("D1").',
        'domain = "D2"',
        id="item-domain-unknown",
    ),
    pytest.param(
        [
            (
                'title = "Domain one"\n',
                'title = "Domain one"\n\n[[sections.domains]]\nkey = "D2"\ntitle = "Domain two"\n',
            )
        ],
        'compact.toml, line {n}: section "check", domain 2: no item belongs to this domain. '
        'Give some items domain = "D2", or remove the domain.',
        ("[[sections.domains]]", 2),
        id="domain-empty",
    ),
    pytest.param(
        [
            (
                'title = "Domain one"\n',
                'title = "Domain one"\n\n[[sections.domains]]\nkey = "D1"\ntitle = "Domain two"\n',
            )
        ],
        'compact.toml, line {n}: section "check", domain 2: the domain key "D1" is used '
        "twice in this section. Give each domain its own key.",
        ('key = "D1"', 2),
        id="domain-key-twice",
    ),
    pytest.param(
        [("from = 2\nto = 2", "from = 3\nto = 3"), ("from = 3\nmeaning", "from = 4\nmeaning")],
        'compact.toml, line {n}: section "check", band "low": the lowest whole-tool score '
        "possible is 2, but the first band starts at 3, so a score from 2 to below 3 would "
        "have no band. Start the first band at 2.",
        "from = 3",
        id="band-starts-too-high",
    ),
    pytest.param(
        [("from = 3\nmeaning", "from = 2\nmeaning"), ("to = 2\n", "")],
        'compact.toml, line {n}: section "check", band "high": it starts at 2, which is not '
        "above where the band before it starts (2). List the bands from lowest to highest; "
        "each runs up to where the next one starts.",
        ("from = 2", 2),
        id="bands-not-in-order",
    ),
    pytest.param(
        [("to = 2", "to = 1")],
        'compact.toml, line {n}: section "check", band "low": "to" (1) is below "from" (2). '
        "Swap them, or correct one.",
        "to = 1",
        id="band-to-below-from",
    ),
    pytest.param(
        [("to = 2", "to = 3")],
        'compact.toml, line {n}: section "check", band "high": it starts at 3, but the band '
        'before it runs to 3: they overlap. End the band before lower (its "to"), or start '
        "this one higher.",
        "from = 3",
        id="bands-overlap",
    ),
    pytest.param(
        [('from = 3\nmeaning = "Good."', 'from = 3\nto = 3.5\nmeaning = "Good."')],
        'compact.toml, line {n}: section "check", band "high": the last band runs to 3.5, but '
        'a whole-tool score can be as high as 4. Make its "to" 4, or leave "to" out.',
        "to = 3.5",
        id="last-band-ends-too-low",
    ),
    pytest.param(
        [("from = 3\nmeaning", "from = 5\nmeaning")],
        'compact.toml, line {n}: section "check", band "high": it starts at 5, above the '
        "highest whole-tool score possible (4), so no score could fall in it. Check the "
        "number, and whether the section is scored by sum or by mean.",
        "from = 5",
        id="band-above-highest",
    ),
    pytest.param(
        [("from = 3\nmeaning", 'from = "3"\nmeaning')],
        'compact.toml, line {n}: section "check", band "high": "from" must be a number, such '
        "as 3 or 3.5. Write the number without quotes.",
        'from = "3"',
        id="band-from-not-a-number",
    ),
    pytest.param(
        [('next_step = "Talk."', 'next_step = "Talk."\nlevel = "principle"')],
        'compact.toml, line {n}: section "check", band 1: "level" cannot be "principle". Use '
        'one of "item", "domain", "tool".',
        'level = "principle"',
        id="band-level-unknown",
    ),
    pytest.param(
        [('next_step = "Talk."', 'next_step = "Talk."\ncolour = "red"')],
        'compact.toml, line {n}: section "check", band "low": "colour" must look like '
        '"#2E7D32", not "red". Write a hash and six hexadecimal digits, or leave the line '
        "out.",
        'colour = "red"',
        id="colour-pattern",
    ),
    pytest.param(
        [('next_step = "Talk."\n', "")],
        'compact.toml, line {n}: section "check", band "low": "next_step" is missing. Add a '
        'line such as next_step = "…".',
        "[[sections.bands]]",
        id="band-next-step-missing",
    ),
    pytest.param(
        [
            (
                '[[sections.bands]]\nkey = "low"\nlabel = "Low"\nfrom = 2\nto = 2\n'
                'meaning = "Weak."\nnext_step = "Talk."\n\n[[sections.bands]]\nkey = "high"\n'
                'label = "High"\nfrom = 3\nmeaning = "Good."\nnext_step = "Carry on."\n',
                "",
            )
        ],
        'compact.toml, line {n}: section "check": a scored section needs bands, to say what a '
        "score means. Add [[sections.bands]] with key, label, from, meaning and next_step.",
        ("[[sections]]", 2),
        id="bands-none",
    ),
    pytest.param(
        [
            ('next_step = "Talk."', 'next_step = "Talk."\nlevel = "domain"'),
            ('[[sections.domains]]\nkey = "D1"\ntitle = "Domain one"\n', ""),
            ('domain = "D1"\ntext = "We meet."', 'text = "We meet."'),
            ('domain = "D1"\ntext = "We talk."', 'text = "We talk."'),
        ],
        'compact.toml, line {n}: section "check": a band is for level "domain", but this '
        'section has no domains. Add [[sections.domains]], or use level = "tool".',
        "[[sections.bands]]",
        id="domain-band-without-domains",
    ),
    pytest.param(
        [
            (
                'title = "Domain one"\n',
                'title = "Domain one"\n\n[[sections.domains]]\nkey = "D2"\ntitle = "Domain two"\n',
            ),
            ('domain = "D1"\ntext = "We talk."', 'domain = "D2"\ntext = "We talk."'),
            (
                'text = "We talk."\n',
                'text = "We talk."\n\n[[sections.items]]\nref = "3"\n'
                'domain = "D2"\ntext = "We plan."\n',
            ),
            ('next_step = "Talk."', 'next_step = "Talk."\nlevel = "domain"'),
            ('next_step = "Carry on."', 'next_step = "Carry on."\nlevel = "domain"'),
        ],
        'compact.toml, line {n}: section "check": the domains have different numbers of '
        "questions (1, 2), so one set of domain bands cannot fit them all. Give each domain its "
        'own bands ([[sections.domains.bands]]), or set domain_scoring = "mean".',
        "[[sections.bands]]",
        id="domain-bands-do-not-fit",
    ),
]


@pytest.mark.parametrize(("replacements", "expected", "needle"), PROBLEMS)
def test_every_problem_in_the_guide_has_its_message_and_line(
    replacements: list[tuple[str, str]],
    expected: str,
    needle: str | tuple[str, int] | None,
) -> None:
    """``needle`` is the line the problem is on (or its n-th occurrence, as a pair)."""
    text = changed(*replacements)
    if needle is None:
        line = 1
    elif isinstance(needle, tuple):
        line = line_of(text, *needle)
    else:
        line = line_of(text, needle)
    assert expected.format(n=line) in messages(text)


def test_every_problem_is_found_in_one_run_in_file_order() -> None:
    text = changed(
        ('version = "1"', "version = 1"),
        ('scale = "rating"', 'scale = "ratings"'),
        ("to = 2", "to = 1"),
    )
    found = messages(text)
    assert len(found) == 3
    lines = [int(m.split("line ")[1].split(":")[0]) for m in found]
    assert (
        lines
        == sorted(lines)
        == [
            line_of(text, "version = 1"),
            line_of(text, 'scale = "ratings"'),
            line_of(text, "to = 1"),
        ]
    )


def test_loading_a_bad_file_names_its_first_problem_and_counts_the_rest() -> None:
    text = changed(('version = "1"', "version = 1"), ("to = 2", "to = 1"))
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, "compact.toml")
    assert str(caught.value) == (
        f'compact.toml, line {line_of(text, "version = 1")}: "version" must be text in '
        'quotes. Write it as version = "…". (and 1 more problems: run “partnerbook '
        "frameworks check compact.toml” to see them all)"
    )


def test_a_newer_format_is_refused() -> None:
    with pytest.raises(FrameworkError, match="uses file format 3; this version reads format 2"):
        parse_framework(changed(("format = 2", "format = 3")), "compact.toml")


def test_a_file_that_cannot_be_read_is_one_problem(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(SMALL.replace("Example CVS", "Caf\xe9 CVS").encode("latin-1"))
    publisher = line_of(SMALL, 'publisher = "Example CVS"')
    framework, problems = check_framework_file(bad)
    assert framework is None
    assert [p.located("latin1.toml").text() for p in problems] == [
        "latin1.toml: the file is not saved as UTF-8 text (the first unreadable character is "
        f"on line {publisher}). Open it in a text editor "
        "and save it as UTF-8."
    ]
    _, missing = check_framework_file(tmp_path / "missing.toml")
    assert "there is no such file" in missing[0].located("missing.toml").text()


def test_format_1_problems_are_reported_with_the_line_of_the_ref() -> None:
    text = (DATA / "devon-format-1.toml").read_text("utf-8")
    text = text.replace('ref = "3.1(b)"', 'ref = "3.1(a)"')
    framework, problems = check_framework_text(text, "old.toml")
    assert framework is None and len(problems) == 1
    assert problems[0].line == line_of(text, 'ref = "3.1(a)"', 2)
    assert "used twice" in problems[0].located("old.toml").text()


def test_a_file_over_1_mb_is_one_problem(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_text(SMALL + "# " + "x" * 1_000_000 + "\n", "utf-8")
    framework, problems = check_framework_file(big)
    assert framework is None and len(problems) == 1
    assert (
        problems[0]
        .located("big.toml")
        .text()
        .startswith("big.toml: the file is too large to be a framework (")
    )
    _, text_problems = check_framework_text(big.read_text("utf-8"), "big.toml")
    assert "the limit is 1,000,000 bytes" in text_problems[0].problem.text()


# --------------------------------------------------------------------------------------
# The JSON Schema for editors agrees with the files
# --------------------------------------------------------------------------------------

SCHEMA = resources_dir() / "schemas" / "framework-2.schema.json"


def _validator():  # type: ignore[no-untyped-def]
    import json

    import jsonschema

    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize(
    "path",
    [
        FRAMEWORKS / "compact-devon-partnership-2008.toml",
        FRAMEWORKS / "partnership-assessment-six-principles.toml",
        *sorted(EXAMPLES.glob("*.toml")),
        DATA / "format-2-small.toml",
    ],
    ids=lambda p: p.stem,
)
def test_every_format_2_file_we_ship_matches_the_json_schema(path: Path) -> None:
    import tomllib

    errors = list(_validator().iter_errors(tomllib.loads(path.read_text("utf-8"))))
    assert errors == []


@pytest.mark.parametrize(
    "replacements",
    [
        [('title = "Example Compact"', 'titel = "Example Compact"')],
        [('version = "1"', "version = 1")],
        [('kind = "scored"', 'kind = "score"')],
        [("reversed = true", 'reversed = "yes"')],
        [('scale = "rating"\n', "")],
    ],
    ids=["misspelt-key", "unquoted-text", "unknown-kind", "reversed-text", "scale-missing"],
)
def test_the_json_schema_catches_the_mistakes_an_editor_can_see(
    replacements: list[tuple[str, str]],
) -> None:
    import tomllib

    assert list(_validator().iter_errors(tomllib.loads(changed(*replacements))))


# --------------------------------------------------------------------------------------
# Finding lines, and format 1 files read into the same model
# --------------------------------------------------------------------------------------


def test_lines_are_found_for_tables_nested_lists_and_keys() -> None:
    from desktop.domain.framework_lines import LineIndex

    text = (
        "format = 2\n"  # 1
        'about = """\n'  # 2
        "[not a table]\n"  # 3: inside a multi-line string
        'key = "not a key"\n'  # 4
        '"""\n'  # 5
        "[source]\n"  # 6
        'publisher = "X"\n'  # 7
        "[[sections]]\n"  # 8
        'key = "a"\n'  # 9
        "[[sections.items]]\n"  # 10
        'ref = "1"\n'  # 11
        "[[sections]]  # the second\n"  # 12
        "  [[sections.items]]\n"  # 13
        '  ref = "2"\n'  # 14
        "  [[sections.items]]\n"  # 15
        '  "text" = "three"\n'  # 16
        "[scales.agree]\n"  # 17
        "[[scales.agree.options]]\n"  # 18
    )
    index = LineIndex(text)
    assert index.line(()) == 1
    assert index.line(("about",)) == 2
    assert index.line(("source", "publisher")) == 7
    assert index.line(("sections", 0, "items", 0, "ref")) == 11
    assert index.line(("sections", 1)) == 12
    assert index.line(("sections", 1, "items", 0, "ref")) == 14
    assert index.line(("sections", 1, "items", 1, "text")) == 16
    assert index.line(("sections", 1, "items", 1, "title")) == 15  # missing: its table
    assert index.line(("scales", "agree", "options", 0, "key")) == 18
    assert index.line(("key",)) == 1  # line 4 was inside the string: no such key


def test_a_format_1_file_gets_the_same_model_uses_scales_and_bands() -> None:
    old = load_framework(DATA / "devon-format-1.toml")
    assert old.format == 1
    assert old.uses["joining"] == ("before_joining",)
    assert [s.key for s in old.review_sections] == ["health_check", "evaluation"]
    assert old.need_help_key == "need_help"
    check = old.section("health_check")
    assert check.scale is not None and check.scale.option("dont_know").score is None
    assert [b.key for b in check.bands_at("item")] == ["concern", "borderline", "strength"]
    assert check.bands_at("tool") == old.bands
    assert check.role == "scored" and old.section("stakeholders").role == "stakeholders"
    assert old.section("roles").role == "guidance"
    assert old.section("before_joining").role == "joining"
