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

SUPPORTED_FORMAT = 1
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

    def contains(self, score: float) -> bool:
        """Say whether ``score`` falls in this band."""
        if self.upper >= TOP_SCORE:
            return self.lower <= score <= TOP_SCORE
        return self.lower <= score < self.upper


@dataclass(frozen=True)
class Item:
    """One clause point: ``ref`` is what is stored in the database and shown beside it."""

    ref: str
    title: str
    text: str
    guidance: str | None
    section_key: str


@dataclass(frozen=True)
class Section:
    """A clause of the code (for example 3.1) and its points, in the file's order."""

    key: str
    clause: str
    title: str
    kind: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Source:
    """Where the code comes from, printed on briefs and returns for traceability."""

    publisher: str
    document: str
    date: str


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
    _by_ref: Mapping[str, Item] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        # Loaded frameworks are cached and shared, so nobody may change them in place.
        object.__setattr__(self, "sections", MappingProxyType(dict(self.sections)))
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

    def rated_items(self) -> tuple[Item, ...]:
        """The items a group rates its commitments against, in the order they are shown."""
        return tuple(
            item
            for key in RATED_SECTION_KEYS
            if key in self.sections
            for item in self.sections[key].items
        )

    @property
    def glossary(self) -> tuple[Item, ...]:
        """The glossary terms: ``title`` is the term, ``text`` our explanation."""
        section = self.sections.get("glossary")
        return section.items if section else ()

    def band_for(self, score: float) -> Band:
        """Return the band a score from 0 to 100 falls in; ValueError for any other value."""
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


def _option(options: tuple[ScaleOption, ...], key: str, what: str) -> ScaleOption:
    for option in options:
        if option.key == key:
            return option
    known = ", ".join(option.key for option in options)
    raise KeyError(f"there is no {what} option {key!r} (the options are {known})")
