"""What a collection backup's list counts (``services.collection.safety``)."""

from __future__ import annotations

__all__ = ["COLLECTION_COUNTS"]

# What tells one backup of a collection from another: every return kept (superseded ones
# too, so any import shows), the groups, and the distinct partnerships after merges (so a
# merge shows as well). Each query is run on the backup file as it is.
COLLECTION_COUNTS: dict[str, str] = {
    "returns": "SELECT count(*) FROM collected_return",
    "groups": "SELECT count(*) FROM collected_group",
    "partnerships": "SELECT count(DISTINCT canonical_key) FROM collected_partnership",
}
