"""A collection: the CVS's own database of returns received from groups.

It is a separate file with its own tables, declarative base and Alembic scripts, so a
collection and a group database can never be mistaken for each other or migrated together.
"""
