"""Alembic environment: always given a live connection by desktop.store.migrate."""

from __future__ import annotations

from alembic import context

from desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable by running alembic by hand
    raise RuntimeError("Run migrations through desktop.store.migrate, not the alembic CLI.")

# Batch mode lets SQLite alter tables by rebuilding them.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
