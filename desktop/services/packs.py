"""Opening a return pack from the CVS (the group's side), and what it asks for.

``preview_pack`` checks the file and says in plain words what it asks, with any warning (a
deadline already passed; a key different from the same CVS's earlier pack). Nothing changes
until ``accept_pack``, on the person's yes: the group's CVS is set, the pack's frameworks
are installed through the usual framework import, and the pack is kept, so its deadline
shows on Home and in What's due and the return can be made for it (``pack_id``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from os import PathLike
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.packs import MAX_PACK_BYTES, Pack, PackError, read_pack
from desktop.domain.periods import Period
from desktop.domain.problems import Message
from desktop.store.models import GroupProfile
from desktop.store.models.returns import ReturnPack

__all__ = [
    "PackPreview",
    "accept_pack",
    "pack_by_id",
    "preview_pack",
]

DEADLINE_PASSED = "The deadline, {deadline}, has passed. You can still make the return and send it."
DIFFERENT_KEY = (
    "This pack is signed by a different key from {cvs}'s earlier pack ({old} before, {new} "
    "now). A CVS can change its keys, but someone could also pretend to be your CVS. Check "
    "with {cvs} (by phone, or an email you know is theirs) that they sent it before you "
    "open it."
)
SAME_PACK = "You opened this pack before; opening it again changes nothing that you recorded."


@dataclass(frozen=True)
class PackPreview:
    """What a pack asks, in plain words, before anything changes."""

    pack: Pack
    lines: list[Message]
    warnings: list[Message] = field(default_factory=list)
    key_changed: bool = False


def read_pack_file(path: str | PathLike[str]) -> Pack:
    file = Path(path)
    try:
        if file.stat().st_size > MAX_PACK_BYTES:
            raise PackError("This file is too large to be a return pack.")
        data = file.read_bytes()
    except OSError as exc:
        raise PackError(
            "The file {name} could not be read ({why}).", name=file.name, why=exc.strerror
        ) from exc
    return read_pack(data)


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def preview_pack(session: Session, path: str | PathLike[str], today: date) -> PackPreview:
    """Check the pack at ``path`` and describe it; PackError if it cannot be trusted at all."""
    pack = read_pack_file(path)
    period = pack.period
    lines = [
        Message(
            "{cvs} asks for your return for {period} ({start} to {end}), by {deadline}.",
            cvs=pack.cvs_name,
            period=period["label"],
            start=_day(date.fromisoformat(period["start"])),
            end=_day(date.fromisoformat(period["end"])),
            deadline=_day(pack.deadline),
        )
    ]
    if pack.cvs_contact:
        lines.append(Message("Contact: {contact}", contact=pack.cvs_contact))
    for framework in pack.frameworks:
        lines.append(Message("It sends a framework to use: {file}.", file=framework["file_name"]))
    if pack.message:
        lines.append(Message("Their message: {message}", message=pack.message))
    lines.append(Message("The CVS's key: {key}.", key=pack.fingerprint))
    lines.append(
        Message(
            "If you say yes, {cvs} becomes your CVS, the frameworks are added, and the "
            "deadline shows on Home.",
            cvs=pack.cvs_name,
        )
    )
    warnings: list[Message] = []
    if pack.deadline < today:
        warnings.append(Message(DEADLINE_PASSED, deadline=_day(pack.deadline)))
    if pack_by_id(session, pack.pack_id) is not None:
        warnings.append(Message(SAME_PACK))
    earlier = _earlier_key(session, pack)
    changed = earlier is not None
    if earlier is not None:
        from desktop.domain.signing import fingerprint, from_b64

        warnings.append(
            Message(
                DIFFERENT_KEY,
                cvs=pack.cvs_name,
                old=fingerprint(from_b64(earlier)),
                new=pack.fingerprint,
            )
        )
    return PackPreview(pack, lines, warnings, changed)


def _earlier_key(session: Session, pack: Pack) -> str | None:
    """The same CVS's earlier signing key, when this pack is signed by another (and the
    change is not endorsed by a key we know); None when all is as before."""
    known = [
        row.sign_key
        for row in session.scalars(select(ReturnPack).order_by(ReturnPack.opened_at.desc()))
        if row.cvs_name.strip().casefold() == pack.cvs_name.strip().casefold()
    ]
    if not known or pack.sign_key in known or (pack.endorsed_by in known):
        return None
    return known[0]


def _built_in(text: str, file_name: str) -> bool:
    """A framework this Partnerbook already has built in (same id and version): nothing to
    add. (Importing it would be refused, which must not stop the pack.)"""
    from desktop.domain.framework_parser import parse_framework
    from desktop.domain.frameworks import FrameworkError, load_builtin

    framework = parse_framework(text, file_name)  # a bad file is refused by name, here
    try:
        return load_builtin(framework.id).version == framework.version
    except (FrameworkError, OSError, ValueError):
        return False


def latest_pack(session: Session) -> ReturnPack | None:
    """The pack opened last (the one a group is most likely answering)."""
    return session.scalars(
        select(ReturnPack).order_by(ReturnPack.opened_at.desc(), ReturnPack.id.desc())
    ).first()


def pack_period(pack: ReturnPack) -> Period:
    """The period a pack asks for (see pack_deadlines.period_of)."""
    from desktop.services.pack_deadlines import period_of

    return period_of(pack.period_label, pack.period_start, pack.period_end)


def pack_by_id(session: Session, pack_id: str) -> ReturnPack | None:
    return session.scalars(select(ReturnPack).where(ReturnPack.pack_id == pack_id)).first()


def accept_pack(
    session: Session, preview: PackPreview, *, trust_new_key: bool = False
) -> ReturnPack:
    """Set the CVS, install the frameworks and keep the pack (the caller commits).

    A pack signed by a different key than the CVS's earlier one is refused unless the person
    checked with the CVS and said so (``trust_new_key``).
    """
    from desktop.services.frameworks import import_framework

    pack = preview.pack
    if preview.key_changed and not trust_new_key:
        raise PackError(
            "This pack was not opened: it is signed by a different key from {cvs}'s earlier "
            "pack. Check with {cvs} that they sent it, then open it again and confirm.",
            cvs=pack.cvs_name,
        )
    group = session.scalars(select(GroupProfile).order_by(GroupProfile.id)).first()
    if group is None:
        raise PackError("Say who your group is first (its name), then open the pack again.")
    for framework in pack.frameworks:
        if not _built_in(framework["text"], framework["file_name"]):
            import_framework(session, framework["text"], framework["file_name"])
    group.cvs_name = pack.cvs_name[:300]
    row = pack_by_id(session, pack.pack_id) or ReturnPack(pack_id=pack.pack_id)
    period = pack.period
    row.cvs_name = pack.cvs_name[:300]
    row.cvs_contact = pack.cvs_contact
    row.sign_key = pack.sign_key
    row.seal_key = pack.seal_key
    row.period_label = period["label"][:80]
    row.period_start = date.fromisoformat(period["start"])
    row.period_end = date.fromisoformat(period["end"])
    row.deadline = pack.deadline
    row.message = pack.message
    row.content = pack.raw
    session.add(row)
    session.flush()
    return row
