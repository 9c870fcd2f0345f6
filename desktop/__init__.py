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


__version__ = _read_version()
