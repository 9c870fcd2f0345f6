"""``partnerbook --self-test``: prove a build works, end to end, without touching real data.

Run by CI on the frozen bundle (and by the Windows and macOS build scripts) because a frozen
app fails in ways tests of the source tree never see: a migration script or a font left out
of the bundle, a module imported by name that the freezer did not find, a missing Qt
plugin. So it does what a person does, in a temporary data folder that is removed after:
open (and so migrate) a new database, record a group and a partnership, export a return,
read the return back and check it, take it into a CVS collection (its own migrations and its
separate reader process), load the PostgreSQL client, then build the main window offscreen
with every area.

A watchdog ends the process with exit code 3 if the whole thing takes longer than the time
limit, so a hang in CI fails quickly instead of waiting for the job to time out.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

TIME_LIMIT_SECONDS = 120.0
GROUP_NAME = "Self-test Community Group"
PARTNERSHIP_NAME = "Self-test Health Partnership"
# Resources read only on some screens, so a bundle without them would start and look fine.
BUNDLED_FILES = (
    "translations/partnerbook_en_GB.qm",
    "help/guide.html",
    "icons/partnerbook-256.png",
    "schemas/partnerbook-return-1.schema.json",
    "schemas/partnerbook-return-2.schema.json",
)


class SelfTestFailed(RuntimeError):
    """One step did not give what it should; the message says which and why."""


def _watchdog(limit: float) -> threading.Timer:
    def give_up() -> None:
        print(f"self-test: FAILED, took longer than {limit:.0f} s", file=sys.stderr, flush=True)
        os._exit(3)

    timer = threading.Timer(limit, give_up)
    timer.daemon = True
    timer.start()
    return timer


def _step(name: str, work: Callable[[], Any], log: Callable[[str], None]) -> Any:
    start = time.perf_counter()
    result = work()
    log(f"  ok  {name} ({time.perf_counter() - start:.2f} s)")
    return result


def check_bundle() -> str:
    """The version, framework and fonts load: the metadata and resources were bundled."""
    from desktop import __version__
    from desktop.domain.frameworks import load_builtin
    from desktop.reports.fonts import register_fonts

    if getattr(sys, "frozen", False) and __version__.endswith("+source"):
        raise SelfTestFailed("the package metadata is missing, so the version is unknown")
    framework = load_builtin()
    if not framework.glossary:
        raise SelfTestFailed("the Compact framework loaded without its glossary")
    register_fonts()
    from desktop.resource_paths import resources_dir

    folder = resources_dir()
    for needed in BUNDLED_FILES:
        if not (folder / needed).is_file():
            raise SelfTestFailed(f"{needed} is missing from the resources in {folder}")
    return __version__


def open_store(folder: Path) -> Any:
    """A new database in ``folder``, made by running every migration script."""
    from desktop.paths import resolve
    from desktop.store.database import Database
    from desktop.store.opening import open_database

    paths = resolve(folder).ensure()
    open_database(paths.database, paths.backups)
    return Database(paths.database)


def record(database: Any) -> int:
    """Our group and one partnership, through the same services the screens use."""
    from desktop.domain.partnership_rules import PartnershipInput
    from desktop.domain.periods import financial_year_for
    from desktop.domain.record_rules import GroupInput
    from desktop.services.group import save_group_profile
    from desktop.services.partnerships import create_partnership

    with database.session() as session:
        save_group_profile(session, GroupInput(name=GROUP_NAME, cvs_name="Self-test CVS"))
        partnership = create_partnership(
            session,
            PartnershipInput(
                name=PARTNERSHIP_NAME,
                purpose="Check that a built copy of Partnerbook works from start to finish.",
                start_date=financial_year_for(date.today()).start,
            ),
        )
        session.flush()
        return int(partnership.id)


def export(database: Any, folder: Path) -> Path:
    """Export this financial year's return through the Returns area's own service."""
    from desktop.domain.periods import financial_year_for
    from desktop.services.returns import ExportRequest, export_return

    request = ExportRequest(
        period=financial_year_for(date.today()),
        out_path=folder / "self-test-return.pdf",
        signoff_name="Self-test",
        signoff_role="Checker",
        signoff_date=date.today(),
    )
    with database.session() as session:
        result = export_return(session, request)
    if not result.path.is_file():
        raise SelfTestFailed(f"the return was not saved to {result.path}")
    return result.path


def read_back(pdf: Path) -> None:
    from desktop.services.return_reader import read_return

    payload = read_return(pdf)
    names = [entry.get("name") for entry in payload.get("partnerships", [])]
    if payload["group"]["name"] != GROUP_NAME or PARTNERSHIP_NAME not in names:
        raise SelfTestFailed(f"the return read back does not hold what was recorded: {names}")


def collect(pdf: Path, folder: Path) -> None:
    """A CVS collection takes the return in, read by its separate reader process."""
    from desktop.services.collection.importer import import_returns
    from desktop.store.collection.opening import open_collection

    collection = folder / "collection" / "self-test-collection.db"
    open_collection(collection, create=True)
    summary = import_returns(collection, [pdf], workers=1)
    if summary.count("imported") != 1:
        reasons = "; ".join(f"{o.outcome}: {o.reason}" for o in summary.outcomes)
        raise SelfTestFailed(f"the collection did not take the return in ({reasons})")


def server_client() -> str:
    """The PostgreSQL client and TLS load: a shared collection on a server needs both.

    The bundle shares one OpenSSL between libpq and Python's ssl module, and nothing else in
    the self-test reaches either, so a connection is tried where no server listens (port 1
    on this machine): libpq must load, try and come back with the app's own refusal.
    """
    import ssl

    import psycopg

    from desktop.store.collection.server import ServerUnavailable, connect_server

    try:
        connect_server("postgresql://self-test@127.0.0.1:1/self-test?connect_timeout=5")
    except ServerUnavailable:
        pass
    else:
        raise SelfTestFailed("a server answered on port 1, where none should listen")
    ssl.create_default_context()  # ssl's own calls into OpenSSL work
    return f"libpq {psycopg.pq.version()}, {ssl.OPENSSL_VERSION}"


def open_window(folder: Path) -> int:
    """Build the main window offscreen and every area in it: Qt and its plugins are there."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.paths import resolve
    from desktop.ui.application import make_application
    from desktop.ui.data import DataHub
    from desktop.ui.main_window import MainWindow

    app = make_application()
    if app.windowIcon().isNull():
        raise SelfTestFailed("the window icon did not load (resources/icons missing?)")
    hub = DataHub(resolve(folder))
    window = MainWindow(hub)
    try:
        for spec in window.area_specs:
            window.show_area(spec.key)
        app.processEvents()
        return len(window.area_specs)
    finally:
        window.close()
        hub.close()


