"""Made-up returns from many groups, for the demo collection, tests and benchmarks.

One real return is built with the app's own ``build_return`` from the example group; the
rest are variations of it (other groups, periods, partnerships, ratings, reviews, needs),
re-hashed with the same canonical form. So they pass the same schema and hash checks as a
return a group exports, and the collection views have varied data to show.
"""

from __future__ import annotations

import hashlib
import random
import tempfile
import uuid
from copy import deepcopy
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.frameworks import load_builtin
from desktop.domain.signing import sign_payload

__all__ = [
    "GROUP_NAMES",
    "PARTNERSHIP_NAMES",
    "base_payload",
    "demo_group_key",
    "resign",
    "varied_payloads",
    "write_pdf",
    "write_signed_minimal_pdf",
]

_NAMESPACE = uuid.UUID("3b8f8a52-0c55-4f0e-9d1e-7f1c2a9b6d40")

GROUP_NAMES = (
    "Holsworthy Community Larder",
    "Bideford Carers Cafe",
    "Torrington Men's Shed",
    "Hartland Village Hall Trust",
    "Appledore Young People's Club",
    "Bradworthy Good Neighbours",
    "Northam Dementia Friends",
    "Great Torrington Foodbank",
    "Clovelly Coast Volunteers",
    "Shebbear Parish Transport",
    "Westward Ho! Surf Lifesavers",
    "Black Torrington Toddlers",
)
# Some pairs are the same partnership typed two ways, for the officer to merge.
PARTNERSHIP_NAMES = (
    ("North Devon Health and Wellbeing Partnership", "NDHWP"),
    ("NDHWP", ""),
    ("Torridge Rural Transport Forum", "TRTF"),
    ("Torridge Rural Transport  Forum", ""),
    ("Holsworthy Youth Hub Steering Group", ""),
    ("Northern Devon Food Partnership", "NDFP"),
    ("Torridge Community Safety Partnership", "CSP"),
    ("Devon Carers Partnership Board", ""),
    ("Bideford Town Team", ""),
    ("Northern Devon Mental Health Alliance", ""),
    ("Torridge Voluntary Sector Forum", "TVSF"),
    ("Devon Rural Housing Partnership", ""),
)
_TOWNS = (
    "Bideford",
    "Holsworthy",
    "Torrington",
    "Northam",
    "Hartland",
    "Appledore",
    "Barnstaple",
    "Ilfracombe",
    "South Molton",
    "Braunton",
    "Okehampton",
    "Crediton",
)
_TOPICS = (
    "Health",
    "Transport",
    "Youth",
    "Housing",
    "Food",
    "Carers",
    "Skills",
    "Environment",
    "Safety",
    "Arts",
    "Sport",
    "Older People's",
)
_KINDS = ("Forum", "Partnership", "Network", "Board", "Alliance")
_PERIODS = (
    ("2025-26", "2025-04-01", "2026-03-31"),
    ("2026-27", "2026-04-01", "2027-03-31"),
)
_CATEGORIES = ("time", "travel", "expenses", "care", "training", "equipment", "venue", "other")


def demo_group_key(group_id: str) -> bytes:
    """The signing key of a made-up group: the same for every return of that group id.

    Only for made-up returns (the demo collection, tests, benchmarks): a real group's key
    is random and kept in its own database (desktop/services/signing.py).
    """
    return hashlib.sha256(b"partnerbook made-up group key:" + group_id.encode()).digest()


def resign(payload: dict[str, Any], key: bytes | None = None) -> dict[str, Any]:
    """A made-up return signed (and hashed) again after a change, as its group would.

    ``key`` signs instead of the group's made-up key (a forger, a reinstalled laptop).
    """
    body = {k: v for k, v in payload.items() if k not in ("sha256", "signature", "signed_by")}
    version = body.get("schema_version")
    if not isinstance(version, int) or version < 2:
        from desktop.domain.canonical import with_hash

        return with_hash(body)  # version 1 returns were never signed (nor is garbage)
    group = body.get("group")
    group_id = str(group.get("id")) if isinstance(group, dict) else ""
    return sign_payload(body, key or demo_group_key(group_id))


def base_payload(today: date = date(2026, 11, 28)) -> dict[str, Any]:
    """A return built by the app itself from the example group (takes a few seconds)."""
    from desktop.domain.periods import financial_year
    from desktop.services.demo import fill_demo
    from desktop.services.return_data import build_return
    from desktop.store.database import Database
    from desktop.store.opening import open_database

    with tempfile.TemporaryDirectory(prefix="partnerbook-sample-") as folder:
        path = Path(folder) / "group.db"
        open_database(path, Path(folder) / "backups")
        database = Database(path)
        try:
            with database.session() as session:
                fill_demo(session, today=today)
            with database.session() as session:
                payload = build_return(session, financial_year(2026))
        finally:
            database.dispose()
    return resign(payload)


