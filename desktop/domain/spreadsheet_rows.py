"""Turning a spreadsheet's rows into partnerships: which column is which, and each row's problems.

Plain Python, no files and no database: the service reads the file and the names already
stored, this module decides what each cell means and what is wrong with it, so the wizard
and the command line show the same problems in the same words.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.dates import DateError, coerce_date
from desktop.domain.partnership_rules import (
    PartnershipInput,
    normalise_name,
    validate_partnership,
)
from desktop.domain.problems import Choices, Message, Problem, marked
from desktop.domain.rules_import import DATE_KEYS as RULE_DATE_KEYS
from desktop.domain.rules_import import HEADERS as RULE_HEADERS
from desktop.domain.rules_import import LABELS as RULE_LABELS
from desktop.domain.rules_import import RULE_KEYS, read_rules
from desktop.domain.run_import import RUN_KEYS, check_parents
from desktop.domain.run_registers import ReportBackEvery
from desktop.domain.theme_match import match_theme
from desktop.domain.vocab import (
    Basis,
    Choice,
    Duration,
    Formality,
    OurRole,
    PartnershipStatus,
    Represents,
    Scale,
    Sector,
)

# The mapping value for "do not import this column".
IGNORE = ""
MAX_CELL_CHARS = 10_000
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class ImportField:
    """A field a column can fill: its key, its label, and header words that mean it.

    The label is marked for translation (the column chooser and the problems name it)."""

    key: str
    label: str
    headers: tuple[str, ...]
    choice: type[Choice] | None = None
    is_date: bool = False


FIELDS: tuple[ImportField, ...] = (
    ImportField("name", marked("Name"), ("name", "partnership", "partnership name", "title")),
    ImportField(
        "short_name", marked("Short name"), ("short name", "abbreviation", "acronym", "initials")
    ),
    ImportField(
        "purpose", marked("Purpose"), ("purpose", "aim", "aims", "what it is for", "description")
    ),
    ImportField("current_focus", marked("Current focus"), ("current focus", "focus")),
    ImportField("themes", marked("Themes"), ("themes", "theme", "topics", "issues")),
    ImportField("scale", marked("Scale"), ("scale", "level"), choice=Scale),
    ImportField("area", marked("Area"), ("area", "area covered", "geography", "where", "locality")),
    ImportField(
        "formality",
        marked("Formal or informal"),
        ("formal or informal", "formality", "formal"),
        choice=Formality,
    ),
    ImportField(
        "basis",
        marked("Voluntary or contractual"),
        ("voluntary or contractual", "basis"),
        choice=Basis,
    ),
    ImportField(
        "duration",
        marked("Ongoing or time-limited"),
        ("ongoing or time limited", "duration", "time limited", "ongoing"),
        choice=Duration,
    ),
    ImportField("status", marked("Status"), ("status", "state"), choice=PartnershipStatus),
    ImportField("our_role", marked("Our role"), ("our role", "role", "our seat"), choice=OurRole),
    ImportField(
        "represents",
        marked("We represent"),
        ("we represent", "represents", "representing"),
        choice=Represents,
    ),
    ImportField(
        "start_date",
        marked("Start date"),
        ("start", "start date", "started", "began", "from"),
        is_date=True,
    ),
    ImportField(
        "end_date",
        marked("End date"),
        ("end", "end date", "ends", "ended", "until", "to"),
        is_date=True,
    ),
    ImportField(
        "lead_body",
        marked("Lead or chair"),
        (
            "lead",
            "lead body",
            "lead organisation",
            "lead or chair",
            "chair",
            "chaired by",
            "led by",
        ),
    ),
    ImportField(
        "fundholder",
        marked("Fundholder"),
        ("fundholder", "fund holder", "accountable body", "funder"),
    ),
    ImportField(
        "meeting_frequency",
        marked("How often it meets"),
        ("how often it meets", "how often", "meets", "meeting frequency", "frequency"),
    ),
    ImportField(
        "next_meeting",
        marked("Next meeting"),
        ("next meeting", "next meeting date", "next"),
        is_date=True,
    ),
    ImportField(
        "papers_location",
        marked("Where papers are kept"),
        ("where papers are kept", "papers", "papers location", "folder", "link"),
    ),
    ImportField(
        "partners",
        marked("Partners"),
        ("partners", "partner organisations", "members", "organisations"),
    ),
    # How it is run (issue 17): its board, vision, goal, principles, our report-back rhythm.
    ImportField(
        "parent",
        marked("Sits under"),
        ("sits under", "parent", "parent partnership", "under", "part of", "board"),
    ),
    ImportField("vision", marked("Vision"), ("vision",)),
    ImportField("goal", marked("Shared goal"), ("goal", "shared goal", "overarching goal")),
    ImportField("principles", marked("Principles"), ("principles", "values")),
    ImportField(
        "report_back_every",
        marked("How often we report back"),
        ("how often we report back", "report back", "reporting back"),
        choice=ReportBackEvery,
    ),
)
# The partnership's rules (issue 17, item 1): read by desktop.domain.rules_import.
FIELDS += tuple(
    ImportField(key, RULE_LABELS[key], RULE_HEADERS[key], is_date=key in RULE_DATE_KEYS)
    for key in RULE_KEYS
)
FIELD_BY_KEY: dict[str, ImportField] = {f.key: f for f in FIELDS}

# Which columns fill a field of the partnership itself, read from its input type, so a field
# added there and given a column above is read with no other list to keep up to date. The
# name and themes are read on their own; the others (our role, partners…) go elsewhere.
_INPUT_FIELDS = {f.name for f in dataclasses.fields(PartnershipInput)} - {"name", "themes"}
_PLAIN_TEXT_KEYS = tuple(
    f.key for f in FIELDS if f.key in _INPUT_FIELDS and f.choice is None and not f.is_date
)
_CHOICE_KEYS = tuple(f.key for f in FIELDS if f.key in _INPUT_FIELDS and f.choice is not None)

# Words people write for a choice that are neither its key nor its label.
SYNONYMS: dict[str, dict[str, str]] = {
    "status": {
        "live": "active",
        "current": "active",
        "closed": "ended",
        "finished": "ended",
        "on hold": "paused",
        "proposed": "considering",
        "thinking about it": "considering",
    },
    "our_role": {
        "co chair": "chair",
        "vice chair": "chair",
        "lead": "lead_partner",
        "fund holder": "fundholder",
        "sub group": "subgroup_member",
        "subgroup": "subgroup_member",
        "partner": "member",
    },
    "duration": {
        "time limited": "time_limited",
        "fixed term": "time_limited",
        "permanent": "ongoing",
    },
    "represents": {
        "wider sector": "wider_sector",
        "voluntary sector": "wider_sector",
        "vcs": "wider_sector",
        "ourselves": "ourselves",
        "our group": "ourselves",
        "us": "ourselves",
    },
    "sector": {
        "vcs": "voluntary",
        "vcse": "voluntary",
        "voluntary sector": "voluntary",
        "charity": "voluntary",
        "public": "statutory",
        "council": "statutory",
        "nhs": "statutory",
        "business": "private",
        "college": "education",
        "school": "education",
        "university": "education",
        "church": "faith",
    },
}


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> str:
    """Header and choice text compared loosely: case, spacing and punctuation ignored."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold().replace("_", " ")).split())


