import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base, Timestamps, UUIDPrimaryKey
from jobmatch.models.explanation import Explained
from jobmatch.models.match import RunStatus


class CandidateRun(UUIDPrimaryKey, Timestamps, Base):
    """One request to rank candidates for a job (the recruiter's side of a match run)."""

    __tablename__ = "candidate_runs"

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    status: Mapped[RunStatus] = mapped_column(String(16), default=RunStatus.QUEUED)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_candidate_runs_job_id_created_at", "job_id", "created_at"),
        Index(
            "uq_candidate_runs_job_id_queued",
            "job_id",
            unique=True,
            postgresql_where=text("status = 'queued'"),
        ),
    )


class CandidateResult(Explained, Base):
    __tablename__ = "candidate_results"

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidate_runs.id", ondelete="CASCADE"), primary_key=True
    )
    # A deleted CV (or user) takes its rows with it.
    cv_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cvs.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    score: Mapped[int]
    value: Mapped[float]

    __table_args__ = (
        Index("ix_candidate_results_run_id_value", "run_id", text("value DESC"), "cv_id"),
        Index("ix_candidate_results_user_id", "user_id"),
    )
