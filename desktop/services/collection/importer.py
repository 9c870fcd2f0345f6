"""Importing returns into a collection: one file, one transaction, one outcome.

Outcomes: imported; duplicate (the same return and hash are already here: nothing changes);
supersedes (a newer return for the same group and period: the earlier one is kept and marked
superseded); rejected (with the reason). Every file offered is written to the import log,
whatever became of it. Each file's rows are written in one transaction (the store's
``queries.transaction``), so a failure part-way through leaves the collection exactly as it
was; the statements are in ``desktop.store.collection.queries.importer``.

A collection on a server (issue 19) is written by several officers at once: a return (or a
new group) two of them offer at the same moment is kept once by the table's unique
constraint, and the file that lost the race is stored again, so it says "already here".

One file never stops the rest: whatever goes wrong while a file is read or stored, that
file is rejected with a plain reason, logged under its name, and the import goes on. Only a
collection that cannot be written at all (a full disk, a lock) stops an import.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.domain.problems import Message, UserError, marked
from desktop.domain.signing import SignatureCheck
from desktop.services.collection.currency import recompute_group, replaced_by
from desktop.services.collection.intake import Limits, Rejected, ReturnRead
from desktop.services.collection.names import name_key
from desktop.services.collection.normalise import store_rows
from desktop.services.collection.watchdog import DEFAULT_READER, ReaderPool, ReaderStartError
from desktop.store.collection import db
from desktop.store.collection.location import Location, is_server
from desktop.store.collection.opening import open_collection
from desktop.store.collection.queries import importer as queries
from desktop.store.collection.queries.group_merges import rename_group
from desktop.store.collection.queries.transaction import begin, commit, rollback
from desktop.store.collection.server import ServerRefused

__all__ = [
    "DUPLICATE",
    "IMPORTED",
    "REJECTED",
    "SUPERSEDES",
    "FileOutcome",
    "ImportStopped",
    "ImportSummary",
    "find_return_files",
    "import_returns",
]

IMPORTED, DUPLICATE, SUPERSEDES, REJECTED = "imported", "duplicate", "supersedes", "rejected"
HELD = "held"  # signed by a key the collection does not know for the group (issue 20)
# Reasons kept in the import log in English; marked so the window can show them translated.
ALREADY_HERE = marked("this return is already in the collection")
SAME_ID_DIFFERENT = marked(
    "another return with the same id but different contents is already in the "
    "collection; ask the group which one is right"
)
LATER_ONE_HERE = marked(
    "a later return from this group for the same period is already here, "
    "so this one is kept as superseded"
)
WITHDRAWN_HERE = marked(
    "this return is already in the collection and was withdrawn; it stays withdrawn"
)
NOT_STORED = marked(
    "its data could not be stored in the collection ({why}); the rest of the import went on"
)
Progress = Callable[[int, int, "FileOutcome"], None]
log = logging.getLogger(__name__)


class ImportStopped(UserError, RuntimeError):
    """The collection itself could not be written (disk full, locked): the message says what."""


@dataclass(frozen=True)
class FileOutcome:
    path: str
    outcome: str
    reason: str = ""
    return_id: str | None = None
    group: str = ""
    period: str = ""
    # The short fingerprint of the key that signed it; "" for an unsigned (version 1) one.
    key: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ImportSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    backup: Path | None = None
    # The copy in the second backup folder could not be made (the backup itself was).
    backup_problem: Message | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)


def find_return_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and every ``.pdf`` inside folders named (sub-folders too).

    Symbolic links to folders are not followed, so a loop of links cannot trap the search.
    """
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(".pdf"):
                        item = Path(root) / name
                        found.setdefault(str(item.resolve()), item)
        else:
            found.setdefault(str(path.resolve()), path)
    return list(found.values())


