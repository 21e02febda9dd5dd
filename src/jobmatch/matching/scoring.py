"""Score a candidate against jobs: skills, text relevance and experience, with reasons."""

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from jobmatch.matching.relevance import TermVector
from jobmatch.matching.seniority import LEVELS, level_index
from jobmatch.matching.taxonomy import get_taxonomy

COMPONENTS = ("skills", "nice_to_have", "text", "experience")
# Broad skills that nearly every CV and posting names say little about fit.
_BROAD_CATEGORY_WEIGHTS = {"soft skills": 0.2, "office": 0.4}
_NAMES_SHOWN = 8
_TEXT_REASON_THRESHOLD = 0.15


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    """What the scorer knows about a candidate."""

    skills: frozenset[str]
    text: str
    years: float | None = None
    seniority: str | None = None


@dataclass(frozen=True, slots=True)
class JobProfile:
    """What the scorer knows about a job."""

    id: str
    title: str
    description: str
    skills: tuple[str, ...]
    nice_to_have: tuple[str, ...] = ()
    min_years: int | None = None
    seniority: str | None = None


@dataclass(frozen=True, slots=True)
class MatchScore:
    """A 0..100 score with the skills behind it and human-readable reasons."""

    job_id: str
    score: int
    matched_skills: list[str]
    missing_skills: list[str]
    reasons: list[str]
    breakdown: dict[str, float]


@dataclass(frozen=True, slots=True)
class ScoringWeights:
    """Component weights and skill credits.

    Skills, nice-to-have and text are averaged over the components a job has; experience
    then scales that average down by up to its share of the total weight.
    """

    skills: float = 0.55
    nice_to_have: float = 0.10
    text: float = 0.20
    experience: float = 0.15
    related_credit: float = 0.5  # a related skill counts for this share of the exact one
    # A skill list earns its full weight only with enough skills in it: with this many
    # (broad skills counting less) it gets half, so one listed skill cannot decide a rank.
    skill_evidence: float = 4.0

    def __post_init__(self) -> None:
        weights = [getattr(self, name) for name in COMPONENTS]
        if min(weights) < 0 or sum(weights) <= 0 or self.skill_evidence < 0:
            raise ValueError("weights and skill_evidence must be >= 0, weights with a positive sum")
        if not 0 <= self.related_credit <= 1:
            raise ValueError("related_credit must be in 0..1")


DEFAULT_WEIGHTS = ScoringWeights()


@dataclass(frozen=True, slots=True)
class _Candidate:
    skills: frozenset[str]
    vector: TermVector
    years: float | None
    level: int | None

    @classmethod
    def of(cls, profile: CandidateProfile) -> "_Candidate":
        level = level_index(profile.seniority)
        if level is None and profile.years is not None:
            level = _level_from_years(profile.years)
        return cls(profile.skills, TermVector.of(profile.text), profile.years, level)


def score_job(
    candidate: CandidateProfile, job: JobProfile, weights: ScoringWeights = DEFAULT_WEIGHTS
) -> MatchScore:
    """Score one job for a candidate, 0..100, with matched and missing skills and reasons."""
    return _score(_Candidate.of(candidate), job, weights)


def rank_jobs(
    candidate: CandidateProfile,
    jobs: Sequence[JobProfile],
    limit: int = 20,
    weights: ScoringWeights = DEFAULT_WEIGHTS,
) -> list[MatchScore]:
    """The best `limit` jobs for a candidate: score descending, ties by job id ascending."""
    if limit <= 0:
        return []
    prepared = _Candidate.of(candidate)
    scores = (_score(prepared, job, weights) for job in jobs)
    return heapq.nsmallest(limit, scores, key=lambda match: (-match.score, match.job_id))


