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

__all__ = [
    "SSL_MODES",
    "Location",
    "is_server",
    "make_location",
    "server_label",
    "with_password",
    "without_password",
]

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
        query = "&".join(
            q for q in parts.query.split("&") if q and not q.lower().startswith("password=")
        )
        parts = parts._replace(query=query)
        if parts.password is None:
            return urlunsplit(parts)
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
    host = pairs.get("host", "").strip("'")
    if not host or host.startswith("/"):  # a socket folder: the server is on this computer
        host = "this computer"
    return f"{database} on {host}"


SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")


def make_location(
    *,
    host: str = "",
    port: int | None = None,
    database: str = "",
    user: str = "",
    sslmode: str = "",
    service: str = "",
) -> str:
    """A libpq connection string from a form's fields (values quoted as libpq wants).

    A service name stands for everything the service file says; the other fields then
    only add to it. There is never a password: libpq finds it (.pgpass, the service file,
    PGPASSWORD), or the window asks and keeps it in memory only.
    """
    pairs = [
        ("service", service),
        ("host", host),
        ("port", str(port) if port else ""),
        ("dbname", database),
        ("user", user),
        ("sslmode", sslmode),
    ]
    return " ".join(f"{key}={_quoted(value)}" for key, value in pairs if value.strip())


def with_password(location: str, password: str) -> str:
    """``location`` with a password added, for this connection only (never remembered)."""
    if _URL.match(location):
        joiner = "&" if "?" in location else "?"
        from urllib.parse import quote

        return f"{location}{joiner}password={quote(password, safe='')}"
    return f"{location} password={_quoted(password)}"


def _quoted(value: str) -> str:
    value = value.strip()
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