@functools.lru_cache(maxsize=32)
def _choice_lookup(key: str) -> dict[str, str]:
    """Every way of writing each choice of a field (key, label, synonym) -> stored key."""
    choice = Sector if key == "sector" else FIELD_BY_KEY[key].choice
    assert choice is not None
    lookup = {_words(k): v for k, v in SYNONYMS.get(key, {}).items()}
    for member in choice:
        lookup[_words(member.label)] = member.value
        lookup[_words(member.value)] = member.value
    return lookup


def guess_mapping(headers: Sequence[str]) -> list[str]:
    """The field each column most likely holds (``IGNORE`` when none), each field once."""
    lookup = {_words(h): f.key for f in FIELDS for h in (f.key, f.label, *f.headers)}
    taken: set[str] = set()
    mapping: list[str] = []
    for header in headers:
        key = lookup.get(_words(str(header)), IGNORE)
        if key in taken:
            key = IGNORE
        taken.add(key)
        mapping.append(key)
    return mapping


def mapping_problems(headers: Sequence[str], mapping: Sequence[str]) -> list[Message]:
    """What stops an import whatever the rows say: no name column, or a field chosen twice."""
    problems: list[Message] = []
    if "name" not in mapping:
        problems.append(
            Message(
                "No column holds the partnership name. The first row must hold the column "
                "headings (see the template); choose which column holds the name."
            )
        )
    seen: dict[str, str] = {}
    for header, key in zip(headers, mapping, strict=False):
        if key == IGNORE:
            continue
        if key in seen:
            label = FIELD_BY_KEY[key].label
            problems.append(
                Message(
                    "Both '{first}' and '{second}' are set to {label}. Choose one of them.",
                    first=seen[key],
                    second=header,
                    label=Message(label),
                )
            )
        seen[key] = str(header)
    return problems


