"""The tables of a collection. Own Base and metadata: never mixed with the group database.

The payload JSON of every return is kept whole (``ReturnFile.payload``), so nothing a group
sent is ever lost; the other tables are normalised copies of parts of it, for fast views.
They are written with plain sqlite3 by desktop.services.collection_import (thousands of rows
per second); these models define the schema for Alembic and for anyone reading with the ORM.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.store.models.base import NAMING_CONVENTION, utcnow


class CollectionBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CollectedGroup(CollectionBase):
    """A group that has sent at least one return, known by the id its app gave it."""

    __tablename__ = "collected_group"
    # Find looks names up through trigrams on a server with pg_trgm (c0010_find_indexes).
    # Written as text, as the log's below: Alembic compares neither (a file has neither).
    __table_args__ = (
        Index(
            "ix_collected_group_find", text("latest_name gin_trgm_ops"), postgresql_using="gin"
        ).ddl_if(dialect="postgresql"),
        # A server walks the groups in the lists' name order (c0011_name_order): the
        # ORDER BY's lower(latest_name) COLLATE "C" (server.translate's NOCASE), spelt as
        # the server shows it (the column is "C" already) so Alembic's compare matches.
        Index("ix_collected_group_name_order", text("lower(latest_name::text)")).ddl_if(
            dialect="postgresql"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(300))  # as first received
    latest_name: Mapped[str] = mapped_column(String(300))  # from its newest return
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # latest_name, normalised
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ReturnFile(CollectionBase):
    """One return as received. Superseded returns are kept, marked, never deleted."""

    __tablename__ = "collected_return"
    # The views read periods, returns and groups from this index, never the wide rows
    # (migration c0007_view_indexes).
    __table_args__ = (
        Index(
            "ix_collected_return_period",
            "status",
            "period_start",
            "period_end",
            "period_label",
            "group_id",
        ),
        # The Groups page's screenful, sort and Find, from the index alone (c0010).
        Index(
            "ix_collected_return_listed",
            "status",
            "period_start",
            "period_end",
            "period_label",
            "group_id",
            "id",
            "created_at",
            "reference",
            "app_version",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("collected_group.id"), index=True)
    reference: Mapped[str] = mapped_column(String(80), default="")
    period_label: Mapped[str] = mapped_column(String(80))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    created_at: Mapped[str] = mapped_column(String(40))  # as written in the return (UTC)
    app_version: Mapped[str] = mapped_column(String(40), default="")
    payload_sha256: Mapped[str] = mapped_column(String(64))
    supersedes: Mapped[str | None] = mapped_column(String(36), default=None)
    superseded_by: Mapped[str | None] = mapped_column(String(36), default=None)
    status: Mapped[str] = mapped_column(String(16), default="current", index=True)
    # The return speaks for the whole group (1), or only for the partnerships it lists (0).
    whole_group: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # The later return that now has the latest word on the group's general needs, if any.
    general_superseded_by: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    # Set when the officer withdrew the return (status "withdrawn"): why, and when (UTC).
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    payload: Mapped[str] = mapped_column(Text)
    # Issue 20. "signed" (by the group key whose short fingerprint is kept), or "unsigned"
    # (a version 1 return, made by an older Partnerbook before returns were signed).
    signature_state: Mapped[str] = mapped_column(
        String(16), default="unsigned", server_default="unsigned"
    )
    key_fingerprint: Mapped[str] = mapped_column(String(24), default="", server_default="")
    # The return pack (made by this CVS) the return answered, if any.
    pack_id: Mapped[str | None] = mapped_column(String(36), default=None)


class CollectedPartnership(CollectionBase):
    """A partnership as one group reported it in one return."""

    __tablename__ = "collected_partnership"
    # The partnerships' totals are read from this index alone (c0007_view_indexes).
    __table_args__ = (
        Index(
            "ix_collected_partnership_current",
            "return_id",
            "superseded_by",
            "canonical_key",
            "name",
            "need_help_count",
            "requested_pence",
            "unmet_pence",
            "review_score",
        ),
        # Find's rare words looked up through trigrams on a server with pg_trgm (c0010).
        Index(
            "ix_collected_partnership_find", text("name gin_trgm_ops"), postgresql_using="gin"
        ).ddl_if(dialect="postgresql"),
        # Every partnership's names counted, and How it is run's rows chosen on a server,
        # from the index alone (c0010_find_indexes).
        Index(
            "ix_collected_partnership_names",
            "canonical_key",
            "name",
            "short_name",
            "return_id",
            "superseded_by",
            "id",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(
        ForeignKey("collected_return.id", ondelete="CASCADE"), index=True
    )
    uuid: Mapped[str] = mapped_column(String(36))  # the group's own id for it
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(120), default="")
    name_key: Mapped[str] = mapped_column(String(300))  # the name, normalised
    # The key after confirmed merges; kept up to date by merge and applied on import.
    canonical_key: Mapped[str] = mapped_column(String(300), index=True)
    # The later return that now has the latest word on this partnership (None: this row has).
    superseded_by: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    status: Mapped[str] = mapped_column(String(32), default="")
    scale: Mapped[str] = mapped_column(String(32), default="")
    area: Mapped[str] = mapped_column(String(300), default="")
    our_role: Mapped[str] = mapped_column(String(64), default="")
    meetings: Mapped[int] = mapped_column(Integer, default=0)
    meetings_attended: Mapped[int] = mapped_column(Integer, default=0)
    review_date: Mapped[str | None] = mapped_column(String(10), default=None)
    review_score: Mapped[int | None] = mapped_column(Integer, default=None)
    review_band: Mapped[str] = mapped_column(String(120), default="")
    # The tool the review was made with, and its sections' scores (JSON: each with its
    # range and band), so scores are only ever compared within one tool. Blank: an older row.
    review_framework_id: Mapped[str] = mapped_column(String(120), default="", server_default="")
    review_framework_title: Mapped[str] = mapped_column(String(300), default="", server_default="")
    review_framework_version: Mapped[str] = mapped_column(String(40), default="", server_default="")
    review_sections: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Partners' own answers to that review, anonymised as the return carries them (JSON:
    # how many answered, organisations named, counts and spread per question). Blank: none.
    review_partners: Mapped[str] = mapped_column(Text, default="", server_default="")
    # How it is run (issue 17), as services.collection.run_view.run_summary takes it from
    # the return (JSON). Blank: a row the migration could not read.
    how_run: Mapped[str] = mapped_column(Text, default="", server_default="")
    need_help_count: Mapped[int] = mapped_column(Integer, default=0)
    requested_pence: Mapped[int] = mapped_column(Integer, default=0)
    unmet_pence: Mapped[int] = mapped_column(Integer, default=0)


class CollectedRating(CollectionBase):
    """A commitment (or undertaking) rating, clause by clause."""

    __tablename__ = "collected_rating"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("collected_partnership.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "commitment" or "undertaking"
    section: Mapped[str] = mapped_column(String(40))
    clause_ref: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[str] = mapped_column(Text, default="")
    framework_id: Mapped[str] = mapped_column(String(120), default="", server_default="")
    framework_title: Mapped[str] = mapped_column(String(300), default="", server_default="")
    framework_version: Mapped[str] = mapped_column(String(40), default="", server_default="")
    section_title: Mapped[str] = mapped_column(String(500), default="", server_default="")
    rating_label: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # 1 when the rating's own framework says it means "we need help"; None: an older row.
    need_help: Mapped[int | None] = mapped_column(Integer, default=None)


class CollectedAnswer(CollectionBase):
    """One agreed answer of the latest review a group reported for a partnership."""

    __tablename__ = "collected_answer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("collected_partnership.id", ondelete="CASCADE"), index=True
    )
    section: Mapped[str] = mapped_column(String(40), default="")
    question_ref: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(String(40))
    score: Mapped[int | None] = mapped_column(Integer, default=None)
    answer_label: Mapped[str] = mapped_column(String(120), default="", server_default="")


class CollectedNeed(CollectionBase):
    """A resource need; ``partnership_id`` is None for a group's general needs."""

    __tablename__ = "collected_need"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(
        ForeignKey("collected_return.id", ondelete="CASCADE"), index=True
    )
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("collected_partnership.id", ondelete="CASCADE"), index=True, default=None
    )
    category: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default="")
    estimated_pence: Mapped[int] = mapped_column(Integer, default=0)
    agreed_pence: Mapped[int | None] = mapped_column(Integer, default=None)
    received_pence: Mapped[int | None] = mapped_column(Integer, default=None)


