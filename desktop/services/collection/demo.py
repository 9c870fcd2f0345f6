"""``partnerbook demo --collection FILE``: a collection a CVS officer can explore.

Returns from a dozen made-up groups over two years, exported as real return PDFs, then
imported the normal way, so every outcome shows in the import log: imported, a return
sent twice (duplicate), a corrected return (supersedes), and two rejected files (one
edited after export, one that is not a return at all).
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.atomic_write import copy_file, write_atomically
from desktop.domain.problems import UserError
from desktop.services.collection.importer import ImportSummary, import_returns
from desktop.services.collection.merges import add_expected_group
from desktop.services.collection.samples import (
    GROUP_NAMES,
    base_payload,
    resubmission,
    varied_payloads,
    write_minimal_pdf,
    write_pdf,
)
from desktop.store import sqlite
from desktop.store.collection.opening import open_collection
from desktop.store.collection.queries.importer import log_is_empty
from desktop.store.collection.queries.transaction import begin, commit

__all__ = ["DemoCollectionRefused", "build_demo_collection"]


class DemoCollectionRefused(UserError, RuntimeError):
    """The file already holds returns; the demo never mixes with real returns."""


def build_demo_collection(path: Path, inbox: Path | None = None) -> ImportSummary:
    """Make ``path`` a collection of example returns; the PDFs are left in ``inbox``."""
    opened = open_collection(path, create=True)
    conn = sqlite.connect(path)
    try:
        if not log_is_empty(conn):
            raise DemoCollectionRefused(
                "{path} already has returns in it. Choose a new file for the example.",
                path=str(path),
            )
        begin(conn)
        for name in (*GROUP_NAMES[:10], "Milton Damerel Over-60s Club"):
            add_expected_group(conn, name, "On the CVS members' list")
        commit(conn)
    finally:
        conn.close()
    del opened
    inbox = inbox or path.with_name(f"{path.stem} example returns")
    inbox.mkdir(parents=True, exist_ok=True)
    payloads = varied_payloads(16, seed=11, base=base_payload(), groups=10)
    files = [write_pdf(p, inbox / f"return-{n:02d}.pdf") for n, p in enumerate(payloads)]
    files.append(write_pdf(resubmission(payloads[1]), inbox / "return-01-corrected.pdf"))
    twice = inbox / "return-03 (sent again).pdf"
    copy_file(files[3], twice)
    files.append(twice)
    altered = dict(payloads[4], group=dict(payloads[4]["group"], name="Somebody Else"))
    files.append(write_minimal_pdf(altered, inbox / "edited-after-export.pdf"))
    notes = inbox / "meeting-notes.pdf"
    write_atomically(notes, b"%PDF-1.4\n% not a return\n" + json.dumps({"a": 1}).encode())
    files.append(notes)
    return import_returns(path, files)
