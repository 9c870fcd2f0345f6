"""How numbers are said: one rounding rule for scores, and counts with the right noun.

A review's score was shown as 55 in the window and 54.5 in the PDF: each place rounded in
its own way (whole numbers in one, one decimal in another, and Python's ``round`` sends
halves to the even neighbour, so 54.25 could become 54.2 in one place and 54.3 in
another). The rule, everywhere (window, command line, PDFs, the return's data): **a score
is shown to one decimal place, a half rounds up, and ".0" is dropped** (54.5, 62, 12.3).

Counts in the command line and the PDFs say "1 action", "2 actions", never "action(s)".
The window says them through Qt's plural forms (``tr(text, "", n)``) so translations get
their own plural rules; these helpers are for the English-only command line and PDFs.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["count", "round_score", "score_text"]

_TENTH = Decimal("0.1")


def round_score(value: float) -> float:
    """``value`` to one decimal place, halves up (54.45 -> 54.5, 54.44 -> 54.4).

    The shortest text of the float is rounded, not its binary value, so 54.45 (stored as
    54.4499999…) still rounds up the way a person doing it by hand would.
    """
    rounded = Decimal(repr(float(value))).quantize(_TENTH, rounding=ROUND_HALF_UP)
    return float(rounded) + 0.0  # + 0.0 turns -0.0 into 0.0


def score_text(value: float | None, none: str = "Not scored") -> str:
    """A score as people read it: "54.5", "62" (never "62.0"), or ``none``."""
    if value is None:
        return none
    return f"{round_score(value):.1f}".removesuffix(".0")


def count(number: int, one: str, many: str | None = None) -> str:
    """ "1 action", "3 actions", "0 actions"; ``many`` for nouns not made with "s"."""
    return f"{number:,} {one if number == 1 else (many or one + 's')}"
