"""Signed data, sealed contacts, packs and locked CVS keys (issue 20), without a database."""

from __future__ import annotations

import json

import pytest

from desktop.domain.canonical import verify_hash, with_hash
from desktop.domain.cvs_keys import WrongPassphrase, lock, new_key_pair, unlock
from desktop.domain.packs import PackError, endorse, make_pack_file, read_pack
from desktop.domain.problems import UserError
from desktop.domain.sealing import SealError, new_seal_key, seal, seal_public, unseal
from desktop.domain.signing import (
    BadSignature,
    fingerprint,
    from_b64,
    new_signing_key,
    public_raw,
    sign_payload,
    verify_payload,
)

PAYLOAD = {"schema": "partnerbook-return", "created_at": "2026-11-28T10:00:00Z", "n": 1}


def test_a_signed_payload_names_its_key_and_any_change_breaks_the_signature() -> None:
    key = new_signing_key()
    signed = sign_payload(PAYLOAD, key, "ab" * 32)
    check = verify_payload(signed)
    assert check.fingerprint == fingerprint(public_raw(key)) and len(check.fingerprint) == 19
    assert check.pdf_key_sha256 == "ab" * 32 and verify_hash(signed)
    # Changed and re-hashed (what anyone could do before signing): the signature says so.
    forged = with_hash({k: v for k, v in signed.items() if k != "sha256"} | {"n": 2})
    with pytest.raises(BadSignature, match="does not match"):
        verify_payload(forged)
    # The date is signed too: a later date cannot be put in.
    later = with_hash(
        {k: v for k, v in signed.items() if k != "sha256"} | {"created_at": "2099-01-01T00:00:00Z"}
    )
    with pytest.raises(BadSignature):
        verify_payload(later)
    # Someone else's key put in with the old signature: no.
    # (a real other key: changing the last letters of the text could give back the same key)
    another = sign_payload(PAYLOAD, new_signing_key(), "ab" * 32)["signed_by"]["public_key"]
    other = dict(signed["signed_by"], public_key=another)
    with pytest.raises(BadSignature):
        verify_payload(
            with_hash({k: v for k, v in signed.items() if k != "sha256"} | {"signed_by": other})
        )
    with pytest.raises(BadSignature, match="not signed"):
        verify_payload(with_hash(PAYLOAD))


def test_sealed_details_open_only_with_the_cvs_key_and_show_nothing_in_the_clear() -> None:
    cvs = new_seal_key()
    details = {"main_contact": {"name": "Priya Shah", "email": "priya@example.org"}}
    sealed = seal(details, seal_public(cvs))
    assert "Priya" not in json.dumps(sealed) and "example.org" not in json.dumps(sealed)
    assert unseal(sealed, cvs) == details
    with pytest.raises(SealError):
        unseal(sealed, new_seal_key())
    damaged = dict(sealed, ciphertext=sealed["ciphertext"][:-8] + "AAAAAAA=")
    with pytest.raises(SealError):
        unseal(damaged, cvs)


def _content(pair) -> dict:  # type: ignore[no-untyped-def]
    return {
        "pack_id": "7b1d3c3e-1111-4e4e-8888-000000000001",
        "cvs": {"name": "Torridge CVS", "contact": "01237 000000"},
        "period": {"label": "2026-27", "start": "2026-04-01", "end": "2027-03-31"},
        "deadline": "2027-05-31",
        "message": "By the end of May, please.",
        "frameworks": [],
        "keys": {"seal": pair.seal_public},
    }


def test_a_pack_is_read_only_when_its_signature_matches() -> None:
    pair = new_key_pair()
    text = make_pack_file(_content(pair), pair.sign_private)
    pack = read_pack(text.encode())
    assert pack.cvs_name == "Torridge CVS" and pack.fingerprint == pair.fingerprint
    tampered = json.loads(text)
    tampered["pack"]["deadline"] = "2027-12-31"
    with pytest.raises(PackError, match="changed since the CVS made it"):
        read_pack(json.dumps(tampered).encode())
    with pytest.raises(PackError, match="not a return pack"):
        read_pack(b"%PDF-1.7 not a pack")
    # Signed by another key, but claiming this CVS's key: the signature does not match.
    other = new_key_pair()
    swapped = json.loads(make_pack_file(_content(pair), other.sign_private))
    swapped["pack"]["keys"]["sign"] = pair.sign_public
    with pytest.raises(PackError, match="changed since"):
        read_pack(json.dumps(swapped).encode())


def test_a_rotated_key_is_endorsed_by_the_old_one() -> None:
    old, new = new_key_pair(), new_key_pair()
    content = _content(new)
    content["keys"] |= {
        "endorsed_by": old.sign_public,
        "endorsement": endorse(old.sign_private, from_b64(new.sign_public)),
    }
    assert read_pack(make_pack_file(content, new.sign_private).encode()).endorsed_by == (
        old.sign_public
    )
    content["keys"]["endorsement"] = endorse(new_key_pair().sign_private, from_b64(new.sign_public))
    with pytest.raises(PackError, match="not signed by the earlier key"):
        read_pack(make_pack_file(content, new.sign_private).encode())


def test_cvs_keys_open_only_with_their_passphrase() -> None:
    pair = new_key_pair()
    locked = lock(pair, "correct horse battery")
    assert pair.fingerprint not in locked and "correct" not in locked
    assert unlock(locked, "correct horse battery") == pair
    with pytest.raises(WrongPassphrase, match="does not open"):
        unlock(locked, "Correct horse battery")
    with pytest.raises(UserError, match="at least 10 characters"):
        lock(pair, "short")