class ImportLogEntry(CollectionBase):
    """Every file ever offered to the collection, and what became of it."""

    __tablename__ = "import_log"
    # Find's text on a server with pg_trgm, as view_queries._LOG_TEXT writes it (c0010).
    __table_args__ = (
        Index(
            "ix_import_log_find",
            text(
                "(((((((((path || ' '::text) || (outcome)::text) || ' '::text) || reason)"
                " || ' '::text) || (file_sha256)::text) || ' '::text)"
                " || (key_fingerprint)::text)) gin_trgm_ops"
            ),
            postgresql_using="gin",
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    offered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    outcome: Mapped[str] = mapped_column(String(16))  # imported/duplicate/supersedes/rejected
    reason: Mapped[str] = mapped_column(Text, default="")
    return_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    # The short fingerprint of the key that signed the return (issue 20); "" when unsigned.
    key_fingerprint: Mapped[str] = mapped_column(String(24), default="", server_default="")


class ExpectedGroup(CollectionBase):
    """A group the officer expects a return from (a list they keep by hand)."""

    __tablename__ = "expected_group"
    __table_args__ = (UniqueConstraint("name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")


class PartnershipMerge(CollectionBase):
    """A confirmed "these two names are the same partnership", kept for later imports."""

    __tablename__ = "partnership_merge"
    __table_args__ = (UniqueConstraint("alias_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias_key: Mapped[str] = mapped_column(String(300))
    canonical_key: Mapped[str] = mapped_column(String(300), index=True)
    alias_name: Mapped[str] = mapped_column(String(300), default="")
    canonical_name: Mapped[str] = mapped_column(String(300), default="")
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class GroupMerge(CollectionBase):
    """A confirmed "these two group ids are the same group" (a reinstall, a new laptop),
    kept for later imports: returns sent under ``alias_uuid`` count as ``canonical_uuid``'s."""

    __tablename__ = "group_merge"
    __table_args__ = (UniqueConstraint("alias_uuid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias_uuid: Mapped[str] = mapped_column(String(36))
    canonical_uuid: Mapped[str] = mapped_column(String(36), index=True)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CvsKey(CollectionBase):
    """The CVS's own key pair (issue 20): signs its return packs, opens sealed contacts.

    The private keys are kept encrypted under the officer's passphrase (PKCS#8, scrypt;
    desktop/domain/cvs_keys.py); only the public halves are readable without it. A rotated
    key is retired (no new packs), never deleted: returns for its packs still open.
    """

    __tablename__ = "cvs_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sign_public: Mapped[str] = mapped_column(String(60), unique=True)
    seal_public: Mapped[str] = mapped_column(String(60))
    fingerprint: Mapped[str] = mapped_column(String(24))
    private_keys: Mapped[str] = mapped_column(Text)  # encrypted PEM blocks
    # The CVS's name and contact as its packs give them (the latest key's are used).
    cvs_name: Mapped[str] = mapped_column(String(300), default="")
    cvs_contact: Mapped[str] = mapped_column(Text, default="")
    # Set on a key made by rotation: the earlier key's signature over this one.
    endorsed_by: Mapped[str] = mapped_column(String(60), default="", server_default="")
    endorsement: Mapped[str] = mapped_column(String(100), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class GroupKey(CollectionBase):
    """A key a group's returns may be signed with: recorded from its first signed return,
    or confirmed by the officer later (a reinstalled laptop, a new computer)."""

    __tablename__ = "group_key"
    __table_args__ = (UniqueConstraint("group_uuid", "public_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_uuid: Mapped[str] = mapped_column(String(36), index=True)
    public_key: Mapped[str] = mapped_column(String(60))
    fingerprint: Mapped[str] = mapped_column(String(24))
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    how: Mapped[str] = mapped_column(String(16), default="first")  # first / confirmed


class HeldReturn(CollectionBase):
    """A return signed by a key the collection does not know for its group: kept aside,
    never applied, until the officer confirms (then imported) or refuses it."""

    __tablename__ = "held_return"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    offered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    path: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    return_uuid: Mapped[str] = mapped_column(String(36), index=True)
    group_uuid: Mapped[str] = mapped_column(String(36))
    group_name: Mapped[str] = mapped_column(String(300))
    period_label: Mapped[str] = mapped_column(String(80))
    public_key: Mapped[str] = mapped_column(String(60))
    fingerprint: Mapped[str] = mapped_column(String(24))
    known_fingerprints: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="held", index=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class MadePack(CollectionBase):
    """A return pack this collection made and sent to its groups."""

    __tablename__ = "return_pack"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(36), unique=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("cvs_key.id"))
    period_label: Mapped[str] = mapped_column(String(80))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    message: Mapped[str] = mapped_column(Text, default="")
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    content: Mapped[str] = mapped_column(Text)


class _SummaryColumns:
    """The columns both summary tables share (desktop/store/collection/queries/summaries.py
    says what each topic keeps in them)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The row's key: a digest of its topic, period and key columns (too long to index).
    digest: Mapped[str] = mapped_column(String(40))
    topic: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[str] = mapped_column(String(10))
    period_end: Mapped[str] = mapped_column(String(10))
    k1: Mapped[str] = mapped_column(Text, default="")
    k2: Mapped[str] = mapped_column(Text, default="")
    k3: Mapped[str] = mapped_column(Text, default="")
    k4: Mapped[str] = mapped_column(Text, default="")
    k5: Mapped[str] = mapped_column(Text, default="")
    k6: Mapped[str] = mapped_column(Text, default="")
    k7: Mapped[str] = mapped_column(Text, default="")
    x1: Mapped[float | None] = mapped_column(Float, default=None)
    x2: Mapped[float | None] = mapped_column(Float, default=None)
    n: Mapped[int] = mapped_column(BigInteger, default=0)
    # Money totals (pence); None: too large for 64 bits, the views add up the detail rows.
    v1: Mapped[int | None] = mapped_column(BigInteger, default=0)
    v2: Mapped[int | None] = mapped_column(BigInteger, default=0)
    v3: Mapped[int | None] = mapped_column(BigInteger, default=0)
    score: Mapped[float | None] = mapped_column(Float, default=0.0)


class SummaryPart(_SummaryColumns, CollectionBase):
    """One group's share of the views' figures, from its current rows (c0009)."""

    __tablename__ = "summary_part"
    __table_args__ = (
        Index("ix_summary_part_group", "group_id"),
        Index("ix_summary_part_key", "topic", "period_start", "period_end", "k1"),
    )

    group_id: Mapped[int] = mapped_column(Integer)


class SummaryTotal(_SummaryColumns, CollectionBase):
    """The area's figures: every group's ``SummaryPart`` rows summed, and group counts."""

    __tablename__ = "summary_total"
    __table_args__ = (
        UniqueConstraint("digest"),
        Index("ix_summary_total_period", "topic", "period_start", "period_end"),
    )
