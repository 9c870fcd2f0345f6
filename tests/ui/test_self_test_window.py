"""The self-test's last step, from source: the main window and every area build offscreen."""

from __future__ import annotations

from desktop.self_test import open_window


def test_the_window_step_builds_every_area(app_paths, database, qtbot) -> None:
    from desktop.ui.areas import default_areas

    assert open_window(app_paths.data) == len(default_areas())
