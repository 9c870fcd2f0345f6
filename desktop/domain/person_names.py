"""When two people's records are probably one person: names compared as a person reads them.

"Sam Okafor", "sam  okafor", "Sam Okafor." and "Cllr Sam Okafor" are the same name; "Sam
Okafor" and "Samantha Okafor" are not (that is for a person to say, never guessed).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key"]

# Titles people add or leave out; they do not make a different person.
_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "cllr",
        "councillor",
        "rev",
        "revd",
    }
)


def name_key(full_name: str) -> str:
    """The name with case, accents' forms, punctuation, spacing and titles set aside."""
    text = unicodedata.normalize("NFKC", full_name).casefold()
    words = re.sub(r"[^\w]+", " ", text).split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)
