"""What the scorer knows about a candidate and a job, and how to build it from raw text."""

from collections.abc import Iterable
from dataclasses import dataclass

from jobmatch.matching.experience import extract_required_years, extract_years_of_experience
from jobmatch.matching.extraction import extract_skills, normalize_skills
from jobmatch.matching.seniority import extract_seniority

REMOTE_POLICIES = ("onsite", "hybrid", "remote")
_HEADLINE_CHARS = 300  # a CV's seniority is read in its opening lines, not in its history


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    """What the scorer knows about a candidate.

    `title` is the role the candidate holds or seeks; when None it is read from the first
    lines of `text`. `remote` is a preference: "onsite", "hybrid" or "remote".
    """

    skills: frozenset[str]
    text: str
    years: float | None = None
    seniority: str | None = None
    location: str | None = None
    remote: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class JobProfile:
    """What the scorer knows about a job. `remote` is "onsite", "hybrid" or "remote"."""

    id: str
    title: str
    description: str
    skills: tuple[str, ...]
    nice_to_have: tuple[str, ...] = ()
    min_years: int | None = None
    seniority: str | None = None
    location: str | None = None
    remote: str | None = None


def build_candidate_profile(
    text: str,
    *,
    title: str | None = None,
    location: str | None = None,
    remote: str | None = None,
) -> CandidateProfile:
    """A candidate profile from a CV's text: skills, years and seniority extracted."""
    opening = title if title is not None else text[:_HEADLINE_CHARS]
    return CandidateProfile(
        skills=frozenset(extract_skills(text)),
        text=text,
        years=extract_years_of_experience(text),
        seniority=extract_seniority(opening) or extract_seniority(text),
        location=location,
        remote=remote,
        title=title,
    )


def build_job_profile(
    id: str,
    title: str,
    description: str,
    *,
    requirements: str = "",
    preferred: str = "",
    skills: Iterable[str] | None = None,
    nice_to_have: Iterable[str] | None = None,
    min_years: int | None = None,
    seniority: str | None = None,
    location: str | None = None,
    remote: str | None = None,
) -> JobProfile:
    """A job profile from a posting's text; whatever is not given is extracted.

    Required skills come from `requirements` (else the title and description), nice-to-have
    ones from `preferred`; minimum years from the requirements, seniority from the title.
    """
    if skills is not None:
        required = normalize_skills(skills)
    else:
        required = extract_skills(requirements or f"{title}\n{description}")
    if nice_to_have is not None:
        nice = normalize_skills(nice_to_have)
    else:
        nice = extract_skills(preferred) if preferred else []
    if min_years is None:
        min_years = extract_required_years(requirements or description)
    full_text = "\n".join(part for part in (description, requirements, preferred) if part)
    return JobProfile(
        id=id,
        title=title,
        description=full_text,
        skills=tuple(required),
        nice_to_have=tuple(skill for skill in nice if skill not in required),
        min_years=min_years,
        seniority=seniority or extract_seniority(title),
        location=location,
        remote=remote,
    )
