"""``partnerbook frameworks list|import`` and the demo's commitments and needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.resource_paths import resources_dir

REAL = (resources_dir() / "frameworks" / "compact-devon-partnership-2008.toml").read_text("utf-8")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_import_and_list_again(data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "frameworks", "list")
    assert code == 0
    assert "compact-devon-partnership-2008  version 2008.1  (built in)" in out
    newer = tmp_path / "devon-2008.2.toml"
    newer.write_text(REAL.replace('version = "2008.1"', 'version = "2008.2"'), "utf-8")
    code, out, _ = run(capsys, "frameworks", "import", str(newer))
    assert code == 0 and "Imported" in out and "2008.2" in out
    # The database was backed up before the import touched it.
    assert [p for p in (data_dir / "backups").iterdir() if "before-import" in p.name]
    code, out, _ = run(capsys, "frameworks", "import", str(newer))
    assert code == 0 and "already imported" in out
    code, out, _ = run(capsys, "frameworks", "list", "--json")
    listed = [f for f in json.loads(out) if f["id"] == "compact-devon-partnership-2008"]
    assert [(f["version"], f["origin"]) for f in listed] == [
        ("2008.1", "built-in"),
        ("2008.2", "imported"),
    ]
    assert listed[1]["publisher"] == "Devon Compact Hub"


def test_bad_file_plain_message_nothing_imported(data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "dupes.toml"
    bad.write_text(
        REAL.replace('version = "2008.1"', 'version = "3"').replace(
            'ref = "3.1(b)"', 'ref = "3.1(a)"'
        ),
        "utf-8",
    )
    code, _, err = run(capsys, "frameworks", "import", str(bad))
    assert code == 1
    assert "dupes.toml" in err and "used twice" in err and "Nothing was imported" in err
    assert "Traceback" not in err
    code, _, err = run(capsys, "frameworks", "import", str(tmp_path / "missing.toml"))
    assert code == 1 and "no such file" in err
    code, out, _ = run(capsys, "frameworks", "list", "--json")
    assert {f["origin"] for f in json.loads(out)} == {"built-in"}


def test_demo_has_commitments_and_needs_in_every_state(demo_database) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.models import Action, CommitmentRating, ResourceNeed

    with demo_database.session() as session:
        statuses = set(session.scalars(select(ResourceNeed.status)))
        assert statuses == {
            "identified",
            "requested",
            "agreed",
            "partly_agreed",
            "declined",
            "received",
        }
        assert session.scalars(select(ResourceNeed).where(ResourceNeed.meeting_id.is_not(None)))
        ratings = set(session.scalars(select(CommitmentRating.rating)))
        assert ratings == {"we_do_this", "could_do_better", "need_help", "not_applicable"}
        sections = set(session.scalars(select(CommitmentRating.section)))
        assert sections == {"success_elements", "all_partners", "statutory", "voluntary"}
        assert session.scalars(select(Action).where(Action.source == "commitment")).all()
