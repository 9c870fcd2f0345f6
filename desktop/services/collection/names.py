"""Partnership and group names compared the way a person would: case, spacing, "&".

Groups type the same partnership's name differently. The key makes the trivial
differences vanish; the officer confirms the rest (full names and initials) as merges.
"""

from __future__ import annotations

import re

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """``"North Devon Health & Wellbeing  Partnership"`` -> ``"north devon health and ..."``."""
    text = name.casefold().replace("&", " and ")
    return " ".join(_NOT_WORD.sub(" ", text).split())


def initials(name: str) -> str:
    """The initials a partnership is often known by: "Holsworthy Rural Transport Group" -> "hrtg".

    Small joining words are left out, as people do ("and", "of", "the").
    """
    skip = {"and", "of", "the", "for", "in", "on", "a"}
    return "".join(word[0] for word in name_key(name).split() if word not in skip)
