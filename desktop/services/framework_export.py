"""Writing a held framework back out as a file, so a CVS can pass it on or change it.

The text written is exactly what was imported (or the built-in file), never a rewrite, so
comments, order and wording are kept, and importing the file again changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.frameworks import Framework, FrameworkError, frameworks_dir, load_builtin
from desktop.services.frameworks import latest_framework, list_frameworks
from desktop.store.models import FrameworkFile

__all__ = ["export_framework_file", "framework_file_text"]


def framework_file_text(
    session: Session, framework_id: str, version: str | None = None
) -> tuple[Framework, str]:
    """A held framework (its newest version, or ``version``) and the text of its file."""
    newest = latest_framework(session, framework_id)  # refuses an unknown id
    wanted = version or newest.version
    row = session.scalar(
        select(FrameworkFile).where(
            FrameworkFile.framework_id == framework_id, FrameworkFile.version == wanted
        )
    )
    if row is not None:
        from desktop.domain.frameworks import parse_framework

        return parse_framework(row.content, f"{framework_id} {wanted}"), row.content
    try:
        builtin = load_builtin(framework_id)
    except FrameworkError:
        builtin = None
    if builtin is not None and builtin.version == wanted:
        data = (frameworks_dir() / f"{framework_id}.toml").read_bytes()
        return builtin, data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    held = ", ".join(f.version for f in list_frameworks(session) if f.id == framework_id)
    raise FrameworkError(
        "There is no version {version} of “{title}”. The versions held are: {held}.",
        version=wanted,
        title=newest.title,
        held=held,
    )


def export_framework_file(
    session: Session, framework_id: str, version: str | None, target: Path
) -> Framework:
    """Save a held framework's file as ``target``, whole or not at all (SaveError if not)."""
    from desktop.atomic_write import write_text

    framework, text = framework_file_text(session, framework_id, version)
    write_text(target, text)
    return framework
