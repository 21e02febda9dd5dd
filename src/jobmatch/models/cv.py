import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base, Timestamps, UUIDPrimaryKey


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
    attempts: Mapped[int] = mapped_column(default=0)

    __table_args__ = (Index("ix_cvs_owner_id_created_at", "owner_id", "created_at"),)
