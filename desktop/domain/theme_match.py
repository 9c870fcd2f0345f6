"""Themes from other people's papers matched to the built-in ones by meaning, where clear.

An imported "Antisocial behaviour" sat beside the built-in "Community safety and antisocial
behaviour" as a second theme (issue 21), so counting partnerships by theme split in two.
A theme typed elsewhere is matched when it is clearly one of ours:

- the same words (case, spacing, punctuation and "&"/"and" aside): "Health & wellbeing";
- or every meaningful word of it is in exactly one built-in theme ("Antisocial behaviour",
  "Young people"), or one built-in theme's words are all in it ("Transport links");
- a few common shorthands: "ASB", "CYP", "Anti-social behaviour".

When the words fit several built-in themes ("Health": "Health and wellbeing" or "Mental
health"?), nothing is guessed: the theme is kept as typed and the built-in ones it may be
are offered, so a person chooses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.vocab import THEMES

__all__ = ["ThemeMatch", "match_theme"]

_FILLER = frozenset({"and", "the", "of", "for", "in", "to", "a", "an", "with", "our", "local"})
_SHORTHAND = {
    "asb": "Community safety and antisocial behaviour",
    "anti social behaviour": "Community safety and antisocial behaviour",
    "cyp": "Children and young people",
    "young people": "Children and young people",
    "children": "Children and young people",
    "elderly": "Older people",
    "jobs": "Employment",
    "wellbeing": "Health and wellbeing",
}


@dataclass(frozen=True)
class ThemeMatch:
    """The built-in theme a typed one is (``theme``), or those it may be (``offered``)."""

    typed: str
    theme: str | None
    offered: tuple[str, ...] = ()


def _words(text: str) -> tuple[str, ...]:
    loose = re.sub(r"[^\w]+", " ", text.casefold().replace("&", " and "))
    return tuple(w for w in loose.split() if w not in _FILLER)


def _stem(word: str) -> str:
    """Plurals and "-ing" forms alike: "partnerships" ~ "partnership", "housing" ~ "house"."""
    for ending in ("ies", "ing", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


_BUILT_IN = {theme: frozenset(_stem(w) for w in _words(theme)) for theme in THEMES}


def match_theme(typed: str) -> ThemeMatch:
    """Which built-in theme ``typed`` is, if that is clear; else the ones it may be."""
    clean = " ".join(typed.split())
    words = _words(clean)
    if not words:
        return ThemeMatch(clean, None)
    phrase = " ".join(words)
    for theme in THEMES:
        if " ".join(_words(theme)) == phrase:
            return ThemeMatch(clean, theme)
    if phrase in _SHORTHAND:
        return ThemeMatch(clean, _SHORTHAND[phrase])
    stems = frozenset(_stem(w) for w in words)
    inside = [t for t, own in _BUILT_IN.items() if stems <= own]
    around = [t for t, own in _BUILT_IN.items() if own <= stems]
    candidates = list(dict.fromkeys(inside + around))
    if len(candidates) == 1:
        return ThemeMatch(clean, candidates[0])
    # Not clear: offer every built-in theme sharing a meaningful word.
    sharing = [t for t, own in _BUILT_IN.items() if stems & own]
    return ThemeMatch(clean, None, tuple(candidates or sharing))
