"""The log of every return this group has exported."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, IdMixin, utcnow


class ReturnRecord(IdMixin, Base):
    __tablename__ = "return_record"

    # The return id carried inside the PDF.
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    reference: Mapped[str] = mapped_column(String(80))
    period_label: Mapped[str] = mapped_column(String(80))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    file_path: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    payload_sha256: Mapped[str] = mapped_column(String(64), default="")
    supersedes_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    include_contacts: Mapped[bool] = mapped_column(Boolean, default=False)
    partnership_count: Mapped[int] = mapped_column(Integer, default=0)
    signoff_role: Mapped[str] = mapped_column(String(300), default="")
    signoff_person_id: Mapped[int | None] = mapped_column(Integer, default=None)
    signoff_date: Mapped[date | None] = mapped_column(Date, default=None)
