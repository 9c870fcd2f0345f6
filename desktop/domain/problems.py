"""Problems in the person's world, worded once, ready for any language.

Every refusal the person can act on (a field typed wrong, a full disk, a file that is not a
return) is one of two things:
- a ``Problem``: one thing wrong with what was typed, tied to the field it belongs to;
- a ``UserError``: an error carrying a plain message (and, for refused input, its problems).

Both keep the English *template* ("Give the date of {what}.") apart from the *values* that
fill it in, so the window can translate the template through Qt (context ``"Problems"``) and
fill in the values afterwards, while the command line and the logs use the English text.
Nothing here imports Qt: the domain, the store and the services raise these freely.

Write the template as a constant string with ``{name}`` fields and pass the values as
keyword arguments; never build the template with an f-string, or no translation can match it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

# The Qt translation context every template here is filed under.
CONTEXT = "Problems"

Translate = Callable[[str], str]


def _english(template: str) -> str:
    return template


def fill(template: str, values: Mapping[str, object], translate: Translate = _english) -> str:
    """The template, translated, with its values put in.

    A translation that lost or misspelt a field must never hide the message: fall back to
    the English template rather than raise while showing an error. A value that is itself a
    ``Message`` or ``UserError`` (a reason inside a sentence) is translated the same way
    before it goes in.
    """
    values = {
        key: value.text(translate) if isinstance(value, Message | UserError) else value
        for key, value in values.items()
    }
    text = translate(template)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        pass
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A template that is not one (braces in text someone typed): show it as it is.
        return template


class Message:
    """A plain-English sentence (or a few) with the values that fill it in."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values: dict[str, object] = dict(values)

    def text(self, translate: Translate = _english) -> str:
        return fill(self.template, self.values, translate)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash(self.template)


class Problem(Message):
    """One thing wrong with what was typed: ``field`` names what to highlight.

    ``Problem("review_date", "Give the date of the review.")``;
    ``Problem("amount", "Give an amount up to {limit}.", limit="£1,000,000")``.
    """

    __slots__ = ("field",)

    def __init__(self, field: str, template: str, /, **values: object) -> None:
        super().__init__(template, **values)
        self.field = field

    @property
    def message(self) -> str:
        """The English text (what the command line prints)."""
        return self.text()

    def __repr__(self) -> str:
        return f"Problem({self.field!r}, {self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.field, self.template, self.values) == (
            other.field,
            other.template,
            other.values,
        )

    def __hash__(self) -> int:
        return hash((self.field, self.template))


class UserError(Exception):
    """The base of every error the person can act on: its message says what and what to do.

    ``str(error)`` is the English text. ``error.text(translate)`` is the same in the person's
    language. Our own bugs are never UserErrors: they reach the "unexpected error" handler.
    """

    def __init__(
        self, template: str = "", /, *, problems: Iterable[Problem] = (), **values: Any
    ) -> None:
        self.problems: list[Problem] = list(problems)
        # Without a template of its own, the error says its problems one after another.
        self.message: Message | None = Message(template, **values) if template else None
        super().__init__(self.text())

    def text(self, translate: Translate = _english) -> str:
        if self.message is not None:
            return self.message.text(translate)
        return " ".join(p.text(translate) for p in self.problems)


class ProblemsError(UserError, ValueError):
    """Input refused: ``problems`` say which fields and why. Nothing was saved."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        super().__init__(problems=problems)


class Choices(Message):
    """A value listing fixed choices ("Active, Ended"): each label is said in the person's
    language (the window finds the fixed choices' translations), then joined."""

    __slots__ = ("labels",)

    def __init__(self, labels: Iterable[str]) -> None:
        listed = list(labels)
        super().__init__(", ".join(listed))
        self.labels = listed

    def text(self, translate: Translate = _english) -> str:
        return ", ".join(translate(label) for label in self.labels)

    def __repr__(self) -> str:
        return f"Choices({self.labels!r})"


def marked(template: str) -> str:
    """A template (or a label) kept in a table and used later: marked so the extractor files
    it under "Problems", where the window's ``translate`` finds it.

    ``RULES = {"name": marked("Say who the stakeholder is.")}`` and later
    ``Problem("name", RULES["name"])``: the text is unchanged, only found.
    """
    return template


def problem_from(field: str, error: BaseException) -> Problem:
    """A caught refusal (``MoneyError``, ``DateError``…) as the problem of one field.

    A UserError keeps its template and values, so the problem is still translatable; any
    other exception's text is carried as it is (it was never meant for translation).
    """
    if isinstance(error, UserError):
        if error.message is not None:
            return Problem(field, error.message.template, **error.message.values)
        if error.problems:
            first = error.problems[0]
            return Problem(field, first.template, **first.values)
    # Text made elsewhere, carried as it is: a template with no words of its own is not filed
    # for translation.
    return Problem(field, "{detail}", detail=str(error))
