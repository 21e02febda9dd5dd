"""ORM models; importing this package registers every table on `Base.metadata`."""

from jobmatch.models.base import Base
from jobmatch.models.candidate_match import CandidateResult, CandidateRun
from jobmatch.models.cv import CV, CVStatus
from jobmatch.models.job import Job, JobStatus, RemotePolicy
from jobmatch.models.job_index import CorpusSkill, CorpusTerm, CorpusTotals, JobIndexEntry
from jobmatch.models.match import PENDING_STATUSES, MatchResult, MatchRun, RunStatus
from jobmatch.models.refresh_token import RefreshToken
from jobmatch.models.taxonomy_occupation import TaxonomyOccupation
from jobmatch.models.taxonomy_skill import TaxonomySkill
from jobmatch.models.taxonomy_snapshot import TaxonomySnapshot
from jobmatch.models.user import Role, User

__all__ = [
    "CV",
    "PENDING_STATUSES",
    "Base",
    "CVStatus",
    "CandidateResult",
    "CandidateRun",
    "CorpusSkill",
    "CorpusTerm",
    "CorpusTotals",
    "Job",
    "JobIndexEntry",
    "JobStatus",
    "MatchResult",
    "MatchRun",
    "RefreshToken",
    "RemotePolicy",
    "Role",
    "RunStatus",
    "TaxonomyOccupation",
    "TaxonomySkill",
    "TaxonomySnapshot",
    "User",
]
