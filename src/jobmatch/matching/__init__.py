"""Pure matching engine: skills taxonomy, extraction from text, and job scoring.

No database, HTTP or event loop here: everything is deterministic and unit-tested alone.
"""

from jobmatch.matching.extraction import (
    extract_seniority,
    extract_skills,
    extract_years_of_experience,
    normalize_skills,
)
from jobmatch.matching.scoring import (
    CandidateProfile,
    JobProfile,
    MatchScore,
    ScoringWeights,
    rank_jobs,
    score_job,
)
from jobmatch.matching.taxonomy import Skill, Taxonomy, get_taxonomy

__all__ = [
    "CandidateProfile",
    "JobProfile",
    "MatchScore",
    "ScoringWeights",
    "Skill",
    "Taxonomy",
    "extract_seniority",
    "extract_skills",
    "extract_years_of_experience",
    "get_taxonomy",
    "normalize_skills",
    "rank_jobs",
    "score_job",
]
