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


SMALL = (Path(__file__).parents[1] / "domain" / "data" / "format-2-small.toml").read_text("utf-8")
SIX_PRINCIPLES = resources_dir() / "frameworks" / "partnership-assessment-six-principles.toml"


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if line == needle)


def test_check_lists_every_problem_with_its_line_and_fix(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad_text = (
        SMALL.replace('version = "1"', "version = 1")
        .replace('scale = "rating"', 'scale = "ratings"')
        .replace("to = 2", "to = 1")
    )
    bad = tmp_path / "our-compact.toml"
    bad.write_text(bad_text, "utf-8")
    scale_line = _line(bad_text, 'scale = "ratings"')
    code, out, err = run(capsys, "frameworks", "check", str(bad))
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == "our-compact.toml: 3 problems found."
    assert lines[1:] == [
        f'  our-compact.toml, line {_line(bad_text, "version = 1")}: "version" must be text in '
        'quotes. Write it as version = "…".',
        f'  our-compact.toml, line {scale_line}: section "principles": there '
        'is no scale called "ratings". Use one of the scales in the file ("rating", "agree"), '
        "or add [scales.ratings].",
        f'  our-compact.toml, line {_line(bad_text, "to = 1")}: section "check", band "low": '
        '"to" (1) is below "from" (2). Swap them, or correct one.',
    ]


def test_check_json_gives_each_problem_its_line_where_and_fix(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad_text = SMALL.replace('kind = "scored"', 'kind = "score"')
    bad = tmp_path / "tool.toml"
    bad.write_text(bad_text, "utf-8")
    code, out, _ = run(capsys, "frameworks", "check", str(bad), "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False and result["framework"] is None
    first = result["problems"][0]
    assert first["line"] == _line(bad_text, 'kind = "score"')
    assert first["where"] == 'section "check"'
    assert first["problem"] == '"kind" cannot be "score".'
    assert first["fix"].startswith('Use one of "commitments", "scored"')
    assert first["message"].startswith(f"tool.toml, line {first['line']}: section")


def test_check_a_good_file_gives_a_short_summary_and_exit_0(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "frameworks", "check", str(SIX_PRINCIPLES))
    assert code == 0
    assert out.splitlines()[0] == (
        "partnership-assessment-six-principles.toml: no problems found. “Partnership health "
        "check: six principles” (id partnership-assessment-six-principles, version 2024.1, "
        "format 2): 1 section, 24 items."
    )
    assert "  Reviews: health_check" in out.splitlines()
    code, out, _ = run(capsys, "frameworks", "check", str(SIX_PRINCIPLES), "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"] and result["problems"] == []
    section = result["framework"]["sections"][0]
    assert (section["scoring"], section["band_levels"]) == ("sum", ["domain", "tool"])
    assert section["domains"] == ["P1", "P2", "P3", "P4", "P5", "P6"]


def test_check_a_missing_file_or_a_format_1_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "frameworks", "check", str(tmp_path / "nowhere.toml"))
    assert code == 1 and "nowhere.toml: there is no such file" in out
    old = Path(__file__).parents[1] / "domain" / "data" / "devon-format-1.toml"
    code, out, _ = run(capsys, "frameworks", "check", str(old))
    assert code == 0 and "format 1" in out


def test_check_lists_every_problem_of_a_format_1_file_too(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Format 1 files (every Compact written before format 2) get the whole list as well: a
    problem in one place no longer hides the next."""
    old = Path(__file__).parents[1] / "domain" / "data" / "devon-format-1.toml"
    bad_text = (
        old.read_text("utf-8")
        .replace('version = "2008.1"', "version = 2008.1")
        .replace("score = 33\n", "score = 330\n", 1)
        .replace("from = 50\n", "from = 90\n", 1)
        .replace('ref = "3(b)"', 'ref = "3b"', 1)
        .replace('ref = "3(d)"', 'ref = "3(a)"', 1)
    )
    bad = tmp_path / "old-compact.toml"
    bad.write_text(bad_text, "utf-8")
    code, out, err = run(capsys, "frameworks", "check", str(bad))
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == "old-compact.toml: 5 problems found."
    text = "\n".join(lines[1:])
    version_line = _line(bad_text, "version = 2008.1")
    assert f'line {version_line}: "version" must be text in quotes' in text
    assert 'answer scale option "partly": "score" must be from 0 to 100, not 330.' in text
    assert 'band "strength": it starts at 75, which is not above' in text
    wrong_ref = _line(bad_text, 'ref = "3b"')
    assert f"line {wrong_ref}: item 3b in section" in text
    assert "the ref 3(a) is used twice" in text
    # Loading still refuses the file at its first problem, and nothing is imported.
    code, out, err = run(capsys, "frameworks", "check", str(bad), "--json")
    result = json.loads(out)
    assert code == 1 and len(result["problems"]) == 5 and result["framework"] is None


def test_import_a_format_2_file_then_export_it_as_it_was(  # type: ignore[no-untyped-def]
    data_dir: Path, tmp_path: Path, capsys
) -> None:
    source = tmp_path / "example.toml"
    source.write_text("# Our Compact, as sent by the CVS.\n" + SMALL, "utf-8")
    code, out, _ = run(capsys, "frameworks", "import", str(source))
    assert code == 0 and out == "Imported Example Compact (id example-compact-2025, version 1).\n"
    out_file = tmp_path / "exported.toml"
    code, out, _ = run(
        capsys, "frameworks", "export", "example-compact-2025", "--out", str(out_file)
    )
    assert code == 0 and "Wrote “Example Compact” (version 1)" in out
    assert out_file.read_text("utf-8") == source.read_text("utf-8")  # comments kept
    code, _, err = run(
        capsys, "frameworks", "export", "example-compact-2025", "--out", str(out_file)
    )
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "frameworks", "export", "compact-devon-partnership-2008")
    assert code == 0 and out == REAL
    code, _, err = run(capsys, "frameworks", "export", "no-such-framework")
    assert code == 1 and "There is no framework with the id no-such-framework" in err
    code, _, err = run(capsys, "frameworks", "export", "example-compact-2025", "--version", "9")
    assert code == 1 and "There is no version 9 of “Example Compact”" in err
