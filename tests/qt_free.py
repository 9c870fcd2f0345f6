"""A pytest plugin that fails the run if any test (or its collection) imported PySide6.

The core of Partnerbook (domain, store, services, reports, CLI) must work without Qt, so its
tests are run with pytest-qt switched off and this plugin on; .ci/run does it like this:

    python -m pytest -p no:pytest-qt -p tests.qt_free tests/domain tests/store ...

It names the first test after which PySide6 was found loaded (or "collection" when a test
module imports it at the top), so the Qt import can be traced from there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

# pytest-qt's settings in pyproject.toml, declared here so that a run without pytest-qt
# does not warn about them on every run.
_QT_SETTINGS = ("qt_api", "qt_default_raising", "qt_log_level_fail", "qt_log_ignore")

_first_seen: list[str] = []


def qt_modules() -> list[str]:
    return sorted(name for name in sys.modules if name.partition(".")[0] == "PySide6")


def _note(where: str) -> None:
    if not _first_seen and qt_modules():
        _first_seen.append(where)


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    if pluginmanager.is_blocked("pytest-qt"):
        for name in _QT_SETTINGS:
            parser.addini(name, "pytest-qt's setting (pytest-qt is not loaded in this run)")


def pytest_configure(config: pytest.Config) -> None:
    _first_seen.clear()
    _note("before any test was collected (a plugin or conftest.py imported it)")


def pytest_collection_finish(session: pytest.Session) -> None:
    _note("collection (a test module or conftest.py imports it at the top)")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    result = yield
    _note(item.nodeid)
    return result


def _message() -> str:
    return (
        f"Qt-free run: PySide6 was imported ({', '.join(qt_modules()[:5])}), first seen after "
        f"{_first_seen[0]}. Core code and its tests must not load Qt."
    )


def pytest_sessionfinish(session: pytest.Session) -> None:
    _note("the last test")
    if _first_seen:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _first_seen:
        terminalreporter.write_sep("=", "PySide6 imported", red=True)
        terminalreporter.write_line(_message())