def _score(candidate: _Candidate, job: JobProfile, weights: ScoringWeights) -> MatchScore:
    taxonomy = get_taxonomy()
    required = sorted(set(job.skills))
    nice = sorted(set(job.nice_to_have) - set(required))
    has_required = [skill for skill in required if skill in candidate.skills]
    has_nice = [skill for skill in nice if skill in candidate.skills]
    substitutes = {
        skill: sorted(taxonomy.related(skill) & candidate.skills)
        for skill in required
        if skill not in candidate.skills
    }
    covered = {skill: others for skill, others in substitutes.items() if others}
    missing = [skill for skill, others in substitutes.items() if not others]
    reasons: list[str] = []

    weight_of = {name: float(getattr(weights, name)) for name in COMPONENTS}
    skills_fit: float | None = None
    if required:
        evidence = sum(_skill_weight(skill) for skill in required)
        credit = sum(_skill_weight(skill) for skill in has_required)
        credit += weights.related_credit * sum(_skill_weight(skill) for skill in covered)
        skills_fit = credit / evidence
        weight_of["skills"] *= _evidence_share(evidence, weights)
        reasons.append(_count_reason(has_required, len(required), "required skills"))
        reasons.extend(
            f"Missing: {skill} (has related {_names(others)})" for skill, others in covered.items()
        )
        if missing:
            reasons.append(f"Missing: {_names(missing)}")
    else:
        reasons.append("The job lists no required skills")

    nice_fit: float | None = None
    if nice:
        evidence = sum(_skill_weight(skill) for skill in nice)
        nice_fit = sum(_skill_weight(skill) for skill in has_nice) / evidence
        weight_of["nice_to_have"] *= _evidence_share(evidence, weights)
        reasons.append(_count_reason(has_nice, len(nice), "nice-to-have skills"))

    text_fit = candidate.vector.cosine(TermVector.of(f"{job.title}\n{job.description}"))
    if text_fit >= _TEXT_REASON_THRESHOLD:
        reasons.append("Title and description share terms with the CV")

    experience_fit = _experience_fit(candidate, job, reasons)
    fits = {
        "skills": skills_fit,
        "nice_to_have": nice_fit,
        "text": text_fit,
        "experience": experience_fit,
    }
    relevance = [(weight_of[name], fits[name]) for name in ("skills", "nice_to_have", "text")]
    total_weight = sum(weight for weight, fit in relevance if fit is not None)
    weighted = sum(weight * fit for weight, fit in relevance if fit is not None)
    value = weighted / total_weight if total_weight else 1.0
    if experience_fit is not None:
        # Experience can only take points off a relevant job: ten years in nursing do not
        # make a software job a better match.
        share = weights.experience / sum(float(getattr(weights, name)) for name in COMPONENTS)
        value *= 1 - share * (1 - experience_fit)
    elif not total_weight:
        value = 0.0
    return MatchScore(
        job_id=job.id,
        score=max(0, min(100, int(value * 100 + 0.5))),
        matched_skills=sorted(has_required + has_nice),
        # Every required skill the candidate lacks, even where a related one earns partial
        # credit (the reasons say which): that is what a candidate would have to learn.
        missing_skills=sorted(substitutes),
        reasons=reasons,
        # A component the job does not ask about is reported as 0 and left out of the score.
        breakdown={name: round(fit or 0.0, 4) for name, fit in fits.items()},
    )


def _experience_fit(candidate: _Candidate, job: JobProfile, reasons: list[str]) -> float | None:
    parts: list[float] = []
    if job.min_years is not None and job.min_years > 0:
        if candidate.years is None:
            parts.append(0.5)
            reasons.append(f"Years of experience unknown; the job asks for {job.min_years}")
        elif candidate.years >= job.min_years:
            parts.append(1.0)
            reasons.append(
                f"{candidate.years:g} years of experience meets the {job.min_years} required"
            )
        else:
            parts.append(candidate.years / job.min_years)
            reasons.append(
                f"{candidate.years:g} years of experience is below the {job.min_years} required"
            )
    wanted = level_index(job.seniority)
    if wanted is not None:
        if candidate.level is None:
            parts.append(0.5)
        else:
            gap = candidate.level - wanted
            # Being under the level hurts more than being over it.
            parts.append(max(0.0, 1 - 0.4 * -gap) if gap < 0 else max(0.0, 1 - 0.2 * gap))
            relation = "matches" if gap == 0 else "is below" if gap < 0 else "is above"
            reasons.append(
                f"Seniority {LEVELS[candidate.level]} {relation} the {LEVELS[wanted]} level asked"
            )
    return sum(parts) / len(parts) if parts else None


def _skill_weight(name: str) -> float:
    skill = get_taxonomy().get(name)
    return _BROAD_CATEGORY_WEIGHTS.get(skill.category, 1.0) if skill else 1.0


def _evidence_share(evidence: float, weights: ScoringWeights) -> float:
    return evidence / (evidence + weights.skill_evidence) if evidence else 0.0


def _level_from_years(years: float) -> int:
    return LEVELS.index("junior" if years < 2 else "mid" if years < 5 else "senior")


def _count_reason(have: list[str], total: int, what: str) -> str:
    reason = f"Has {len(have)} of {total} {what}"
    return f"{reason}: {_names(have)}" if have else reason


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:_NAMES_SHOWN])
    hidden = len(names) - _NAMES_SHOWN
    return f"{shown} and {hidden} more" if hidden > 0 else shown
