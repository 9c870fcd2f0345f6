"""Bring a database to the schema this build expects, safely.

Order matters and is tested: refuse a newer database; back up with the online backup API;
upgrade with foreign keys off (a batch rebuild of a parent table would otherwise cascade
deletes into its children); run foreign_key_check; only then turn foreign keys back on.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.problems import UserError
from desktop.store import sqlite
from desktop.store.backup import make_backup
from desktop.store.schema_version import HEAD_REVISION

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class MigrationError(UserError, RuntimeError):
    """An upgrade failed; the database was put back as it was."""


def alembic_config(connection: object | None = None, script_dir: Path | None = None) -> object:
    """Alembic settings for one script directory (the group's by default, or a collection's).

    The default is read at call time, so tests can point MIGRATIONS_DIR at a copy.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_dir or MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_heads(script_dir: Path | None = None) -> list[str]:
    from alembic.script import ScriptDirectory

    config = alembic_config(script_dir=script_dir)
    return list(ScriptDirectory.from_config(config).get_heads())  # type: ignore[arg-type]


def script_revisions(script_dir: Path | None = None) -> list[str]:
    """Every revision in the scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_dir=script_dir))  # type: ignore[arg-type]
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(
    database: Path,
    backups: Path | None,
    target: str = HEAD_REVISION,
    *,
    script_dir: Path | None = None,
) -> Path | None:
    """Upgrade ``database`` to ``target``; return the backup made first (None if new/empty).

    ``script_dir`` picks the migrations: the group database's by default, or a collection's
    (desktop/store/collection/migrations), which share this safety net.
    """
    from alembic import command
    from sqlalchemy import text

    from desktop.store.database import make_engine

    backup: Path | None = None
    conn = sqlite.connect(database)
    try:
        has_tables = sqlite.user_table_count(conn) > 0
    finally:
        conn.close()
    if has_tables and backups is not None:
        backup = make_backup(database, backups, "before-upgrade")

    engine = make_engine(database, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config(connection, script_dir)
            command.upgrade(config, target)  # type: ignore[arg-type]
        with engine.connect() as connection:
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    except Exception as exc:
        engine.dispose()
        _restore(backup, database)
        raise MigrationError(
            "Partnerbook could not update the database {name} ({why}). It has been left as it was.",
            name=database.name,
            # SQLAlchemy's own text carries the SQL; the SQLite error underneath says enough.
            why=str(getattr(exc, "orig", None) or exc),
        ) from exc
    engine.dispose()
    if problems:
        _restore(backup, database)
        raise MigrationError(
            "Updating {name} would have left {count} broken links between "
            "records, so it has been left as it was.",
            name=database.name,
            count=len(problems),
        )
    return backup


def _restore(backup: Path | None, database: Path) -> None:
    if backup is None:
        return
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    from desktop.store.backup import backup_to

    # Written beside the database and renamed over it by the atomic writer, only once whole.
    backup_to(backup, database)
