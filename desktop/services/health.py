"""The facts ``partnerbook check`` reports about a database."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.store.queries import health
from desktop.store.schema_version import HEAD_REVISION

# The tables whose row counts are worth showing a person, in the order they think of them.
COUNTED_TABLES: tuple[tuple[str, str], ...] = (
    ("partnership", "Partnerships"),
    ("partner", "Partners"),
    ("person", "People"),
    ("meeting", "Meetings"),
    ("action", "Actions"),
    ("commitment_rating", "Commitment ratings"),
    ("resource_need", "Resource needs"),
    ("review", "Reviews"),
    ("return_record", "Returns exported"),
)
EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "2",
    "foreign_keys": "1",
    "secure_delete": "1",
}


@dataclass
class HealthReport:
    database: str
    revision: str | None
    head: str
    pragmas: dict[str, str]
    integrity: list[str]
    foreign_key_problems: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["ok"] = self.ok
        return data


def check_database(path: Path, *, read_only: bool = False) -> HealthReport:
    """Open ``path`` with every pragma applied and report what SQLite says of it.

    ``read_only`` (a full disk, read-only media) reads without writing anything; the
    settings that only a writable open applies are then not judged.
    """
    facts = health.read_facts(path, [t for t, _label in COUNTED_TABLES], read_only=read_only)
    report = HealthReport(
        database=str(path),
        revision=facts.revision,
        head=HEAD_REVISION,
        pragmas=facts.pragmas,
        integrity=facts.integrity,
        foreign_key_problems=facts.foreign_key_problems,
        counts=facts.counts,
    )
    if report.revision != HEAD_REVISION:
        report.problems.append(
            f"The schema is at {report.revision}, but this version expects {HEAD_REVISION}."
        )
    for name, expected in EXPECTED_PRAGMAS.items():
        if read_only:  # an immutable open reports the settings of no open at all
            break
        if report.pragmas.get(name, "").lower() != expected:
            report.problems.append(f"The setting {name} is {report.pragmas.get(name)!r}.")
    if report.integrity:
        report.problems.append(f"The integrity check found problems: {report.integrity[0]}")
    if report.foreign_key_problems:
        report.problems.append(
            f"{report.foreign_key_problems} records point at records that do not exist."
        )
    return report
