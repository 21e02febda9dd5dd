import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Integer, SmallInteger, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base


class JobIndexEntry(Base):
    """What the corpus statistics counted for a job, at which version of the job.

    No foreign key: the entry outlives a deleted job until the worker has taken its
    document back out of the statistics (then it is deleted too).
    """

    __tablename__ = "job_index"

    job_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer)  # the job version counted
    # The job version whose score the candidates' result lists already show.
    propagated_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # {"terms": {term: count}, "length": n, "skills": [...]}; None: nothing counted (closed).
    document: Mapped[dict[str, object] | None] = mapped_column(JSONB)
    indexed_at: Mapped[datetime] = mapped_column(
        server_default=func.clock_timestamp(), onupdate=func.clock_timestamp()
    )


class CorpusTotals(Base):
    """One row: how many open jobs the statistics count, their total length, a revision."""

    __tablename__ = "corpus_totals"

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, default=1)
    documents: Mapped[int] = mapped_column(BigInteger, default=0)
    total_length: Mapped[int] = mapped_column(BigInteger, default=0)
    revision: Mapped[int] = mapped_column(BigInteger, default=0)


class CorpusTerm(Base):
    """In how many open jobs' title and description a term occurs."""

    __tablename__ = "corpus_terms"

    term: Mapped[str] = mapped_column(Text, primary_key=True)
    df: Mapped[int] = mapped_column(Integer)


class CorpusSkill(Base):
    """How many open jobs list a skill (required or nice to have)."""

    __tablename__ = "corpus_skills"

    skill: Mapped[str] = mapped_column(Text, primary_key=True)
    df: Mapped[int] = mapped_column(Integer)
