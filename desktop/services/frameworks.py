"""Framework files: the built-in Compact and any a CVS sends, each version kept whole.

An answer records the framework id and version it was given against. Versions are never
overwritten, so a rating made under 2008.1 still shows 2008.1's wording after 2009.1 is
imported, while new ratings use the newest version. A built-in version that answers are
given against is kept as a copy too (origin "built-in"), because a later release may ship
a newer one in its place.

A partnership has two choices: the framework its commitments are rated against
(``framework_id``) and the tool its reviews use (``review_framework_id``). Changing either
never touches answers already given: they stay under the framework they were given under.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from os import PathLike
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.frameworks import (
    DEFAULT_FRAMEWORK_ID,
    Framework,
    FrameworkError,
    builtin_framework_paths,
    load_builtin,
    load_framework,
    parse_framework,
)
from desktop.store.models import FrameworkFile, Partnership

__all__ = [
    "FrameworkError",
    "FrameworkInfo",
    "choose_framework",
    "choose_frameworks",
    "choose_review_tool",
    "find_framework",
    "framework_for_partnership",
    "framework_version",
    "import_framework",
    "import_framework_file",
    "keep_wording",
    "latest_framework",
    "list_frameworks",
    "review_tool_for_partnership",
]


@dataclass(frozen=True)
class FrameworkInfo:
    """A framework as the list shows it."""

    id: str
    version: str
    title: str
    publisher: str
    document: str
    origin: str  # "built-in" or "imported" (a kept copy of an older built-in: "built-in")
    imported_at: datetime | None = None

    @property
    def source(self) -> str:
        return f"{self.publisher}, {self.document}"


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order for versions: 2008.10 comes after 2008.9."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.split(r"[.\-_ ]+", version)
        if part
    )


@functools.lru_cache(maxsize=32)
def _parse_cached(sha256: str, content: str, name: str) -> Framework:
    """Imported files are parsed once per process; the hash keys the cache."""
    return parse_framework(content, name)


def _builtins() -> list[Framework]:
    result: list[Framework] = []
    for path in builtin_framework_paths():
        try:
            result.append(load_builtin(path.stem))
        except FrameworkError:
            continue  # a broken shipped file is a build bug; the health check reports it
    return result


def _stored(session: Session, framework_id: str | None = None) -> list[FrameworkFile]:
    query = select(FrameworkFile).order_by(FrameworkFile.framework_id, FrameworkFile.id)
    if framework_id is not None:
        query = query.where(FrameworkFile.framework_id == framework_id)
    return list(session.scalars(query))


def _from_file(row: FrameworkFile) -> Framework:
    return _parse_cached(row.sha256, row.content, f"{row.framework_id} {row.version}")


def list_frameworks(session: Session) -> list[FrameworkInfo]:
    """Built-in frameworks first, then imported ones, each version on its own line."""
    builtins = _builtins()
    result = [
        FrameworkInfo(f.id, f.version, f.title, f.source.publisher, f.source.document, "built-in")
        for f in builtins
    ]
    shipped = {(f.id, f.version) for f in builtins}
    for row in _stored(session):
        if (row.framework_id, row.version) in shipped:
            continue  # a kept copy of a version still built in: listed once, above
        framework = _from_file(row)
        result.append(
            FrameworkInfo(
                framework.id,
                framework.version,
                framework.title,
                framework.source.publisher,
                framework.source.document,
                row.origin,
                row.imported_at,
            )
        )
    return result


def framework_ids(session: Session) -> list[tuple[str, str]]:
    """(id, title of the newest version) for each framework a partnership can use."""
    seen: dict[str, str] = {}
    for info in list_frameworks(session):
        seen[info.id] = latest_framework(session, info.id).title
    return list(seen.items())


def import_framework(session: Session, text: str, file_name: str) -> tuple[FrameworkFile, bool]:
    """Check and store a framework file's text; returns (row, True if newly added).

    The same file imported twice is not an error (nothing changes). A different file that
    claims the same id and version is refused: old answers rely on that version's wording.
    """
    framework = parse_framework(text, file_name)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    for builtin in _builtins():
        if builtin.id == framework.id and builtin.version == framework.version:
            raise FrameworkError(
                "{file}: version {version} of “{title}” is built into "
                "Partnerbook already. Ask whoever sent it for a file with a new version number.",
                file=file_name,
                version=framework.version,
                title=framework.title,
            )
    existing = session.scalar(
        select(FrameworkFile).where(
            FrameworkFile.framework_id == framework.id,
            FrameworkFile.version == framework.version,
        )
    )
    if existing is not None:
        if existing.sha256 == digest:
            return existing, False
        raise FrameworkError(
            "{file}: a different file with the same id and version ({id} "
            "{version}) was imported before. Answers already given rely on its "
            "wording, so ask whoever sent it for a file with a new version number.",
            file=file_name,
            id=framework.id,
            version=framework.version,
        )
    row = FrameworkFile(
        framework_id=framework.id,
        version=framework.version,
        title=framework.title,
        source=f"{framework.source.publisher}, {framework.source.document}, "
        f"{framework.source.date}",
        content=text,
        sha256=digest,
    )
    session.add(row)
    session.flush()
    return row, True


def import_framework_file(
    session: Session, path: str | PathLike[str]
) -> tuple[FrameworkFile, bool]:
    """Import from a file: the size is checked before reading (see load_framework)."""
    path = Path(path)
    load_framework(path)  # refuses huge, unreadable, non-UTF-8 or invalid files by name
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return import_framework(session, data.decode("utf-8"), path.name)


def _versions(session: Session, framework_id: str) -> list[Framework]:
    # Stored copies first: for the same version, the text answers were given against wins.
    found = [_from_file(row) for row in _stored(session, framework_id)]
    found.extend(f for f in _builtins() if f.id == framework_id)
    return found


def _builtin_text(framework: Framework) -> str | None:
    """The file text of ``framework`` if it is the version built into this release."""
    for path in builtin_framework_paths():
        if path.stem != framework.id:
            continue
        try:
            if load_builtin(path.stem).version != framework.version:
                return None
        except FrameworkError:
            return None
        data = path.read_bytes()
        return (data[3:] if data.startswith(b"\xef\xbb\xbf") else data).decode("utf-8")
    return None


def keep_wording(session: Session, framework: Framework) -> None:
    """Make sure the wording of ``framework`` stays held while answers rely on it.

    Imported versions are stored already. A built-in one is copied in (origin "built-in")
    the first time an answer is given against it, so a later release that ships a newer
    version in its place cannot change what older answers were asked.
    """
    held = session.scalar(
        select(FrameworkFile.id).where(
            FrameworkFile.framework_id == framework.id,
            FrameworkFile.version == framework.version,
        )
    )
    if held is not None:
        return
    text = _builtin_text(framework)
    if text is None:
        return
    session.add(
        FrameworkFile(
            framework_id=framework.id,
            version=framework.version,
            title=framework.title,
            source=f"{framework.source.publisher}, {framework.source.document}, "
            f"{framework.source.date}",
            content=text,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            origin="built-in",
        )
    )
    session.flush()


def find_framework(session: Session, key: str) -> Framework:
    """The newest version of a framework named by its id or its title (any case)."""
    text = key.strip()
    held = framework_ids(session)
    if text in {fid for fid, _title in held}:
        return latest_framework(session, text)
    wanted = " ".join(text.casefold().split())
    matches = []
    for fid, _title in held:
        framework = latest_framework(session, fid)
        titles = {framework.title, framework.short_title}
        if wanted in {" ".join(t.casefold().split()) for t in titles}:
            matches.append(framework)
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(fid for fid, _title in held)
    if matches:
        raise FrameworkError(
            "More than one framework is called “{key}”. Give its id instead: {ids}.",
            key=text,
            ids=", ".join(f.id for f in matches),
        )
    raise FrameworkError(
        "There is no framework with the id or title “{key}”. The frameworks held are: {known}.",
        key=text,
        known=known,
    )


def latest_framework(session: Session, framework_id: str) -> Framework:
    """The newest version of a framework, built-in or imported."""
    found = _versions(session, framework_id)
    if not found:
        raise FrameworkError("There is no framework with the id {id}.", id=framework_id)
    return max(found, key=lambda f: _version_key(f.version))


def framework_version(session: Session, framework_id: str, version: str) -> Framework:
    """A particular version (the one an answer was given against); the newest if it has gone."""
    for framework in _versions(session, framework_id):
        if framework.version == version:
            return framework
    return latest_framework(session, framework_id)


def _partnership(session: Session, partnership_id: int) -> Partnership:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise FrameworkError("That partnership no longer exists.")
    return partnership


def _newest_or_builtin(session: Session, framework_id: str) -> Framework:
    try:
        return latest_framework(session, framework_id or DEFAULT_FRAMEWORK_ID)
    except FrameworkError:
        return load_builtin()


def framework_for_partnership(session: Session, partnership_id: int) -> Framework:
    """The framework this partnership's commitments are rated against (its newest version)."""
    return _newest_or_builtin(session, _partnership(session, partnership_id).framework_id)


