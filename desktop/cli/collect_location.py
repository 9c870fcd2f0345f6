"""How ``partnerbook collect`` reads a collection argument: a file, or a server collection.

``area.pbcollection`` is a file; ``postgresql://officer@db.example/area``, ``host=… dbname=…``
or ``service=cvs-area`` name a collection on a PostgreSQL server (issue 19), reached with
libpq's own password file, service file and environment variables.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.collection.opening import is_server

LOCATION_HELP = (
    "the collection file, or a collection on a server "
    "(postgresql://USER@SERVER/DATABASE or service=NAME)"
)


def collection_arg(text: str) -> Path | str:
    """A server's connection string stays text; anything else is a file path."""
    return text if is_server(text) else Path(text)
