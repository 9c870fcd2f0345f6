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
    # The return pack (from the CVS) this return answered, if any (issue 20).
    pack_id: Mapped[str | None] = mapped_column(String(36), default=None)


class SigningKey(IdMixin, Base):
    """The group's own key pair for signing returns, made the first time one is needed.

    Kept in the database so that backups, restores and "move to a new computer" carry it:
    the CVS then sees the same key on every return. ``data_key`` is the raw Ed25519 private
    key (base64) that signs the attached data; ``pdf_key`` and ``pdf_certificate`` (PEM)
    sign the PDF itself (PAdES; PDF readers do not check Ed25519 yet). Nobody ever sees them.
    """

    __tablename__ = "signing_key"

    data_key: Mapped[str] = mapped_column(Text)
    pdf_key: Mapped[str] = mapped_column(Text)
    pdf_certificate: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ReturnPack(IdMixin, Base):
    """A return pack a CVS sent, as opened: what it asks, and the CVS's keys."""

    __tablename__ = "return_pack"

    pack_id: Mapped[str] = mapped_column(String(36), unique=True)
    cvs_name: Mapped[str] = mapped_column(String(300))
    cvs_contact: Mapped[str] = mapped_column(Text, default="")
    # The CVS's Ed25519 key that signed the pack, and its X25519 key for sealed contacts.
    sign_key: Mapped[str] = mapped_column(String(60))
    seal_key: Mapped[str] = mapped_column(String(60))
    period_label: Mapped[str] = mapped_column(String(80))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    message: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text)  # the signed pack file, as received
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