def review_tool_for_partnership(session: Session, partnership_id: int) -> Framework:
    """The tool a new review of this partnership asks about (its newest version)."""
    partnership = _partnership(session, partnership_id)
    return _newest_or_builtin(session, partnership.review_framework_id)


def choose_frameworks(
    session: Session,
    partnership_id: int,
    *,
    commitments: str | None = None,
    reviews: str | None = None,
) -> None:
    """Set a partnership's commitments framework, its review tool, or both (None: unchanged).

    Both ids are checked before either changes. Answers already given are never touched:
    ratings and reviews keep the framework and version they were given under.
    """
    partnership = _partnership(session, partnership_id)
    for framework_id in (commitments, reviews):
        if framework_id is not None:
            latest_framework(session, framework_id)  # refuses an unknown id
    if commitments is not None:
        partnership.framework_id = commitments
    if reviews is not None:
        partnership.review_framework_id = reviews
    session.flush()


def choose_framework(session: Session, partnership_id: int, framework_id: str) -> None:
    """Set which framework a partnership's commitments are rated against."""
    choose_frameworks(session, partnership_id, commitments=framework_id)


def choose_review_tool(session: Session, partnership_id: int, framework_id: str) -> None:
    """Set which tool the partnership's next reviews use (reviews already made keep theirs)."""
    choose_frameworks(session, partnership_id, reviews=framework_id)
