"""Commitments: rate a partnership clause by clause, and see the ratings side by side.

A rating records the framework version it was given against, so the wording shown beside
it is always the wording the person read. A next action becomes an Action (source
"commitment"), so it appears in the What's due list with every other action.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.atomic_write import write_text
from desktop.domain.frameworks import DEFAULT_FRAMEWORK_ID, Framework, Item
from desktop.domain.problems import Problem, ProblemsError
from desktop.domain.vocab import STILL_TO_DO, ActionSource, ActionStatus
from desktop.services.frameworks import (
    framework_for_partnership,
    framework_version,
    keep_wording,
    latest_framework,
)
from desktop.store.models import Action, CommitmentRating, Partnership, Person

NEXT_ACTION_MAX = 2_000
EVIDENCE_MAX = 10_000


class CommitmentError(ProblemsError):
    """Input refused; ``problems`` name the field and say what to do."""


@dataclass(frozen=True)
class CommitmentInput:
    """Everything the form holds for one clause; saving replaces what was there."""

    rating: str = ""
    evidence: str = ""
    next_action: str = ""
    owner_person_id: int | None = None
    due_date: date | None = None


@dataclass(frozen=True)
class CommitmentRow:
    """One clause as the Commitments screen shows it."""

    section: str
    ref: str
    title: str
    text: str
    guidance: str
    rating: str
    rating_label: str
    rating_colour: str
    evidence: str
    next_action: str
    owner_person_id: int | None
    owner_name: str
    due_date: date | None
    updated_at: datetime | None
    version: str
    older_wording: bool


def _partnership(session: Session, partnership_id: int) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise CommitmentError([Problem("partnership", "That partnership no longer exists.")])
    return partnership


def _rated_item(framework: Framework, ref: str) -> Item:
    for item in framework.rated_items():
        if item.ref == ref:
            return item
    raise CommitmentError(
        [
            Problem(
                "clause",
                "{ref} is not a clause that is rated in “{framework}”.",
                ref=ref,
                framework=framework.short_title,
            )
        ]
    )


def _check_rating(framework: Framework, rating: str) -> None:
    if rating and rating not in {o.key for o in framework.rating_scale}:
        labels = ", ".join(f"“{o.label}”" for o in framework.rating_scale)
        raise CommitmentError(
            [
                Problem(
                    "rating",
                    "“{rating}” is not a rating in this framework. Choose {labels}.",
                    rating=rating,
                    labels=labels,
                )
            ]
        )


def _rating_row(
    session: Session, partnership_id: int, framework: Framework, ref: str
) -> CommitmentRating | None:
    return session.scalar(
        select(CommitmentRating).where(
            CommitmentRating.partnership_id == partnership_id,
            CommitmentRating.framework_id == framework.id,
            CommitmentRating.clause_ref == ref,
        )
    )


def _ensure_row(
    session: Session, partnership_id: int, framework: Framework, item: Item
) -> CommitmentRating:
    row = _rating_row(session, partnership_id, framework, item.ref)
    if row is None:
        row = CommitmentRating(
            partnership_id=partnership_id,
            framework_id=framework.id,
            framework_version=framework.version,
            section=item.section_key,
            clause_ref=item.ref,
        )
        session.add(row)
    # Saving means the person has read the current wording: answer against this version.
    row.framework_version = framework.version
    keep_wording(session, framework)
    return row


def set_rating(session: Session, partnership_id: int, ref: str, rating: str) -> CommitmentRating:
    """Change only the rating of one clause (the quick keyboard path)."""
    _partnership(session, partnership_id)
    framework = framework_for_partnership(session, partnership_id)
    item = _rated_item(framework, ref)
    _check_rating(framework, rating)
    row = _ensure_row(session, partnership_id, framework, item)
    row.rating = rating
    session.flush()
    return row


def save_commitment(
    session: Session, partnership_id: int, ref: str, data: CommitmentInput
) -> CommitmentRating:
    """Save rating, evidence and next action for one clause; keeps the action in step."""
    _partnership(session, partnership_id)
    framework = framework_for_partnership(session, partnership_id)
    item = _rated_item(framework, ref)
    problems: list[Problem] = []
    try:
        _check_rating(framework, data.rating)
    except CommitmentError as exc:
        problems.extend(exc.problems)
    if len(data.evidence) > EVIDENCE_MAX:
        problems.append(Problem("evidence", "The evidence is too long; shorten it."))
    if len(data.next_action) > NEXT_ACTION_MAX:
        problems.append(Problem("next_action", "The next action is too long; shorten it."))
    if data.owner_person_id is not None and session.get(Person, data.owner_person_id) is None:
        problems.append(Problem("owner", "Choose the owner from the list."))
    if (data.owner_person_id is not None or data.due_date) and not data.next_action.strip():
        problems.append(
            Problem("next_action", "Say what the next action is before giving it an owner or date.")
        )
    if problems:
        raise CommitmentError(problems)
    row = _ensure_row(session, partnership_id, framework, item)
    row.rating = data.rating
    row.evidence = data.evidence.strip()
    row.next_action = data.next_action.strip()
    row.owner_person_id = data.owner_person_id
    row.due_date = data.due_date
    session.flush()
    _sync_action(session, row)
    return row


def _sync_action(session: Session, row: CommitmentRating) -> None:
    """One open action per clause: created, updated, or dropped when the text is cleared."""
    action = session.scalar(
        select(Action)
        .where(
            Action.commitment_rating_id == row.id,
            Action.source == ActionSource.COMMITMENT.value,
        )
        .order_by(Action.id.desc())
    )
    if not row.next_action:
        if action is not None and action.status in STILL_TO_DO:
            action.status = ActionStatus.DROPPED.value
        session.flush()
        return
    if action is None or action.status not in STILL_TO_DO:
        action = Action(
            partnership_id=row.partnership_id,
            source=ActionSource.COMMITMENT.value,
            commitment_rating_id=row.id,
            status=ActionStatus.OPEN.value,
            description="",
        )
        session.add(action)
    action.description = f"{row.clause_ref}: {row.next_action}"
    action.owner_person_id = row.owner_person_id
    action.due_date = row.due_date
    session.flush()


def commitment_rows(session: Session, partnership_id: int) -> list[CommitmentRow]:
    """Every rated clause of the partnership's framework, with what we recorded.

    An answer given under an older version shows that version's wording (and says so).
    """
    _partnership(session, partnership_id)
    framework = framework_for_partnership(session, partnership_id)
    saved = {
        r.clause_ref: r
        for r in session.scalars(
            select(CommitmentRating).where(
                CommitmentRating.partnership_id == partnership_id,
                CommitmentRating.framework_id == framework.id,
            )
        )
    }
    names: dict[int, str] = {
        pid: name for pid, name in session.execute(select(Person.id, Person.full_name))
    }
    result: list[CommitmentRow] = []
    for item in framework.rated_items():
        record = saved.get(item.ref)
        shown, answered = item, framework
        if record is not None and record.framework_version != framework.version:
            answered = framework_version(session, framework.id, record.framework_version)
            try:
                shown = answered.item(item.ref)
            except KeyError:
                shown, answered = item, framework
        option = None
        if record is not None and record.rating:
            try:
                option = answered.rating(record.rating)
            except KeyError:
                option = None
        result.append(
            CommitmentRow(
                section=item.section_key,
                ref=item.ref,
                title=shown.title,
                text=shown.text,
                guidance=shown.guidance or "",
                rating=record.rating if record else "",
                rating_label=option.label if option else "",
                rating_colour=option.colour if option else "",
                evidence=record.evidence if record else "",
                next_action=record.next_action if record else "",
                owner_person_id=record.owner_person_id if record else None,
                owner_name=names.get(record.owner_person_id, "") if record else "",
                due_date=record.due_date if record else None,
                updated_at=record.updated_at if record else None,
                version=answered.version,
                older_wording=answered.version != framework.version,
            )
        )
    return result


# ----------------------------------------------------------------------------------------
# Across partnerships
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixRow:
    ref: str
    title: str
    ratings: dict[int, str]  # partnership id -> rating key ("" when not rated)


@dataclass(frozen=True)
class Matrix:
    framework: Framework
    partnerships: list[tuple[int, str]]
    rows: list[MatrixRow]

    def label(self, key: str) -> str:
        try:
            return self.framework.rating(key).label
        except KeyError:
            return key

    def colour(self, key: str) -> str:
        try:
            return self.framework.rating(key).colour
        except KeyError:
            return ""


def matrix(session: Session, framework_id: str | None = None, rating: str = "") -> Matrix:
    """Clauses × partnerships (those using ``framework_id``; default the most used one).

    With ``rating`` only the clauses that at least one partnership gave that rating.
    """
    partnerships = list(
        session.execute(
            select(Partnership.id, Partnership.name, Partnership.framework_id)
            .where(Partnership.archived_at.is_(None))
            .order_by(Partnership.name)
        )
    )
    if framework_id is None:
        counts: dict[str, int] = {}
        for _, _, fid in partnerships:
            counts[fid] = counts.get(fid, 0) + 1
        framework_id = max(counts, key=lambda k: counts[k]) if counts else None
    framework = latest_framework(session, framework_id or DEFAULT_FRAMEWORK_ID)
    chosen = [(pid, name) for pid, name, fid in partnerships if fid == framework.id]
    ratings: dict[tuple[str, int], str] = {
        (ref, pid): value
        for ref, pid, value in session.execute(
            select(
                CommitmentRating.clause_ref,
                CommitmentRating.partnership_id,
                CommitmentRating.rating,
            ).where(CommitmentRating.framework_id == framework.id)
        )
    }
    rows: list[MatrixRow] = []
    for item in framework.rated_items():
        by_pid = {pid: ratings.get((item.ref, pid), "") for pid, _ in chosen}
        if rating and rating not in by_pid.values():
            continue
        rows.append(MatrixRow(item.ref, item.title, by_pid))
    return Matrix(framework, chosen, rows)


def _safe_cell(text: str) -> str:
    """Stop a spreadsheet treating a cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def matrix_csv(data: Matrix) -> str:
    """The matrix as CSV text: one row per clause, one column per partnership, in words."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Clause", "Commitment", *[_safe_cell(name) for _, name in data.partnerships]])
    for row in data.rows:
        writer.writerow(
            [
                row.ref,
                _safe_cell(row.title),
                *[data.label(row.ratings[pid]) for pid, _ in data.partnerships],
            ]
        )
    return out.getvalue()


def save_matrix_csv(data: Matrix, path: Path) -> Path:
    """Save the matrix as CSV at ``path`` (".csv" added if missing), whole or not at all.

    utf-8-sig, so Excel reads the £ and accents. Raises SaveError in plain words.
    """
    target = path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")
    return write_text(target, matrix_csv(data), encoding="utf-8-sig")


def people(session: Session) -> list[tuple[int, str]]:
    """People who can own an action (not those who asked to be forgotten)."""
    query = (
        select(Person.id, Person.full_name)
        .where(Person.forgotten_at.is_(None))
        .order_by(Person.full_name)
    )
    return [(int(pid), str(name)) for pid, name in session.execute(query)]


def partnerships(session: Session) -> list[tuple[int, str]]:
    query = (
        select(Partnership.id, Partnership.name)
        .where(Partnership.archived_at.is_(None))
        .order_by(Partnership.name)
    )
    return [(int(pid), str(name)) for pid, name in session.execute(query)]
