"""One group under two ids (issue 15, item 3): the app reinstalled on a new laptop gives
the group a new id; the officer confirms they are one group, suggested by their names, and
the decision holds for later imports."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from collection_support import pdfs
from collection_variants import Q2, variant

from desktop.cli import main
from desktop.services.collection.samples import resign

NEW_LAPTOP = str(uuid.uuid5(uuid.NAMESPACE_URL, "new laptop"))


def on_new_laptop(payload: dict[str, Any]) -> dict[str, Any]:
    moved = {k: v for k, v in payload.items() if k != "sha256"}
    moved["group"] = dict(moved["group"], id=NEW_LAPTOP)
    return resign(moved)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["collect", *args])
    out, err = capsys.readouterr()
    return code, out, err


def summary(capsys: pytest.CaptureFixture[str], collection: Path, *extra: str) -> dict:
    code, out, err = run(capsys, "summary", str(collection), "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_two_ids_confirmed_as_one_group_count_once_and_stay_merged(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = variant("laptop-old", "2026-11-01T10:00:00Z", needs={0: 10_000, 1: 20_000})
    new = on_new_laptop(variant("laptop-new", "2026-11-03T10:00:00Z", needs={0: 12_000}))
    collection = collection_location
    files = pdfs(tmp_path / "in", [old, new])
    assert run(capsys, "import", "--new", str(collection), *map(str, files))[0] == 0
    # The finding: counted as two groups, every need twice over.
    before = summary(capsys, collection)
    assert before["totals"]["groups"] == 2

    code, out, _err = run(capsys, "groups", str(collection), "--json")
    listed = json.loads(out)
    old_id = old["group"]["id"]
    assert {g["id"] for g in listed["groups"]} == {old_id, NEW_LAPTOP}
    assert listed["suggestions"] == [[NEW_LAPTOP, old_id]]  # the one seen later, first
    code, out, _err = run(capsys, "groups", str(collection))
    assert "These may be the same group" in out and "merge-groups" in out

    code, out, err = run(capsys, "merge-groups", str(collection), NEW_LAPTOP[:8], old_id)
    assert code == 0, err
    assert "1 return moved" in out
    after = summary(capsys, collection)
    assert after["totals"]["groups"] == 1
    # One group now: the newer laptop's return is the latest word for the whole group.
    assert [g["Reference"] for g in after["groups"]] == [new["reference"]]
    code, _text, err = run(capsys, "summary", str(collection), "--csv", str(tmp_path / "c"))
    assert code == 0, err
    rows = (tmp_path / "c" / "needs_by_group.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and rows[1].split(",")[3] == "120.00"

    # Kept for later imports: a return sent under either id lands in the same group.
    later = on_new_laptop(variant("laptop-q", "2026-11-05T10:00:00Z", Q2, needs={0: 700}))
    late_old = variant("laptop-old-q", "2026-11-04T10:00:00Z", Q2, needs={0: 500})
    files = pdfs(tmp_path / "in2", [late_old, later])
    code, out, err = run(capsys, "import", str(collection), *map(str, files))
    assert code == 0, err
    quarter = summary(capsys, collection, "--period", "2026-27 Q2")
    assert quarter["totals"]["groups"] == 1
    assert [g["Reference"] for g in quarter["groups"]] == [later["reference"]]
    code, out, _err = run(capsys, "groups", str(collection), "--json")
    assert json.loads(out)["suggestions"] == []


def test_merging_refuses_what_cannot_be_merged(
    collection_location: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = variant("refuse", "2026-11-01T10:00:00Z", needs={0: 100})
    collection = collection_location
    assert run(capsys, "import", "--new", str(collection), str(pdfs(tmp_path, [one])[0]))[0] == 0
    group = one["group"]["id"]
    code, _out, err = run(capsys, "merge-groups", str(collection), group, group)
    assert code == 1 and "cannot be merged with itself" in err
    code, _out, err = run(capsys, "merge-groups", str(collection), "ffffffff", group)
    assert code == 1 and "There is no group with the id “ffffffff”" in err
