"""Where a collection lives: a file path, or a PostgreSQL server named the libpq way.

A person names a shared collection exactly as every other PostgreSQL tool is told it: a URL
(``postgresql://officer@db.cvs.example/area?sslmode=verify-full``), a connection string
(``host=db dbname=area``) or a service from their ``pg_service.conf`` (``service=cvs-area``).
Passwords come from libpq's own places (``.pgpass``, ``PGPASSWORD``, the service file), never
from Partnerbook's settings, so what is shown or remembered here never carries one.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

__all__ = ["Location", "is_server", "server_label", "without_password"]

Location = str | Path

_URL = re.compile(r"^postgres(ql)?://", re.IGNORECASE)
# A libpq "key=value" string starts with one of its keywords; a file name never looks so.
_KEYWORDS = (
    "service",
    "host",
    "hostaddr",
    "dbname",
    "user",
    "port",
    "sslmode",
    "passfile",
    "options",
    "application_name",
)
_CONNINFO = re.compile(r"^\s*(" + "|".join(_KEYWORDS) + r")\s*=", re.IGNORECASE)


def is_server(location: Location) -> bool:
    """True when ``location`` names a PostgreSQL database rather than a collection file."""
    if isinstance(location, Path):
        return False
    return bool(_URL.match(location) or _CONNINFO.match(location))


def without_password(location: str) -> str:
    """The location with any password taken out, safe to show, log or remember."""
    if _URL.match(location):
        parts = urlsplit(location)
        if parts.password is None:
            return location
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        user = f"{parts.username}@" if parts.username else ""
        return urlunsplit(parts._replace(netloc=user + host))
    return re.sub(r"password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)\s*", "", location).strip()


def server_label(location: str) -> str:
    """A short name for a window title or a message: the database and where it is."""
    clean = without_password(location)
    if _URL.match(clean):
        parts = urlsplit(clean)
        database = parts.path.lstrip("/") or (parts.username or "")
        return f"{database} on {parts.hostname or 'this computer'}"
    pairs = dict(re.findall(r"(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", clean))
    if "service" in pairs:
        return pairs["service"].strip("'")
    database = pairs.get("dbname", pairs.get("user", "")).strip("'")
    host = pairs.get("host", "this computer").strip("'")
    return f"{database} on {host}"
