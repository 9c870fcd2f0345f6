"""The canonical form of a return's JSON, and the SHA-256 that proves it was not changed.

A return travels as JSON inside a PDF. The CVS checks it by re-computing the hash, so both
sides must turn the same data into the same bytes: keys sorted, no spaces, UTF-8 (not
``\\u`` escapes), and the hash taken over the payload *without* its own ``sha256`` field.
Floats are avoided in payloads where possible, because languages print them differently.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

HASH_FIELD = "sha256"

__all__ = ["HASH_FIELD", "canonical_bytes", "payload_hash", "verify_hash", "with_hash"]


def canonical_bytes(data: Any) -> bytes:
    """Return the canonical UTF-8 bytes of ``data`` (sorted keys, compact separators)."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def payload_hash(payload: Mapping[str, Any]) -> str:
    """The SHA-256 (hex) of the payload's canonical form, leaving out its own hash field."""
    body = {key: value for key, value in payload.items() if key != HASH_FIELD}
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


def with_hash(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``payload`` carrying its hash in ``sha256``."""
    result = dict(payload)
    result[HASH_FIELD] = payload_hash(payload)
    return result


def verify_hash(payload: Mapping[str, Any]) -> bool:
    """Say whether the payload's ``sha256`` matches its content."""
    stated = payload.get(HASH_FIELD)
    return isinstance(stated, str) and stated == payload_hash(payload)
