"""The CVS's side of trust: its keys, the return packs it makes, sealed contacts it opens.

The keys are made with the first pack, locked under the passphrase the officer chooses
then (desktop/domain/cvs_keys.py). Rotation makes a new pair, endorsed by the old one so
groups accept the change without a warning; the old pair is retired (no new packs) but
kept, so contact details sealed for its packs still open. The SQL for these tables is in
``desktop.store.collection.queries.packs``.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop.atomic_write import SaveError, write_atomically
from desktop.domain.cvs_keys import CvsKeyPair, lock, new_key_pair, unlock
from desktop.domain.packs import endorse, make_pack_file
from desktop.domain.periods import Period
from desktop.domain.problems import UserError
from desktop.domain.sealing import SealError, unseal
from desktop.domain.signing import fingerprint, from_b64
from desktop.store.collection.queries import packs as queries
from desktop.store.collection.queries.transaction import begin, commit, rollback

__all__ = [
    "CvsKeyInfo",
    "MadePack",
    "PackRequest",
    "SaveError",
    "contact_lines",
    "cvs_keys",
    "export_keys",
    "import_keys",
    "make_pack",
    "open_sealed_contacts",
    "rotate_keys",
    "save_keys",
    "save_pack",
]


class NoKeys(UserError, LookupError):
    """The collection has no CVS keys yet (no pack was made)."""


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


@dataclass(frozen=True)
class CvsKeyInfo:
    id: int
    fingerprint: str
    created_at: str
    retired: bool
    cvs_name: str


def cvs_keys(conn: sqlite3.Connection) -> list[CvsKeyInfo]:
    """Every key pair the collection holds, newest first (the current one is not retired)."""
    rows = queries.key_rows(conn)
    return [CvsKeyInfo(r[0], r[1], str(r[2]), r[3] is not None, r[4]) for r in rows]


def _current(conn: sqlite3.Connection) -> tuple[Any, ...] | None:
    return queries.current_key(conn)


def _insert_key(
    conn: sqlite3.Connection,
    pair: CvsKeyPair,
    passphrase: str,
    name: str,
    contact: str,
    endorsed_by: str = "",
    endorsement: str = "",
) -> int:
    return queries.add_key(
        conn,
        (
            pair.sign_public,
            pair.seal_public,
            pair.fingerprint,
            lock(pair, passphrase),
            name,
            contact,
            endorsed_by,
            endorsement,
            _now(),
        ),
    )


@dataclass(frozen=True)
class PackRequest:
    period: Period
    deadline: date
    cvs_name: str = ""  # the name kept with the keys when left blank
    contact: str = ""
    message: str = ""
    frameworks: tuple[Path, ...] = ()


@dataclass(frozen=True)
class MadePack:
    pack_id: str
    text: str
    fingerprint: str
    new_keys: bool


def _frameworks(paths: tuple[Path, ...]) -> list[dict[str, str]]:
    """Each framework file's text, checked as a group's Partnerbook will check it."""
    from desktop.domain.frameworks import load_framework

    result = []
    for path in paths:
        load_framework(path)  # refuses a file a group could not use, by name and line
        text = path.read_bytes().decode("utf-8-sig")
        result.append({"file_name": path.name, "text": text})
    return result


def make_pack(conn: sqlite3.Connection, request: PackRequest, passphrase: str) -> MadePack:
    """Sign a pack with the CVS's current key (made now, under ``passphrase``, the first
    time) and record it. Inside one transaction: nothing is kept if anything fails."""
    frameworks = _frameworks(request.frameworks)
    begin(conn)
    try:
        current = _current(conn)
        name, contact = request.cvs_name.strip(), request.contact.strip()
        if current is None:
            if not name:
                raise UserError("Give the CVS's name for the first pack (it is shown to groups).")
            pair = new_key_pair()
            key_id = _insert_key(conn, pair, passphrase, name, contact)
            endorsed_by = endorsement = ""
        else:
            key_id, locked, _, _, endorsed_by, endorsement, kept_name, kept_contact = current
            pair = unlock(locked, passphrase)
            name, contact = name or kept_name, contact or kept_contact
            queries.rename_key(conn, key_id, name, contact)
        pack_id = str(uuid.uuid4())
        period = request.period
        keys: dict[str, Any] = {"seal": pair.seal_public}
        if endorsed_by:
            keys |= {"endorsed_by": endorsed_by, "endorsement": endorsement}
        content = {
            "pack_id": pack_id,
            "made_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "cvs": {"name": name, "contact": contact},
            "period": {
                "label": period.label,
                "start": period.start.isoformat(),
                "end": period.end.isoformat(),
            },
            "deadline": request.deadline.isoformat(),
            "message": request.message.strip(),
            "frameworks": frameworks,
            "keys": keys,
        }
        text = make_pack_file(content, pair.sign_private)
        queries.add_pack(
            conn,
            (
                pack_id,
                key_id,
                period.label,
                period.start.isoformat(),
                period.end.isoformat(),
                request.deadline.isoformat(),
                request.message.strip(),
                _now(),
                text,
            ),
        )
        commit(conn)
    except BaseException:
        rollback(conn)
        raise
    return MadePack(pack_id, text, pair.fingerprint, current is None)


def rotate_keys(conn: sqlite3.Connection, passphrase: str, new_passphrase: str = "") -> str:
    """New keys for new packs, endorsed by the current ones, which are retired (kept, so
    contacts sealed for their packs still open). Returns the new fingerprint."""
    begin(conn)
    try:
        current = _current(conn)
        if current is None:
            raise NoKeys("This collection has no keys yet: they are made with its first pack.")
        key_id, locked, sign_public, *_rest, name, contact = current
        old = unlock(locked, passphrase)
        pair = new_key_pair()
        endorsement = endorse(old.sign_private, from_b64(pair.sign_public))
        queries.retire_key(conn, key_id, _now())
        _insert_key(
            conn, pair, new_passphrase or passphrase, name, contact, sign_public, endorsement
        )
        commit(conn)
    except BaseException:
        rollback(conn)
        raise
    return pair.fingerprint


def export_keys(conn: sqlite3.Connection) -> str:
    """Every key pair, still locked under its passphrase, as JSON for safe keeping."""
    rows = queries.keys_for_export(conn)
    if not rows:
        raise NoKeys("This collection has no keys yet: they are made with its first pack.")
    keys = [
        {
            "fingerprint": r[0],
            "sign_public": r[1],
            "seal_public": r[2],
            "locked_private_keys": json.loads(r[3]),
            "created_at": str(r[4]),
            "retired_at": None if r[5] is None else str(r[5]),
            "cvs_name": r[6],
            "cvs_contact": r[7],
            "endorsed_by": r[8],
            "endorsement": r[9],
        }
        for r in rows
    ]
    return json.dumps(
        {"format": "partnerbook-cvs-keys", "format_version": 1, "keys": keys}, indent=1
    )


def save_keys(conn: sqlite3.Connection, target: Path) -> Path:
    """Save every key pair (still locked) as ``target``, whole or not at all (SaveError)."""
    return write_atomically(target, export_keys(conn).encode("utf-8"))


def save_pack(
    conn: sqlite3.Connection, request: PackRequest, passphrase: str, target: Path
) -> MadePack:
    """Make the pack and save it as ``target``, whole or not at all (SaveError if not)."""
    made = make_pack(conn, request, passphrase)
    write_atomically(target, made.text.encode("utf-8"))
    return made


def import_keys(conn: sqlite3.Connection, text: str, passphrase: str) -> int:
    """Put back keys saved with ``export_keys`` (a lost or new collection); returns how many
    were added. Each must open with ``passphrase`` and match its public halves; keys the
    collection holds already are left as they are. One transaction: all or nothing."""
    from desktop.domain.cvs_keys import WrongPassphrase

    try:
        saved = json.loads(text)
        if saved.get("format") != "partnerbook-cvs-keys":
            raise ValueError("not a key file")
        keys = list(saved["keys"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(
            "This file is not a copy of a CVS's keys (saved with Save the keys for safe "
            "keeping, or collect export-keys)."
        ) from exc
    held = queries.sign_publics(conn)
    added = 0
    begin(conn)
    try:
        for key in keys:
            locked = json.dumps(key["locked_private_keys"])
            pair = unlock(locked, passphrase)  # WrongPassphrase: nothing is added
            if (pair.sign_public, pair.seal_public) != (key["sign_public"], key["seal_public"]):
                raise WrongPassphrase("The saved keys do not match their own public keys.")
            if pair.sign_public in held:
                continue
            queries.restore_key(
                conn,
                (
                    pair.sign_public,
                    pair.seal_public,
                    pair.fingerprint,
                    locked,
                    str(key.get("cvs_name") or ""),
                    str(key.get("cvs_contact") or ""),
                    str(key.get("endorsed_by") or ""),
                    str(key.get("endorsement") or ""),
                    str(key.get("created_at") or _now()),
                    # Beside keys held already, an imported one only opens old sealed details.
                    key.get("retired_at") or (_now() if held else None),
                ),
            )
            added += 1
        commit(conn)
    except BaseException:
        rollback(conn)
        raise
    return added


def open_sealed_contacts(
    conn: sqlite3.Connection, payload: dict[str, Any], passphrase: str
) -> dict[str, Any] | None:
    """The contact details sealed in a return for this CVS, or None when it has none.

    Tries the key the return names (current or retired). UserError when no key here opens
    them (sealed for another CVS) or the passphrase is wrong.
    """
    sealed = payload.get("sealed_contacts")
    if not sealed:
        return None
    for locked, seal_public in queries.keys_to_open(conn):
        if fingerprint(from_b64(seal_public)) != sealed.get("cvs_key"):
            continue
        pair = unlock(locked, passphrase)
        try:
            return unseal(sealed, pair.seal_private)
        except SealError as exc:
            raise UserError(
                "The contact details in this return could not be opened: {why}.", why=str(exc)
            ) from exc
    raise UserError(
        "The contact details in this return were sealed for another CVS's key, so this "
        "collection cannot open them."
    )


def returns_with_sealed_contacts(
    conn: sqlite3.Connection, group_uuid: str | None = None
) -> list[tuple[str, str, str]]:
    """(group name, reference, payload text) of current returns carrying sealed contacts."""
    return queries.sealed_contact_returns(conn, group_uuid)


def contact_lines(details: dict[str, object]) -> list[str]:
    """The unsealed details as lines to read: the main contact, who signed off, and each
    partnership's representatives."""
    lines = []
    main = details.get("main_contact")
    if isinstance(main, dict):
        lines.append("Main contact: " + _person(main))
    if details.get("signoff_name"):
        lines.append(f"Signed off by: {details['signoff_name']}")
    for rep in details.get("representatives") or []:  # type: ignore[attr-defined]
        said = _person(rep.get("contact") or {})
        lines.append(f"{rep.get('partnership')} ({rep.get('role')} representative): {said}")
    return lines


def _person(contact: dict[str, object]) -> str:
    return ", ".join(str(contact.get(k)) for k in ("name", "email", "phone") if contact.get(k))
