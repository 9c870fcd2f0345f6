"""The shape of a framework: its items, scales and bands, as frozen values.

Split from the loader so the rules for reading a file (framework_parser) and the values
everyone else uses stay small enough to read in one sitting.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop.domain.problems import UserError

SUPPORTED_FORMAT = 2
"""The newest framework file format this version of Partnerbook can read."""

DEFAULT_FRAMEWORK_ID = "compact-devon-partnership-2008"

# Limits keep a mistaken or hostile file from freezing the app or wrecking a printed page.
MAX_FILE_BYTES = 1_000_000
MAX_ITEMS = 500
MAX_SECTIONS = 50
MAX_SCALE_OPTIONS = 20
MAX_BANDS = 20
MAX_TITLE_CHARS = 120
MAX_TEXT_CHARS = 2_000
MAX_GUIDANCE_CHARS = 5_000
MAX_LABEL_CHARS = 60
MAX_KEY_CHARS = 40
MAX_ID_CHARS = 64
MAX_VERSION_CHARS = 20
MAX_CLAUSE_CHARS = 20
TOP_SCORE = 100.0

# The sections the app is built around, and the kind each must be. The UI, the brief and
# the return all look sections up by these keys, so a framework cannot invent new ones.
SECTION_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "success_elements": "rated",
        "all_partners": "rated",
        "statutory": "rated",
        "voluntary": "rated",
        "before_joining": "questions",
        "stakeholders": "list",
        "milestones": "list",
        "roles": "list",
        "health_check": "scored",
        "evaluation": "scored",
        "glossary": "glossary",
    }
)
OPTIONAL_SECTION_KEYS = frozenset({"milestones"})
REQUIRED_SECTION_KEYS = frozenset(SECTION_KINDS) - OPTIONAL_SECTION_KEYS
RATED_SECTION_KEYS: tuple[str, ...] = ("success_elements", "all_partners", "statutory", "voluntary")

# Format 2: a file declares its own sections, each of one of these kinds.
KIND_COMMITMENTS = "commitments"  # statements a group rates its commitments against
KIND_SCORED = "scored"  # questions answered on a scale and scored (a health check)
KIND_JOINING = "joining"  # questions to ask before joining (answered in words)
KIND_GLOSSARY = "glossary"  # terms and their explanations
KIND_STAKEHOLDERS = "stakeholders"  # kinds of stakeholder to list
KIND_GUIDANCE = "guidance"  # plain guidance to read
SECTION_KINDS_2: tuple[str, ...] = (
    KIND_COMMITMENTS,
    KIND_SCORED,
    KIND_JOINING,
    KIND_GLOSSARY,
    KIND_STAKEHOLDERS,
    KIND_GUIDANCE,
)
# What the file uses each kind of section for: [use] in format 2.
USE_COMMITMENTS = "commitments"
USE_REVIEWS = "reviews"
USE_JOINING = "joining"
USE_KINDS: Mapping[str, str] = MappingProxyType(
    {USE_COMMITMENTS: KIND_COMMITMENTS, USE_REVIEWS: KIND_SCORED, USE_JOINING: KIND_JOINING}
)
# Format 1 section kinds, read as format 2 kinds.
_FORMAT1_ROLES: Mapping[str, str] = MappingProxyType(
    {
        "rated": KIND_COMMITMENTS,
        "questions": KIND_JOINING,
        "scored": KIND_SCORED,
        "glossary": KIND_GLOSSARY,
    }
)

METHOD_MEAN = "mean"
METHOD_SUM = "sum"
LEVEL_ITEM = "item"
LEVEL_DOMAIN = "domain"
LEVEL_TOOL = "tool"
BAND_LEVELS: tuple[str, ...] = (LEVEL_ITEM, LEVEL_DOMAIN, LEVEL_TOOL)


class FrameworkError(UserError, ValueError):
    """A framework file cannot be used.

    The message is for the person who wrote or chose the file: it names the file, the item
    (where there is one) and the problem, in plain English, so they can fix it themselves.
    """


@dataclass(frozen=True)
class ScaleOption:
    """One choice on a rating or answer scale; ``score`` is None when it is not scored."""

    key: str
    label: str
    score: float | None
    colour: str
    meaning: str

    @property
    def counts(self) -> bool:
        """False for an option such as "Don't know" that is left out of every score."""
        return self.score is not None


@dataclass(frozen=True)
class Scale:
    """A named answer or rating scale (format 2 files may have several).

    ``need_help`` is the key of the option that means "we need help" (None: no option
    does), so the app never has to guess it from a hard-wired key.
    """

    key: str
    label: str
    options: tuple[ScaleOption, ...]
    need_help: str | None = None

    def option(self, key: str) -> ScaleOption:
        return _option(self.options, key, "scale")

    @property
    def lowest(self) -> float:
        return min(o.score for o in self.options if o.score is not None)

    @property
    def highest(self) -> float:
        return max(o.score for o in self.options if o.score is not None)


@dataclass(frozen=True)
class Band:
    """A range of scores (0 to 100) with the advice to give when a score falls in it.

    ``lower`` is included and ``upper`` is not, except for the top band, whose ``upper`` is
    100 and includes 100: that way every score belongs to exactly one band.
    """

    key: str
    label: str
    lower: float
    upper: float
    colour: str
    action_hint: str
    level: str = LEVEL_TOOL
    meaning: str = ""
    to: float | None = None  # the end the file wrote, shown to people ("35-84"); may be None
    top: float = TOP_SCORE  # the highest score possible at this band's level

    @property
    def next_step(self) -> str:
        """The suggested next step for a score in this band (format 1: the action hint)."""
        return self.action_hint

    def contains(self, score: float) -> bool:
        """Say whether ``score`` falls in this band."""
        if self.upper >= self.top:
            return self.lower <= score <= self.top
        return self.lower <= score < self.upper

    @property
    def range_text(self) -> str:
        """The range as people read it: "35-84", "4 or more", "below 3"."""
        end = self.to if self.to is not None else None
        if end is None:
            if self.upper >= self.top:
                return f"{_num(self.lower)} or more"
            return f"{_num(self.lower)} to under {_num(self.upper)}"
        return f"{_num(self.lower)}-{_num(end)}"


def _num(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class Item:
    """One clause point: ``ref`` is what is stored in the database and shown beside it."""

    ref: str
    title: str
    text: str
    guidance: str | None
    section_key: str
    domain: str = ""  # the key of the domain (group of questions) it belongs to, if any
    reversed: bool = False  # scored the other way round (agreeing is the bad answer)


@dataclass(frozen=True)
class Domain:
    """A group of questions in a scored section, with its own subtotal (and maybe bands)."""

    key: str
    title: str
    text: str
    refs: tuple[str, ...]
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Section:
    """A clause of the code (for example 3.1) and its points, in the file's order.

    Format 2 adds what a scored section (a tool) needs: its own scale, how it is scored
    (``method`` for the whole tool, ``domain_method`` for domain subtotals), its domains
    and its bands at each level.
    """

    key: str
    clause: str
    title: str
    kind: str
    items: tuple[Item, ...]
    scale: Scale | None = None
    method: str = METHOD_MEAN
    domain_method: str = METHOD_MEAN
    domains: tuple[Domain, ...] = ()
    bands: tuple[Band, ...] = ()
    intro: str = ""

    @property
    def role(self) -> str:
        """The section's kind in format 2 words, whatever format the file was."""
        if self.kind in SECTION_KINDS_2:
            return self.kind
        if self.kind == "list":
            return KIND_STAKEHOLDERS if self.key == "stakeholders" else KIND_GUIDANCE
        return _FORMAT1_ROLES.get(self.kind, KIND_GUIDANCE)

    def bands_at(self, level: str, domain: str = "") -> tuple[Band, ...]:
        """The bands for a level (a domain's own bands first, where it has them)."""
        if level == LEVEL_DOMAIN and domain:
            for found in self.domains:
                if found.key == domain and found.bands:
                    return found.bands
        return tuple(band for band in self.bands if band.level == level)

    def band_for(self, score: float | None, level: str, domain: str = "") -> Band | None:
        """The band a score falls in at a level; None where that level has no bands."""
        if score is None:
            return None
        return band_among(self.bands_at(level, domain), score)

    def domain(self, key: str) -> Domain:
        for found in self.domains:
            if found.key == key:
                return found
        raise KeyError(f"section {self.key} has no domain {key}")