def _file_facts(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file; never more than the size limit is read."""
    try:
        size = path.stat().st_size
        if size > Limits().max_file_bytes:
            return size, ""
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return size, digest.hexdigest()
    except OSError:
        return -1, ""


def import_returns(
    collection: Location,
    paths: Sequence[Path],
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    reader: str = DEFAULT_READER,
    workers: int | None = None,
    second_folder: Callable[[], Path | None] | None = None,
) -> ImportSummary:
    """Import every return file in ``paths`` (files or folders) into ``collection``.

    ``second_folder`` gives the second backup folder the person chose, if any: the backup
    made before the import is copied there too.
    """
    open_collection(collection)
    files = find_return_files(paths)
    summary = ImportSummary()
    try:
        summary.backup, summary.backup_problem = _backup(collection, second_folder)
    except OSError as exc:
        raise ImportStopped(str(exc)) from exc
    conn = db.connect(collection)
    done = 0

    def report(outcome: FileOutcome) -> None:
        nonlocal done
        done += 1
        summary.outcomes.append(outcome)
        try:  # the collection grows as it is imported into: plans made for its size
            db.plans_made_again(conn, done)
        except sqlite3.Error:  # a server gone: the next file says so, plainly
            log.warning("Could not renew the server's plans", exc_info=True)
        if progress is not None:
            progress(done, len(files), outcome)

    try:
        # A file whose bytes were imported before is the same return: say so without
        # reading it again, so re-importing a folder of hundreds takes seconds.
        known = _known_files(conn)
        facts: dict[Path, tuple[int, str]] = {}
        fresh: list[Path] = []
        for path in files:
            if cancelled is not None and cancelled():
                break
            facts[path] = _file_facts(path)
            seen = known.get(facts[path][1])
            if seen is None:
                fresh.append(path)
                continue
            report(import_one(conn, path, seen, facts[path]))
        if fresh and not (cancelled is not None and cancelled()):
            with ReaderPool(limits, workers or _readers_for(collection), reader) as pool:
                for path, result in pool.read_many(fresh, cancelled):
                    report(import_one(conn, path, result, facts[path]))
        summary.cancelled = len(summary.outcomes) < len(files)
    except ReaderStartError as exc:
        raise ImportStopped(str(exc)) from exc
    except ServerRefused as exc:  # a server that went away or kept a read waiting
        raise ImportStopped(str(exc)) from exc
    finally:
        conn.close()
    return summary


def _readers_for(collection: Location) -> int | None:
    """How many reader processes: into a server, one. This process then waits on the server
    for each file about as long as a reader takes to read the next, so a second reader
    only takes a core from them (one officer, 2,000 returns: 16.1 s with one reader, 20.1 s
    with two). A file is written here, quicker than a reader reads: two (the default)."""
    return 1 if is_server(collection) else None


def _backup(
    collection: Location, second_folder: Callable[[], Path | None] | None
) -> tuple[Path | None, str | None]:
    """A verified backup before the import, rotated by the app's backup policy (none while
    the collection is still empty: there is nothing to lose). A server's backups are the
    server's business (pg_dump); each file is one transaction there all the same."""
    from desktop.services.collection.safety import collection_target

    if is_server(collection):
        return None, None
    collection = Path(collection)
    conn = db.connect(collection)
    try:
        empty = queries.log_is_empty(conn)
    finally:
        conn.close()
    if empty:
        return None, None
    outcome = collection_target(collection, second_folder).back_up("before-import")
    return outcome.path, outcome.second_problem


def _known_files(conn: sqlite3.Connection) -> dict[str, FileOutcome]:
    """File SHA-256 -> the return it held, for every file imported before."""
    rows = queries.known_files(conn)
    return {
        digest: FileOutcome(
            "",
            DUPLICATE,
            WITHDRAWN_HERE if status == "withdrawn" else ALREADY_HERE,
            uuid,
            group,
            period,
        )
        for digest, uuid, group, period, status in rows
    }


def import_one(
    conn: db.Connection,
    path: Path,
    result: dict[str, Any] | ReturnRead | Rejected | FileOutcome,
    facts: tuple[int, str] | None = None,
) -> FileOutcome:
    """Store one file's result in its own transaction, and log it.

    ``result`` is the checked payload (with the reader's notes, for the log), the reason it
    was rejected, or (for a file seen before) the duplicate outcome already known.
    """
    for _attempt in range(RACE_RETRIES):
        try:
            return _import_one(conn, path, result, facts)
        except _LostRace:
            # Another officer stored the same return or group a moment ago: its row is
            # committed now, so this file is stored again and finds it.
            continue
    return _import_one(conn, path, result, facts, last=True)


RACE_RETRIES = 3


class _LostRace(Exception):
    """A unique constraint refused a row another connection committed meanwhile."""


