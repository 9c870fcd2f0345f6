"""Every file the window saves is saved by one named service function, and the command line
calls that same function (issue 16: one way in). Read from the source, so it needs no Qt.

A window action whose file the command line cannot make, or makes another way, fails here
by name. The files themselves are checked elsewhere: whole or nothing
(tests/services/test_file_writers_leave_nothing.py) and by the commands' own tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# (service module, function, the window's module, the command line's module)
ONE_WAY_IN: tuple[tuple[str, str, str, str], ...] = (
    ("desktop.services.returns", "export_return", "ui/returns_area.py", "cli/returns.py"),
    ("desktop.services.briefs", "export_brief", "ui/brief_action.py", "cli/returns.py"),
    (
        "desktop.services.person_export",
        "export_person_report",
        "ui/people.py",
        "cli/people.py",
    ),
    (
        "desktop.services.commitments",
        "save_matrix_csv",
        "ui/commitments_matrix.py",
        "cli/commitments.py",
    ),
    (
        "desktop.services.questionnaires",
        "make_questionnaire",
        "ui/review_partners.py",
        "cli/questionnaires.py",
    ),
    (
        "desktop.services.import_template",
        "write_template",
        "ui/import_dialog.py",
        "cli/partnerships.py",
    ),
    # The backup before an import; the Back up button's is group_target(paths).back_up,
    # which is what backup_now is (ui/safety.py backs up a collection the same way).
    ("desktop.services.backups", "backup_now", "ui/import_dialog.py", "cli/partnerships.py"),
    ("desktop.services.backups", "restore_backup", "ui/restore.py", "cli/backup.py"),
    (
        "desktop.services.collection.summary",
        "export_area_summary",
        "ui/collection/window.py",
        "cli/collect_exports.py",
    ),
    (
        "desktop.services.collection.exports",
        "write_xlsx",
        "ui/collection/window.py",
        "cli/collect_exports.py",
    ),
    (
        "desktop.services.collection.exports",
        "write_csv_folder",
        "ui/collection/window.py",
        "cli/collect_exports.py",
    ),
    (
        "desktop.services.collection.packs",
        "save_pack",
        "ui/collection/trust_actions.py",
        "cli/collect_trust.py",
    ),
    (
        "desktop.services.collection.packs",
        "save_keys",
        "ui/collection/trust_actions.py",
        "cli/collect_trust.py",
    ),
)


def uses(source: Path, service: str, function: str) -> bool:
    """``source`` imports ``function`` from ``service`` (under any name), or imports the
    service module and reaches ``function`` through it (``commitments.save_matrix_csv``)."""
    tree = ast.parse(source.read_text("utf-8"))
    package, _, module = service.rpartition(".")
    module_names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == service:
            if any(alias.name == function for alias in node.names):
                return True
        elif isinstance(node, ast.ImportFrom) and node.module == package:
            module_names |= {a.asname or a.name for a in node.names if a.name == module}
        elif isinstance(node, ast.Import):
            module_names |= {a.asname or a.name for a in node.names if a.name == service}
    return any(
        isinstance(node, ast.Attribute)
        and node.attr == function
        and ast.unparse(node.value) in module_names
        for node in ast.walk(tree)
    )


@pytest.mark.parametrize(
    ("service", "function", "window", "command_line"),
    ONE_WAY_IN,
    ids=[f"{row[1]}" for row in ONE_WAY_IN],
)
def test_the_window_and_the_command_line_save_through_one_function(
    service: str, function: str, window: str, command_line: str
) -> None:
    defined = ROOT / (service.replace(".", "/") + ".py")
    assert f"def {function}(" in defined.read_text("utf-8"), f"{service}.{function} is gone"
    assert uses(ROOT / "desktop" / window, service, function), (
        f"the window ({window}) no longer saves through {service}.{function}"
    )
    assert uses(ROOT / "desktop" / command_line, service, function), (
        f"the command line ({command_line}) no longer saves through {service}.{function}"
    )


def test_the_check_itself_tells_a_module_that_does_not_use_the_function() -> None:
    assert not uses(
        ROOT / "desktop" / "cli" / "check.py", "desktop.services.returns", "export_return"
    )
    assert uses(
        ROOT / "desktop" / "ui" / "commitments_matrix.py",
        "desktop.services.commitments",
        "save_matrix_csv",
    )
