"""Commitments and framework files: rating, actions, the matrix, versions kept whole."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.frameworks import MAX_FILE_BYTES, FrameworkError
from desktop.resource_paths import resources_dir
from desktop.services import commitments, frameworks
from desktop.services.commitments import CommitmentError, CommitmentInput
from desktop.store.models import Action, CommitmentRating, FrameworkFile, Partnership, Person

REAL = (resources_dir() / "frameworks" / "compact-devon-partnership-2008.toml").read_text("utf-8")
OLD_TITLE = 'title = "Value every partner\'s part"'
# Format 1 rules (required sections, one answer scale) are tested on the Devon file as it was
# in format 1; the built-in file is format 2 now.
FORMAT_1 = (Path(__file__).parents[1] / "domain" / "data" / "devon-format-1.toml").read_text(
    "utf-8"
)


def newer_version(version: str = "2008.2", title: str = "Respect what each partner brings") -> str:
    assert OLD_TITLE in REAL
    return REAL.replace('version = "2008.1"', f'version = "{version}"').replace(
        OLD_TITLE, f'title = "{title}"'
    )


@pytest.fixture
def ids(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        a = Partnership(name="Alpha Partnership")
        b = Partnership(name="Beta Forum")
        person = Person(full_name="Priya Shah")
        session.add_all([a, b, person])
        session.flush()
        return {"a": a.id, "b": b.id, "person": person.id}


def test_rate_save_and_action_in_whats_due(database, ids) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        commitments.save_commitment(
            session,
            ids["a"],
            "3.1(a)",
            CommitmentInput(
                rating="need_help",
                evidence="Minutes of March",
                next_action="Ask for a place on the agenda",
                owner_person_id=ids["person"],
                due_date=date(2026, 12, 15),
            ),
        )
    with database.session() as session:
        row = session.scalars(select(CommitmentRating)).one()
        assert (row.rating, row.framework_version, row.section) == (
            "need_help",
            "2008.1",
            "all_partners",
        )
        action = session.scalars(select(Action)).one()
        assert action.source == "commitment"
        assert action.commitment_rating_id == row.id
        assert action.owner_person_id == ids["person"]
        assert action.due_date == date(2026, 12, 15)
        assert "Ask for a place" in action.description
        # Clearing the next action drops the open action rather than deleting history.
        commitments.save_commitment(session, ids["a"], "3.1(a)", CommitmentInput("we_do_this"))
        assert session.scalars(select(Action)).one().status == "dropped"
        shown = {r.ref: r for r in commitments.commitment_rows(session, ids["a"])}
        assert shown["3.1(a)"].rating_label == "We do this"
        assert shown["3.1(a)"].rating_colour == "#2E7D32"
        assert shown["3.2(a)"].rating == ""
        first = commitments.commitment_rows(session, ids["a"])[0]
        assert first.section == "success_elements"


@pytest.mark.parametrize(
    ("ref", "data", "fragment"),
    [
        ("3.1(a)", CommitmentInput(rating="brilliant"), "not a rating"),
        ("4.1(a)", CommitmentInput(rating="we_do_this"), "not a clause that is rated"),
        ("3.1(a)", CommitmentInput(owner_person_id=999, next_action="x"), "owner"),
        ("3.1(a)", CommitmentInput(due_date=date(2027, 1, 1)), "next action"),
    ],
)
def test_bad_commitment_changes_nothing(database, ids, ref, data, fragment) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session, pytest.raises(CommitmentError, match=fragment):
        commitments.save_commitment(session, ids["a"], ref, data)
    with database.session() as session, pytest.raises(CommitmentError, match="not a rating"):
        commitments.set_rating(session, ids["a"], "3.1(a)", "5")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CommitmentRating)) == 0
        assert session.scalar(select(func.count()).select_from(Action)) == 0


def test_matrix_filter_and_csv(database, ids) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        commitments.set_rating(session, ids["a"], "3.1(a)", "need_help")
        commitments.set_rating(session, ids["b"], "3.1(a)", "we_do_this")
        commitments.set_rating(session, ids["b"], "3.3(b)", "need_help")
        commitments.set_rating(session, ids["b"], "3(a)", "could_do_better")
        full = commitments.matrix(session)
        assert [name for _, name in full.partnerships] == ["Alpha Partnership", "Beta Forum"]
        assert len(full.rows) == 8 + 10 + 3 + 6
        help_only = commitments.matrix(session, rating="need_help")
        assert [r.ref for r in help_only.rows] == ["3.1(a)", "3.3(b)"]
        text = commitments.matrix_csv(help_only)
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["Clause", "Commitment", "Alpha Partnership", "Beta Forum"]
    assert table[1][0] == "3.1(a)"
    assert table[1][2:] == ["Need help", "We do this"]
    assert table[2][2:] == ["", "Need help"]


def test_csv_is_safe_from_formulas(database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        session.add(Partnership(name="=HYPERLINK(evil)"))
        session.flush()
        text = commitments.matrix_csv(commitments.matrix(session))
    assert text.splitlines()[0].endswith("'=HYPERLINK(evil)")


# ---------------------------------------------------------------------- frameworks


def test_import_list_and_older_wording_kept(database, ids) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        commitments.set_rating(session, ids["a"], "3.1(a)", "could_do_better")
    with database.session() as session:
        row, added = frameworks.import_framework(session, newer_version(), "devon-2008.2.toml")
        assert added
        assert len(row.sha256) == 64
        again, added_again = frameworks.import_framework(session, newer_version(), "copy.toml")
        assert (again.id, added_again) == (row.id, False)
    with database.session() as session:
        listed = frameworks.list_frameworks(session)
        assert [(f.version, f.origin) for f in listed if f.id.startswith("compact-devon")] == [
            ("2008.1", "built-in"),
            ("2008.2", "imported"),
        ]
        assert listed[-1].publisher == "Devon Compact Hub"
        shown = {r.ref: r for r in commitments.commitment_rows(session, ids["a"])}
        # Answered under 2008.1: keeps 2008.1's wording.
        assert shown["3.1(a)"].title == "Value every partner's part"
        assert shown["3.1(a)"].older_wording
        assert shown["3.1(a)"].version == "2008.1"
        # Not answered yet: the newest wording.
        other = {r.ref: r for r in commitments.commitment_rows(session, ids["b"])}
        assert other["3.1(a)"].title == "Respect what each partner brings"
        # Re-rating answers against the newest version.
        commitments.set_rating(session, ids["a"], "3.1(a)", "we_do_this")
        shown = {r.ref: r for r in commitments.commitment_rows(session, ids["a"])}
        assert shown["3.1(a)"].title == "Respect what each partner brings"
        assert not shown["3.1(a)"].older_wording


def _broken(kind: str) -> str:
    if kind == "duplicate":
        return FORMAT_1.replace('ref = "3.1(b)"', 'ref = "3.1(a)"')
    if kind == "missing":
        start = FORMAT_1.index('[[sections]]\nkey = "statutory"')
        end = FORMAT_1.index('[[sections]]\nkey = "voluntary"')
        return FORMAT_1[:start] + FORMAT_1[end:]
    if kind == "answer_scale":
        start = FORMAT_1.index("[[answer_scale.options]]")
        end = FORMAT_1.index("[[bands]]")
        return FORMAT_1[:start] + 'answer_scale = "five-point"\n\n' + FORMAT_1[end:]
    if kind == "newer":
        return FORMAT_1.replace("format = 1", "format = 7")
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "fragment"),
    [
        ("duplicate", "used twice"),
        ("missing", "sections are missing"),
        ("answer_scale", "answer_scale"),
        ("newer", "newer version of Partnerbook"),
    ],
)
def test_bad_framework_files_refused(database, tmp_path: Path, kind: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{kind}.toml"
    path.write_text(_broken(kind).replace('version = "2008.1"', 'version = "9.9"'), "utf-8")
    with database.session() as session, pytest.raises(FrameworkError) as caught:
        frameworks.import_framework_file(session, path)
    assert fragment in str(caught.value)
    assert path.name in str(caught.value)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(FrameworkFile)) == 0


def test_ten_megabytes_of_junk_refused(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "junk.toml"
    path.write_bytes(b"\x00junk" * (2 * 1024 * 1024))
    assert path.stat().st_size > MAX_FILE_BYTES
    with database.session() as session, pytest.raises(FrameworkError, match="too large"):
        frameworks.import_framework_file(session, path)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(FrameworkFile)) == 0


def test_same_version_different_content_and_builtin_refused(database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        frameworks.import_framework(session, newer_version(), "a.toml")
        with pytest.raises(FrameworkError, match="different file with the same id"):
            frameworks.import_framework(session, newer_version(title="Other"), "b.toml")
        with pytest.raises(FrameworkError, match="built into"):
            frameworks.import_framework(session, REAL, "c.toml")
        assert session.scalar(select(func.count()).select_from(FrameworkFile)) == 1


def test_choose_framework(database, ids) -> None:  # type: ignore[no-untyped-def]
    other = (Path(__file__).parents[1] / "domain" / "data" / "other-compact.toml").read_text()
    with database.session() as session:
        frameworks.import_framework(session, other, "other-compact.toml")
        frameworks.choose_framework(session, ids["b"], "compact-example-partnership-2024")
        with pytest.raises(FrameworkError, match="no framework"):
            frameworks.choose_framework(session, ids["a"], "nothing-like-it")
        assert session.get(Partnership, ids["a"]).framework_id == "compact-devon-partnership-2008"
        fw = frameworks.framework_for_partnership(session, ids["b"])
        assert fw.id == "compact-example-partnership-2024"
        key = fw.rating_scale[0].key
        ref = fw.rated_items()[0].ref
        commitments.set_rating(session, ids["b"], ref, key)
        with pytest.raises(CommitmentError, match="not a rating"):
            commitments.set_rating(session, ids["b"], ref, "we_do_this")
        ids_listed = [i for i, _ in frameworks.framework_ids(session)]
        assert "compact-example-partnership-2024" in ids_listed


def test_next_action_is_in_whats_due(database, ids) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.whats_due import due_actions
    from desktop.store import sqlite

    with database.session() as session:
        commitments.save_commitment(
            session,
            ids["a"],
            "3.3(b)",
            CommitmentInput(
                rating="need_help",
                next_action="Agree how we report back",
                owner_person_id=ids["person"],
                due_date=date(2026, 11, 1),
            ),
        )
    conn = sqlite.connect(database.path)
    try:
        due = due_actions(conn, date(2026, 11, 28))
    finally:
        conn.close()
    assert [(a.source, a.owner, a.partnership, a.due_date) for a in due] == [
        ("commitment", "Priya Shah", "Alpha Partnership", date(2026, 11, 1))
    ]
    assert "Agree how we report back" in due[0].description
