"""One of each (issue 16): checked from the source, so a second way back in fails here.

- Files are saved only through ``desktop/atomic_write.py``: no other module writes a file
  by hand (``Path.write_bytes``, a temporary file renamed into place, its own fsync).
- A review's status is ``ReviewStatus``: the words "draft" and "complete" are written out
  only in ``desktop/domain/vocab.py`` (and in migrations, which must never change).

Parsed, never imported: no Qt, no database.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import desktop

PACKAGE = Path(desktop.__path__[0])

# Calls that write a file by hand, or build the writer's steps (temp, fsync, rename) again.
HAND_WRITES = {
    "write_bytes",
    "write_text",
    "mkstemp",
    "NamedTemporaryFile",
    "fsync",
    "rename",
}
# os.replace / os.rename are renames of a file into place; only where noted below.
RENAMES = {"replace", "rename"}
# Module -> what it may do, and why.
NOT_A_SAVE = {
    # The one writer itself.
    "desktop/atomic_write.py": HAND_WRITES | RENAMES,
    # A probe that the folder can be written to: a temporary file made, synced and removed.
    "desktop/paths.py": {"mkstemp", "fsync"},
    # A full log file is rolled over to .1 … .5 by renames, as logging.handlers does.
    "desktop/logging_setup.py": {"replace"},
    # Renaming a crash report is how a start claims it; no bytes are written.
    "desktop/services/crash_reports.py": {"rename"},
    # A restore moves the database's own files (its WAL, a damaged copy) by rename only.
    "desktop/store/restore_files.py": RENAMES,
    "desktop/store/restore.py": RENAMES,
}


def sources() -> list[Path]:
    return [
        p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.relative_to(PACKAGE).parts
    ]


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def _hand_writes(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        attr, owner = node.func.attr, node.func.value
        is_os = isinstance(owner, ast.Name) and owner.id == "os"
        # Path.replace(target) takes one argument; str.replace(old, new) two or more, and
        # datetime.replace / date.replace take keywords only.
        path_replace = attr == "replace" and len(node.args) == 1 and not node.keywords
        if attr in HAND_WRITES or path_replace or (attr == "replace" and is_os):
            found.append((node.lineno, attr))
    return found


def test_files_are_saved_only_through_the_atomic_writer() -> None:
    breaches = []
    for path in sources():
        allowed = NOT_A_SAVE.get(_name(path), set())
        tree = ast.parse(path.read_text(encoding="utf-8"))
        breaches += [
            f"{_name(path)}:{line}: {what}"
            for line, what in _hand_writes(tree)
            if what not in allowed
        ]
    assert not breaches, (
        "Save files with desktop/atomic_write.py (write_atomically, write_text, write_with, "
        "copy_file, replacing): " + "; ".join(breaches)
    )


REVIEW_WORDS = re.compile(r"^(draft|complete)$|'(draft|complete)'")


def test_review_status_is_written_out_only_in_the_vocabulary() -> None:
    breaches = []
    for path in sources():
        if _name(path) == "desktop/domain/vocab.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        breaches += [
            f"{_name(path)}:{node.lineno}: {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and REVIEW_WORDS.search(node.value)
        ]
    assert not breaches, "Use ReviewStatus (desktop/domain/vocab.py): " + "; ".join(breaches)


def test_the_checks_find_what_they_look_for() -> None:
    """Each check, shown a breach, finds it (so an empty result means something)."""
    tree = ast.parse(
        "import os\n"
        "path.write_bytes(b'x')\n"
        "os.replace(a, b)\n"
        "temporary.replace(path)\n"
        "'a-b'.replace('-', '')\n"
        "day.replace(year=2026)\n"
    )
    assert _hand_writes(tree) == [(2, "write_bytes"), (3, "replace"), (4, "replace")]
    assert REVIEW_WORDS.search("complete") and REVIEW_WORDS.search("WHERE status = 'draft'")
    assert not REVIEW_WORDS.search("the review is complete")
