"""Opening a collection, for the window and the command line: the store's openers, its
location helpers and the errors they raise, under one name the layers above may import.

The store does the work (``desktop.store.collection``); this module only gives it a place
in the services layer, so neither the window nor the command line reaches past it.
"""

from __future__ import annotations

from desktop.store.collection.location import (
    Location,
    is_server,
    make_location,
    server_label,
    with_password,
    without_password,
)

__all__ = [
    "Location",
    "is_server",
    "make_location",
    "server_label",
    "with_password",
    "without_password",
]
