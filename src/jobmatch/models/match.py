import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base, Timestamps, UUIDPrimaryKey
from jobmatch.models.explanation import Explained


class RunStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    # A done run whose list a newer done run replaced (see runs.supersede_earlier): never
    # shown, no results. Keeps each owner's done runs to about one, so looking up the newest
    # and removing the replaced list cost the same after ten runs or ten thousand.
    SUPERSEDED = "superseded"


PENDING_STATUSES = (RunStatus.QUEUED, RunStatus.RUNNING)


class MatchRun(UUIDPrimaryKey, Timestamps, Base):
    """One request to rank open jobs for a candidate; the status lives here, not in Redis."""

    __tablename__ = "match_runs"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # Deleting a CV deletes the runs (and results) computed from it.
    cv_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cvs.id", ondelete="CASCADE"))
    status: Mapped[RunStatus] = mapped_column(String(16), default=RunStatus.QUEUED)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    # The missing skills that would raise the candidate's top scores most (see skill_gap.py).
    skill_gap: Mapped[list[dict[str, object]]] = mapped_column(
        JSONB, default=list, server_default="[]"
    )

    __table_args__ = (
        Index("ix_match_runs_user_id_created_at", "user_id", "created_at"),
        # Polls and live updates look up each candidate's newest finished run: the newest
        # by creation, as the poll's latest run (a run queued later but done first wins).
        Index(
            "ix_match_runs_user_id_done",
            "user_id",
            "created_at",
            postgresql_where=text("status = 'done'"),
        ),
        # At most one queued run per user: concurrent requests converge on the same run.
        Index(
            "uq_match_runs_user_id_queued",
            "user_id",
            unique=True,
            postgresql_where=text("status = 'queued'"),
        ),
    )


class MatchResult(Explained, Base):
    """One job in a run's list.

    No foreign keys: their per-row checks were over half of storing a run's ~100 rows
    (EXPLAIN ANALYZE: 2.9 of 5.4 ms). What they did is kept another way:
    - their cascades are statement triggers (migration 0009): deleting jobs or runs, by
      hand or by a cascade from a user or a CV, deletes their results in the same
      statement; truncating jobs or runs empties the table (migration 0010);
    - every writer first locks the run (runs.lock, matches.lock_shown) and the job
      (jobs.lock_open, jobs.hold_for_results) it writes rows for, so neither is deleted
      before the rows are committed, and a row never points at one deleted before
      (tests/services/test_result_references.py).
    The triggers see rows a writer committed while the deletion waited for it only at
    READ COMMITTED, PostgreSQL's default and the app's (core.database pins it): a script
    deleting jobs or runs at REPEATABLE READ or SERIALIZABLE beside a running worker can
    leave result rows of a gone job or run (no read shows them: every read joins both).
    """

    __tablename__ = "match_results"

    run_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    job_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    score: Mapped[int]
    # The unrounded 0..1 value: results are ordered by it (then job id), so a live update
    # inserts, re-scores or removes one row without renumbering the others.
    value: Mapped[float]

    __table_args__ = (
        Index("ix_match_results_run_id_value", "run_id", text("value DESC"), "job_id"),
        Index("ix_match_results_job_id", "job_id"),
    )
