"""Who signed a return, at the CVS: group keys, returns held for a different key (issue 20).

The first signed return from a group id records its key. A later return from the same id
signed by another key is never applied silently: it is held, with the reason, until the
officer confirms it (a reinstalled laptop or a new computer is the usual cause: the group
then has a new key) or refuses it (someone pretending to be the group). Confirming records
the new key for the group and imports the return as if it had just arrived.

The SQL is in ``desktop.store.collection.queries.trust`` (and ``cvs_keys.py`` for the CVS's
own keys); this module keeps the rules and the wording.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.domain.problems import UserError, marked
from desktop.domain.signing import SignatureCheck, verify_payload
from desktop.store.collection.queries import trust as queries
from desktop.store.collection.queries.group_merges import merged_into
from desktop.store.collection.queries.transaction import begin, commit

__all__ = [
    "HELD",
    "REFUSED_BEFORE",
    "UNSIGNED_OLDER",
    "HeldReturn",
    "canonical_group",
    "confirm_held",
    "group_fingerprints",
    "held_returns",
    "hold_or_trust",
    "refuse_held",
    "signer_of",
]

HELD = "held"
UNSIGNED_OLDER = marked("unsigned (older Partnerbook)")
HELD_REASON = marked(
    "held: signed by a different key ({new}) from this group's earlier returns ({old}). A "
    "reinstalled laptop or a new computer is the usual reason and is normal; check with the "
    "group, then confirm it (or refuse it) under Held returns"
)
STILL_HELD = marked("already held, waiting for the officer to confirm or refuse it")
# How a group's key came to be trusted (the trust page's "Recorded from" column).
FIRST = "its first signed return"
CONFIRMED = "confirmed by the officer"
REFUSED_BEFORE = marked(
    "the officer refused this return before (signed by a key the group did not confirm), "
    "so it stays out"
)


class NotHeld(UserError, LookupError):
    """The held return asked for is not waiting (never held, or decided already)."""


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


def signer_of(payload: dict[str, Any]) -> SignatureCheck | None:
    """Who signed the payload (already checked by intake); None for a version 1 return."""
    if payload.get("schema_version", 1) < 2:
        return None
    return verify_payload(payload)


def canonical_group(conn: sqlite3.Connection, uuid: str) -> str:
    """The group id after the officer's merges (an alias counts as its canonical id)."""
    merged = merged_into(conn, uuid)
    return uuid if merged is None else merged


def _known(conn: sqlite3.Connection, group_uuid: str) -> dict[str, str]:
    """The keys trusted for a group: its own, and those of every id the officer confirmed
    is the same group (a merge says the officer knows both; their keys come with them)."""
    return queries.known_keys(conn, group_uuid)


def _record(conn: sqlite3.Connection, group_uuid: str, signer: SignatureCheck, how: str) -> None:
    queries.add_group_key(conn, group_uuid, signer.public_key, signer.fingerprint, _now(), how)


def hold_or_trust(
    conn: sqlite3.Connection,
    path: Path,
    digest: str,
    payload: dict[str, Any],
    *,
    signer: SignatureCheck | None = None,
    group: str | None = None,
) -> str | None:
    """None when the return may be applied (its group's key, or the group's first); else
    the reason it is held (and it is kept in ``held_return``). Inside the caller's
    transaction. ``signer``: who signed ``payload``, and ``group``: its group id after the
    officer's merges, when the caller has them already."""
    if signer is None:
        signer = signer_of(payload)
    if signer is None:
        return None
    if group is None:
        group = canonical_group(conn, str(payload["group"]["id"]))
    known = _known(conn, group)
    if not known:
        _record(conn, group, signer, "first")
        return None
    if signer.public_key in known:
        return None
    decided = queries.decided_status(conn, str(payload["return_id"]))
    if decided:
        # Offered again: still waiting, or refused by the officer (and so stays out).
        return STILL_HELD if decided == "held" else REFUSED_BEFORE
    from desktop.domain.canonical import canonical_bytes

    queries.hold(
        conn,
        (
            _now(),
            str(path).encode("utf-8", "backslashreplace").decode("utf-8"),
            digest,
            str(payload["return_id"]),
            group,
            str(payload["group"]["name"]),
            str(payload["period"]["label"]),
            signer.public_key,
            signer.fingerprint,
            ", ".join(known.values()),
            canonical_bytes(payload).decode("utf-8"),
        ),
    )
    return HELD_REASON.format(new=signer.fingerprint, old=", ".join(known.values()))


