"""Our group, the people we know, and settings.

Names and contact details live in ``person`` and nowhere else, so a person can be found,
exported or forgotten in one place (UK GDPR).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, IdMixin, TimestampMixin, UuidMixin


class Person(IdMixin, UuidMixin, TimestampMixin, Base):
    __tablename__ = "person"

    full_name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when the person asked to be forgotten; the row stays so records keep their shape.
    forgotten_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class GroupProfile(IdMixin, UuidMixin, TimestampMixin, Base):
    """Our own group. One row; its uuid identifies the group in every return it sends."""

    __tablename__ = "group_profile"

    name: Mapped[str] = mapped_column(String(300))
    charity_number: Mapped[str] = mapped_column(String(40), default="")
    area_served: Mapped[str] = mapped_column(String(300), default="")
    cvs_name: Mapped[str] = mapped_column(String(300), default="")
    main_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    size_band: Mapped[str] = mapped_column(String(32), default="")
    setting: Mapped[str] = mapped_column(String(32), default="")


class SettingValue(Base):
    """Small preferences that belong with the data (mileage rate, review period, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
