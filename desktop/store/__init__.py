"""Storage: the SQLite database, its migrations, backups and the single-writer lock.

Nothing in this package imports Qt. The ORM (SQLAlchemy) is imported only by the modules
that need it, so the start-up path can read the database with the standard library alone.
"""