def _ratings(rng: random.Random, sections: tuple[str, ...]) -> list[dict[str, Any]]:
    framework = load_builtin()
    keys = ["we_do_this", "we_do_this", "could_do_better", "need_help", "not_applicable"]
    result = []
    for section in sections:
        for item in framework.sections[section].items:
            if rng.random() < 0.3:
                continue
            result.append(
                {
                    "framework_id": framework.id,
                    "framework_version": framework.version,
                    "section": section,
                    "clause_ref": item.ref,
                    "title": item.title,
                    "rating": rng.choice(keys),
                    "evidence": rng.choice(
                        ["", "Minutes of the last meeting", "Terms of reference"]
                    ),
                    "next_action": "",
                    "due_date": None,
                }
            )
    return result


def _review(rng: random.Random, template: dict[str, Any] | None, key: str) -> dict[str, Any] | None:
    if template is None or rng.random() < 0.2:
        return None
    framework = load_builtin()
    review = deepcopy(template)
    review["id"] = str(uuid.uuid5(_NAMESPACE, "review" + key))
    scored: list[int] = []
    for answer in review["answers"]:
        option = rng.choice([o for o in framework.answer_scale if o.score is not None])
        answer["answer"], answer["score"] = option.key, int(option.score or 0)
        scored.append(answer["score"])
    overall = int(sum(scored) / len(scored) + 0.5) if scored else None
    review["overall_score"] = overall
    for section in review["section_scores"]:
        values = [a["score"] for a in review["answers"] if a["section"] == section]
        review["section_scores"][section] = int(sum(values) / len(values) + 0.5) if values else None
    if overall is not None:
        band = framework.band_for(overall)
        review["band"] = {"key": band.key, "label": band.label}
    return review


def _needs(rng: random.Random, key: str, count: int) -> list[dict[str, Any]]:
    needs = []
    for n in range(count):
        status = rng.choice(["identified", "requested", "agreed", "declined", "received"])
        estimated = rng.randrange(500, 60_000, 50)
        agreed = estimated if status in ("agreed", "received") else None
        needs.append(
            {
                "id": str(uuid.uuid5(_NAMESPACE, f"need{key}{n}")),
                "category": rng.choice(_CATEGORIES),
                "description": rng.choice(
                    [
                        "Mileage to meetings",
                        "Cover for the carer",
                        "Training for new reps",
                        "Room hire",
                        "Laptop for minutes",
                        "Interpreter",
                    ]
                ),
                "quantity": 1.0,
                "unit": "items",
                "unit_cost_pence": None,
                "estimated_pence": estimated,
                "agreed_pence": agreed,
                "received_pence": estimated if status == "received" else None,
                "asked_of": "Torridge District Council",
                "status": status,
                "identified_date": "2026-05-01",
                "requested_date": None,
                "decided_date": None,
                "received_date": None,
            }
        )
    return needs


def _totals(needs: list[dict[str, Any]]) -> dict[str, int]:
    from desktop.services.return_sections import need_totals

    return need_totals(needs)


def partnership_pool(extra: int) -> list[tuple[str, str]]:
    """The named partnerships, plus ``extra`` made-up local ones for a bigger area."""
    made = [
        (f"{town} {topic} {kind}", "") for kind in _KINDS for topic in _TOPICS for town in _TOWNS
    ]
    return list(PARTNERSHIP_NAMES) + made[:extra]


