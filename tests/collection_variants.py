"""The example group's return in the variants the scope and period tests need: for a year,
a quarter or chosen dates, for the whole group or one partnership, with needs of known sums.
"""

from __future__ import annotations

import uuid
from copy import deepcopy
from typing import Any

from collection_support import _base

from desktop.services.collection.samples import resign
from desktop.services.return_sections import need_totals

YEAR = ("2026-27", "financial_year", "2026-04-01", "2027-03-31")
Q2 = ("2026-27 Q2", "quarter", "2026-07-01", "2026-09-30")


def need(key: str, pence: int) -> dict[str, Any]:
    template = deepcopy(_base()["general_resource_needs"][0])
    template.update(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, key)),
        category="travel",
        description=f"Need {key}",
        status="requested",
        estimated_pence=pence,
        agreed_pence=None,
        received_pence=None,
        quantity=1.0,
        unit_cost_pence=None,
    )
    return template


def variant(
    key: str,
    created: str,
    period: tuple[str, str, str, str] = YEAR,
    needs: dict[int, int] | None = None,
    general: int = 0,
    only: int | None = None,
    supersedes: str | None = None,
) -> dict[str, Any]:
    """The example group's return, made ``created``, for ``period``; partnership ``i``
    (0, 1, 2 by name) with one need of ``needs[i]`` pence; ``only``: a return made for that
    one partnership (``export-return --partnership``)."""
    payload = deepcopy(_base())
    payload.pop("sha256")
    label, kind, start, end = period
    payload["period"] = {"label": label, "kind": kind, "start": start, "end": end}
    payload["return_id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, "return" + key))
    payload["reference"] = f"PB-{key}-{payload['return_id'][:8].upper()}"
    payload["created_at"] = created
    payload["supersedes"] = supersedes
    partnerships = sorted(payload["partnerships"], key=lambda p: p["name"])
    for i, entry in enumerate(partnerships):
        entry["resource_needs"] = [need(f"{key}-{i}", needs[i])] if needs and i in needs else []
        entry["resource_totals"] = need_totals(entry["resource_needs"])
    if only is not None:
        partnerships = [partnerships[only]]
    payload["partnerships"] = partnerships
    payload["general_resource_needs"] = [need(f"{key}-general", general)] if general else []
    payload["resource_totals"] = need_totals(
        [n for p in partnerships for n in p["resource_needs"]] + payload["general_resource_needs"]
    )
    payload["scope"] = {
        "whole_group": only is None,
        "partnerships": [p["id"] for p in partnerships],
    }
    return resign(payload)


def names() -> list[str]:
    return sorted(p["name"] for p in _base()["partnerships"])
