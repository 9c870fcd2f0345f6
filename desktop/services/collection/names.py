"""Partnership and group names compared the way a person would: case, spacing, "&".

Groups type the same partnership's name differently. The key makes the trivial
differences vanish; the officer confirms the rest (full names and initials) as merges.
"""

from __future__ import annotations

import re

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """``"North Devon Health & Wellbeing  Partnership"`` -> ``"north devon health and ..."``.

    Initials typed with dots or spaces ("N.D.H.W.P.", "N D H W P") become one word
    ("ndhwp"), as most people would write them.
    """
    text = name.casefold().replace("&", " and ")
    words: list[str] = []
    letters = ""
    for word in _NOT_WORD.sub(" ", text).split():
        if len(word) == 1 and word.isalpha():
            letters += word
            continue
        if letters:
            words.append(letters)
            letters = ""
        words.append(word)
    if letters:
        words.append(letters)
    return " ".join(words)


def initials(name: str) -> str:
    """The initials a partnership is often known by: "Holsworthy Rural Transport Group" -> "hrtg".

    Small joining words are left out, as people do ("and", "of", "the").
    """
    skip = {"and", "of", "the", "for", "in", "on", "a"}
    return "".join(word[0] for word in name_key(name).split() if word not in skip)
