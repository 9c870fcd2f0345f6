"""A partner's questionnaire as data: its form fields, its seal, and reading answers back.

A partner (a council officer, an NHS manager) answers a review in any PDF reader, in a
form Partnerbook made. What comes back is trusted only as far as the form fields go: the
questionnaire's identity travels in one hidden field, sealed with a key only this group's
database holds (HMAC-SHA256), so a form edited to claim another questionnaire, another
tool or another version is found, and the answers are read by the field names and the
option names written here, never from the printed text.

Plain Python on purpose: the PDF report, the file reader (a worker process), the services
and the tests all use these names, and they must agree exactly.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.answers_file import question_options
from desktop.domain.frameworks import Framework
from desktop.domain.review_checks import MAX_FREE_TEXT_CHARS
from desktop.domain.scoring import review_questions

__all__ = [
    "ANONYMOUS_FIELD",
    "ID_FIELD",
    "NAME_FIELD",
    "ORGANISATION_FIELD",
    "FormQuestion",
    "Identity",
    "answer_field",
    "comment_field",
    "form_questions",
    "identity_text",
    "known_field_names",
    "option_name",
    "parse_identity",
    "seal",
    "sealed",
]

ID_FIELD = "partnerbook_questionnaire"
ORGANISATION_FIELD = "organisation"
NAME_FIELD = "your_name"
ANONYMOUS_FIELD = "keep_anonymous"
MARK = "PBQ1"  # the format of the identity field; a later format gets a new mark
MAX_ORGANISATION_CHARS = 300
MAX_COMMENT_CHARS = min(MAX_FREE_TEXT_CHARS, 4_000)
_SEPARATOR = "|"
_ID_RE = re.compile(r"[0-9a-f-]{36}")


def answer_field(number: int) -> str:
    """The radio group of question ``number`` (1 for the first). Never the question's ref:
    refs hold dots and brackets, and a dot in a field name means a level in PDF forms."""
    return f"answer_{number:03d}"


def comment_field(number: int) -> str:
    return f"comment_{number:03d}"


def option_name(index: int) -> str:
    """The PDF name of the ``index``-th option (0 first) of a question's scale."""
    return f"choice_{index + 1}"


@dataclass(frozen=True)
class FormQuestion:
    """One question as the form asks it: its number, its ref and its options in order."""

    number: int
    ref: str
    title: str
    text: str
    section: str  # the section's title, printed as a heading where it changes
    domain: str  # the domain's title, or ""
    options: tuple[tuple[str, str], ...]  # (answer key, label), in scale order

    def key_of(self, chosen: str) -> str | None:
        """The answer key a chosen option name stands for; None if the form never had it."""
        for index, (key, _label) in enumerate(self.options):
            if chosen == option_name(index):
                return key
        return None


def form_questions(framework: Framework) -> tuple[FormQuestion, ...]:
    """The questions of the review tool, numbered in the order the review asks them."""
    domains: dict[str, str] = {}
    for section in framework.review_sections:
        for domain in section.domains:
            for ref in domain.refs:
                domains[ref] = domain.title
    found = []
    for number, item in enumerate(review_questions(framework), start=1):
        section = framework.sections[item.section_key]
        found.append(
            FormQuestion(
                number=number,
                ref=item.ref,
                title=item.title,
                text=item.text,
                section=section.title,
                domain=domains.get(item.ref, ""),
                options=tuple((o.key, o.label) for o in question_options(framework, item)),
            )
        )
    return tuple(found)


def known_field_names(count: int) -> frozenset[str]:
    """Every field a questionnaire of ``count`` questions has; anything else was added."""
    names = {ID_FIELD, ORGANISATION_FIELD, NAME_FIELD, ANONYMOUS_FIELD}
    for number in range(1, count + 1):
        names.update((answer_field(number), comment_field(number)))
    return frozenset(names)


@dataclass(frozen=True)
class Identity:
    """What a questionnaire says it is: which one, for which tool and version, how long."""

    questionnaire_id: str
    tool_id: str
    tool_version: str
    questions: int

    def body(self) -> str:
        return _SEPARATOR.join(
            (MARK, self.questionnaire_id, self.tool_id, self.tool_version, str(self.questions))
        )


def seal(identity: Identity, key: bytes) -> str:
    """The keyed hash of the identity: only someone holding ``key`` can make it."""
    return hmac.new(key, identity.body().encode("utf-8"), hashlib.sha256).hexdigest()


def identity_text(identity: Identity, key: bytes) -> str:
    """The value of the hidden identity field: the identity and its seal."""
    return identity.body() + _SEPARATOR + seal(identity, key)


def parse_identity(text: str) -> tuple[Identity, str] | None:
    """The identity and the seal written in the field; None if it is not one of ours."""
    parts = text.strip().split(_SEPARATOR)
    if len(parts) != 6 or parts[0] != MARK or not _ID_RE.fullmatch(parts[1]):
        return None
    if not parts[4].isdigit() or not re.fullmatch(r"[0-9a-f]{64}", parts[5]):
        return None
    identity = Identity(parts[1], parts[2], parts[3], int(parts[4]))
    return identity, parts[5]


def sealed(identity: Identity, written_seal: str, key: bytes) -> bool:
    """True when the seal was made with ``key`` for exactly this identity."""
    return hmac.compare_digest(seal(identity, key), written_seal)


@dataclass(frozen=True)
class FormAnswers:
    """What a partner wrote, read from the form's fields and checked against its questions."""

    organisation: str
    name: str
    anonymous: bool
    answers: Mapping[str, tuple[str, str]]  # ref -> (answer key, comment)
    unknown_choices: tuple[str, ...]  # refs whose chosen option the form never offered

    def fingerprint(self) -> str:
        """The same answers give the same text, so a file sent twice is known as such."""
        rows = [self.organisation.casefold(), self.name.casefold(), str(self.anonymous)]
        rows += [f"{ref}={key}:{comment}" for ref, (key, comment) in sorted(self.answers.items())]
        return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()


def _clean(value: str, limit: int) -> str:
    text = "".join(
        c for c in value.replace("\r\n", "\n").replace("\r", "\n") if c.isprintable() or c == "\n"
    )
    return text.strip()[:limit]


def _ticked(value: str) -> bool:
    # A ticked box's value is its "on" name, which readers write as Yes, On or 1.
    return value.strip().lstrip("/").casefold() not in ("", "off", "no", "false", "0")


def read_form(fields: Mapping[str, str], questions: Sequence[FormQuestion]) -> FormAnswers:
    """The answers in a form's field values (name -> value as text, '/' left off names)."""
    answers: dict[str, tuple[str, str]] = {}
    unknown: list[str] = []
    for question in questions:
        chosen = fields.get(answer_field(question.number), "").strip().lstrip("/")
        comment = _clean(fields.get(comment_field(question.number), ""), MAX_COMMENT_CHARS)
        key = "" if chosen in ("", "Off") else question.key_of(chosen)
        if key is None:
            unknown.append(question.ref)
            continue
        if key or comment:
            answers[question.ref] = (key, comment)
    return FormAnswers(
        organisation=_clean(fields.get(ORGANISATION_FIELD, ""), MAX_ORGANISATION_CHARS),
        name=_clean(fields.get(NAME_FIELD, ""), MAX_ORGANISATION_CHARS),
        anonymous=_ticked(fields.get(ANONYMOUS_FIELD, "")),
        answers=answers,
        unknown_choices=tuple(unknown),
    )
