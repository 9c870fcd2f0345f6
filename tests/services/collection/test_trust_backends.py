"""Trust at the CVS on a collection file and on a server collection alike (issues 19, 20):
a group's key recorded, a return from another key held then confirmed, a pack made with
the CVS's keys and the contact details sealed for them opened again."""

from __future__ import annotations

import json
from pathlib import Path

from collection_support import pdfs
from collection_variants import variant

from desktop.domain.return_period import parse_period
from desktop.domain.sealing import seal
from desktop.domain.signing import from_b64, new_signing_key
from desktop.services.collection.importer import import_returns
from desktop.services.collection.packs import (
    PackRequest,
    cvs_keys,
    make_pack,
    open_sealed_contacts,
)
from desktop.services.collection.samples import resign
from desktop.services.collection.trust import confirm_held, group_fingerprints, held_returns
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection

PASSPHRASE = "correct horse battery staple"


def test_a_new_key_is_held_then_confirmed_on_either_back_end(
    collection_location: Path | str, tmp_path: Path
) -> None:
    open_collection(collection_location, create=True)
    first = variant("be-first", "2026-11-01T10:00:00Z")
    later = resign(dict(variant("be-later", "2026-11-02T10:00:00Z")), new_signing_key())
    files = pdfs(tmp_path / "in", [first, later])
    outcomes = import_returns(collection_location, files, workers=1).outcomes
    assert [o.outcome for o in outcomes] == ["imported", "held"]
    conn = db.connect(collection_location)
    try:
        (held,) = held_returns(conn)
        assert len(group_fingerprints(conn, first["group"]["id"])) == 1
    finally:
        conn.close()
    outcome = confirm_held(collection_location, held.id)
    assert outcome.outcome == "supersedes" and outcome.key == held.fingerprint
    conn = db.connect(collection_location)
    try:
        assert held_returns(conn) == []
        assert len(group_fingerprints(conn, first["group"]["id"])) == 2
        statuses = conn.execute("SELECT status FROM collected_return ORDER BY id").fetchall()
    finally:
        conn.close()
    assert [s[0] for s in statuses] == ["superseded", "current"]


def test_a_pack_and_sealed_contacts_on_either_back_end(collection_location: Path | str) -> None:
    from datetime import date

    open_collection(collection_location, create=True)
    conn = db.connect(collection_location)
    try:
        request = PackRequest(parse_period("2026-27"), date(2027, 5, 31), "Torridge CVS")
        made = make_pack(conn, request, PASSPHRASE)
        assert [k.fingerprint for k in cvs_keys(conn)] == [made.fingerprint]
        seal_key = json.loads(made.text)["pack"]["keys"]["seal"]
        details = {"main_contact": {"name": "Priya Shah", "email": "", "phone": ""}}
        payload = {"sealed_contacts": seal(details, from_b64(seal_key))}
        assert open_sealed_contacts(conn, payload, PASSPHRASE) == details
    finally:
        conn.close()
