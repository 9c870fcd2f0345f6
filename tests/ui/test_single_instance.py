"""A later start finds the first window through the data folder's lock file and socket."""

from __future__ import annotations

import argparse
import sys
import threading

import pytest

from desktop.paths import AppPaths
from desktop.services.opening import InstanceLock
from desktop.ui import application, single_instance
from desktop.ui.single_instance import InstanceServer, may_be_open_elsewhere


def test_the_lock_file_says_when_another_window_may_be_open(app_paths: AppPaths) -> None:
    assert not may_be_open_elsewhere(app_paths)  # never opened: no lock file
    with InstanceLock(app_paths.lock_file):
        assert may_be_open_elsewhere(app_paths)
    assert not may_be_open_elsewhere(app_paths)  # let go: the process number is cleared


def test_a_start_while_a_window_is_open_hands_over_its_pack_and_ends(
    app_paths: AppPaths, qtbot, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "march.pbpack"
    server = InstanceServer(app_paths)
    raised: list[bool] = []
    packs: list[str] = []
    server.raise_requested.connect(lambda: raised.append(True))
    server.pack_requested.connect(packs.append)
    try:
        with InstanceLock(app_paths.lock_file):
            code = application.run_gui(
                argparse.Namespace(data_dir=None, exit_when_ready=True, open_pack=str(pack))
            )
            qtbot.waitUntil(lambda: bool(packs))
    finally:
        server.close()
    assert code == 0 and raised == [True] and packs == [str(pack.resolve())]
    assert "brought forward" in capsys.readouterr().out


@pytest.mark.parametrize("held", [False, True])
def test_no_socket_is_tried_unless_the_lock_file_says_so(
    app_paths: AppPaths, qtbot, monkeypatch, held: bool
) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []

    def ask(paths: AppPaths, timeout_ms: int = 300, **kwargs: object) -> bool:
        asked.append(int(kwargs.get("within_ms", 0)))  # type: ignore[call-overload]
        return False

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(single_instance, "ask_running_instance_to_raise", ask)
    monkeypatch.setattr(single_instance, "WAIT_FOR_FIRST_MS", 100)
    monkeypatch.setattr(application, "show_error", lambda *a: None)
    if held:
        with InstanceLock(app_paths.lock_file):
            code = application.run_gui(argparse.Namespace(data_dir=None, exit_when_ready=True))
        assert code == 1 and asked == [0, 100]  # asked at once, then for as long as a start takes
    else:
        code = application.run_gui(argparse.Namespace(data_dir=None, exit_when_ready=True))
        assert code == 0 and asked == []
