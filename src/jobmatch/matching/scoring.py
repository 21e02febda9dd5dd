"""Score a candidate against a job: skills, text, title and fit, with reasons.

This is the readable, one-pair path; `index.JobIndex` computes the same numbers for many
jobs at once and uses this path for the reasons of the jobs it returns.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields

from jobmatch.matching.corpus import CorpusStats
from jobmatch.matching.features import (
    CandidateFeatures,
    JobFeatures,
    candidate_features,
    job_features,
)
from jobmatch.matching.fit import experience_fit, location_fit
from jobmatch.matching.profiles import CandidateProfile, JobProfile
from jobmatch.matching.relevance import (
    bm25_fit,
    saturate,
    select_query,
    shared_terms,
    text_evidence,
    text_reference,
)
from jobmatch.matching.taxonomy import Taxonomy, get_taxonomy

__all__ = [
    "COMPONENTS",
    "CandidateProfile",
    "JobProfile",
    "MatchScore",
    "ScoringWeights",
    "rank_jobs",
    "score_job",
]

RELEVANCE = ("skills", "nice_to_have", "text", "title")
CONTENT = ("skills", "nice_to_have", "text")  # what backs a title (see backed_title)
FIT = ("experience", "location")
COMPONENTS = RELEVANCE + FIT
# Broad skills that nearly every CV and posting names say little about fit.
BROAD_CATEGORY_WEIGHTS = {"soft skills": 0.2, "office": 0.4}
_NAMES_SHOWN = 8
_TERMS_SHOWN = 5
_TEXT_REASON_THRESHOLD = 0.1


@dataclass(frozen=True, slots=True)
class MatchScore:
    """A 0..100 score with the skills behind it and human-readable reasons."""

    job_id: str
    score: int
    matched_skills: list[str]
    missing_skills: list[str]
    reasons: list[str]
    breakdown: dict[str, float | None]  # None: the component does not apply


@dataclass(frozen=True, slots=True)
class ScoringWeights:
    """Component weights, credits and text-model parameters.

    Skills, nice-to-have, text and title are averaged over the components a job has; the
    fit components (experience, location) then scale that average down by up to their
    share of the total weight.
    """

    skills: float = 0.15
    nice_to_have: float = 0.05
    text: float = 0.30
    title: float = 0.60
    experience: float = 0.10
    location: float = 0.10
    related_credit: float = 0.5  # a related skill counts for this share of the exact one
    family_credit: float = 0.5  # a related title family counts for this share
    # A skill list earns its full weight only with enough skills in it: with this many
    # (broad skills counting less) it gets half, so one listed skill cannot decide a rank.
    skill_evidence: float = 4.0
    bm25_k1: float = 2.0
    bm25_b: float = 0.75
    query_terms: int = 100  # the CV's most telling terms that make the text query
    text_saturation: float = 0.1  # see relevance.saturate; 0 keeps the raw BM25 fraction
    # A title earns its full credit only when the CV's skills and text back it: from this
    # content fit up; below it, in proportion (see backed_title). 0 lets a title count alone.
    title_backing: float = 0.3
    # A CV's text earns its full fit only from a query weighing this many rare terms up;
    # below it, in proportion (see relevance.text_evidence). 0 turns it off.
    text_evidence: float = 10.0

    def __post_init__(self) -> None:
        values = {field.name: getattr(self, field.name) for field in fields(self)}
        unfit = [f"{name}={value}" for name, value in values.items() if not math.isfinite(value)]
        if unfit:
            raise ValueError(f"scoring weights must be finite: {', '.join(unfit)}")
        if self.query_terms != int(self.query_terms):
            raise ValueError("query_terms must be a whole number")
        # MATCH_WEIGHTS reads every value as a float; the query's size is a count.
        object.__setattr__(self, "query_terms", int(self.query_terms))
        weights = [getattr(self, name) for name in COMPONENTS]
        if min(weights) < 0 or sum(weights) <= 0 or self.skill_evidence < 0:
            raise ValueError("weights and skill_evidence must be >= 0, weights with a positive sum")
        if not (0 <= self.related_credit <= 1 and 0 <= self.family_credit <= 1):
            raise ValueError("related_credit and family_credit must be in 0..1")
        if self.bm25_k1 <= 0 or not 0 <= self.bm25_b <= 1 or self.query_terms < 1:
            raise ValueError("bm25_k1 must be > 0, bm25_b in 0..1 and query_terms >= 1")
        if self.text_saturation < 0 or not 0 <= self.title_backing <= 1:
            raise ValueError("text_saturation must be >= 0 and title_backing in 0..1")
        if self.text_evidence < 0:
            raise ValueError("text_evidence must be >= 0")

    def total(self) -> float:
        """The sum of the component weights."""
        return sum(float(getattr(self, name)) for name in COMPONENTS)


DEFAULT_WEIGHTS = ScoringWeights()


def score_job(
    candidate: CandidateProfile,
    job: JobProfile,
    weights: ScoringWeights = DEFAULT_WEIGHTS,
    stats: CorpusStats | None = None,
) -> MatchScore:
    """Score one job for a candidate, 0..100, with matched and missing skills and reasons.

    `stats` are the corpus statistics of the open jobs; without them the job is its own
    corpus, which gives every term and skill the same IDF.
    """
    taxonomy = get_taxonomy()
    stats = stats if stats is not None else CorpusStats.of([job])
    prepared = candidate_features(candidate, taxonomy, weights.family_credit)
    query = select_query(prepared.counts, stats, weights.query_terms)
    return score_features(prepared, query, job_features(job, taxonomy), stats, weights, taxonomy)


def rank_jobs(
    candidate: CandidateProfile,
    jobs: Sequence[JobProfile],
    limit: int = 20,
    weights: ScoringWeights = DEFAULT_WEIGHTS,
    stats: CorpusStats | None = None,
) -> list[MatchScore]:
    """The best `limit` jobs for a candidate: best first, ties by job id ascending.

    Builds a throwaway JobIndex; keep a JobIndex to rank many candidates against the
    same jobs. Without `stats` the given jobs are the corpus: pass the statistics of all
    open jobs when `jobs` is a pre-filtered subset.
    """
    # Imported here: the index builds on this module's scoring functions.
    from jobmatch.matching.index import JobIndex

    return JobIndex(jobs, stats=stats).rank(candidate, limit=limit, weights=weights)


def skill_weight(name: str, stats: CorpusStats, taxonomy: Taxonomy) -> float:
    """How much a skill counts in a coverage ratio: rarer and more specific counts more."""
    return skill_evidence(name, taxonomy) * stats.skill_idf(name)


def skill_evidence(name: str, taxonomy: Taxonomy) -> float:
    """How much a skill counts as evidence that a skill list means something."""
    skill = taxonomy.get(name)
    return BROAD_CATEGORY_WEIGHTS.get(skill.category, 1.0) if skill else 1.0


def evidence_share(evidence: float, weights: ScoringWeights) -> float:
    """The share of its weight a skill list earns from its evidence."""
    return evidence / (evidence + weights.skill_evidence) if evidence else 0.0


def combine(
    fits: dict[str, float | None], shares: dict[str, float], weights: ScoringWeights
) -> float:
    """The 0..1 value of a job from its component fits (None: the job does not ask).

    Relevance components are averaged with their weights (skills and nice-to-have scaled by
    `shares`); each fit component then takes off up to its share of the total weight.
    """
    total_weight, weighted = _weighted(RELEVANCE, fits, shares, weights)
    has_fit = any(fits[name] is not None for name in FIT)
    value = weighted / total_weight if total_weight else (1.0 if has_fit else 0.0)
    # A fit can only take points off a relevant job: ten years in nursing do not make a
    # software job a better match.
    for name in FIT:
        fit = fits[name]
        if fit is not None:
            value *= 1 - float(getattr(weights, name)) / weights.total() * (1 - fit)
    return value


def content_fit(
    fits: dict[str, float | None], shares: dict[str, float], weights: ScoringWeights
) -> float | None:
    """The relevance components other than the title, averaged as `combine` averages them
    (None: none of them has weight)."""
    total_weight, weighted = _weighted(CONTENT, fits, shares, weights)
    return weighted / total_weight if total_weight else None


def _weighted(
    names: Sequence[str],
    fits: dict[str, float | None],
    shares: dict[str, float],
    weights: ScoringWeights,
) -> tuple[float, float]:
    """The weight of these components (0 where the job does not ask) and the weighted sum of
    their fits."""
    total_weight, weighted = 0.0, 0.0
    for name in names:
        fit = fits[name]
        weight = float(getattr(weights, name)) * shares.get(name, 1.0) if fit is not None else 0.0
        total_weight += weight
        weighted += weight * (fit or 0.0)
    return total_weight, weighted


def backed_title(title: float, content: float | None, weights: ScoringWeights) -> float:
    """The title fit as far as the CV's content backs it: in full from a content fit of
    `title_backing` up, in proportion below (content: see content_fit; with a text weight
    of 0 it is the skills alone). A CV headed "Teacher" matches the title of a "Brand
    Educator" posting ("educator" is a teaching title), but with nothing of the posting's
    skills and text it should not outrank the marketers the posting is for."""
    if not weights.title_backing or content is None:
        return title
    return title * min(1.0, content / weights.title_backing)


def to_score(value: float) -> int:
    """A 0..1 value as a 0..100 score."""
    return max(0, min(100, int(value * 100 + 0.5)))


def score_features(
    candidate: CandidateFeatures,
    query: dict[str, float],
    job: JobFeatures,
    stats: CorpusStats,
    weights: ScoringWeights,
    taxonomy: Taxonomy,
) -> MatchScore:
    """Score a prepared job for a prepared candidate."""
    return evaluate(candidate, query, job, stats, weights, taxonomy)[1]


def evaluate(
    candidate: CandidateFeatures,
    query: dict[str, float],
    job: JobFeatures,
    stats: CorpusStats,
    weights: ScoringWeights,
    taxonomy: Taxonomy,
) -> tuple[float, MatchScore]:
    """The unrounded 0..1 value of a prepared job, and its MatchScore."""
    reasons: list[str] = []
    fits: dict[str, float | None] = dict.fromkeys(COMPONENTS)
    shares: dict[str, float] = {}
    owned = candidate.skills
    substitutes = {
        skill: sorted(taxonomy.related(skill) & owned)
        for skill in job.required
        if skill not in owned
    }
    has_required = [skill for skill in job.required if skill in owned]
    if job.required:
        weight_sum, credit = 0.0, 0.0
        for skill in job.required:
            weight = skill_weight(skill, stats, taxonomy)
            weight_sum += weight
            credit += weight * (
                1.0 if skill in owned else weights.related_credit if substitutes[skill] else 0.0
            )
        fits["skills"] = credit / weight_sum
        evidence = sum(skill_evidence(skill, taxonomy) for skill in job.required)
        shares["skills"] = evidence_share(evidence, weights)
        reasons.append(_count_reason(has_required, len(job.required), "required skills"))
        reasons.extend(
            f"Missing: {skill} (has related {_names(others)})"
            for skill, others in substitutes.items()
            if others
        )
        missing = [skill for skill, others in substitutes.items() if not others]
        if missing:
            reasons.append(f"Missing: {_names(missing)}")
    else:
        reasons.append("The job lists no required skills")
    has_nice = [skill for skill in job.nice if skill in owned]
    if job.nice:
        weight_sum = sum(skill_weight(skill, stats, taxonomy) for skill in job.nice)
        fits["nice_to_have"] = sum(skill_weight(s, stats, taxonomy) for s in has_nice) / weight_sum
        evidence = sum(skill_evidence(skill, taxonomy) for skill in job.nice)
        shares["nice_to_have"] = evidence_share(evidence, weights)
        reasons.append(_count_reason(has_nice, len(job.nice), "nice-to-have skills"))
    evidence = text_evidence(sum(query.values()), text_reference(stats, weights.text_evidence))
    text_fit = evidence * saturate(
        bm25_fit(query, job.counts, job.length, stats, weights.bm25_k1, weights.bm25_b),
        weights.text_saturation,
    )
    fits["text"] = text_fit
    if text_fit >= _TEXT_REASON_THRESHOLD:
        shared = shared_terms(query, job.counts, _TERMS_SHOWN)
        reasons.append(f"Title and description share key terms with the CV: {', '.join(shared)}")
    if evidence < 1:
        reasons.append(
            f"The CV has little text to compare: its text counts for {round(100 * evidence)}%"
        )
    if job.families and candidate.families:
        title = _title_fit(candidate, job, taxonomy, reasons)
        backed = backed_title(title, content_fit(fits, shares, weights), weights)
        fits["title"] = backed
        share = round(100 * backed / title) if title else 100
        if share == 0:
            reasons.append("Nothing else in the CV backs that field, so it does not count")
        elif share < 100:
            reasons.append(
                f"The CV's skills and text back that field only in part: it counts for {share}%"
            )
    fits["experience"], found = experience_fit(
        candidate.years, candidate.level, job.min_years, job.level
    )
    reasons.extend(found)
    fits["location"], found = location_fit(
        candidate.preference, candidate.place, job.policy, job.place, job.location
    )
    reasons.extend(found)
    value = combine(fits, shares, weights)
    return value, MatchScore(
        job_id=job.id,
        score=to_score(value),
        matched_skills=sorted(has_required + has_nice),
        # Every required skill the candidate lacks, even where a related one earns partial
        # credit (the reasons say which): that is what a candidate would have to learn.
        missing_skills=sorted(substitutes),
        reasons=reasons,
        # A component that does not apply (the job does not ask, or the CV says nothing to
        # compare) is null and left out of the score: a 0 would read as a miss.
        breakdown={name: None if fit is None else round(fit, 4) for name, fit in fits.items()},
    )


def _title_fit(
    candidate: CandidateFeatures, job: JobFeatures, taxonomy: Taxonomy, reasons: list[str]
) -> float:
    fit, family = max(
        ((weight * candidate.affinity.get(name, 0.0), name) for name, weight in job.families),
        key=lambda pair: (pair[0], pair[1]),
    )
    if not fit:
        reasons.append(f"The job's field ({job.families[0][0]}) is not in the CV")
    elif family in candidate.families:
        reasons.append(f"The job's field ({family}) is in the CV")
    else:
        near = sorted(taxonomy.titles.related(family) & candidate.families.keys())
        reasons.append(f"The job's field ({family}) is close to the CV's ({_names(near)})")
    return fit


def _count_reason(have: list[str], total: int, what: str) -> str:
    reason = f"Has {len(have)} of {total} {what}"
    return f"{reason}: {_names(have)}" if have else reason


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:_NAMES_SHOWN])
    hidden = len(names) - _NAMES_SHOWN
    return f"{shown} and {hidden} more" if hidden > 0 else shown