def _import_one(
    conn: db.Connection,
    path: Path,
    result: dict[str, Any] | ReturnRead | Rejected | FileOutcome,
    facts: tuple[int, str] | None = None,
    *,
    last: bool = False,
) -> FileOutcome:
    size, digest = facts or _file_facts(path)
    notes: tuple[str, ...] = ()
    checked: SignatureCheck | None = None
    text = ""
    if isinstance(result, ReturnRead):
        result, notes, checked, text = result.payload, result.notes, result.signer, result.text
    try:
        begin(conn)
        if isinstance(result, FileOutcome):
            outcome = FileOutcome(
                str(path), DUPLICATE, result.reason, result.return_id, result.group, result.period
            )
        elif isinstance(result, Rejected):
            outcome = FileOutcome(str(path), REJECTED, str(result))
        else:
            try:
                outcome = _store(conn, path, result, digest, checked, text)
            except Exception as exc:  # one file must never stop the rest
                if _collection_failed(exc):
                    raise
                if isinstance(exc, sqlite3.IntegrityError) and db.on_server(conn) and not last:
                    rollback(conn)
                    raise _LostRace from exc
                # Valid yet impossible to store: undo every row, keep only the log.
                log.warning("Could not store %s", path.name, exc_info=exc)
                rollback(conn)
                begin(conn)
                why = _why(exc)
                outcome = FileOutcome(str(path), REJECTED, NOT_STORED.format(why=why))
        if notes and outcome.outcome != REJECTED:
            outcome = _with(
                outcome, outcome.outcome, "; ".join(filter(None, (outcome.reason, *notes)))
            )
        _log(conn, outcome, size, digest)
        commit(conn)
    except sqlite3.Error as exc:
        if conn.in_transaction:
            _rollback_quietly(conn)
        if db.on_server(conn):
            raise ImportStopped(
                "Partnerbook could not write to the collection ({why}). Nothing from "
                "{file} was kept. Run the import again when the server is back: the "
                "returns already stored will say they are already here.",
                why=str(exc),
                file=path.name,
            ) from exc
        raise ImportStopped(
            "Partnerbook could not write to the collection ({why}). Nothing from "
            "{file} was kept. Check there is free space and the file is not read-only.",
            why=str(exc),
            file=path.name,
        ) from exc
    if outcome.outcome == REJECTED:
        log.info("Rejected %s: %s", path.name, outcome.reason)
    for note in notes:
        log.warning("%s: %s", path.name, note)
    return outcome


def _rollback_quietly(conn: db.Connection) -> None:
    """Roll back after a failure; a server that went away has rolled back already."""
    try:
        rollback(conn)
    except sqlite3.Error:
        log.warning("Could not roll back after a failed import", exc_info=True)


def _collection_failed(exc: BaseException) -> bool:
    """The collection itself cannot be written (disk full, locked, damaged): stop the import.

    Anything else while storing one file (a number too large for SQLite, a clash, a bug)
    belongs to that file alone.
    """
    if isinstance(exc, sqlite3.OperationalError | sqlite3.InternalError):
        return True
    return type(exc) is sqlite3.DatabaseError


def _why(exc: BaseException) -> str:
    """A plain cause for a file that could not be stored (the log has the details)."""
    if isinstance(exc, OverflowError):
        return "a number in it is too large"
    if isinstance(exc, sqlite3.DataError):  # a server checks sizes where SQLite does not
        if "out of range" in str(exc):
            return "a number in it is too large"
        return "a value in it is too long"
    if isinstance(exc, sqlite3.IntegrityError):
        return "it clashes with what is already there"
    return f"an unexpected {type(exc).__name__}"


def _log(conn: sqlite3.Connection, outcome: FileOutcome, size: int, digest: str) -> None:
    queries.log_offer(
        conn,
        (
            _now(),
            _storable(outcome.path),
            size,
            digest,
            outcome.outcome,
            _storable(outcome.reason),
            outcome.return_id,
            outcome.key,
        ),
    )


