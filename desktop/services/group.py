"""Our own group's profile and its main contact."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.record_rules import GroupInput, group_problems
from desktop.services.partnerships import InvalidInput
from desktop.store.models import GroupProfile, Person


def current_group(session: Session) -> GroupProfile | None:
    return session.scalars(select(GroupProfile).order_by(GroupProfile.id)).first()


def load_group(session: Session) -> GroupInput | None:
    """What the profile form shows; None before the group is set up."""
    group = current_group(session)
    if group is None:
        return None
    contact = session.get(Person, group.main_contact_id) if group.main_contact_id else None
    return GroupInput(
        name=group.name,
        charity_number=group.charity_number,
        area_served=group.area_served,
        cvs_name=group.cvs_name,
        contact_name=contact.full_name if contact else "",
        contact_email=contact.email if contact else "",
        contact_phone=contact.phone if contact else "",
        size_band=group.size_band,
        setting=group.setting,
    )


def save_group_profile(session: Session, data: GroupInput) -> GroupProfile:
    """Make or change the one group profile; the main contact is a Person we keep."""
    problems = group_problems(data)
    if problems:
        raise InvalidInput(problems)
    group = current_group(session)
    if group is None:
        group = GroupProfile(name=data.name.strip())
        session.add(group)
    group.name = " ".join(data.name.split())
    group.charity_number = data.charity_number.strip()
    group.area_served = data.area_served.strip()
    group.cvs_name = data.cvs_name.strip()
    group.size_band = data.size_band
    group.setting = data.setting
    contact = session.get(Person, group.main_contact_id) if group.main_contact_id else None
    if data.contact_name.strip():
        if contact is None:
            contact = Person(full_name="")
            session.add(contact)
        contact.full_name = " ".join(data.contact_name.split())
        contact.email = data.contact_email.strip()
        contact.phone = data.contact_phone.strip()
        session.flush()
        group.main_contact_id = contact.id
    else:
        # The person stays (they may be a representative); they are no longer the contact.
        group.main_contact_id = None
    session.flush()
    return group
