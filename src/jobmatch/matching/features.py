"""Candidates and jobs prepared for scoring: term counts, title families, levels, places."""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from jobmatch.matching.fit import level_from_years
from jobmatch.matching.places import place_parts, remote_policy
from jobmatch.matching.profiles import CandidateProfile, JobProfile
from jobmatch.matching.relevance import job_terms, term_counts
from jobmatch.matching.seniority import level_index
from jobmatch.matching.taxonomy import Taxonomy

MAX_JOB_FAMILIES = 2  # a title's head family and its strongest qualifier


@dataclass(frozen=True, slots=True)
class CandidateFeatures:
    """A candidate, prepared once per ranking."""

    skills: frozenset[str]
    counts: Counter[str]
    families: dict[str, float]  # title families the CV names, with their weight
    affinity: dict[str, float]  # the same plus related families, at a share of the weight
    years: float | None
    level: int | None
    place: tuple[str, ...]
    preference: str | None


@dataclass(frozen=True, slots=True)
class JobFeatures:
    """A job, prepared for scoring."""

    id: str
    title: str
    required: tuple[str, ...]  # sorted, unique
    nice: tuple[str, ...]  # sorted, unique, none of them required
    counts: Mapping[str, int]
    length: int
    families: tuple[tuple[str, float], ...]  # heaviest first, at most MAX_JOB_FAMILIES
    min_years: int | None
    level: int | None
    place: tuple[str, ...]
    location: str | None
    policy: str | None


def candidate_features(
    profile: CandidateProfile, taxonomy: Taxonomy, family_credit: float
) -> CandidateFeatures:
    """Prepare a candidate; `family_credit` is the share a related title family earns."""
    level = level_index(profile.seniority)
    if level is None and profile.years is not None:
        level = level_from_years(profile.years)
    families = taxonomy.titles.in_text(profile.text, headline=profile.title)
    return CandidateFeatures(
        skills=profile.skills,
        counts=term_counts(profile.text),
        families=families,
        affinity=taxonomy.titles.affinity(families, family_credit),
        years=profile.years,
        level=level,
        place=place_parts(profile.location),
        preference=remote_policy(profile.remote),
    )


def job_features(profile: JobProfile, taxonomy: Taxonomy) -> JobFeatures:
    """Prepare a job."""
    counts = job_terms(profile.title, profile.description)
    required = sorted(set(profile.skills))
    return JobFeatures(
        id=profile.id,
        title=profile.title,
        required=tuple(required),
        nice=tuple(sorted(set(profile.nice_to_have) - set(required))),
        counts=counts,
        length=sum(counts.values()),
        families=job_families(profile.title, taxonomy),
        min_years=profile.min_years if profile.min_years and profile.min_years > 0 else None,
        level=level_index(profile.seniority),
        place=place_parts(profile.location) if profile.location else (),
        location=profile.location,
        policy=remote_policy(profile.remote),
    )


def job_families(title: str, taxonomy: Taxonomy) -> tuple[tuple[str, float], ...]:
    """The title families of a job title, heaviest first (ties by name), at most two."""
    found = taxonomy.titles.in_title(title)
    ordered = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ordered[:MAX_JOB_FAMILIES])