def _storable(text: str) -> str:
    """Text SQLite can hold: a file name that is not valid UTF-8 keeps its bytes as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _store(
    conn: sqlite3.Connection,
    path: Path,
    payload: dict[str, Any],
    file_digest: str = "",
    checked: SignatureCheck | None = None,
    text: str = "",
) -> FileOutcome:
    """``checked`` is the signer the reader found when it checked this very payload: its
    signature is not checked a second time; ``text``, the payload's canonical text the
    reader made (else it is made here)."""
    from desktop.services.collection.trust import (
        REFUSED_BEFORE,
        UNSIGNED_OLDER,
        canonical_group,
        hold_or_trust,
        signer_of,
    )

    return_id = str(payload["return_id"])
    digest = str(payload["sha256"])
    group, period = payload["group"], payload["period"]
    label = str(period["label"])
    signer = checked if checked is not None else signer_of(payload)
    key = signer.fingerprint if signer else ""
    # On a server, returns from one group are stored one at a time (its currency marks are
    # worked out from everything committed before); a file needs nothing: one writer.
    db.serialise(conn, "group:" + str(group["id"]))
    base = FileOutcome(str(path), IMPORTED, "", return_id, str(group["name"]), label, key)
    row = queries.return_by_uuid(conn, return_id)
    if row is not None:
        if row[0] == digest:
            return _with(base, DUPLICATE, WITHDRAWN_HERE if row[1] == "withdrawn" else ALREADY_HERE)
        return _with(base, REJECTED, SAME_ID_DIFFERENT)
    # A key the collection does not know for this group: held, never applied silently.
    # An id the officer confirmed is the same group as another counts as that one (asked
    # once: the key check and the group's row both use it).
    canonical = canonical_group(conn, str(group["id"]))
    held = hold_or_trust(conn, path, file_digest, payload, signer=signer, group=canonical)
    if held is not None:
        return _with(base, REJECTED if held == REFUSED_BEFORE else HELD, str(held))
    created = str(payload["created_at"])
    group_id = _group_id(conn, group, created, canonical)
    db.serialise(conn, f"group-id:{group_id}")  # as a withdrawal or a merge of it does
    scope = payload.get("scope") or {}
    return_row = queries.add_return(
        conn,
        (
            return_id,
            group_id,
            str(payload.get("reference", "")),
            label,
            str(period["start"]),
            str(period["end"]),
            created,
            str(payload["app"]["version"]),
            digest,
            payload.get("supersedes"),
            None,
            "current",
            0 if scope.get("whole_group") is False else 1,
            _now(),
            text or _payload_text(payload),
            "signed" if signer else "unsigned",
            key,
            payload.get("pack_id"),
        ),
    )
    store_rows(conn, return_row, payload)
    recompute_group(conn, group_id)
    outcome = _replacing_outcome(conn, base, return_id)
    if signer is None:  # a version 1 return, made before returns were signed
        return _with(
            outcome, outcome.outcome, "; ".join(filter(None, (outcome.reason, UNSIGNED_OLDER)))
        )
    return outcome


def _replacing_outcome(conn: sqlite3.Connection, base: FileOutcome, return_id: str) -> FileOutcome:
    """Imported, or replacing earlier returns: for which partnerships is said in the log."""
    current = queries.return_status_and_replaced(conn, return_id)
    if current[0] == "superseded":
        return _with(base, IMPORTED, LATER_ONE_HERE)
    said = []
    if current[1]:
        said.append(f"a later return has the latest word for {current[1]}")
    for earlier in replaced_by(conn, return_id):
        what = (
            "for all its partnerships"
            if earlier.all_of_it
            else "for " + ", ".join(earlier.partnerships)
            if earlier.partnerships
            else "for the group's general needs only"
        )
        said.append(f"replaces the return made {earlier.created[:10]} ({earlier.reference}) {what}")
    replacing = any(s.startswith("replaces") for s in said)
    return _with(base, SUPERSEDES if replacing else IMPORTED, "; ".join(said))


def _payload_text(payload: dict[str, Any]) -> str:
    from desktop.domain.canonical import canonical_bytes

    return canonical_bytes(payload).decode("utf-8")


def _with(base: FileOutcome, outcome: str, reason: str) -> FileOutcome:
    return FileOutcome(
        base.path, outcome, reason, base.return_id, base.group, base.period, base.key
    )


def confirm_import(
    conn: sqlite3.Connection,
    path: Path,
    payload: dict[str, Any],
    digest: str,
    before: Callable[[sqlite3.Connection], None],
) -> FileOutcome:
    """Import a held return the officer confirmed, in one transaction with ``before`` (which
    records the group's new key and marks the held return confirmed), and log it."""
    try:
        begin(conn)
        before(conn)
        outcome = _store(conn, path, payload, digest)
        _log(conn, outcome, -1, digest)
        commit(conn)
    except BaseException:
        if conn.in_transaction:
            rollback(conn)
        raise
    return outcome


def _group_id(conn: sqlite3.Connection, group: dict[str, Any], created: str, uuid: str) -> int:
    """The group's row (``uuid``: its id after the officer's merges), made on first sight;
    its latest name follows its newest return."""
    name = str(group["name"])
    group_id = queries.group_row_id(conn, uuid)
    if group_id is None:
        return queries.add_group(conn, uuid, name, name_key(name), _now())
    newest = queries.newest_return_date(conn, group_id)
    if newest is None or created >= newest:
        rename_group(conn, group_id, name, name_key(name))
    return group_id
