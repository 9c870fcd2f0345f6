"""Returns of every schema version this build knows are read; a collection holds them side by
side; a version it does not know is refused with a plain reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.collection.importer import import_returns
from desktop.services.collection.intake import Rejected, check_payload
from desktop.services.collection.samples import resign
from desktop.services.return_data import SCHEMA_VERSION
from desktop.services.return_reader import SCHEMA_FILES, schema
from desktop.store.collection.opening import open_collection
from tests.collection_support import payloads, pdfs
from tests.version_one import as_version_one


def as_version(payload: dict, version: int) -> dict:
    if version == 1:  # without the fields version 2 added since
        return as_version_one(payload)
    body = {k: v for k, v in payload.items() if k != "sha256"}
    body["schema_version"] = version
    return resign(body)


def test_this_build_writes_its_newest_version_and_keeps_a_schema_for_each() -> None:
    assert SCHEMA_VERSION == max(SCHEMA_FILES) == 2
    for version in SCHEMA_FILES:
        assert schema(version)["properties"]["schema_version"] == {"const": version}


@pytest.mark.parametrize("version", sorted(SCHEMA_FILES))
def test_a_return_of_each_known_version_is_read(version: int) -> None:
    payload = as_version(payloads(1, seed=3)[0], version)
    assert check_payload(payload)["schema_version"] == version


def test_a_version_from_a_newer_partnerbook_is_refused_plainly() -> None:
    payload = as_version(payloads(1, seed=4)[0], SCHEMA_VERSION + 1)
    with pytest.raises(Rejected) as caught:
        check_payload(payload)
    assert caught.value.kind == "newer"
    assert "newer version of Partnerbook" in str(caught.value)


def test_a_collection_holds_returns_of_both_versions(
    tmp_path: Path, collection_location: Path | str
) -> None:
    one, two = payloads(2, seed=5, groups=2)
    files = pdfs(tmp_path, [as_version(one, 1), as_version(two, 2)])
    collection = collection_location
    open_collection(collection, create=True)
    summary = import_returns(collection, files, workers=1)
    assert [o.outcome for o in summary.outcomes] == ["imported", "imported"]
    assert summary.count("imported") == 2
