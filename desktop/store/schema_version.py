"""The schema revisions this build knows, readable without importing Alembic.

A test checks these against the migration scripts, so they cannot drift apart.
"""

from __future__ import annotations

# Oldest first; the last one is the head.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_review_tool",
    "0003_governance_registers",
    "0004_signing",
    "0005_governance_rules",
    "0006_questionnaires",
    "0007_everyday_fit",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
