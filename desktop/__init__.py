"""Partnerbook: the record of the partnerships a voluntary group sits on."""

from __future__ import annotations

__all__ = ["APP_NAME", "__version__"]

APP_NAME = "Partnerbook"


def _read_version() -> str:
    # The version lives in pyproject.toml only; an installed copy reads it from its metadata.
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("partnerbook")
    except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    # Reading package metadata imports the email parser (~50 ms on an old laptop), so the
    # version is looked up the first time someone asks, not on the way to the first window.
    if name == "__version__":
        value = _read_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'desktop' has no attribute {name!r}")