def ignored_columns(headers: Sequence[str], mapping: Sequence[str]) -> list[str]:
    return [
        str(h) for h, k in zip(headers, mapping, strict=False) if k == IGNORE and str(h).strip()
    ]


@dataclass(frozen=True)
class PartnerEntry:
    name: str
    sector: str = ""
    role: str = ""


@dataclass
class RowResult:
    """One spreadsheet row, read: what would be stored, and everything wrong with it."""

    row_number: int
    data: PartnershipInput
    our_role: str = ""
    represents: str = ""
    partners: list[PartnerEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Said, not wrong: a theme that may be a built-in one is offered (issue 21).
    notes: list[Message] = field(default_factory=list)
    # Sits under, vision, goal, principles, report-back rhythm (domain.run_import).
    run: dict[str, str] = field(default_factory=dict)
    # Terms of reference, quorum, decisions ... as services.how_run.update_rules takes them.
    rules: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as 28/11/2026, blanks as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


def read_choice(key: str, text: str) -> str:
    """The stored key for a choice typed as its key, its label or a common synonym; '' if none."""
    return _choice_lookup(key).get(_words(text), "")


def split_list(text: str) -> list[str]:
    """Items separated by semicolons or new lines; by commas only when there are neither.

    Separators inside brackets belong to the item: "Org (statutory; chair)".
    """
    separators = ";\n" if re.search(r"[;\n]", text) else ","
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [" ".join(p.split()) for p in parts if p.strip()]


def read_themes(text: str) -> list[str]:
    """Themes that are clearly built-in ones ("Antisocial behaviour") take the built-in
    name; the group's own themes are kept as typed (``domain.theme_match``)."""
    matches = [match_theme(t) for t in re.split(r"[;,\n]", text) if t.strip()]
    return list(dict.fromkeys(m.theme or m.typed for m in matches))


def theme_notes(text: str) -> list[Message]:
    """For each theme kept as typed that may be a built-in one, the ones to choose from."""
    notes = []
    for typed in re.split(r"[;,\n]", text):
        found = match_theme(typed) if typed.strip() else None
        if found is not None and found.theme is None and found.offered:
            notes.append(
                Message(
                    "Theme “{typed}” is kept as typed; it may be one of ours: {offered}.",
                    typed=found.typed,
                    offered="; ".join(found.offered),
                )
            )
    return notes


def read_partners(text: str) -> list[PartnerEntry]:
    """``Org A (statutory); Org B (voluntary, chair); Org C`` - sector and role in brackets."""
    entries: dict[str, PartnerEntry] = {}
    for item in split_list(text):
        name, sector, role_parts = item, "", []
        match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", item)
        if match and match[1].strip():
            name = match[1].strip()
            for part in re.split(r"[,;]", match[2]):
                part = part.strip()
                code = read_choice("sector", part) if part else ""
                if code and not sector:
                    sector = code
                elif part:
                    role_parts.append(part)
        entries.setdefault(normalise_name(name), PartnerEntry(name, sector, ", ".join(role_parts)))
    return list(entries.values())


def read_row(row_number: int, values: dict[str, object]) -> RowResult:
    """One row's cells, by field key, read into a partnership with its problems."""
    problems: list[Problem] = []
    text = {k: cell_text(v) for k, v in values.items() if not FIELD_BY_KEY[k].is_date}
    for key, value in text.items():
        if len(value) > MAX_CELL_CHARS:
            label = FIELD_BY_KEY[key].label
            problems.append(
                Problem(
                    key,
                    "{label}: keep it under {limit:,} characters.",
                    label=Message(label),
                    limit=MAX_CELL_CHARS,
                )
            )
            text[key] = value[:MAX_CELL_CHARS]
    data = PartnershipInput(name=text.get("name", ""))
    for key in _PLAIN_TEXT_KEYS:
        setattr(data, key, text.get(key, ""))
    data.themes = read_themes(text.get("themes", ""))
    notes = theme_notes(text.get("themes", ""))
    chosen: dict[str, str] = {}
    choice_keys = ("scale", "formality", "basis", "duration", "status", "our_role", "represents")
    for key in (*choice_keys, "report_back_every"):
        typed = text.get(key, "")
        if not typed:
            continue
        code = read_choice(key, typed)
        if not code:
            spec = FIELD_BY_KEY[key]
            allowed = Choices(m.label for m in spec.choice or ())
            problems.append(
                Problem(
                    key,
                    "{label}: '{typed}' is not one we know. Use one of: {allowed}.",
                    label=Message(spec.label),
                    typed=typed,
                    allowed=allowed,
                )
            )
        chosen[key] = code
    for key in _CHOICE_KEYS:
        if chosen.get(key):
            setattr(data, key, chosen[key])
    for spec in FIELDS:
        if not spec.is_date or spec.key not in values:
            continue
        try:
            setattr(data, spec.key, coerce_date(values[spec.key]))
        except DateError as exc:
            problems.append(
                Problem(
                    spec.key, "{label}: {reason}", label=Message(spec.label), reason=exc.message
                )
            )
    if data.end_date and data.duration == Duration.ONGOING and "duration" not in chosen:
        # A row with an end date and no duration column is time-limited, as people mean it.
        data.duration = Duration.TIME_LIMITED.value
    problems.extend(validate_partnership(data, ()))
    rules, rule_problems = read_rules(text, values)
    problems.extend(rule_problems)
    return RowResult(
        row_number=row_number,
        data=data,
        our_role=chosen.get("our_role", ""),
        represents=chosen.get("represents", ""),
        partners=read_partners(text.get("partners", "")),
        problems=problems,
        notes=notes,
        run={
            **{key: text[key] for key in RUN_KEYS if text.get(key)},
            "report_back_every": chosen.get("report_back_every", ""),
        },
        rules=rules,
    )


def check_rows(
    rows: Iterable[tuple[int, dict[str, object]]], existing_names: Iterable[str]
) -> list[RowResult]:
    """Every row read, with names already stored or repeated in the file marked as problems,
    and each "Sits under" checked against both (no loops)."""
    existing = {normalise_name(n) for n in existing_names}
    first_seen: dict[str, int] = {}
    results: list[RowResult] = []
    for row_number, values in rows:
        result = read_row(row_number, values)
        key = normalise_name(result.data.name)
        if key:
            if key in existing:
                result.problems.append(
                    Problem(
                        "name",
                        "There is already a partnership called '{name}' in Partnerbook.",
                        name=result.data.name.strip(),
                    )
                )
            elif key in first_seen:
                result.problems.append(
                    Problem(
                        "name",
                        "The same partnership is on row {row} too. Keep one of them.",
                        row=first_seen[key],
                    )
                )
            else:
                first_seen[key] = row_number
        results.append(result)
    check_parents(results, dict.fromkeys(existing))
    return results