def run_self_test(
    limit: float = TIME_LIMIT_SECONDS,
    *,
    with_window: bool = True,
    log: Callable[[str], None] = print,
) -> int:
    """Run every step; 0 when all pass, 1 with the reason when one fails."""
    started = time.perf_counter()
    timer = _watchdog(limit)
    log("Partnerbook self-test (a temporary data folder; your own data is not touched)")
    try:
        with tempfile.TemporaryDirectory(prefix="partnerbook-self-test-") as tmp:
            folder = Path(tmp) / "data"
            version = _step("bundle: version, framework, fonts and resources", check_bundle, log)
            database = _step("new database, every migration run", lambda: open_store(folder), log)
            try:
                _step("recorded a group and a partnership", lambda: record(database), log)
                pdf = _step("exported a return", lambda: export(database, Path(tmp)), log)
            finally:
                database.dispose()
            _step("read the return back and checked it", lambda: read_back(pdf), log)
            _step("a CVS collection took the return in", lambda: collect(pdf, Path(tmp)), log)
            _step("the PostgreSQL client and TLS libraries load", server_client, log)
            if with_window:
                _step("built the main window and its areas", lambda: open_window(folder), log)
    except Exception as exc:
        # The traceback goes to stderr: a frozen build fails in ways only it can show.
        traceback.print_exc()
        log(f"self-test: FAILED: {type(exc).__name__}: {exc}")
        return 1
    finally:
        timer.cancel()
    log(f"self-test: passed, Partnerbook {version}, {time.perf_counter() - started:.2f} s")
    return 0
