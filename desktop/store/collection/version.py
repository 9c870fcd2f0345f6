"""The collection schema revisions this build knows, readable without importing Alembic.

A test checks these against the scripts in ``migrations/versions``.
"""

from __future__ import annotations

from pathlib import Path

# Oldest first; the last one is the head. Prefixed "c" so they never collide with the
# group database's revision ids.
COLLECTION_REVISIONS: tuple[str, ...] = (
    "c0001_collection",
    "c0002_scope_withdraw_groups",
    "c0003_review_frameworks",
    "c0004_trust",
    "c0005_partner_answers",
    "c0006_governance",
    "c0007_view_indexes",
    "c0008_binary_text",
    "c0009_view_summaries",
    "c0010_find_indexes",
    "c0011_name_order",
    "c0012_fast_payload_compression",
)
COLLECTION_HEAD = COLLECTION_REVISIONS[-1]
COLLECTION_MIGRATIONS = Path(__file__).parent / "migrations"
