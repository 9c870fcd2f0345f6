"""The reader makes a return's canonical forms once (intake._Canonical): the whole, the form
its hash covers and the form its signature covers are byte for byte domain.canonical's and
domain.signing's (issue 19 import speed)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.canonical import HASH_FIELD, canonical_bytes
from desktop.domain.signing import SIGNATURE_FIELD, signed_bytes
from desktop.services.collection.intake import _Canonical

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)
KEYS = TEXT | st.sampled_from([HASH_FIELD, SIGNATURE_FIELD, "signed_by", "sig", "ſ", "é", "Z"])


@settings(max_examples=300, deadline=None)
@given(value=st.dictionaries(KEYS, VALUES, max_size=8))
def test_forms_are_the_domain_ones(value: dict[str, Any]) -> None:
    forms = _Canonical(value)
    assert forms.whole() == canonical_bytes(value)
    without_hash = {k: v for k, v in value.items() if k != HASH_FIELD}
    assert forms.whole(HASH_FIELD) == canonical_bytes(without_hash)
    assert forms.whole(HASH_FIELD, SIGNATURE_FIELD) == signed_bytes(value)


def test_a_real_return() -> None:
    from desktop.services.collection.samples import base_payload

    payload = base_payload()
    assert _Canonical(payload).whole() == canonical_bytes(payload)
    assert _Canonical(payload).whole(HASH_FIELD, SIGNATURE_FIELD) == signed_bytes(payload)
