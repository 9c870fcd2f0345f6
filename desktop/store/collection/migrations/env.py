"""Alembic environment for collections: always given a live connection by migrate.upgrade."""

from __future__ import annotations

from alembic import context

from desktop.store.collection.models import CollectionBase

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable by running alembic by hand
    raise RuntimeError("Run migrations through desktop.store.migrate, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=CollectionBase.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