def varied_payloads(
    count: int,
    seed: int = 7,
    base: dict[str, Any] | None = None,
    groups: int | None = None,
    extra_partnerships: int = 0,
) -> list[dict[str, Any]]:
    """``count`` returns from ``groups`` groups (default: enough for one per group and
    period, so nothing supersedes), all valid and each with its own hash."""
    rng = random.Random(seed)
    pool = partnership_pool(extra_partnerships)
    base = base or base_payload()
    templates = base["partnerships"]
    review_template = next((p["latest_review"] for p in templates if p["latest_review"]), None)
    groups = groups or max(1, (count + len(_PERIODS) - 1) // len(_PERIODS))
    payloads = []
    for n in range(count):
        g, p = n % groups, (n // groups) % len(_PERIODS)
        label, start, end = _PERIODS[p]
        key = f"{seed}-{n}"
        payload = deepcopy(base)
        name = GROUP_NAMES[g % len(GROUP_NAMES)]
        if g >= len(GROUP_NAMES):
            name = f"{name} ({g // len(GROUP_NAMES) + 1})"
        payload["group"]["id"] = str(uuid.uuid5(_NAMESPACE, f"group{seed}-{g}"))
        payload["group"]["name"] = name
        payload["period"].update({"label": label, "kind": "financial_year", "start": start})
        payload["period"]["end"] = end
        return_id = str(uuid.uuid5(_NAMESPACE, "return" + key))
        payload["return_id"] = return_id
        payload["reference"] = f"PB-{label}-{return_id[:8].upper()}"
        payload["created_at"] = f"{start[:4]}-11-{1 + n % 28:02d}T10:{n % 60:02d}:00Z"
        partnerships = []
        for index in rng.sample(range(len(pool)), rng.randint(1, 5)):
            entry = deepcopy(templates[index % len(templates)])
            entry["id"] = str(uuid.uuid5(_NAMESPACE, f"partnership{seed}-{g}-{index}"))
            entry["name"], entry["short_name"] = pool[index]
            entry["commitments"] = _ratings(rng, ("success_elements", "all_partners"))
            entry["undertakings"] = _ratings(rng, ("statutory", "voluntary"))
            entry["latest_review"] = _review(rng, review_template, f"{key}-{index}")
            entry["previous_review"] = None
            entry["resource_needs"] = _needs(rng, f"{key}-{index}", rng.randint(0, 3))
            entry["resource_totals"] = _totals(entry["resource_needs"])
            partnerships.append(entry)
        payload["partnerships"] = partnerships
        payload["general_resource_needs"] = _needs(rng, f"{key}-general", rng.randint(0, 1))
        totals = {k: 0 for k in base["resource_totals"]}
        for entry in partnerships:
            for k in totals:
                totals[k] += entry["resource_totals"].get(k, 0)
        payload["resource_totals"] = totals
        payload.pop("sha256", None)
        payloads.append(resign(payload))
    return payloads


def write_pdf(payload: dict[str, Any], path: Path) -> Path:
    """Export ``payload`` as the app does: the full PDF return with the JSON attached."""
    from desktop.atomic_write import write_atomically
    from desktop.reports.return_pdf import render_return_pdf

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(path, render_return_pdf(payload))


def write_minimal_pdf(payload: dict[str, Any], path: Path, attachment: str | None = None) -> Path:
    """A one-page PDF carrying the payload, for tests that need many files quickly."""
    from pypdf import PdfWriter

    from desktop.domain.canonical import canonical_bytes
    from desktop.services.return_reader import ATTACHMENT_NAME

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment(attachment or ATTACHMENT_NAME, canonical_bytes(payload))
    from desktop.atomic_write import write_with

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_with(path, writer.write)


def write_signed_minimal_pdf(
    payload: dict[str, Any], path: Path, key_pem: str, certificate_pem: str
) -> Path:
    """A one-page PDF carrying the payload, both signed as the group's Partnerbook signs an
    export: the data naming the PDF key (``pdf_key_sha256``), the PDF with a PAdES signature
    by it (``new_pdf_identity`` makes a group's key and certificate)."""
    import io

    from pypdf import PdfWriter

    from desktop.atomic_write import write_atomically
    from desktop.domain.canonical import canonical_bytes
    from desktop.reports.pdf_signature import pdf_key_sha256, sign_pdf
    from desktop.services.return_reader import ATTACHMENT_NAME

    body = {k: v for k, v in payload.items() if k not in ("sha256", "signature", "signed_by")}
    signed = sign_payload(
        body, demo_group_key(str(body["group"]["id"])), pdf_key_sha256(certificate_pem)
    )
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment(ATTACHMENT_NAME, canonical_bytes(signed))
    unsigned = io.BytesIO()
    writer.write(unsigned)
    reference = f"Partnerbook return {signed.get('reference', '')}"
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(
        path, sign_pdf(unsigned.getvalue(), key_pem, certificate_pem, reference)
    )


def resubmission(payload: dict[str, Any], day: int = 27) -> dict[str, Any]:
    """The same group's return for the same period sent again later, with a change."""
    again = deepcopy(payload)
    again.pop("sha256", None)
    again["supersedes"] = payload["return_id"]
    again["return_id"] = str(uuid.uuid5(_NAMESPACE, "again" + payload["return_id"]))
    again["reference"] = f"PB-{payload['period']['label']}-{again['return_id'][:8].upper()}"
    again["created_at"] = payload["created_at"][:8] + f"{day:02d}T16:00:00Z"
    if again["partnerships"]:
        for rating in again["partnerships"][0]["commitments"]:
            if rating["rating"] == "need_help":
                rating["rating"] = "could_do_better"
    return resign(again)


def _write_one(job: tuple[dict[str, Any], str]) -> str:
    return str(write_pdf(job[0], Path(job[1])))


def write_pdfs(items: list[dict[str, Any]], folder: Path, processes: int = 2) -> list[Path]:
    """Export many returns as full PDFs, on several cores (a thousand take minutes)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(item, str(folder / f"return-{n:04d}.pdf")) for n, item in enumerate(items)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        return [Path(p) for p in pool.map(_write_one, jobs, chunksize=8)]