def band_among(bands: tuple[Band, ...], score: float) -> Band | None:
    """The band of ``score``: the last that starts at or below it (the first if none does)."""
    if not bands:
        return None
    chosen = bands[0]
    for band in bands:
        if score >= band.lower:
            chosen = band
    return chosen


@dataclass(frozen=True)
class Source:
    """Where the code comes from, printed on briefs and returns for traceability."""

    publisher: str
    document: str
    date: str
    url: str = ""


@dataclass(frozen=True)
class Framework:
    """A whole code of practice, checked and read-only.

    ``sections`` is a read-only mapping in file order; it is left out of the hash (mappings
    are not hashable) but ``id`` and ``version`` identify a framework anyway.
    """

    format: int
    id: str
    version: str
    title: str
    short_title: str
    source: Source
    language: str
    sections: Mapping[str, Section] = field(hash=False)
    rating_scale: tuple[ScaleOption, ...]
    answer_scale: tuple[ScaleOption, ...]
    bands: tuple[Band, ...]
    # Format 2 (format 1 files are given the same, worked out from their fixed sections):
    # which sections are used for commitments, reviews and the joining check, and notes.
    uses: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    about: str = ""
    scale_note: str = ""  # e.g. "The answer scale and bands are Partnerbook's, not the Code's."
    _by_ref: Mapping[str, Item] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        # Loaded frameworks are cached and shared, so nobody may change them in place.
        object.__setattr__(self, "sections", MappingProxyType(dict(self.sections)))
        uses = dict(self.uses) if self.uses else _format1_uses(self.sections)
        object.__setattr__(self, "uses", MappingProxyType(uses))
        by_ref = {item.ref: item for section in self.sections.values() for item in section.items}
        object.__setattr__(self, "_by_ref", MappingProxyType(by_ref))

    def item(self, ref: str) -> Item:
        """Return the item with this ref; KeyError if the framework has none."""
        try:
            return self._by_ref[ref]
        except KeyError:
            raise KeyError(f"framework {self.id} has no item {ref}") from None

    def section(self, key: str) -> Section:
        """Return the section with this key; KeyError if the framework has none."""
        try:
            return self.sections[key]
        except KeyError:
            raise KeyError(f"framework {self.id} has no section {key}") from None

    def all_items(self) -> tuple[Item, ...]:
        """Every item of every section, in file order."""
        return tuple(self._by_ref.values())

    def used_for(self, use: str) -> tuple[Section, ...]:
        """The sections used for commitments, reviews or the joining check, in order."""
        return tuple(self.sections[key] for key in self.uses.get(use, ()))

    @property
    def commitment_sections(self) -> tuple[Section, ...]:
        return self.used_for(USE_COMMITMENTS)

    @property
    def review_sections(self) -> tuple[Section, ...]:
        return self.used_for(USE_REVIEWS)

    @property
    def joining_sections(self) -> tuple[Section, ...]:
        return self.used_for(USE_JOINING)

    def sections_of(self, kind: str) -> tuple[Section, ...]:
        """Every section of a (format 2) kind, in file order."""
        return tuple(s for s in self.sections.values() if s.role == kind)

    def rated_items(self) -> tuple[Item, ...]:
        """The items a group rates its commitments against, in the order they are shown."""
        return tuple(item for section in self.commitment_sections for item in section.items)

    def review_items(self) -> tuple[Item, ...]:
        """The questions a review asks, section after section."""
        return tuple(item for section in self.review_sections for item in section.items)

    def joining_items(self) -> tuple[Item, ...]:
        """The questions of the joining check, in the order the file gives them."""
        return tuple(item for section in self.joining_sections for item in section.items)

    @property
    def stakeholder_items(self) -> tuple[Item, ...]:
        """The kinds of stakeholder to list."""
        return tuple(i for s in self.sections_of(KIND_STAKEHOLDERS) for i in s.items)

    @property
    def glossary(self) -> tuple[Item, ...]:
        """The glossary terms: ``title`` is the term, ``text`` our explanation."""
        return tuple(i for s in self.sections_of(KIND_GLOSSARY) for i in s.items)

    @property
    def rating_scale_info(self) -> Scale | None:
        """The scale of the first commitments section (its options are ``rating_scale``)."""
        sections = self.commitment_sections
        return sections[0].scale if sections else None

    @property
    def need_help_key(self) -> str | None:
        """The rating option that means "we need help", or None when no option does."""
        scale = self.rating_scale_info
        if scale is not None and self.format >= 2:
            return scale.need_help
        return "need_help" if any(o.key == "need_help" for o in self.rating_scale) else None

    @property
    def label(self) -> str:
        """How a person should see the framework named: title and version, never the id."""
        return f"{self.title} (version {self.version})"

    def band_for(self, score: float) -> Band:
        """Return the band a score falls in (format 1: a score from 0 to 100 only)."""
        if self.format >= 2:
            if isinstance(score, bool) or not isinstance(score, int | float) or math.isnan(score):
                raise ValueError(f"a score must be a number, not {score!r}")
            found = band_among(self.bands, score)
            if found is None:
                raise ValueError(f"framework {self.id} has no bands")
            return found
        if (
            isinstance(score, bool)
            or not isinstance(score, int | float)
            or math.isnan(score)
            or not 0 <= score <= TOP_SCORE
        ):
            raise ValueError(f"a score must be a number from 0 to 100, not {score!r}")
        for band in self.bands:
            if band.contains(score):
                return band
        return self.bands[-1]  # not reached: checked bands cover 0 to 100

    def rating(self, key: str) -> ScaleOption:
        """Return the rating option with this key; KeyError if the scale has none."""
        return _option(self.rating_scale, key, "rating")

    def answer(self, key: str) -> ScaleOption:
        """Return the answer option with this key; KeyError if the scale has none."""
        return _option(self.answer_scale, key, "answer")


def _format1_uses(sections: Mapping[str, Section]) -> dict[str, tuple[str, ...]]:
    """A format 1 file names no uses: they follow from its fixed section keys."""
    return {
        USE_COMMITMENTS: tuple(k for k in RATED_SECTION_KEYS if k in sections),
        USE_REVIEWS: tuple(k for k in ("health_check", "evaluation") if k in sections),
        USE_JOINING: tuple(k for k in ("before_joining",) if k in sections),
    }


def _option(options: tuple[ScaleOption, ...], key: str, what: str) -> ScaleOption:
    for option in options:
        if option.key == key:
            return option
    known = ", ".join(option.key for option in options)
    raise KeyError(f"there is no {what} option {key!r} (the options are {known})")
