"""Scoring many candidates against one job at once: score_job's numbers over a
CandidateSegment's arrays.

Every step mirrors the one-pair path in scoring.py operation for operation (skill credits
are even added in the same order); only the BM25 sum runs in another order (see TIE).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from jobmatch.matching.array_scoring import (
    backed_titles,
    combine_arrays,
    saturate_array,
    text_evidences,
)
from jobmatch.matching.candidate_queries import QueryTable
from jobmatch.matching.candidate_segments import CandidateSegment, Columns
from jobmatch.matching.corpus import CorpusStats
from jobmatch.matching.features import JobFeatures
from jobmatch.matching.fit import experience_fits_of_candidates, location_fits_of_candidates
from jobmatch.matching.relevance import text_reference
from jobmatch.matching.scoring import (
    ScoringWeights,
    evidence_share,
    skill_evidence,
    skill_weight,
)
from jobmatch.matching.segments import Floats, Vocabularies
from jobmatch.matching.taxonomy import Taxonomy

UNKNOWN = -2  # the id of a skill, family or place that no candidate of the index has


@dataclass(frozen=True, slots=True)
class Named:
    """A skill or title family a job names: its id, its weight (the skill's in coverage,
    the family's in the title) and the ids of the related ones that candidates have."""

    id: int
    weight: float
    related: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class JobQuery:
    """A job prepared against a candidate index's vocabularies."""

    features: JobFeatures
    required: tuple[Named, ...]
    nice: tuple[Named, ...]
    shares: tuple[float, float]  # required, nice-to-have
    gains: Floats  # per term id: the job's BM25 gain for that term, 0 if it lacks it
    families: tuple[Named, ...]
    places: list[int]
    text_reference: float  # relevance.text_reference of the statistics


def build_job_query(
    job: JobFeatures,
    vocab: Vocabularies,
    stats: CorpusStats,
    weights: ScoringWeights,
    taxonomy: Taxonomy,
) -> JobQuery:
    """The arrays and numbers one job is scored with."""
    skills, families = vocab.skills.ids, vocab.families.ids

    def skill_term(name: str) -> Named:
        weight = skill_weight(name, stats, taxonomy)
        return Named(skills.get(name, UNKNOWN), weight, _ids(taxonomy.related(name), skills))

    k1, b, avg = weights.bm25_k1, weights.bm25_b, stats.avg_length
    norm = k1 * (1 - b + b * job.length / avg) if avg else k1
    gains = np.zeros(len(vocab.terms))
    for term, tf in job.counts.items():
        if term in vocab.terms.ids:
            gains[vocab.terms.ids[term]] = tf * (k1 + 1) / (tf + norm)
    return JobQuery(
        features=job,
        required=tuple(skill_term(name) for name in job.required),
        nice=tuple(skill_term(name) for name in job.nice),
        shares=(
            evidence_share(sum(skill_evidence(s, taxonomy) for s in job.required), weights),
            evidence_share(sum(skill_evidence(s, taxonomy) for s in job.nice), weights),
        ),
        gains=gains,
        families=tuple(
            Named(
                families.get(name, UNKNOWN), weight, _ids(taxonomy.titles.related(name), families)
            )
            for name, weight in job.families
        ),
        places=[vocab.places.ids.get(place, UNKNOWN) for place in job.place],
        text_reference=text_reference(stats, weights.text_evidence),
    )


def _ids(names: Iterable[str], ids: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(sorted(ids[name] for name in names if name in ids))


def candidate_values(
    segment: CandidateSegment, queries: QueryTable, job: JobQuery, weights: ScoringWeights
) -> Floats:
    """The 0..1 value of the job for every row of a segment."""
    n = len(segment)
    fits: dict[str, Floats] = {}
    present: dict[str, npt.NDArray[np.bool_]] = {}
    columns = segment.skill_columns
    for name, listed, share in (
        ("skills", job.required, job.shares[0]),
        ("nice_to_have", job.nice, job.shares[1]),
    ):
        total, earned = 0.0, np.zeros(n)
        for skill in listed:
            total += skill.weight
            credit = np.zeros(n)
            if name == "skills":
                for other in skill.related:
                    credit[columns.column(other)[0]] = weights.related_credit
            credit[columns.column(skill.id)[0]] = 1.0
            earned = earned + skill.weight * credit
        present[name] = np.full(n, bool(listed))
        fits[name] = earned / total if listed else earned
        fits[name + "_share"] = np.full(n, share)
    k1 = weights.bm25_k1
    gain = queries.weights * job.gains[queries.terms]
    total_text = np.bincount(queries.rows, gain, minlength=n)
    with np.errstate(divide="ignore", invalid="ignore"):
        raw = np.where(queries.sums > 0, total_text / ((k1 + 1) * queries.sums), 0.0)
    evidence = text_evidences(queries.sums, job.text_reference)
    fits["text"] = evidence * saturate_array(raw, weights.text_saturation)
    present["text"] = np.ones(n, dtype=np.bool_)
    titles = _title_fits(segment.family_columns, job, weights.family_credit, n)
    fits["title"] = backed_titles(titles, fits, present, weights)
    present["title"] = np.diff(segment.families.starts) > 0
    present["title"] &= bool(job.families)
    fit_values = {
        "experience": experience_fits_of_candidates(
            segment.years, segment.levels, job.features.min_years, job.features.level
        ),
        "location": location_fits_of_candidates(
            segment.preferences, segment.places, job.features.policy, job.places
        ),
    }
    return combine_arrays(fits, present, fit_values, weights)


def _title_fits(columns: Columns, job: JobQuery, family_credit: float, n: int) -> Floats:
    """Per candidate, the best of the job's families weighted by the CV's affinity to it
    (TitleFamilies.affinity: the family's own weight, or a share of a related one's)."""
    best = np.zeros(n)
    for family in job.families:
        affinity = np.zeros(n)
        for other in family.related:
            rows, found = columns.column(other)
            affinity[rows] = np.maximum(affinity[rows], found * family_credit)
        rows, found = columns.column(family.id)
        affinity[rows] = np.maximum(affinity[rows], found)
        best = np.maximum(best, family.weight * affinity)
    return best
