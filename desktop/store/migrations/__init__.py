"""Alembic migrations, shipped inside the package and run from code (no alembic.ini)."""
