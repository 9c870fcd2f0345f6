"""The collection's SQL, one module per topic, called by ``desktop/services/collection``.

Each function takes the collection's connection (``db.Connection``: a SQLite file's or a
PostgreSQL server's, which take the same SQL) and runs its statements as they are; the rules
that give the rows meaning, the wording, and where each operation's one transaction begins
and ends (``transaction.begin`` … ``commit``) stay in the services.
"""