def group_fingerprints(conn: sqlite3.Connection, group_uuid: str) -> list[str]:
    """The short fingerprints of the keys a group's returns are signed with (group page)."""
    return list(_known(conn, canonical_group(conn, group_uuid)).values())


@dataclass(frozen=True)
class HeldReturn:
    """A return waiting for the officer, as the window and the CLI list it."""

    id: int
    offered_at: str
    path: str
    group_name: str
    period: str
    fingerprint: str
    known: str
    status: str


def held_returns(conn: sqlite3.Connection, status: str | None = HELD) -> list[HeldReturn]:
    rows = queries.held_rows(conn, status)
    return [HeldReturn(r[0], str(r[1]), *r[2:]) for r in rows]


def _waiting(conn: sqlite3.Connection, held_id: int) -> tuple[Any, ...]:
    row = queries.waiting_row(conn, held_id)
    if row is None:
        raise NotHeld(
            "There is no held return number {id} waiting; the list of held returns shows "
            "the numbers.",
            id=held_id,
        )
    return row


def confirm_held(collection: Path, held_id: int) -> Any:
    """The officer's yes: the group's new key is recorded and the return imported.

    Returns the import outcome (desktop.services.collection.importer.FileOutcome).
    """
    from desktop.services.collection.importer import confirm_import
    from desktop.store.collection import db

    conn = db.connect(collection)
    try:
        path, digest, group, public_key, fingerprint, text = _waiting(conn, held_id)
        payload = json.loads(text)
        signer = SignatureCheck(public_key, fingerprint, None)

        def before(c: sqlite3.Connection) -> None:
            _record(c, group, signer, "confirmed")
            queries.decide_held(c, held_id, "confirmed", _now())

        return confirm_import(conn, Path(path), payload, digest, before)
    finally:
        conn.close()


def refuse_held(collection: Path, held_id: int) -> None:
    """The officer's no: the return stays out (kept, marked refused, for the record)."""
    from desktop.store.collection import db

    conn = db.connect(collection)
    try:
        _waiting(conn, held_id)
        begin(conn)
        queries.decide_held(conn, held_id, "refused", _now())
        commit(conn)
    finally:
        conn.close()


def group_keys_table(conn: sqlite3.Connection) -> Any:
    """Each group's keys for the window's trust page: name, fingerprint, how, since when."""
    from desktop.services.collection.views import Table

    rows = [
        (name, fingerprint, FIRST if how == "first" else CONFIRMED, since)
        for name, fingerprint, how, since in queries.group_key_rows(conn)
    ]
    return Table(
        "group_keys",
        "Keys groups sign their returns with",
        (marked("Group"), marked("Key"), marked("Recorded from"), marked("Since")),
        rows,
        dates=frozenset({3}),
    )


def held_table(conn: sqlite3.Connection) -> Any:
    """The returns waiting for the officer, one row each (keys: their numbers)."""
    from desktop.services.collection.views import Table

    held = held_returns(conn)
    return Table(
        "held_returns",
        "Returns held for a different key",
        (
            marked("Number"),
            marked("Group"),
            marked("Period"),
            marked("Signed by"),
            marked("Earlier returns signed by"),
            marked("Offered"),
            marked("File"),
        ),
        [
            (h.id, h.group_name, h.period, h.fingerprint, h.known, h.offered_at, h.path)
            for h in held
        ],
        dates=frozenset({5}),
        keys=[h.id for h in held],
    )


def log_keys(conn: sqlite3.Connection) -> list[str]:
    """The key fingerprint of each import log entry, newest first (the log view's order)."""
    return [str(fingerprint or "") for fingerprint in queries.log_fingerprints(conn)]


def return_signers(conn: sqlite3.Connection) -> dict[str, str]:
    """Each return's reference -> who signed it: its key's short fingerprint, or "unsigned
    (older Partnerbook)" for a version 1 return (the Groups page's last column)."""
    return {
        str(reference): str(fingerprint) if state == "signed" else str(UNSIGNED_OLDER)
        for reference, state, fingerprint in queries.signature_rows(conn)
    }
