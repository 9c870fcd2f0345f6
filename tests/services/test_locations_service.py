"""The risky-place warning's facts and the move to this computer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.locations import RiskKind, RiskyPlace
from desktop.paths import AppPaths, resolve
from desktop.services.locations import (
    MoveError,
    explain,
    keeps_risky_place,
    move_data_to,
    remember_keep,
)


def test_the_explanations_are_plain_and_name_the_place() -> None:
    text = explain(RiskyPlace(RiskKind.CLOUD, "OneDrive"))
    assert "OneDrive" in text and "older" in text
    assert "network drive (//nas)" in explain(RiskyPlace(RiskKind.NETWORK, "//nas"))
    assert "unplugged" in explain(RiskyPlace(RiskKind.REMOVABLE, "/media/anna/USB"))


def test_keep_it_here_is_remembered_for_that_folder_only(app_paths: AppPaths) -> None:
    assert not keeps_risky_place(app_paths)
    remember_keep(app_paths)
    assert keeps_risky_place(app_paths)
    other = AppPaths(app_paths.data.parent / "x", app_paths.backups, app_paths.logs)
    assert not keeps_risky_place(other)


def test_move_copies_the_records_and_leaves_the_old_copy(
    demo_database: object, app_paths: AppPaths, tmp_path: Path
) -> None:
    target = resolve(tmp_path / "local")
    moved = move_data_to(app_paths, target)
    conn = sqlite3.connect(moved.database)
    assert conn.execute("SELECT count(*) FROM partnership").fetchone()[0] == 4
    conn.close()
    assert app_paths.database.exists()
    # A second move onto records that are already there is refused.
    with pytest.raises(MoveError, match="already Partnerbook records"):
        move_data_to(app_paths, target)
