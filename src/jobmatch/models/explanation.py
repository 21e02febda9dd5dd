"""Why a result scored what it did, stored as one `json` value per result row.

A run stores about 100 result rows, so the row's shape is much of a match task's
PostgreSQL time. As four typed columns (two `text[]`, two `jsonb`), which are converted on
the way in, the INSERT of a run's rows took 9.0 ms in the bench's drains against 7.7 ms
as one `json` value, which is only checked (pg_stat_statements, 2026-12-04; 7.9 against
5.4 ms for the INSERT alone). Nothing filters or sorts on it in SQL; ops can still read it
with `->`.
"""

from typing import Any, Protocol

from sqlalchemy import JSON
from sqlalchemy.orm import Mapped, mapped_column


class Explaining(Protocol):
    """What a match score carries (matching.MatchScore and the candidate side's)."""

    @property
    def matched_skills(self) -> list[str]: ...
    @property
    def missing_skills(self) -> list[str]: ...
    @property
    def reasons(self) -> list[str]: ...
    @property
    def breakdown(self) -> dict[str, float | None]: ...


def explanation(
    *,
    matched_skills: list[str],
    missing_skills: list[str],
    reasons: list[str],
    breakdown: dict[str, float | None],
) -> dict[str, Any]:
    """The stored value (every key always present)."""
    return {
        "matched_skills": list(matched_skills),
        "missing_skills": list(missing_skills),
        "reasons": list(reasons),
        "breakdown": dict(breakdown),
    }


def explanation_of(match: Explaining) -> dict[str, Any]:
    return explanation(
        matched_skills=match.matched_skills,
        missing_skills=match.missing_skills,
        reasons=match.reasons,
        breakdown=match.breakdown,
    )


class Explained:
    """A result row's `explanation` column, read as its four parts."""

    explanation: Mapped[dict[str, Any]] = mapped_column(JSON)

    @property
    def matched_skills(self) -> list[str]:
        return list(self.explanation["matched_skills"])

    @property
    def missing_skills(self) -> list[str]:
        return list(self.explanation["missing_skills"])

    @property
    def reasons(self) -> list[str]:
        return list(self.explanation["reasons"])

    @property
    def breakdown(self) -> dict[str, float | None]:
        return dict(self.explanation["breakdown"])
