"""The group's SQL, one module per topic, called by the services (ARCHITECTURE.md).

Each function takes a connection (the window's fast sqlite3 read connection, or a session's)
and returns plain rows; the rules that give the rows meaning stay in ``desktop/services``.
"""
