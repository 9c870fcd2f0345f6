"""Shared helpers for the collection tests: valid returns made once per session.

The base return is built by the app's own build_return from the example group; the rest
are varied copies (desktop.services.collection.samples). Most tests attach them to a
one-page PDF (fast); a few use the full exported return PDF.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from desktop.services.collection.samples import base_payload, varied_payloads, write_minimal_pdf
from desktop.store.collection import db

TABLES = (
    "collected_group",
    "collected_return",
    "collected_partnership",
    "collected_rating",
    "collected_answer",
    "collected_need",
    "partnership_merge",
    "expected_group",
)


@functools.cache
def _base() -> dict[str, Any]:
    return base_payload()


def payloads(count: int, seed: int = 1, groups: int | None = None) -> list[dict[str, Any]]:
    return varied_payloads(count, seed=seed, base=_base(), groups=groups)


def pdfs(folder: Path, items: list[dict[str, Any]], prefix: str = "return") -> list[Path]:
    return [
        write_minimal_pdf(item, folder / f"{prefix}-{n:03d}.pdf") for n, item in enumerate(items)
    ]


def collection_with_returns(
    folder: Path, count: int, seed: int = 1, groups: int | None = None
) -> Path:
    """A new collection file, ``folder / "area.pbcollection"``, with ``count`` returns
    imported into it (their PDFs are made in ``folder / "in"``)."""
    from desktop.services.collection.importer import import_returns
    from desktop.store.collection.opening import open_collection

    path = folder / "area.pbcollection"
    open_collection(path, create=True)
    if count:
        import_returns(path, pdfs(folder / "in", payloads(count, seed=seed, groups=groups)))
    return path


def counts(path: Path | str) -> dict[str, int]:
    """Rows in every table but the log: what an import may change."""
    conn = db.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def snapshot(path: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    conn = db.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()


def orphan_partnerships(conn: Any) -> int:
    """Partnership rows whose return is not there: what a half-stored import would leave."""
    return int(
        conn.execute(
            "SELECT count(*) FROM collected_partnership p WHERE NOT EXISTS"
            " (SELECT 1 FROM collected_return r WHERE r.id = p.return_id)"
        ).fetchone()[0]
    )


def log_rows(path: Path | str) -> list[tuple[Any, ...]]:
    conn = db.connect(path)
    try:
        return conn.execute("SELECT path, outcome, reason FROM import_log ORDER BY id").fetchall()
    finally:
        conn.close()


def hang(path: str, limits: object) -> dict[str, Any]:  # pragma: no cover - runs in a child
    """A reader that never finishes, to prove the time limit stops it."""
    if "slow" in Path(path).name:
        while True:
            pass
    from desktop.services.collection.intake import read_return_file

    return read_return_file(path, limits)  # type: ignore[arg-type]


def need(**fields: Any) -> dict[str, Any]:
    """One resource need as a return carries it, sound unless ``fields`` say otherwise."""
    base: dict[str, Any] = {
        "id": "6f1f7c9e-1111-4a4a-8b8b-000000000001",
        "category": "travel",
        "description": "Mileage to meetings",
        "quantity": 1.0,
        "unit": "items",
        "unit_cost_pence": None,
        "estimated_pence": 1_000,
        "agreed_pence": None,
        "received_pence": None,
        "asked_of": "Torridge District Council",
        "status": "requested",
        "identified_date": "2026-05-01",
        "requested_date": None,
        "decided_date": None,
        "received_date": None,
    }
    return base | fields


def officers_import_at_once(
    location: str, folders: list[Path], data_dir: Path
) -> tuple[float, float, list[dict[str, Any]]]:
    """Each folder imported by its own ``partnerbook collect import`` process, all started
    together, as officers at their desks would: seconds until the last one finished, the
    processor seconds they used, and every file's outcome (each import must succeed)."""
    import json
    import os
    import resource
    import subprocess
    import sys
    import time

    env = dict(os.environ, PARTNERBOOK_DATA_DIR=str(data_dir))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "collect", "import", location, str(f), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for f in folders
    ]
    outcomes: list[dict[str, Any]] = []
    for run in runs:
        out, err = run.communicate(timeout=3600)
        assert run.returncode == 0, err[-2000:]
        outcomes.extend(json.loads(out))
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return elapsed, used, outcomes


def schema_at(location: Path | str, revision: str) -> None:
    """Move a collection's schema to ``revision`` (down, or "head" up), as Alembic does: the
    migration tests make "the collection the previous build left" on a file and a server."""
    from alembic import command

    from desktop.store.collection.version import COLLECTION_MIGRATIONS
    from desktop.store.migrate import alembic_config

    if isinstance(location, Path):
        from desktop.store.database import make_engine

        engine = make_engine(location, foreign_keys=False)
    else:
        from desktop.store.collection.server_admin import server_engine

        engine = server_engine(location)
    try:
        with engine.begin() as connection:
            config = alembic_config(connection, COLLECTION_MIGRATIONS)
            if revision == "head":
                command.upgrade(config, revision)  # type: ignore[arg-type]
            else:
                command.downgrade(config, revision)  # type: ignore[arg-type]
    finally:
        engine.dispose()


def index_names(conn: Any) -> set[str]:
    """The collection's index names, on either back end."""
    if db.on_server(conn):
        query = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'index'"
    return {str(r[0]) for r in conn.execute(query)}
