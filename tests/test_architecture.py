"""The layers of ARCHITECTURE.md, checked from the source: who imports what, and where SQL is.

Every module under desktop/ is parsed (never imported) and all its imports are read: at the
top, inside functions, under ``if TYPE_CHECKING:``, and ``import_module("…")`` with a literal
name. The rules:

- desktop/ui and desktop/cli import only services, domain, their own package and the small
  top-level utilities; never the store, the reports, a database driver or a PDF library;
- desktop/reports imports only domain, reports and third-party rendering libraries;
- SQL text (a string literal that reads as SQL, or ``.execute("…")``) lives only in
  desktop/store;
- only desktop/ui imports Qt.

ALLOWED lists the places that broke a rule when this test was written, so that the work of
moving them can go step by step. It may only shrink: a new breach fails, and so does an entry
that is no longer a breach (remove it from ALLOWED when you fix the module).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import desktop

PACKAGE = Path(desktop.__path__[0])

HINT = (
    "See ARCHITECTURE.md: the window and the command line call services; reports are pure "
    "functions of plain data; SQL goes in desktop/store/queries (collection: "
    "desktop/store/collection); only desktop/ui imports Qt."
)

# What desktop/ui and desktop/cli may import of ours, besides their own package.
UI_CLI_MAY_IMPORT = (
    "desktop.services",
    "desktop.domain",
    "desktop.paths",
    "desktop.logging_setup",
    "desktop.resource_paths",
    "desktop.self_test",
)
# Third-party packages that belong below the services.
STORAGE_AND_FILES = ("sqlalchemy", "alembic", "psycopg", "sqlite3", "pypdf", "reportlab", "pyhanko")
REPORTS_MAY_IMPORT = ("desktop.domain", "desktop.reports", "desktop.resource_paths")
DATABASE_DRIVERS = ("sqlalchemy", "alembic", "psycopg", "sqlite3")
QT = ("PySide6", "shiboken6")
# Not a breach but the way in: the partnerbook command without a subcommand opens the window.
STARTS_THE_WINDOW = {"desktop.cli": {"desktop.ui"}}

# SQL statements, case-sensitive so that English ("select a file from…") does not match.
SQL = re.compile(
    r"\b(SELECT\b[\s\S]+\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b"
    r"|DELETE\s+FROM\b|CREATE\s+(TABLE|INDEX|VIEW|TRIGGER)\b|ALTER\s+TABLE\b|DROP\s+TABLE\b"
    r"|BEGIN(\s+(IMMEDIATE|EXCLUSIVE|DEFERRED))?\s*;?\s*$|COMMIT\s*;?\s*$|ROLLBACK\b|PRAGMA\b)"
)

# Today's breaches, module -> what it breaks: an imported package ("desktop.store",
# "sqlalchemy"…), "sql" for SQL text, "PySide6" for Qt outside the window; the comment says
# which helper of session 5 took it on. Shrink only.
ALLOWED: dict[str, set[str]] = {}


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    tree: ast.Module

    @property
    def layer(self) -> str:
        parts = self.name.split(".")
        return parts[1] if len(parts) > 1 else ""


def modules() -> Iterator[Module]:
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        source = path.read_text(encoding="utf-8")
        yield Module(".".join(parts), path, ast.parse(source, filename=str(path)))


def imported_names(module: Module) -> set[str]:
    """Every module name this one imports, anywhere in its text."""
    names: set[str] = set()
    package = module.name if module.path.name == "__init__.py" else module.name.rpartition(".")[0]
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            # "from desktop import store" imports desktop.store ("import APP_NAME" does not).
            names.update(
                f"{base}.{alias.name}"
                for alias in node.names
                if base == "desktop" and _is_our_module(alias.name)
            )
        elif (
            isinstance(node, ast.Call)
            and _called_name(node) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def _is_our_module(name: str) -> bool:
    return (PACKAGE / f"{name}.py").is_file() or (PACKAGE / name / "__init__.py").is_file()


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def _ours(name: str) -> str:
    """The part of our package a name points into: desktop.store, desktop.atomic_write…"""
    return ".".join(name.split(".")[:2])


def import_breaches(module: Module) -> set[str]:
    found: set[str] = set()
    for name in imported_names(module):
        top = name.partition(".")[0]
        if top in QT and module.layer != "ui":
            found.add(top)
        if module.layer in {"ui", "cli"}:
            own = f"desktop.{module.layer}"
            may = (*UI_CLI_MAY_IMPORT, own, *STARTS_THE_WINDOW.get(module.name, ()))
            if name.startswith("desktop.") and not _under(name, may):
                found.add(_ours(name))
            elif top in STORAGE_AND_FILES:
                found.add(top)
        elif module.layer == "reports":
            if name.startswith("desktop.") and not _under(name, REPORTS_MAY_IMPORT):
                found.add(_ours(name))
            elif top in DATABASE_DRIVERS:
                found.add(top)
    return found


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the docstring nodes (they may talk about SQL without being SQL)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _is_sql_literal(node: ast.AST, docstrings: set[int]) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and SQL.search(node.value) is not None
    )


def _executes_literal(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"execute", "executemany", "executescript"}
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
    )


def sql_lines(module: Module) -> list[int]:
    """Lines holding SQL text: literals that read as SQL, or ``.execute("…")``."""
    docstrings = _docstrings(module.tree)
    lines = [
        node.lineno
        for node in ast.walk(module.tree)
        if _is_sql_literal(node, docstrings) or _executes_literal(node)
    ]
    return sorted(set(lines))


@cache
def breaches() -> dict[str, dict[str, str]]:
    """module -> {what it breaks: where}."""
    found: dict[str, dict[str, str]] = {}
    for module in modules():
        where = str(module.path.relative_to(PACKAGE.parent))
        entry = {name: where for name in import_breaches(module)}
        if module.layer != "store":
            lines = sql_lines(module)
            if lines:
                entry["sql"] = f"{where} lines {', '.join(map(str, lines[:6]))}"
        if entry:
            found[module.name] = entry
    return found


def test_layers_import_only_what_architecture_allows() -> None:
    found = breaches()
    new = [
        f"{module} ({where}) imports {name}"
        for module, entry in sorted(found.items())
        for name, where in sorted(entry.items())
        if name != "sql" and name not in ALLOWED.get(module, set())
    ]
    assert not new, "\n".join([*new, HINT])


def test_sql_only_in_the_store() -> None:
    found = breaches()
    new = [
        f"{module}: SQL text at {entry['sql']}"
        for module, entry in sorted(found.items())
        if "sql" in entry and "sql" not in ALLOWED.get(module, set())
    ]
    assert not new, "\n".join([*new, HINT])


def test_allowed_breaches_are_still_breaches() -> None:
    """An entry nobody needs any more must go, so the list only shrinks."""
    found = breaches()
    stale = [
        f"{module}: {name}"
        for module, names in sorted(ALLOWED.items())
        for name in sorted(names)
        if name not in found.get(module, {})
    ]
    assert not stale, "Fixed, so remove from ALLOWED in tests/test_architecture.py:\n" + (
        "\n".join(stale)
    )


def test_the_checks_see_what_they_look_for() -> None:
    """The parser finds imports in functions and under TYPE_CHECKING, and SQL but not English."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from sqlalchemy.orm import Session\n"
        "def f(c):\n    import desktop.store.lock\n"
        "    c.execute(query)\n    c.execute('anything')\n"
        "    return 'Select the file from the list', 'SELECT id FROM person'\n"
    )
    module = Module("desktop.ui.example", PACKAGE / "ui" / "example.py", ast.parse(source))
    assert import_breaches(module) == {"sqlalchemy", "desktop.store"}
    assert sql_lines(module) == [7, 8]
    for english in ("Update the list to set it", "Begin here", "select name from people"):
        assert not SQL.search(english)
    for sql in ("BEGIN IMMEDIATE", "COMMIT", "INSERT INTO x VALUES (1)", "UPDATE person SET a=1"):
        assert SQL.search(sql)
