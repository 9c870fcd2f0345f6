"""A Compact code of practice as data: the framework file, its checks and its loader.

Every area has its own Compact and codes, so the clauses Partnerbook asks about are never
written into the program: they come from a TOML framework file (``SCHEMA.md`` beside the
built-in files describes the format). A CVS may write a framework for its own Compact, so
every check here ends in a plain-English message naming the file, the item and the problem,
and a faulty file is refused whole rather than half loaded.

This module is plain Python on purpose (no Qt, no database): the UI, the reports, the
return reader and the tests all use it, and it must load fast on an old laptop.
"""

from __future__ import annotations

import codecs
import functools
import stat
from os import PathLike
from pathlib import Path

from desktop.domain.framework_checker import FieldChecker
from desktop.domain.framework_lines import FileProblem
from desktop.domain.framework_model import (
    DEFAULT_FRAMEWORK_ID,
    MAX_BANDS,
    MAX_CLAUSE_CHARS,
    MAX_FILE_BYTES,
    MAX_GUIDANCE_CHARS,
    MAX_ID_CHARS,
    MAX_ITEMS,
    MAX_KEY_CHARS,
    MAX_LABEL_CHARS,
    MAX_SCALE_OPTIONS,
    MAX_SECTIONS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MAX_VERSION_CHARS,
    OPTIONAL_SECTION_KEYS,
    RATED_SECTION_KEYS,
    REQUIRED_SECTION_KEYS,
    SECTION_KINDS,
    SUPPORTED_FORMAT,
    TOP_SCORE,
    Band,
    Framework,
    FrameworkError,
    Item,
    ScaleOption,
    Section,
    Source,
)
from desktop.domain.framework_parser import (
    _ID_RE,
    _too_large,
    check_framework_text,
    parse_framework,
)
from desktop.domain.problems import Message
from desktop.resource_paths import resources_dir

__all__ = [
    "DEFAULT_FRAMEWORK_ID",
    "MAX_BANDS",
    "MAX_CLAUSE_CHARS",
    "MAX_FILE_BYTES",
    "MAX_GUIDANCE_CHARS",
    "MAX_ID_CHARS",
    "MAX_ITEMS",
    "MAX_KEY_CHARS",
    "MAX_LABEL_CHARS",
    "MAX_SCALE_OPTIONS",
    "MAX_SECTIONS",
    "MAX_TEXT_CHARS",
    "MAX_TITLE_CHARS",
    "MAX_VERSION_CHARS",
    "OPTIONAL_SECTION_KEYS",
    "RATED_SECTION_KEYS",
    "REQUIRED_SECTION_KEYS",
    "SECTION_KINDS",
    "SUPPORTED_FORMAT",
    "TOP_SCORE",
    "Band",
    "FileProblem",
    "Framework",
    "FrameworkError",
    "Item",
    "ScaleOption",
    "Section",
    "Source",
    "builtin_framework_paths",
    "check_framework_file",
    "check_framework_text",
    "clear_builtin_cache",
    "frameworks_dir",
    "load_builtin",
    "load_framework",
    "parse_framework",
]

# --------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------


def load_framework(path: str | PathLike[str]) -> Framework:
    """Read and check a framework file.

    The size is checked before a single byte is read, so a wrong file picked by mistake (a
    video, a database) is refused at once instead of filling the memory of an old laptop.
    """
    path = Path(path)
    check = FieldChecker(path.name or str(path))
    return parse_framework(_read_text(path, check), check.source)


def check_framework_file(
    path: str | PathLike[str],
) -> tuple[Framework | None, list[FileProblem]]:
    """Every problem in a framework file, each with its line and a fix (none: the file is
    fine, and the framework is returned too). Nothing is stored."""
    path = Path(path)
    check = FieldChecker(path.name or str(path))
    try:
        text = _read_text(path, check)
    except FrameworkError as exc:
        inner = exc.message.values.get("problem") if exc.message else None
        problem = inner if isinstance(inner, Message) else Message("{text}", text=str(exc))
        return None, [FileProblem(None, None, problem)]
    return check_framework_text(text, check.source)


def _read_text(path: Path, check: FieldChecker) -> str:
    try:
        info = path.stat()
    except FileNotFoundError:
        check.fail("there is no such file ({path}).", path=str(path))
    except OSError as exc:
        check.fail("the file cannot be read ({why}).", why=exc.strerror or str(exc))
    if not stat.S_ISREG(info.st_mode):
        check.fail("this is not a file.")
    if info.st_size > MAX_FILE_BYTES:
        check.fail(_too_large(info.st_size))
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        check.fail("the file cannot be read ({why}).", why=exc.strerror or str(exc))
    if len(data) > MAX_FILE_BYTES:  # it grew after the size check
        check.fail(_too_large(len(data)))
    if data.startswith(codecs.BOM_UTF8):  # Windows Notepad adds one; it is harmless
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        check.fail(
            "the file is not saved as UTF-8 text (the first unreadable character is on line "
            "{line}). Open it in a text editor and save it as UTF-8.",
            line=line,
        )


def frameworks_dir() -> Path:
    """The folder of frameworks that ship with Partnerbook."""
    return resources_dir() / "frameworks"


def builtin_framework_paths() -> list[Path]:
    """The built-in framework files, sorted by name; each is named after its id."""
    folder = frameworks_dir()
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob("*.toml") if path.is_file())


def load_builtin(framework_id: str = DEFAULT_FRAMEWORK_ID) -> Framework:
    """Load a built-in framework by id, once per process.

    The file is found by name (``<id>.toml``) rather than by opening every file, so start-up
    stays fast however many frameworks ship; the id inside must match the name. The cache
    sits behind this function so that ``load_builtin()`` and ``load_builtin(<default id>)``
    share one entry (and one object).
    """
    return _load_builtin_cached(framework_id)


def clear_builtin_cache() -> None:
    """Forget loaded built-in frameworks (for tests that swap the resources folder)."""
    _load_builtin_cached.cache_clear()


@functools.lru_cache(maxsize=8)
def _load_builtin_cached(framework_id: str) -> Framework:
    if not isinstance(framework_id, str) or not _ID_RE.fullmatch(framework_id):
        raise FrameworkError("{id} is not a valid framework id.", id=repr(framework_id))
    path = frameworks_dir() / f"{framework_id}.toml"
    if not path.is_file():
        known = ", ".join(p.stem for p in builtin_framework_paths()) or "none"
        raise FrameworkError(
            "there is no built-in framework with the id {id} (built in: {known}).",
            id=framework_id,
            known=known,
        )
    framework = load_framework(path)
    if framework.id != framework_id:
        raise FrameworkError(
            '{file}: the file says its id is "{id}", but built-in framework '
            "files must be named after their id.",
            file=path.name,
            id=framework.id,
        )
    return framework
