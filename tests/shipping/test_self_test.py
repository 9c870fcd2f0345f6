"""The self-test that CI runs on the frozen bundle, run here from source without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import desktop.self_test as self_test


def test_the_self_test_passes_and_leaves_no_data_behind(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Path] = []
    real_open = self_test.open_store
    monkeypatch.setattr(self_test, "open_store", lambda f: made.append(f) or real_open(f))
    lines: list[str] = []
    assert self_test.run_self_test(with_window=False, log=lines.append) == 0
    assert lines[-1].startswith("self-test: passed")
    assert sum(line.startswith("  ok ") for line in lines) == 7
    assert any(line.startswith("  ok  the PostgreSQL client and TLS") for line in lines)
    # It used a temporary folder, removed it, and never touched the person's data folder.
    assert made and not made[0].exists() and made[0] != data_dir
    assert not data_dir.exists()


def test_a_failing_step_is_reported_and_gives_exit_code_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def tampered(_pdf: Path) -> None:
        raise self_test.SelfTestFailed("the return read back does not hold what was recorded")

    monkeypatch.setattr(self_test, "read_back", tampered)
    lines: list[str] = []
    assert self_test.run_self_test(with_window=False, log=lines.append) == 1
    assert lines[-1] == (
        "self-test: FAILED: SelfTestFailed: the return read back does not hold what was recorded"
    )


def test_the_server_client_step_fails_when_no_refusal_comes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A connection "made" where no server listens means the check proved nothing.
    import desktop.store.collection.server as server

    monkeypatch.setattr(server, "connect_server", lambda location: object())
    with pytest.raises(self_test.SelfTestFailed, match="port 1"):
        self_test.server_client()


def test_the_server_client_step_names_the_libraries_it_loaded() -> None:
    loaded = self_test.server_client()
    assert loaded.startswith("libpq ") and "OpenSSL" in loaded


def test_the_watchdog_ends_a_self_test_that_hangs() -> None:
    script = (
        "import time, desktop.self_test as t; "
        "t.check_bundle = lambda: time.sleep(30); "
        "t.run_self_test(limit=0.5, with_window=False)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3
    assert "took longer than" in result.stderr


def test_the_command_line_flag_runs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import main

    calls: list[bool] = []
    monkeypatch.setattr(self_test, "run_self_test", lambda: calls.append(True) or 0)
    assert main(["--self-test"]) == 0
    assert calls == [True]
