"""The spreadsheet import's columns for a partnership's rules (issue 17, items 1 and 10):
whether it has terms of reference, when they were agreed and are next reviewed, the quorum
("5", "5 members", "a third", "40%"), how decisions are made, meetings a year and who may
be a member. Plain rules: a cell that cannot be read is a problem of its row, named by the
column's label, and nothing is imported until every row can be."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desktop.domain.dates import DateError, coerce_date
from desktop.domain.how_run import DecisionMethod, QuorumKind, rules_problems
from desktop.domain.problems import Choices, Message, Problem, marked

# The import field keys (spreadsheet_rows.FIELDS) and what each is stored as.
RULE_KEYS = (
    "has_terms",
    "terms_date",
    "terms_review_date",
    "quorum",
    "decision_method",
    "meetings_a_year",
    "membership_rule",
)
DATE_KEYS = ("terms_date", "terms_review_date")
LABELS = {
    "has_terms": marked("Terms of reference"),
    "terms_date": marked("Terms agreed on"),
    "terms_review_date": marked("Terms review date"),
    "quorum": marked("Quorum"),
    "decision_method": marked("How decisions are made"),
    "meetings_a_year": marked("Meetings a year"),
    "membership_rule": marked("Who may be a member"),
}
HEADERS = {
    "has_terms": (
        "terms of reference",
        "has terms of reference",
        "partnership agreement",
        "agreement",
        "tor",
    ),
    "terms_date": ("terms agreed on", "terms agreed", "terms date", "agreement date"),
    "terms_review_date": ("terms review date", "terms review", "review terms", "tor review"),
    "quorum": ("quorum",),
    "decision_method": (
        "how decisions are made",
        "decisions made by",
        "decision making",
        "decisions",
    ),
    "meetings_a_year": ("meetings a year", "meetings per year", "meetings each year"),
    "membership_rule": ("who may be a member", "membership", "membership rule", "who can join"),
}
DECISION_WORDS = {
    "consensus": "consensus",
    "by consensus": "consensus",
    "agreement": "consensus",
    "vote": "vote",
    "by a vote": "vote",
    "voting": "vote",
    "majority": "vote",
    "majority vote": "vote",
    "casting vote": "casting_vote",
    "chairs casting vote": "casting_vote",
    "chair's casting vote": "casting_vote",
    "vote with casting vote": "casting_vote",
    "chair": "chair",
    "chair decides": "chair",
    "other": "other",
}
_FRACTIONS = {"half": 50, "a half": 50, "a third": 34, "one third": 34, "two thirds": 67}
_FRACTIONS |= {"a quarter": 25, "one quarter": 25, "three quarters": 75, "majority": 51}
YES = {"yes", "y", "true", "1", "agreed", "written", "signed"}
NO = {"no", "n", "false", "0", "none", "not yet"}


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w%']+", " ", text.lower()).split())


def read_quorum(text: str) -> tuple[str, int] | None:
    """("number", 5) for "5" or "5 members"; ("share", 40) for "40%" or "40 per cent";
    ("share", 34) for "a third" (rounded up, as a quorum is); None if unreadable."""
    words = _words(text)
    if words in _FRACTIONS:
        return QuorumKind.SHARE.value, _FRACTIONS[words]
    share = re.fullmatch(r"(\d{1,3})\s*(%|per cent|percent)( of (the )?members)?", words)
    if share:
        return QuorumKind.SHARE.value, int(share[1])
    number = re.fullmatch(r"(\d{1,3})( members?| people| partners| organisations)?", words)
    if number:
        return QuorumKind.NUMBER.value, int(number[1])
    return None


def _problem(key: str, template: str, **values: Any) -> Problem:
    return Problem(key, template, label=Message(LABELS[key]), **values)


def read_rules(
    text: Mapping[str, str], values: Mapping[str, object]
) -> tuple[dict[str, Any], list[Problem]]:
    """The rules a row gives, as ``update_rules`` takes them, and the problems of its cells.
    ``text`` holds the row's cells as text, ``values`` its raw cells (for the dates)."""
    rules: dict[str, Any] = {}
    problems: list[Problem] = []
    typed = text.get("has_terms", "")
    if typed:
        word = _words(typed)
        if word in YES:
            rules["has_terms"] = True
        elif word in NO:
            rules["has_terms"] = False
        elif word != "not known":
            problems.append(_problem("has_terms", "{label}: write Yes or No."))
    for key in DATE_KEYS:
        if values.get(key) in (None, ""):
            continue
        try:
            rules[key] = coerce_date(values[key])
        except DateError as exc:
            problems.append(_problem(key, "{label}: {reason}", reason=exc.message))
    if text.get("quorum"):
        quorum = read_quorum(text["quorum"])
        if quorum is None:
            problems.append(
                _problem(
                    "quorum",
                    "{label}: '{typed}' is not a quorum we can read. Write a number of "
                    "members (5) or a share of them (40%).",
                    typed=text["quorum"],
                )
            )
        else:
            rules["quorum_kind"], rules["quorum_value"] = quorum
    if text.get("decision_method"):
        labels = {_words(m.label): m.value for m in DecisionMethod}
        word = _words(text["decision_method"])
        code = (
            DECISION_WORDS.get(word)
            or labels.get(word)
            or (word if word in DecisionMethod.codes() else "")
        )
        if code:
            rules["decision_method"] = code
        else:
            problems.append(
                _problem(
                    "decision_method",
                    "{label}: '{typed}' is not one we know. Use one of: {allowed}.",
                    typed=text["decision_method"],
                    allowed=Choices(m.label for m in DecisionMethod),
                )
            )
    if text.get("meetings_a_year"):
        digits = text["meetings_a_year"].strip()
        if digits.isdigit():
            rules["meetings_a_year"] = int(digits)
        else:
            problems.append(
                _problem("meetings_a_year", "{label}: write a whole number, such as 4.")
            )
    if text.get("membership_rule"):
        rules["membership_rule"] = text["membership_rule"]
    for problem in rules_problems(rules):  # a share over 100%, a review before agreeing …
        key = "quorum" if problem.field in ("quorum_kind", "quorum_value") else problem.field
        rules.pop(problem.field, None)
        problems.append(
            Problem(
                key,
                "{label}: {reason}",
                label=Message(LABELS[key]),
                reason=Message(problem.template, **problem.values),
            )
        )
    return rules, problems
