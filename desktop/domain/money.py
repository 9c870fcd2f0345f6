"""Money as whole pence: read what a person types, show it the way they would write it.

Integer pence everywhere, so totals add up to the penny; floats never touch money. The
parser says plainly what is wrong so a form can show the message next to the field.
"""

from __future__ import annotations

import re

from desktop.domain.problems import UserError

# The most a single amount may be: £10 million. Far beyond any small group's figures, and it
# stops a slip of the finger (an extra run of zeros) from swamping every total.
MAX_PENCE = 1_000_000_000

_AMOUNT = re.compile(r"^(?P<whole>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d*))?$")


class MoneyError(UserError, ValueError):
    """An amount that cannot be read; the message is plain English for the person."""


def parse_pence(text: str, *, allow_blank: bool = False) -> int | None:
    """Turn "£12.50", "12.5", "1,200" or "0.99" into pence.

    Refuses negative amounts, anything that is not a number, and more than two decimal
    places (we would have to guess which penny was meant). A blank gives None when allowed.
    """
    cleaned = (text or "").strip().replace(" ", "")
    if not cleaned:
        if allow_blank:
            return None
        raise MoneyError("Enter an amount, for example £12.50.")
    if cleaned.startswith("-"):
        raise MoneyError("The amount cannot be negative.")
    if cleaned.startswith("£"):
        cleaned = cleaned[1:]
    elif cleaned.lower().startswith("gbp"):
        cleaned = cleaned[3:]
    if cleaned.startswith("-"):
        raise MoneyError("The amount cannot be negative.")
    if cleaned.lower().endswith("p") and "." not in cleaned and cleaned[:-1].isdigit():
        pence = int(cleaned[:-1])
        return _checked(pence)
    match = _AMOUNT.match(cleaned)
    if not match or (match.group("whole") is None and not match.group("frac")):
        raise MoneyError(
            "“{typed}” is not an amount of money. Write it like £12.50.", typed=text.strip()
        )
    frac = match.group("frac") or ""
    if len(frac) > 2:
        raise MoneyError("Use no more than two figures after the decimal point (pence).")
    whole = int((match.group("whole") or "0").replace(",", ""))
    pence = whole * 100 + int(frac.ljust(2, "0") or "0")
    return _checked(pence)


def _checked(pence: int) -> int:
    if pence > MAX_PENCE:
        raise MoneyError(
            "That is more than {limit}; check the amount.", limit=format_pence(MAX_PENCE)
        )
    return pence


def money_problem(text: str, *, allow_blank: bool = False) -> str | None:
    """The message to show next to a money field, or None when the text is fine."""
    try:
        parse_pence(text, allow_blank=allow_blank)
    except MoneyError as exc:
        return str(exc)
    return None


def format_pence(pence: int | None, *, blank: str = "") -> str:
    """Show pence as "£1,234.56" (negative as "-£3.00", which only totals can produce)."""
    if pence is None:
        return blank
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(int(pence)), 100)
    return f"{sign}£{pounds:,}.{rest:02d}"


def format_pence_plain(pence: int | None) -> str:
    """ "1234.56": for editing fields and CSV, where a £ sign and commas get in the way."""
    if pence is None:
        return ""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(int(pence)), 100)
    return f"{sign}{pounds}.{rest:02d}"


def multiply_pence(quantity: float, unit_pence: int) -> int:
    """Quantity × unit cost, rounded half up to the penny (7.5 hours at £12.21 → £91.58).

    Done in decimal arithmetic from the quantity's shortest text form, so 0.1 × 3p is 0p and
    2.675 × 100p is exactly 267.5p → 268p, not the binary float's 267.49999.
    """
    from decimal import ROUND_HALF_UP, Decimal

    value = Decimal(repr(float(quantity))) * Decimal(int(unit_pence))
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
