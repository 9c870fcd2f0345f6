"""Migrations: one head, the known revisions match the scripts, fixtures upgrade losslessly,
a backup comes first, and a rebuild of a parent table does not cascade into its children."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from desktop.paths import AppPaths
from desktop.store import migrate
from desktop.store.opening import open_database
from desktop.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

FIXTURES = Path(__file__).parent / "fixtures"


def table_rows(path: Path) -> dict[str, set[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {t: set(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}
    finally:
        conn.close()


def test_the_revision_chain_has_one_head() -> None:
    assert migrate.script_heads() == [HEAD_REVISION]


def test_known_revisions_match_the_scripts() -> None:
    assert tuple(migrate.script_revisions()) == KNOWN_REVISIONS


def test_the_models_match_the_migrations(database) -> None:
    """Autogenerate against a database at head finds nothing left to migrate."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.store.models import Base

    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.db")), ids=lambda p: p.name)
def test_every_fixture_upgrades_to_head_without_losing_a_row(
    fixture: Path, app_paths: AppPaths
) -> None:
    shutil.copy(fixture, app_paths.database)
    before = table_rows(app_paths.database)
    assert sum(len(rows) for rows in before.values()) > 20, "the fixture should hold real data"
    open_database(app_paths.database, app_paths.backups)
    after = table_rows(app_paths.database)
    for table, rows in before.items():
        # Columns may be added, never removed: every old row's values are still there.
        width = len(next(iter(rows))) if rows else 0
        assert {row[:width] for row in after[table]} >= rows, table
    conn = sqlite3.connect(app_paths.database)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


REBUILD_PARENT = textwrap.dedent(
    '''
    """test only: rebuild the partnership table, a parent of many others"""
    import sqlalchemy as sa
    from alembic import op

    revision = "0099_rebuild_parent"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        with op.batch_alter_table("partnership", recreate="always") as batch:
            batch.add_column(sa.Column("colour", sa.String(20), nullable=True))


    def downgrade() -> None:
        pass
    '''
)


@pytest.fixture
def scripts_with_a_parent_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / "0099_rebuild_parent.py").write_text(
        REBUILD_PARENT.format(head=HEAD_REVISION)
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    return scripts


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_upgrade_backs_up_first_and_keeps_children_of_a_rebuilt_parent(
    demo_database, app_paths: AppPaths, scripts_with_a_parent_rebuild: Path
) -> None:
    demo_database.dispose()
    partners = count(app_paths.database, "partner")
    seats = count(app_paths.database, "seat")
    assert partners > 0 and seats > 0

    backup = migrate.upgrade(app_paths.database, app_paths.backups, "0099_rebuild_parent")

    assert backup is not None and backup.parent == app_paths.backups
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    conn.close()
    assert count(backup, "partner") == partners
    assert count(app_paths.database, "partner") == partners
    assert count(app_paths.database, "seat") == seats
    conn = sqlite3.connect(app_paths.database)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(partnership)")]
    conn.close()
    assert "colour" in columns


def test_the_same_rebuild_with_foreign_keys_on_would_lose_children(
    demo_database, app_paths: AppPaths, scripts_with_a_parent_rebuild: Path
) -> None:
    """Why the upgrade turns foreign keys off: this is the loss it prevents."""
    from alembic import command

    from desktop.store.database import make_engine

    demo_database.dispose()
    engine = make_engine(app_paths.database, foreign_keys=True)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0099_rebuild_parent")
    engine.dispose()
    assert count(app_paths.database, "partner") == 0


def test_0001_upgrade_gives_each_partnership_its_framework_for_both_roles(
    app_paths: AppPaths,
) -> None:
    """Reviews and commitments shared one framework before 0002: each keeps it for both, every
    rating and review keeps the framework version it was given under, and the built-in
    wording those answers were given against is kept as a copy."""
    shutil.copy(FIXTURES / "schema_0001_two_frameworks.db", app_paths.database)
    conn = sqlite3.connect(app_paths.database)
    frameworks_before = dict(conn.execute("SELECT id, framework_id FROM partnership"))
    reviews_before = set(conn.execute("SELECT id, framework_id, framework_version FROM review"))
    ratings_before = set(
        conn.execute("SELECT id, framework_id, framework_version, rating FROM commitment_rating")
    )
    answers_before = set(conn.execute("SELECT * FROM review_answer"))
    conn.close()
    tables_before = table_rows(app_paths.database)
    assert len(set(frameworks_before.values())) == 2, "the fixture uses two frameworks"
    assert len({fid for _id, fid, _v in reviews_before}) == 2

    open_database(app_paths.database, app_paths.backups)

    # Every table keeps exactly its rows; framework_file gains only the kept built-in copy.
    tables_after = table_rows(app_paths.database)
    counts = {t: len(rows) for t, rows in tables_before.items()}
    counts["framework_file"] += 1
    assert {t: len(tables_after[t]) for t in tables_before} == counts
    conn = sqlite3.connect(app_paths.database)
    both = {
        pid: (fid, rid)
        for pid, fid, rid in conn.execute(
            "SELECT id, framework_id, review_framework_id FROM partnership"
        )
    }
    assert both == {pid: (fid, fid) for pid, fid in frameworks_before.items()}
    assert set(conn.execute("SELECT id, framework_id, framework_version FROM review")) == (
        reviews_before
    )
    assert (
        set(
            conn.execute(
                "SELECT id, framework_id, framework_version, rating FROM commitment_rating"
            )
        )
        == ratings_before
    )
    assert set(conn.execute("SELECT * FROM review_answer")) == answers_before
    files = sorted(conn.execute("SELECT framework_id, version, origin FROM framework_file"))
    kept = conn.execute("SELECT content FROM framework_file WHERE origin = 'built-in'").fetchone()[
        0
    ]
    conn.close()
    assert files == [
        ("compact-devon-partnership-2008", "2008.1", "built-in"),
        ("example-health-check-2024", "2024.1", "imported"),
        ("example-health-check-2024", "2024.2", "imported"),
    ]
    from desktop.domain.frameworks import parse_framework

    old = parse_framework(kept, "kept.toml")
    assert (old.id, old.version) == ("compact-devon-partnership-2008", "2008.1")
