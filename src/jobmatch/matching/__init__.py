"""Pure matching engine: skills taxonomy, extraction from text, and job scoring.

No database, HTTP or event loop here: everything is deterministic and unit-tested alone.
"""

from jobmatch.matching.candidate_index import CandidateIndex
from jobmatch.matching.corpus import CorpusStats, JobDocument
from jobmatch.matching.extraction import (
    extract_seniority,
    extract_skills,
    extract_title_families,
    extract_years_of_experience,
    normalize_skills,
)
from jobmatch.matching.index import JobIndex
from jobmatch.matching.prepared import PreparedCandidate
from jobmatch.matching.profiles import (
    CandidateProfile,
    JobProfile,
    build_candidate_profile,
    build_job_profile,
)
from jobmatch.matching.scoring import MatchScore, ScoringWeights, rank_jobs, score_job
from jobmatch.matching.taxonomy import (
    Skill,
    Taxonomy,
    builtin_taxonomy,
    get_taxonomy,
    install_taxonomy,
)
from jobmatch.matching.taxonomy_import import (
    OccupationRecord,
    SkillRecord,
    parse_esco_occupations,
    parse_esco_skills,
    parse_onet_alternate_titles,
    parse_onet_occupation_titles,
    parse_onet_technology_skills,
)
from jobmatch.matching.taxonomy_merge import merge_taxonomy
from jobmatch.matching.titles import TitleFamilies, TitleFamily

__all__ = [
    "CandidateIndex",
    "CandidateProfile",
    "CorpusStats",
    "JobDocument",
    "JobIndex",
    "JobProfile",
    "MatchScore",
    "OccupationRecord",
    "PreparedCandidate",
    "ScoringWeights",
    "Skill",
    "SkillRecord",
    "Taxonomy",
    "TitleFamilies",
    "TitleFamily",
    "build_candidate_profile",
    "build_job_profile",
    "builtin_taxonomy",
    "extract_seniority",
    "extract_skills",
    "extract_title_families",
    "extract_years_of_experience",
    "get_taxonomy",
    "install_taxonomy",
    "merge_taxonomy",
    "normalize_skills",
    "parse_esco_occupations",
    "parse_esco_skills",
    "parse_onet_alternate_titles",
    "parse_onet_occupation_titles",
    "parse_onet_technology_skills",
    "rank_jobs",
    "score_job",
]
