import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Computed, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base, Timestamps, UUIDPrimaryKey

# The first 200,000 characters: to_tsvector refuses texts whose vector would pass 1 MB.
CV_SEARCH_VECTOR_SQL = "to_tsvector('english', left(coalesce(text, ''), 200000))"


class CVStatus(StrEnum):
    QUEUED = "queued"
    PARSING = "parsing"
    PARSED = "parsed"
    FAILED = "failed"


class CV(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "cvs"

    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(8))
    size_bytes: Mapped[int]
    # The uploaded bytes live in PostgreSQL (any worker on any host can read them); deferred
    # so that listing CVs never loads them.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    status: Mapped[CVStatus] = mapped_column(String(16), default=CVStatus.QUEUED)
    error: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text, deferred=True)
    skills: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list)
    years_experience: Mapped[float | None]
    seniority: Mapped[str | None] = mapped_column(String(16))
    parsed_at: Mapped[datetime | None]
    # The matcher's reading of the text (matching.PreparedCandidate.to_dict()), made once
    # by the parse; deferred like the text.
    prepared: Mapped[dict[str, object] | None] = mapped_column(JSONB, deferred=True)
    attempts: Mapped[int] = mapped_column(default=0)
    # The pre-filter of candidates for a job: skills (GIN) or words of the CV (full text).
    search_vector: Mapped[str] = mapped_column(
        TSVECTOR, Computed(CV_SEARCH_VECTOR_SQL, persisted=True), deferred=True
    )

    __table_args__ = (
        Index("ix_cvs_owner_id_created_at", "owner_id", "created_at"),
        Index("ix_cvs_skills", "skills", postgresql_using="gin"),
        Index("ix_cvs_search_vector", "search_vector", postgresql_using="gin"),
    )
